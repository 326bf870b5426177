import type { inferRouterOutputs } from "@trpc/server";
import { formatUkDay } from "@/components/format";
import { studentName } from "@/components/student-name";
import { SummaryList } from "@/components/summary-list";
import { ReferralLink } from "@/components/referral-link";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import type { SearchParams } from "@/components/page-params";
import { readCaseloadFilter } from "./caseload-filter";
import { MonitoringSlice } from "./monitoring-slice";
import { DashboardPart, DashboardSection } from "./dashboard-section";
import { ReferralCounts } from "./referral-counts";

type Outcome = inferRouterOutputs<AppRouter>["dashboard"]["school"]["recentOutcomes"][number];

/** Placed, declined, or closed for another reason (a response is not always the cause). */
function OutcomeTag({ outcome }: { outcome: Outcome }) {
  if (outcome.status === "PLACED") {
    return <Tag colour="green">Placed</Tag>;
  }
  if (outcome.response?.decision === "DECLINED") {
    return <Tag colour="red">Declined</Tag>;
  }
  return <Tag colour="grey">Closed</Tag>;
}

function RecentOutcomes({ outcomes }: { outcomes: readonly Outcome[] }) {
  return (
    <Table
      caption="Recent outcomes"
      captionSize="hidden"
      rows={outcomes}
      rowKey={(row) => row.id}
      empty="No referrals have been placed or declined yet."
      columns={[
        {
          header: "Referral",
          cell: (row) => <ReferralLink id={row.id} reference={row.reference} />,
        },
        { header: "Student", cell: (row) => studentName(row.student) },
        { header: "Course", cell: (row) => row.course.title },
        { header: "Outcome", cell: (row) => <OutcomeTag outcome={row} /> },
        {
          header: "Decided",
          cell: (row) => formatUkDay(row.response?.processedAt ?? row.updatedAt),
        },
      ]}
    />
  );
}

/**
 * School staff and DSLs: their students, placements, referrals and latest outcomes, and
 * how their students on placement are doing (attendance, incidents, reviews, targets).
 */
export async function SchoolSection({ params }: { params: SearchParams }) {
  const state = readCaseloadFilter(params);
  const caller = await serverCaller();
  const { students, activePlacements, referralsByStatus, recentOutcomes, monitoring } =
    await caller.dashboard.school(state.applied);

  return (
    <DashboardSection id="school" title="Your school">
      <SummaryList
        rows={[
          {
            key: "Students on roll known to the portal",
            value: students,
            actions: [{ href: "/students", text: "View", visuallyHiddenText: "students" }],
          },
          {
            key: "Active placements",
            value: activePlacements,
            actions: [
              {
                href: "/placements?status=ACTIVE",
                text: "View",
                visuallyHiddenText: "active placements",
              },
            ],
          },
        ]}
      />
      <DashboardPart title="Referrals by status">
        <ReferralCounts counts={referralsByStatus} caption="Your school's referrals by status" />
      </DashboardPart>
      <DashboardPart title="Recent outcomes">
        <RecentOutcomes outcomes={recentOutcomes} />
      </DashboardPart>
      <MonitoringSlice
        caseload={monitoring}
        state={state}
        filters={{ providerId: monitoring.choices.providers }}
        show={{ school: false, officer: false }}
        title="Your students on placement"
      />
    </DashboardSection>
  );
}
