import type { inferRouterOutputs } from "@trpc/server";
import { Fragment } from "react";
import {
  AttendanceSparkline,
  AttendanceTrendChart,
  formatPercent,
} from "@/components/attendance-trend";
import { StudentLink } from "@/components/student-name";
import { Table, type Column } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDate } from "@/lib/dates";
import { REVIEW_DUE_WITHIN_DAYS } from "@/lib/schemas/meeting";
import type { AppRouter } from "@/server/trpc/router";
import { DashboardPart } from "./dashboard-section";

// The caseload's parts, shared by the monitoring, school and provider sections: each shows
// its own slice of the same data (server/services/dashboards/caseload.ts).

export type Caseload = inferRouterOutputs<AppRouter>["dashboard"]["monitoring"];
type Group = Caseload["groups"][number];
type Row = Group["rows"][number];
type Review = Caseload["reviewsDue"][number];
type Target = Caseload["targetsDue"][number];
type Week = Caseload["overall"][number];

function Overdue() {
  return <Tag colour="red">Overdue</Tag>;
}

function DueDate({ date, overdue }: { date: string; overdue: boolean }) {
  return (
    <>
      {formatDate(date)}
      {overdue && (
        <>
          {" "}
          <Overdue />
        </>
      )}
    </>
  );
}

/** "12 students on 13 placements, with 2 providers." */
export function caseloadTotals({ total, students, groups }: Caseload): string {
  const who = students === 1 ? "1 student" : `${students} students`;
  const where = total === 1 ? "1 placement" : `${total} placements`;
  const providers = groups.length === 1 ? "1 provider" : `${groups.length} providers`;
  return `${who} on ${where}, with ${providers}.`;
}

/** The weekly trend of every placement shown, as a chart with its figures in a table. */
export function CaseloadTrend(props: { caseload: Caseload; title: string; level?: 3 | 4 }) {
  const { caseload, title, level } = props;
  if (caseload.overall.length === 0) {
    return null;
  }
  return (
    <DashboardPart title={title} level={level}>
      <p className="govuk-body">
        Sessions attended (present or late) out of the sessions each student was expected at, week
        by week. At or below the dashed 90% line counts as persistent absence.
      </p>
      <AttendanceTrendChart title={title} weeks={caseload.overall} />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Weekly figures</span>
        </summary>
        <div className="govuk-details__text">
          <WeeklyFigures weeks={caseload.overall} caption={title} />
        </div>
      </details>
    </DashboardPart>
  );
}

function WeeklyFigures({ weeks, caption }: { weeks: readonly Week[]; caption: string }) {
  return (
    <Table
      caption={`${caption}: weekly figures`}
      captionSize="hidden"
      rows={weeks}
      rowKey={(week) => week.weekOf}
      columns={[
        { header: "Week beginning", cell: (week) => formatDate(week.weekOf) },
        {
          header: "Sessions attended",
          numeric: true,
          cell: (week) => `${week.attended} of ${week.possible}`,
        },
        {
          header: "Attendance",
          numeric: true,
          cell: (week) =>
            week.percentage === null ? "No sessions" : formatPercent(week.percentage),
        },
      ]}
    />
  );
}

function StudentCell({ row }: { row: Row }) {
  return (
    <>
      <StudentLink student={row.student} />
      <br />
      <span className="govuk-body-s">{row.course.title}</span>
      {row.endedOn && (
        <>
          <br />
          <span className="govuk-body-s">Placement ended {formatDate(row.endedOn)}</span>
        </>
      )}
    </>
  );
}

function AttendanceCell({ row }: { row: Row }) {
  const { percentage, persistentlyAbsent } = row.attendance;
  if (percentage === null) {
    return "No sessions yet";
  }
  return (
    <>
      {formatPercent(percentage)}
      {persistentlyAbsent && (
        <>
          <br />
          <Tag colour="red">Persistent absence</Tag>
        </>
      )}
    </>
  );
}

const TREND: Column<Row> = {
  header: "Weekly attendance",
  cell: (row) => <AttendanceSparkline weeks={row.trend} />,
};

