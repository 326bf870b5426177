import type { ReactNode } from "react";
import { formatBytes } from "@/components/format";
import { StudentLink, studentName } from "@/components/student-name";
import { SummaryList, type SummaryRow } from "@/components/summary-list";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDate, formatDateTime } from "@/lib/dates";
import {
  ALERT_METHOD_LABEL,
  CONCERN_ENTRY_KIND_LABEL,
  CONCERN_OUTCOME_LABEL,
} from "@/lib/schemas/concern";
import { categoriesText, ConcernStatusTag, RISK_TEXT, RiskTag } from "../_lib/concern-display";
import type { ConcernRecord } from "./load-concern";

type Props = { concern: ConcernRecord };
type Decision = ConcernRecord["decisions"][number];
type Alert = ConcernRecord["schoolAlerts"][number];
type Attachment = ConcernRecord["documents"][number];

/** Text kept as it was typed, line breaks included. */
export function Verbatim({ text }: { text: string }) {
  return <span className="cap-verbatim">{text}</span>;
}

function personName(concern: ConcernRecord, userId: string | null | undefined): string {
  const person = userId ? concern.people[userId] : undefined;
  return person ? `${person.name}, ${person.organisationName}` : "Someone no longer listed";
}

/** What was raised, exactly as it was written. */
export function ConcernDetails({ concern }: Props) {
  const rows: SummaryRow[] = [
    { key: "Student", value: <StudentLink student={concern.student} /> },
    { key: "Student's school", value: concern.school.name },
    {
      key: "Raised by",
      value: `${concern.raisedBy.name}, ${concern.raisedByOrganisation.name}`,
    },
    { key: "Raised", value: formatDateTime(concern.raisedAt) },
    { key: "When it happened", value: formatDateTime(concern.occurredAt) },
    { key: "Where it happened", value: <Verbatim text={concern.location} /> },
    { key: "Categories", value: categoriesText(concern.categories) },
    { key: "What was seen or heard", value: <Verbatim text={concern.whatWasSeenOrHeard} /> },
    {
      key: "What the child said, in their own words",
      value: concern.disclosure ? (
        <>
          <blockquote className="cap-disclosure govuk-body">
            <Verbatim text={concern.disclosure} />
          </blockquote>
          <p className="govuk-hint govuk-!-margin-top-2 govuk-!-margin-bottom-0">
            Kept exactly as it was recorded.
          </p>
        </>
      ) : (
        "Nothing recorded"
      ),
    },
    { key: "Action already taken", value: <Verbatim text={concern.immediateAction} /> },
    { key: "Who was told", value: <Verbatim text={concern.whoWasTold} /> },
    {
      key: concern.access === "FULL" ? "Risk level now" : "Risk level when raised",
      value: <RiskTag level={concern.riskLevel} />,
    },
    {
      key: "Other students involved",
      value:
        concern.linkedStudents.length > 0 ? (
          <ul className="govuk-list">
            {concern.linkedStudents.map((student) => (
              <li key={student.id}>
                <StudentLink student={student} />
              </li>
            ))}
          </ul>
        ) : (
          "None"
        ),
    },
  ];
  return (
    <section aria-labelledby="concern-details">
      <h2 className="govuk-heading-m" id="concern-details">
        The concern
      </h2>
      <SummaryList rows={rows} />
    </section>
  );
}

function latestDecisionText(decision: Decision | undefined): ReactNode {
  if (!decision) {
    return "No decision yet";
  }
  const label = CONCERN_OUTCOME_LABEL[decision.outcome];
  if (decision.outcome === "MONITOR" && decision.reviewDate) {
    return `${label}, review by ${formatDate(decision.reviewDate)}`;
  }
  return `${label}, ${formatDateTime(decision.decidedAt)}`;
}

