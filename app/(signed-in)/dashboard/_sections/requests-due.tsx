import Link from "next/link";
import { DueDate } from "@/components/deadline-tag";
import { studentName } from "@/components/student-name";
import { Table } from "@/components/table";
import { deadlineState } from "@/lib/deadlines";
import { serverCaller } from "@/server/trpc/server-caller";
import { DashboardPart } from "./dashboard-section";

interface DueRow {
  id: string;
  href: string;
  reference: string;
  kind: string;
  student: string;
  dueOn: Date | null;
}

/**
 * Withdrawals (5 working days) and agreed changes of day (2) due today or late, soonest
 * first, so none is missed while the admin works through responses.
 */
export async function RequestsDue() {
  const caller = await serverCaller();
  const [withdrawals, changes] = await Promise.all([
    caller.withdrawal.list({ dueOrLate: true }),
    caller.changeOfDay.list({ dueOrLate: true }),
  ]);
  const rows: DueRow[] = [
    ...withdrawals.rows.map((row) => ({
      id: row.id,
      href: `/withdrawals/${row.id}`,
      reference: row.reference,
      kind: "Withdrawal",
      student: studentName(row.student),
      dueOn: row.dueOn,
    })),
    ...changes.rows.map((row) => ({
      id: row.id,
      href: `/changes-of-day/${row.id}`,
      reference: row.reference,
      kind: "Change of day",
      student: studentName(row.student),
      dueOn: row.dueOn,
    })),
  ].sort((a, b) => (a.dueOn?.getTime() ?? 0) - (b.dueOn?.getTime() ?? 0));
  const more = withdrawals.total + changes.total - rows.length;

  return (
    <DashboardPart title="Withdrawals and changes of day due">
      <Table
        caption="Requests due today or late, soonest first"
        captionSize="hidden"
        rows={rows}
        rowKey={(row) => row.id}
        empty="No withdrawals or changes of day are due today or late."
        columns={[
          {
            header: "Request",
            cell: (row) => (
              <Link className="govuk-link" href={row.href}>
                {row.reference}
              </Link>
            ),
          },
          { header: "Kind", cell: (row) => row.kind },
          { header: "Student", cell: (row) => row.student },
          {
            header: "Due",
            cell: (row) => <DueDate dueOn={row.dueOn} state={deadlineState(row.dueOn, true)} />,
          },
        ]}
      />
      {more > 0 && (
        <p className="govuk-body">
          {more} more due today or late: see{" "}
          <Link className="govuk-link" href="/withdrawals">
            Withdrawals
          </Link>{" "}
          and{" "}
          <Link className="govuk-link" href="/changes-of-day">
            Changes of day
          </Link>
          , where the soonest due come first.
        </p>
      )}
    </DashboardPart>
  );
}
