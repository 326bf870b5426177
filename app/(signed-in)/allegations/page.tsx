import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/button";
import { formatUkDay } from "@/components/format";
import { queryPage, withQuery, type SearchParams } from "@/components/page-params";
import { Pagination } from "@/components/pagination";
import { PastLastPage } from "@/components/past-last-page";
import { Table, type Column } from "@/components/table";
import { StatusTag } from "@/components/tag";
import { ALLEGATION_OUTCOME_LABEL, ALLEGATION_STATUS_LABEL } from "@/lib/schemas/allegation";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../_lib/require-session";

export const metadata: Metadata = { title: "Allegations" };

type AllegationRow = inferRouterOutputs<AppRouter>["allegation"]["list"]["rows"][number];

const COLUMNS: Column<AllegationRow>[] = [
  {
    header: "Reference",
    cell: (row) => (
      // A reference broken at its hyphen reads as two things; styles/ has no utility for this.
      <Link
        className="govuk-link"
        href={`/allegations/${row.id}`}
        prefetch={false}
        style={{ whiteSpace: "nowrap" }}
      >
        {row.reference}
      </Link>
    ),
  },
  { header: "Adult", cell: (row) => `${row.adultName}, ${row.adultRole}` },
  { header: "Employer", cell: (row) => row.employer.name },
  { header: "Reported", cell: (row) => formatUkDay(row.reportedAt) },
  {
    header: "Status",
    cell: (row) => (
      <StatusTag
        status={row.status}
        label={
          row.outcome
            ? `${ALLEGATION_STATUS_LABEL[row.status]}: ${ALLEGATION_OUTCOME_LABEL[row.outcome]}`
            : ALLEGATION_STATUS_LABEL[row.status]
        }
      />
    ),
  },
];

function Introduction({ lead }: { lead: boolean }) {
  return lead ? (
    <p className="govuk-body">
      Every allegation about an adult reported in the portal, open ones first. Only you and each
      allegation&apos;s reporter can see them.
    </p>
  ) : (
    <p className="govuk-body">
      The allegations about adults you have reported. Only you and the service lead can see them.
    </p>
  );
}

export default async function AllegationsPage(props: { searchParams: Promise<SearchParams> }) {
  const page = queryPage((await props.searchParams).page);
  const { actor } = await requireSession();
  if (!can(actor.roles, "allegation.list")) {
    notFound();
  }

  const caller = await serverCaller();
  const { total, pageSize, rows } = await caller.allegation.list({ page });
  const lead = can(actor.roles, "allegation.recordOutcome");

  return (
    <>
      <h1 className="govuk-heading-l">Allegations about adults</h1>
      <Introduction lead={lead} />
      {can(actor.roles, "allegation.report") && (
        <ButtonLink href="/allegations/new">Report an allegation about an adult</ButtonLink>
      )}
      <Table
        caption={total === 1 ? "1 allegation" : `${total} allegations`}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={COLUMNS}
        empty={
          total > 0 ? (
            <PastLastPage firstPage="/allegations" />
          ) : lead ? (
            "No allegations have been reported."
          ) : (
            "You have not reported any allegations."
          )
        }
      />
      <Pagination
        page={page}
        pageCount={Math.ceil(total / pageSize)}
        label="Pages of allegations"
        hrefFor={(n) => withQuery("/allegations", { page: n })}
      />
    </>
  );
}