function alertState(concern: ConcernRecord): ReactNode {
  const alerts = concern.schoolAlerts;
  if (alerts.length === 0) {
    return "Not yet alerted";
  }
  const unread = alerts.some((alert) => !alert.readAt);
  if (unread) {
    return <Tag colour="red">Alert unread</Tag>;
  }
  const last = alerts[alerts.length - 1];
  return `Read by ${personName(concern, last.readById)}, ${formatDateTime(last.readAt!)}`;
}

/** For those who see it in full: status, who has it, the school alert, the latest decision. */
export function WhereItStands({ concern }: Props) {
  const rows: SummaryRow[] = [
    { key: "Status", value: <ConcernStatusTag status={concern.status} /> },
    { key: "Risk level", value: <RiskTag level={concern.riskLevel} /> },
    { key: "School DSL alert", value: alertState(concern) },
    { key: "Latest decision", value: latestDecisionText(concern.decisions.at(-1)) },
    {
      key: "Service DSL",
      value: concern.assignedTo
        ? `${concern.assignedTo.name}, since ${formatDateTime(concern.assignedAt!)}`
        : "Not assigned",
    },
  ];
  if (concern.status === "CLOSED") {
    rows.push({
      key: "Closed",
      value: (
        <>
          {formatDateTime(concern.closedAt!)} by {personName(concern, concern.closedById)}
          <br />
          <Verbatim text={concern.closureRationale ?? ""} />
        </>
      ),
    });
  }
  return (
    <section aria-labelledby="where-it-stands">
      <h2 className="govuk-heading-m" id="where-it-stands">
        Where it stands
      </h2>
      <SummaryList rows={rows} />
    </section>
  );
}

function AttachmentLink({ file }: { file: Attachment }) {
  return (
    <a className="govuk-link" href={`/api/documents/${file.id}`} download>
      {file.originalName}
    </a>
  );
}

export function Attachments({ concern }: Props) {
  return (
    <section aria-labelledby="attachments">
      <h2 className="govuk-heading-m" id="attachments">
        Attachments
      </h2>
      <Table
        caption="Files attached to the concern"
        captionSize="hidden"
        rows={concern.documents}
        rowKey={(file) => file.id}
        empty={
          concern.access === "FULL"
            ? "No files are attached."
            : "You have attached no files. Files others attach are not shown to you."
        }
        columns={[
          { header: "File", cell: (file) => <AttachmentLink file={file} /> },
          { header: "Size", cell: (file) => formatBytes(file.sizeBytes) },
          { header: "Added by", cell: (file) => personName(concern, file.uploadedById) },
          { header: "Added", cell: (file) => formatDateTime(file.createdAt) },
        ]}
      />
    </section>
  );
}

interface TimelineEvent {
  key: string;
  at: Date;
  title: string;
  by?: string;
  body?: ReactNode;
}

function decisionDetails(decision: Decision): SummaryRow[] {
  const rows: SummaryRow[] = [];
  if (decision.reviewDate) {
    rows.push({ key: "Review date", value: formatDate(decision.reviewDate) });
  }
  if (decision.referredOn) {
    rows.push({ key: "Referred on", value: formatDate(decision.referredOn) });
  }
  if (decision.reference) {
    rows.push({ key: "Reference", value: decision.reference });
  }
  if (decision.referralOutcome) {
    rows.push({ key: "Outcome", value: <Verbatim text={decision.referralOutcome} /> });
  }
  if (decision.riskLevel) {
    rows.push({ key: "Risk level judged", value: RISK_TEXT[decision.riskLevel] });
  }
  rows.push({ key: "Rationale", value: <Verbatim text={decision.rationale} /> });
  return rows;
}

