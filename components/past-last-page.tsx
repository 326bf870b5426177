import Link from "next/link";

/** Said instead of an empty table when the page asked for is beyond the last one. */
export function PastLastPage({ firstPage }: { firstPage: string }) {
  return (
    <>
      There is nothing on this page: the list is shorter than that.{" "}
      <Link className="govuk-link" href={firstPage}>
        Go to the first page
      </Link>
    </>
  );
}
