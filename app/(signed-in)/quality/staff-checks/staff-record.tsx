import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { Table, type Column } from "@/components/table";
import { Tag, type TagColour } from "@/components/tag";
import { formatDate } from "@/lib/dates";
import { CHECK_LABEL } from "@/lib/schemas/staff-check";
import type { AppRouter } from "@/server/trpc/router";

type Record = inferRouterOutputs<AppRouter>["staffCheck"]["list"];
type Row = Record["staff"][number];
type Issue = Row["issues"][number];

const STATE: { [K in Row["state"]]: { text: string; colour: TagColour } } = {
  GAPS: { text: "Gaps", colour: "red" },
  EXPIRING: { text: "Expiring", colour: "orange" },
  COMPLETE: { text: "Complete", colour: "green" },
  LEFT: { text: "Left", colour: "grey" },
};

export function StateTag({ state }: { state: Row["state"] }) {
  return <Tag colour={STATE[state].colour}>{STATE[state].text}</Tag>;
}

/** "Barred list check missing", "DBS renewal due 20 January 2027". */
export function issueText(issue: Issue): string {
  const label = CHECK_LABEL[issue.check];
  switch (issue.kind) {
    case "MISSING":
      return `${label} missing`;
    case "OVERDUE":
      return `${label} overdue since ${formatDate(issue.dueOn!)}`;
    case "EXPIRING":
      return `${label} due ${formatDate(issue.dueOn!)}`;
  }
}

export function IssueList({ issues }: { issues: readonly Issue[] }) {
  if (issues.length === 0) {
    return null;
  }
  return (
    <ul className="govuk-list govuk-list--bullet govuk-!-font-size-16">
      {issues.map((issue) => (
        <li key={`${issue.check}-${issue.kind}`}>{issueText(issue)}</li>
      ))}
    </ul>
  );
}

const COLUMNS: Column<Row>[] = [
  {
    header: "Staff member",
    cell: (row) => (
      <Link className="govuk-link" href={`/quality/staff-checks/${row.id}`}>
        {row.fullName}
      </Link>
    ),
  },
  { header: "Role", cell: (row) => row.jobRole },
  { header: "Checks", cell: (row) => <StateTag state={row.state} /> },
  {
    header: "What stands out",
    cell: (row) =>
      row.state === "LEFT" ? (
        `Left on ${formatDate(row.leftOn!)}`
      ) : (
        <IssueList issues={row.issues} />
      ),
  },
  {
    header: "Last updated",
    cell: (row) => `${formatDate(row.updatedAt)} by ${row.updatedBy.name}`,
  },
];

/** A provider's record: its three numbers, then every staff member, gaps first. */
export function StaffRecord({ record }: { record: Record }) {
  const { staff, withGaps, expiring } = record.summary;
  return (
    <>
      <p className="govuk-body">
        {staff === 1 ? "1 current staff member" : `${staff} current staff members`}: {withGaps} with
        gaps, {expiring} with checks expiring.
      </p>
      <Table
        caption="Staff and their checks"
        captionSize="m"
        rows={record.staff}
        rowKey={(row) => row.id}
        columns={COLUMNS}
        empty="No staff have been added to the single central record yet."
      />
    </>
  );
}
