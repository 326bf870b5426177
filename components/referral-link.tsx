import Link from "next/link";

/**
 * A referral's page, named by its reference, which is kept on one line: "REF-000123". Not
 * prefetched: opening a referral is audited as a read, so only a click may open it.
 */
export function ReferralLink({ id, reference }: { id: string; reference: string }) {
  return (
    <Link
      className="govuk-link"
      href={`/referrals/${id}`}
      prefetch={false}
      style={{ whiteSpace: "nowrap" }}
    >
      {reference}
    </Link>
  );
}