function alertEvents(concern: ConcernRecord, alert: Alert): TimelineEvent[] {
  const events: TimelineEvent[] = [
    {
      key: `alert-${alert.id}`,
      at: alert.alertedAt,
      title: "School DSL alerted",
      by: personName(concern, alert.recordedById),
      body: (
        <p className="govuk-body">
          {ALERT_METHOD_LABEL[alert.method]} to <Verbatim text={alert.alertedWhom} />. Recorded{" "}
          {formatDateTime(alert.recordedAt)}.
        </p>
      ),
    },
  ];
  if (alert.readAt) {
    events.push({
      key: `read-${alert.id}`,
      at: alert.readAt,
      title: "School DSL marked the alert as read",
      by: personName(concern, alert.readById),
    });
  }
  if (alert.escalatedAt) {
    events.push({
      key: `escalated-${alert.id}`,
      at: alert.escalatedAt,
      title: "Unread alert escalated to the service DSLs",
      by: "CAP Portal",
    });
  }
  return events;
}

function timelineEvents(concern: ConcernRecord): TimelineEvent[] {
  const filesOf = (entryId: string) =>
    concern.documents.filter((file) => file.concernEntryId === entryId);
  const events: TimelineEvent[] = [
    {
      key: "raised",
      at: concern.raisedAt,
      title: "Concern raised",
      by: `${concern.raisedBy.name}, ${concern.raisedByOrganisation.name}`,
    },
    ...concern.entries.map((entry) => ({
      key: `entry-${entry.id}`,
      at: entry.createdAt,
      title: CONCERN_ENTRY_KIND_LABEL[entry.kind],
      by: entry.author.name,
      body: (
        <>
          <p className="govuk-body">
            <Verbatim text={entry.text} />
          </p>
          {filesOf(entry.id).length > 0 && (
            <ul className="govuk-list">
              {filesOf(entry.id).map((file) => (
                <li key={file.id}>
                  Attached: <AttachmentLink file={file} />
                </li>
              ))}
            </ul>
          )}
        </>
      ),
    })),
    ...concern.schoolAlerts.flatMap((alert) => alertEvents(concern, alert)),
    ...concern.decisions.map((decision) => ({
      key: `decision-${decision.id}`,
      at: decision.decidedAt,
      title: `Decision: ${CONCERN_OUTCOME_LABEL[decision.outcome]}`,
      by: personName(concern, decision.decidedById),
      body: <SummaryList rows={decisionDetails(decision)} noBorder />,
    })),
  ];
  if (concern.assignedTo && concern.assignedAt) {
    events.push({
      key: "assigned",
      at: concern.assignedAt,
      title: `Assigned to ${concern.assignedTo.name}`,
    });
  }
  if (concern.closedAt && concern.access === "FULL") {
    events.push({
      key: "closed",
      at: concern.closedAt,
      title: "Concern closed",
      by: personName(concern, concern.closedById),
      body: (
        <p className="govuk-body">
          <Verbatim text={concern.closureRationale ?? ""} />
        </p>
      ),
    });
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Everything recorded on the concern, oldest first. Nothing in it is ever edited. */
export function Timeline({ concern }: Props) {
  const events = timelineEvents(concern);
  return (
    <section aria-labelledby="timeline">
      <h2 className="govuk-heading-m" id="timeline">
        Timeline
      </h2>
      <p className="govuk-body">
        {concern.access === "FULL"
          ? "Everything recorded on this concern, in the order it happened. Nothing is edited " +
            "or deleted: corrections are added as further information."
          : "What you raised and what you have added, in the order it happened."}
      </p>
      <div className="moj-timeline">
        {events.map((event) => (
          <div className="moj-timeline__item" key={event.key}>
            <div className="moj-timeline__header">
              <h3 className="moj-timeline__title">{event.title}</h3>
              {event.by && (
                <p className="moj-timeline__byline govuk-!-margin-left-1">by {event.by}</p>
              )}
            </div>
            <p className="moj-timeline__date">
              <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time>
            </p>
            {event.body && <div className="moj-timeline__description">{event.body}</div>}
          </div>
        ))}
      </div>
    </section>
  );
}

/** The page's heading: the student the concern is about. */
export function concernHeading(concern: ConcernRecord): string {
  return `Concern about ${studentName(concern.student)}`;
}
