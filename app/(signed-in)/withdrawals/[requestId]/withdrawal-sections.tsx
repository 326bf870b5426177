import { DueDate } from "@/components/deadline-tag";
import { formatWeekdays } from "@/components/format";
import { StudentLink } from "@/components/student-name";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { StatusTag } from "@/components/tag";
import { deadlineState } from "@/lib/deadlines";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { WithdrawalRecord } from "./load-withdrawal";

const PARTY = { SCHOOL: "the school", PROVIDER: "the provider" } as const;

function consultation(request: WithdrawalRecord): string {
  if (request.requestedBy === "PROVIDER") {
    return request.meetingHeldOn
      ? `Meeting held on ${formatDate(request.meetingHeldOn)}: ${request.meetingAttendees}`
      : "Not yet recorded";
  }
  if (request.moConsulted && request.moConsultedOn) {
    return `Yes, on ${formatDate(request.moConsultedOn)}`;
  }
  return request.moConsulted ? "Yes" : "No";
}

/** Who asked, for whom, from when and why, and the effect on the student. */
export function RequestDetails({ request }: { request: WithdrawalRecord }) {
  const due = deadlineState(request.dueOn, request.status === "SUBMITTED");
  return (
    <SummaryList
      rows={[
        { key: "Student", value: <StudentLink student={request.student} /> },
        { key: "School", value: request.school.name },
        { key: "Provider", value: request.provider.name },
        {
          key: "Requested by",
          value: `${request.requester.name}, ${PARTY[request.requestedBy]}`,
        },
        { key: "Takes effect", value: formatDate(request.effectiveDate) },
        {
          key: "Due to be processed",
          value: <DueDate dueOn={request.dueOn} state={due} />,
        },
        { key: "Reason", value: <span className="cap-verbatim">{request.reason}</span> },
        { key: "Effect on achievement", value: request.impactAchievement },
        { key: "Effect on health", value: request.impactHealth },
        { key: "Effect on well-being", value: request.impactWellbeing },
        {
          key:
            request.requestedBy === "PROVIDER"
              ? "Meeting with the service and the school"
              : "Monitoring officer consulted",
          value: consultation(request),
        },
        ...(request.rejectionReason
          ? [{ key: "Reason for rejecting", value: request.rejectionReason }]
          : []),
      ]}
    />
  );
}

type Item = WithdrawalRecord["placements"][number];

/** Each placement, the days it loses and whether the student leaves the course altogether. */
export function PlacementsWithdrawn({ request }: { request: WithdrawalRecord }) {
  return (
    <Table
      caption="Placements in this request"
      captionSize="m"
      rows={request.placements}
      rowKey={(item: Item) => item.id}
      columns={[
        { header: "Course", cell: (item: Item) => item.placement.course.title },
        {
          header: "Days withdrawn",
          cell: (item: Item) => (item.allDays ? "Every day" : formatWeekdays(item.days)),
        },
        {
          header: "Leaves every day of the course",
          cell: (item: Item) => (item.leavesEveryDay ? "Yes" : "No"),
        },
        { header: "Placement", cell: (item: Item) => <StatusTag status={item.placement.status} /> },
      ]}
    />
  );
}

function tick(by: { name: string } | null, at: Date | null): string {
  return by && at ? `Updated by ${by.name} on ${formatDateTime(at)}` : "Not yet updated";
}

/** The back-office checklist as it stands, for everyone who reads the request. */
export function ChecklistSummary({ request }: { request: WithdrawalRecord }) {
  return (
    <>
      <h2 className="govuk-heading-m">Back-office checklist</h2>
      <SummaryList
        rows={[
          { key: "CLM", value: tick(request.clmUpdatedBy, request.clmUpdatedAt) },
          { key: "Capita", value: tick(request.capitaUpdatedBy, request.capitaUpdatedAt) },
          {
            key: "Processed",
            value: request.processedAt
              ? `By ${request.processedBy?.name} on ${formatDateTime(request.processedAt)}`
              : "Not yet processed",
          },
        ]}
      />
    </>
  );
}
