import Link from "next/link";

/** A referral's page, named by its reference, which is kept on one line: "REF-000123". */
export function ReferralLink({ id, reference }: { id: string; reference: string }) {
  return (
    <Link className="govuk-link" href={`/referrals/${id}`} style={{ whiteSpace: "nowrap" }}>
      {reference}
    </Link>
  );
}
