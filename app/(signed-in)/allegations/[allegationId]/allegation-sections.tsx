import { formatDate, formatDateTime } from "@/lib/dates";
import { StudentLink } from "@/components/student-name";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import {
  ALLEGATION_OUTCOME_HINT,
  ALLEGATION_OUTCOME_LABEL,
  THRESHOLD_LABEL,
  THRESHOLDS,
} from "@/lib/schemas/allegation";
import type { AllegationRecord } from "./load-allegation";

type Props = { allegation: AllegationRecord };

const KIND_TEXT = { SCHOOL: "school", PROVIDER: "provider", SERVICE: "the service" } as const;

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index} className="govuk-body cap-pre-line">
          {paragraph}
        </p>
      ))}
    </>
  );
}

function LinkedStudents({ allegation }: Props) {
  if (allegation.students.length === 0) {
    return "None linked";
  }
  return (
    <ul className="govuk-list">
      {allegation.students.map((student) => (
        <li key={student.id}>
          <StudentLink student={student} />
        </li>
      ))}
    </ul>
  );
}

/** The report as it was made: never edited, so it reads the same to everyone who may see it. */
export function ReportSection({ allegation }: Props) {
  const { employer } = allegation;
  return (
    <>
      <h2 className="govuk-heading-m">The report</h2>
      <SummaryList
        rows={[
          { key: "Adult", value: allegation.adultName },
          { key: "Their role", value: allegation.adultRole },
          { key: "Employer", value: `${employer.name} (${KIND_TEXT[employer.kind]})` },
          { key: "When it happened", value: formatDateTime(allegation.occurredAt) },
          { key: "Where", value: allegation.location },
          { key: "What happened", value: <Paragraphs text={allegation.whatHappened} /> },
          {
            key: "Children involved",
            value: allegation.childrenInvolved ? (
              <Paragraphs text={allegation.childrenInvolved} />
            ) : (
              "Not given"
            ),
          },
          { key: "Linked student records", value: <LinkedStudents allegation={allegation} /> },
          { key: "Done straight away", value: <Paragraphs text={allegation.immediateAction} /> },
          { key: "Who has been told", value: <Paragraphs text={allegation.whoWasTold} /> },
          {
            key: "Reported",
            value: `${formatDateTime(allegation.reportedAt)} by ${allegation.reportedBy.name}`,
          },
        ]}
      />
    </>
  );
}

/** The newest threshold assessment: the lead's current judgement. */
export function ThresholdsSection({ allegation }: Props) {
  const latest = allegation.assessments.at(-1);
  return (
    <>
      <h2 className="govuk-heading-m">Thresholds</h2>
      {latest ? (
        <Table
          caption={`Assessed ${formatDateTime(latest.recordedAt)}`}
          captionSize="s"
          rows={THRESHOLDS}
          rowKey={(threshold) => threshold}
          columns={[
            { header: "The adult…", cell: (threshold) => THRESHOLD_LABEL[threshold] },
            { header: "Judged", cell: (threshold) => (latest[threshold] ? "Met" : "Not met") },
            { header: "Note", cell: (threshold) => latest[`${threshold}Note`] },
          ]}
        />
      ) : (
        <p className="govuk-body">Not assessed yet.</p>
      )}
    </>
  );
}

export function ConsultationsSection({ allegation }: Props) {
  return (
    <>
      <h2 className="govuk-heading-m">LADO consultations</h2>
      {allegation.consultations.length === 0 ? (
        <p className="govuk-body">The LADO has not been consulted yet.</p>
      ) : (
        allegation.consultations.map((consultation) => (
          <SummaryList
            key={consultation.id}
            rows={[
              { key: "Date", value: formatDate(consultation.consultedOn) },
              { key: "LADO", value: consultation.ladoName },
              { key: "Reference", value: consultation.reference ?? "None given" },
              { key: "Advice", value: <Paragraphs text={consultation.advice} /> },
            ]}
          />
        ))
      )}
    </>
  );
}

export function OutcomeSection({ allegation }: Props) {
  const { outcome, outcomeOn, outcomeRationale } = allegation;
  if (!outcome || !outcomeOn) {
    return null;
  }
  return (
    <>
      <h2 className="govuk-heading-m">Outcome</h2>
      <SummaryList
        rows={[
          {
            key: "Outcome",
            value: `${ALLEGATION_OUTCOME_LABEL[outcome]}: ${ALLEGATION_OUTCOME_HINT[outcome]}`,
          },
          { key: "Date", value: formatDate(outcomeOn) },
          { key: "Rationale", value: <Paragraphs text={outcomeRationale ?? ""} /> },
        ]}
      />
    </>
  );
}

interface TimelineEvent {
  key: string;
  at: Date;
  who: string;
  what: string;
  text?: string;
}

/** Everything added to the record, oldest first. A reporter's view holds only their own. */
function timelineOf(allegation: AllegationRecord): TimelineEvent[] {
  const lead = "Service lead";
  const events: TimelineEvent[] = [
    {
      key: "reported",
      at: allegation.reportedAt,
      who: allegation.reportedBy.name,
      what: "Reported",
    },
    ...allegation.entries.map((entry) => ({
      key: entry.id,
      at: entry.createdAt,
      who: entry.author.name,
      what: "Further information",
      text: entry.text,
    })),
    ...allegation.assessments.map((assessment) => ({
      key: assessment.id,
      at: assessment.recordedAt,
      who: lead,
      what: "Thresholds assessed",
    })),
    ...allegation.consultations.map((consultation) => ({
      key: consultation.id,
      at: consultation.recordedAt,
      who: lead,
      what: "LADO consultation recorded",
    })),
  ];
  if (allegation.closedAt) {
    events.push({ key: "closed", at: allegation.closedAt, who: lead, what: "Closed" });
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

export function TimelineSection({ allegation }: Props) {
  return (
    <>
      <h2 className="govuk-heading-m">Timeline</h2>
      <Table
        caption="Timeline of the allegation"
        captionSize="hidden"
        rows={timelineOf(allegation)}
        rowKey={(event) => event.key}
        columns={[
          { header: "When", cell: (event) => formatDateTime(event.at) },
          { header: "Who", cell: (event) => event.who },
          {
            header: "What",
            cell: (event) =>
              event.text ? (
                <>
                  <strong>{event.what}</strong>
                  <Paragraphs text={event.text} />
                </>
              ) : (
                event.what
              ),
          },
        ]}
      />
    </>
  );
}