function columnsFor(show: { school: boolean; officer: boolean }): Column<Row>[] {
  return [
    { header: "Student", cell: (row) => <StudentCell row={row} /> },
    ...(show.school ? [{ header: "School", cell: (row: Row) => row.school.name }] : []),
    ...(show.officer
      ? [{ header: "Monitoring officer", cell: (row: Row) => row.monitoringOfficer?.name ?? "" }]
      : []),
    TREND,
    { header: "Attendance", numeric: true, cell: (row) => <AttendanceCell row={row} /> },
    { header: "Incidents (30 days)", numeric: true, cell: (row) => row.incidents },
    { header: "Open targets", numeric: true, cell: (row) => row.openTargets },
    {
      header: "Next review",
      cell: (row) =>
        row.nextReview ? (
          <DueDate date={row.nextReview.reviewOn} overdue={row.nextReview.overdue} />
        ) : (
          "None"
        ),
    },
  ];
}

interface TablesProps {
  caseload: Caseload;
  show: { school: boolean; officer: boolean };
  empty: string;
}

/** One table per provider, its students in name order. */
export function CaseloadTables({ caseload, show, empty }: TablesProps) {
  if (caseload.groups.length === 0) {
    return <p className="govuk-body">{empty}</p>;
  }
  return caseload.groups.map((group) => (
    <Fragment key={group.provider.id}>
      <Table
        caption={group.provider.name}
        captionSize="s"
        rows={group.rows}
        rowKey={(row) => row.id}
        columns={columnsFor(show)}
      />
      <ProviderAttendance group={group} />
    </Fragment>
  ));
}

/** The provider's attendance over the placements in its table (DOMAIN.md workflow 6). */
function ProviderAttendance({ group }: { group: Caseload["groups"][number] }) {
  const { percentage, attended, possible, persistentlyAbsent } = group.attendance;
  if (percentage === null) {
    return null;
  }
  return (
    <p className="govuk-body">
      Attendance at {group.provider.name} over these placements: {formatPercent(percentage)} (
      {attended} of {possible} sessions)
      {persistentlyAbsent && (
        <>
          {" "}
          <Tag colour="red">Persistent absence</Tag>
        </>
      )}
    </p>
  );
}

/** Reviews overdue (red) and due soon (the meetings list's rule), soonest first. */
export function ReviewsDue({ reviews }: { reviews: readonly Review[] }) {
  return (
    <Table
      caption={`Reviews overdue and due in the next ${REVIEW_DUE_WITHIN_DAYS} days`}
      captionSize="hidden"
      rows={reviews}
      rowKey={(review) => review.meetingId}
      empty={`No meeting is due a review in the next ${REVIEW_DUE_WITHIN_DAYS} days.`}
      columns={[
        { header: "Student", cell: (review) => <StudentLink student={review.placement.student} /> },
        { header: "Provider", cell: (review) => review.placement.provider.name },
        { header: "Meeting", cell: (review) => review.reference },
        {
          header: "Review due",
          cell: (review) => <DueDate date={review.reviewOn} overdue={review.overdue} />,
        },
      ]}
    />
  );
}

/** Open targets overdue (red) and due by Sunday, soonest first. */
export function TargetsDue({ targets }: { targets: readonly Target[] }) {
  return (
    <Table
      caption="Targets overdue and due this week"
      captionSize="hidden"
      rows={targets}
      rowKey={(target) => target.targetId}
      empty="No open target is due this week."
      columns={[
        { header: "Target", cell: (target) => target.description },
        { header: "Owner", cell: (target) => target.ownerName },
        {
          header: "Student",
          cell: (target) => (
            <>
              <StudentLink student={target.placement.student} />
              <br />
              <span className="govuk-body-s">
                {target.placement.provider.name}, {target.meetingReference}
              </span>
            </>
          ),
        },
        {
          header: "Due",
          cell: (target) => <DueDate date={target.dueOn} overdue={target.overdue} />,
        },
      ]}
    />
  );
}
