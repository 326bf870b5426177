import type { inferRouterOutputs } from "@trpc/server";
import { formatUkDay, formatWaiting } from "@/components/format";
import { studentName } from "@/components/student-name";
import { ReferralLink } from "@/components/referral-link";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { DashboardPart, DashboardSection } from "./dashboard-section";
import { ReferralCounts } from "./referral-counts";
import { RequestsDue } from "./requests-due";

type ToProcess = inferRouterOutputs<AppRouter>["dashboard"]["admin"]["toProcess"][number];

function DecisionTag({ row }: { row: ToProcess }) {
  return row.status === "ACCEPTED" ? (
    <Tag colour="teal">Accepted</Tag>
  ) : (
    <Tag colour="red">Declined</Tag>
  );
}

function ResponsesTable({ rows, now }: { rows: readonly ToProcess[]; now: Date }) {
  return (
    <Table
      caption="Responses to process, oldest first"
      captionSize="hidden"
      rows={rows}
      rowKey={(row) => row.id}
      empty="No responses are waiting to be processed."
      columns={[
        {
          header: "Referral",
          cell: (row) => <ReferralLink id={row.id} reference={row.reference} />,
        },
        { header: "Student", cell: (row) => studentName(row.student) },
        { header: "Provider", cell: (row) => row.provider.name },
        { header: "Response", cell: (row) => <DecisionTag row={row} /> },
        {
          header: "Responded",
          cell: (row) => (row.response ? formatUkDay(row.response.respondedAt) : "Not recorded"),
        },
        {
          header: "Waiting",
          cell: (row) => (row.response ? formatWaiting(row.response.respondedAt, now) : ""),
        },
      ]}
    />
  );
}

function waitingText(count: number): string {
  const waiting = count === 1 ? "1 response is" : `${count} responses are`;
  return `${waiting} waiting, oldest first. Processing each one tells the school the outcome.`;
}

/** Service admins and the lead: provider responses to process, and referrals by status. */
export async function AdminSection() {
  const caller = await serverCaller();
  const { toProcess, referralsByStatus } = await caller.dashboard.admin();
  const now = new Date();

  return (
    <DashboardSection id="admin" title="Service administration">
      <DashboardPart title="Responses to process">
        {toProcess.length > 0 && <p className="govuk-body">{waitingText(toProcess.length)}</p>}
        <ResponsesTable rows={toProcess} now={now} />
      </DashboardPart>
      <RequestsDue />
      <DashboardPart title="Referrals by status">
        <ReferralCounts counts={referralsByStatus} caption="All referrals by status" />
      </DashboardPart>
    </DashboardSection>
  );
}
