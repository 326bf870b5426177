import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { formatUkDay, formatWeekdays } from "@/components/format";
import { StudentLink, studentName } from "@/components/student-name";
import { ReferralLink } from "@/components/referral-link";
import { Table } from "@/components/table";
import { formatDate } from "@/lib/dates";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import type { SearchParams } from "@/components/page-params";
import { readCaseloadFilter } from "./caseload-filter";
import { MonitoringSlice } from "./monitoring-slice";
import { DashboardPart, DashboardSection } from "./dashboard-section";

type ProviderDashboard = inferRouterOutputs<AppRouter>["dashboard"]["provider"];
type Awaiting = ProviderDashboard["awaiting"][number];
type Placement = ProviderDashboard["placements"][number];

/** "3 of 4 received": the provider marks each piece of paperwork as it arrives. */
export function paperworkProgress(paperwork: readonly { receivedAt: Date | null }[]): string {
  const received = paperwork.filter((item) => item.receivedAt !== null).length;
  return `${received} of ${paperwork.length} received`;
}

function StudentAndSchool({ row }: { row: Awaiting }) {
  return (
    <>
      {studentName(row.student)}
      <br />
      <span className="govuk-body-s">{row.school.name}</span>
    </>
  );
}

function AwaitingTable({ rows }: { rows: readonly Awaiting[] }) {
  return (
    <Table
      caption="Referrals awaiting your action, oldest first"
      captionSize="hidden"
      rows={rows}
      rowKey={(row) => row.id}
      empty="No referrals are waiting for you."
      columns={[
        {
          header: "Referral",
          cell: (row) => <ReferralLink id={row.id} reference={row.reference} />,
        },
        { header: "Student and school", cell: (row) => <StudentAndSchool row={row} /> },
        { header: "Course", cell: (row) => row.course.title },
        { header: "Received", cell: (row) => formatUkDay(row.createdAt) },
        { header: "Paperwork", cell: (row) => paperworkProgress(row.paperwork) },
        { header: "Interview recorded", cell: (row) => (row.interview ? "Yes" : "No") },
      ]}
    />
  );
}

function PlacementsTable({ rows }: { rows: readonly Placement[] }) {
  return (
    <Table
      caption="Current placements"
      captionSize="hidden"
      rows={rows}
      rowKey={(row) => row.id}
      empty="No students are on placement with you."
      columns={[
        { header: "Student", cell: (row) => <StudentLink student={row.student} /> },
        { header: "Course", cell: (row) => row.course.title },
        { header: "Days", cell: (row) => formatWeekdays(row.days) },
        { header: "Start date", cell: (row) => formatDate(row.startDate) },
      ]}
    />
  );
}

/**
 * Provider staff and DSLs: referrals to answer, the students placed with them, and how
 * those placements are doing (attendance, incidents, reviews, targets).
 */
export async function ProviderSection({ params }: { params: SearchParams }) {
  const state = readCaseloadFilter(params);
  const caller = await serverCaller();
  const { awaiting, placements, monitoring } = await caller.dashboard.provider(state.applied);

  return (
    <DashboardSection id="provider" title="Your provision">
      <DashboardPart title="Referrals awaiting your action">
        {awaiting.length > 0 && (
          <p className="govuk-body">
            Oldest first. Mark each piece of paperwork received and record the interview before you
            respond.
          </p>
        )}
        <AwaitingTable rows={awaiting} />
      </DashboardPart>
      <DashboardPart title="Current placements">
        <PlacementsTable rows={placements} />
        <p className="govuk-body">
          <Link className="govuk-link" href="/placements">
            View all placements
          </Link>
        </p>
      </DashboardPart>
      <MonitoringSlice
        caseload={monitoring}
        state={state}
        filters={{ schoolId: monitoring.choices.schools }}
        show={{ school: true, officer: false }}
        title="Your students' attendance and reviews"
      />
    </DashboardSection>
  );
}
