import { formatUkDay, formatWeekdays } from "@/components/format";
import { ReferralLink } from "@/components/referral-link";
import { Table } from "@/components/table";
import { StatusTag } from "@/components/tag";
import { formatDate } from "@/lib/dates";
import { REFERRAL_STATUS_LABEL } from "@/lib/schemas/referral";
import type { StudentRecord } from "./student-record";

type Referral = StudentRecord["referrals"][number];
type Placement = StudentRecord["placements"][number];

/** The student's referrals the viewer's organisation may see, newest first. */
export function ReferralsTable({ referrals }: { referrals: readonly Referral[] }) {
  return (
    <Table
      caption="Referrals"
      captionSize="hidden"
      rows={referrals}
      rowKey={(row) => row.id}
      empty="There are no referrals for this student that you can see."
      columns={[
        {
          header: "Referral",
          cell: (row) => <ReferralLink id={row.id} reference={row.reference} />,
        },
        { header: "Course", cell: (row) => row.course.title },
        { header: "Provider", cell: (row) => row.provider.name },
        { header: "Referred", cell: (row) => formatUkDay(row.createdAt) },
        {
          header: "Status",
          cell: (row) => (
            <StatusTag status={row.status} label={REFERRAL_STATUS_LABEL[row.status]} />
          ),
        },
      ]}
    />
  );
}

function endText(placement: Placement): string {
  if (placement.endedOn) {
    return `Ended ${formatDate(placement.endedOn)}`;
  }
  return `Planned ${formatDate(placement.plannedEndDate)}`;
}

interface PlacementsTableProps {
  placements: readonly Placement[];
  /** The student's referrals, to name each placement's referral by its reference. */
  referrals: readonly Referral[];
}

/** The student's placements the viewer's organisation may see, latest start first. */
export function PlacementsTable({ placements, referrals }: PlacementsTableProps) {
  const references = new Map(referrals.map((referral) => [referral.id, referral.reference]));
  return (
    <Table
      caption="Placements"
      captionSize="hidden"
      rows={placements}
      rowKey={(row) => row.id}
      empty="There are no placements for this student that you can see."
      columns={[
        { header: "Course", cell: (row) => row.course.title },
        { header: "Provider", cell: (row) => row.provider.name },
        { header: "Days", cell: (row) => formatWeekdays(row.days) },
        { header: "Start date", cell: (row) => formatDate(row.startDate) },
        { header: "End", cell: endText },
        { header: "Status", cell: (row) => <StatusTag status={row.status} /> },
        {
          header: "Referral",
          cell: (row) => (
            <ReferralLink
              id={row.referralId}
              reference={references.get(row.referralId) ?? "View referral"}
            />
          ),
        },
      ]}
    />
  );
}
