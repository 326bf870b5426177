import Link from "next/link";
import { SummaryList } from "@/components/summary-list";
import { StudentLink } from "@/components/student-name";
import { Table } from "@/components/table";
import { StatusTag } from "@/components/tag";
import { formatDate, formatDateTime } from "@/lib/dates";
import {
  MEETING_OUTCOME_LABEL,
  MEETING_PARTY_LABEL,
  MEETING_TYPE_LABEL,
  TARGET_STATUS_LABEL,
} from "@/lib/schemas/meeting";
import { ReviewCell } from "../_lib/review-tag";
import type { MeetingView } from "./load-meeting";

type Target = MeetingView["targets"][number];

const TARGET_COLOUR_STATUS: Record<Target["status"], string> = {
  OPEN: "PENDING",
  MET: "PLACED",
  PARTLY_MET: "DUE_SOON",
  NOT_MET: "OVERDUE",
};

export function TargetStatus({ status }: { status: Target["status"] }) {
  return <StatusTag status={TARGET_COLOUR_STATUS[status]} label={TARGET_STATUS_LABEL[status]} />;
}

export function MeetingSummary({ meeting }: { meeting: MeetingView }) {
  const rows = [
    { key: "Student", value: <StudentLink student={meeting.student} /> },
    {
      key: "Placement",
      value: `${meeting.placement.course.title} at ${meeting.provider.name}`,
    },
    { key: "School", value: meeting.school.name },
    { key: "Held", value: formatDateTime(meeting.heldAt) },
    { key: "About", value: MEETING_TYPE_LABEL[meeting.type] },
    { key: "Outcome", value: MEETING_OUTCOME_LABEL[meeting.outcome] },
    {
      key: "Review date",
      value: <ReviewCell reviewOn={meeting.reviewOn} state={meeting.reviewState} />,
    },
    {
      key: "Recorded by",
      value: `${meeting.recordedBy.name}, ${meeting.recordedBy.organisation.name}`,
    },
  ];
  if (meeting.reviewOf) {
    rows.push({
      key: "Reviews meeting",
      value: (
        <Link className="govuk-link" href={`/meetings/${meeting.reviewOf.id}`} prefetch={false}>
          {meeting.reviewOf.reference}
        </Link>
      ),
    });
  }
  if (meeting.reviewedBy) {
    rows.push({
      key: "Reviewed at meeting",
      value: (
        <Link className="govuk-link" href={`/meetings/${meeting.reviewedBy.id}`} prefetch={false}>
          {meeting.reviewedBy.reference}
        </Link>
      ),
    });
  }
  return <SummaryList rows={rows} />;
}

export function Attendees({ meeting }: { meeting: MeetingView }) {
  return (
    <Table
      caption="Who was invited"
      captionSize="m"
      rows={meeting.attendees}
      rowKey={(row) => row.id}
      columns={[
        { header: "Name", cell: (row) => row.name },
        { header: "Role", cell: (row) => row.role ?? "" },
        {
          header: "For",
          cell: (row) => row.organisation?.name ?? MEETING_PARTY_LABEL[row.party],
        },
        { header: "Attended", cell: (row) => (row.attended ? "Yes" : "No, invited") },
      ]}
    />
  );
}

export function Targets({ caption, targets }: { caption: string; targets: Target[] }) {
  return (
    <Table
      caption={caption}
      captionSize="m"
      rows={targets}
      rowKey={(row) => row.id}
      empty="No targets were agreed."
      columns={[
        { header: "Target", cell: (row) => row.description },
        {
          header: "Owner",
          cell: (row) => `${row.ownerName} (${MEETING_PARTY_LABEL[row.ownerParty]})`,
        },
        { header: "Due", cell: (row) => formatDate(row.dueOn) },
        {
          header: "Status",
          cell: (row) => (
            <>
              <TargetStatus status={row.status} />
              {row.reviewNote && (
                <p className="govuk-body-s govuk-!-margin-top-1">{row.reviewNote}</p>
              )}
              {row.reviewedIn && (
                <p className="govuk-body-s govuk-!-margin-top-1">
                  Reviewed at{" "}
                  <Link
                    className="govuk-link"
                    href={`/meetings/${row.reviewedIn.id}`}
                    prefetch={false}
                  >
                    {row.reviewedIn.reference}
                  </Link>
                </p>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

/** Each copy's organisation, and who there has opened the record. */
export function OpenedBy({ meeting }: { meeting: MeetingView }) {
  return (
    <Table
      caption="Who has opened it"
      captionSize="m"
      rows={meeting.copies}
      rowKey={(row) => row.organisationId}
      columns={[
        { header: "Copy sent to", cell: (row) => row.organisationName },
        {
          header: "Opened by",
          cell: (row) =>
            row.openedBy.length === 0 ? (
              "Not opened yet"
            ) : (
              <ul className="govuk-list">
                {row.openedBy.map((read) => (
                  <li key={`${read.name}-${read.firstOpenedAt.toISOString()}`}>
                    {read.name}, {formatDateTime(read.firstOpenedAt)}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
