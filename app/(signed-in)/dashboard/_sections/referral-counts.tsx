import Link from "next/link";
import { Table } from "@/components/table";
import { REFERRAL_STATUS_LABEL } from "@/lib/schemas/referral";

type ReferralStatus = keyof typeof REFERRAL_STATUS_LABEL;
type Counts = Partial<Record<ReferralStatus, number>>;

interface StatusRow {
  status: ReferralStatus;
  count: number;
}

const STATUSES = Object.keys(REFERRAL_STATUS_LABEL) as ReferralStatus[];

/** Every status in workflow order, with none missing: a status with no referrals shows 0. */
function statusRows(counts: Counts): StatusRow[] {
  return STATUSES.map((status) => ({ status, count: counts[status] ?? 0 }));
}

/** How many referrals are in each status, each linking to the referrals list filtered to it. */
export function ReferralCounts({ counts, caption }: { counts: Counts; caption: string }) {
  const rows = statusRows(counts);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <>
      <Table
        caption={caption}
        captionSize="hidden"
        rows={rows}
        rowKey={(row) => row.status}
        columns={[
          {
            header: "Status",
            cell: (row) => (
              <Link className="govuk-link" href={`/referrals?status=${row.status}`}>
                {REFERRAL_STATUS_LABEL[row.status]}
              </Link>
            ),
          },
          { header: "Referrals", numeric: true, cell: (row) => row.count },
        ]}
      />
      <p className="govuk-body">
        {total === 1 ? "1 referral" : `${total} referrals`} in all.{" "}
        <Link className="govuk-link" href="/referrals">
          View all referrals
        </Link>
      </p>
    </>
  );
}
