import Link from "next/link";
import { formatUkDay, formatWeekdays } from "@/components/format";
import { StudentLink } from "@/components/student-name";
import { SummaryList } from "@/components/summary-list";
import { StatusTag } from "@/components/tag";
import { WelfareTags } from "@/components/welfare-tags";
import { formatDate, formatDateTime } from "@/lib/dates";
import { PAPERWORK_LABEL } from "@/lib/schemas/referral";
import { SEN_LABEL } from "@/lib/schemas/student";
import type { ReferralRecord } from "./load-referral";
import { MarkPaperworkButton } from "./mark-paperwork-button";

type Props = { referral: ReferralRecord };

const RISK_TEXT = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" } as const;
const GROUND_TEXT = { NEED: "Need", RISK: "Risk" } as const;

export function StudentSection({ referral }: Props) {
  const { student } = referral;
  return (
    <>
      <h2 className="govuk-heading-m">Student</h2>
      <SummaryList
        rows={[
          { key: "Name", value: <StudentLink student={student} /> },
          { key: "UPN", value: student.upn },
          { key: "Date of birth", value: formatDate(student.dateOfBirth) },
          { key: "Year group", value: `Year ${student.yearGroup}` },
          { key: "Special educational needs", value: SEN_LABEL[student.senStatus] },
          { key: "Looked after and plans", value: <WelfareTags flags={student} none="None" /> },
          { key: "Home school", value: referral.school.name },
        ]}
      />
    </>
  );
}

export function ReferralDetails({ referral }: Props) {
  return (
    <>
      <h2 className="govuk-heading-m">Referral</h2>
      <SummaryList
        rows={[
          { key: "Course", value: `${referral.course.title} (${referral.course.qualification})` },
          { key: "Provider", value: referral.provider.name },
          { key: "Days wanted", value: formatWeekdays(referral.requestedDays) },
          { key: "Start date wanted", value: formatDate(referral.requestedStartDate) },
          { key: "Referred", value: formatDateTime(referral.createdAt) },
          { key: "Reasons", value: <Paragraphs text={referral.reasons} /> },
          { key: "Needs", value: <Paragraphs text={referral.needs} /> },
          {
            key: "Level of risk",
            value: <StatusTag status={referral.riskLevel} label={RISK_TEXT[referral.riskLevel]} />,
          },
          { key: "Risk assessment", value: <Paragraphs text={referral.riskAssessment} /> },
          { key: "Interview", value: <InterviewText referral={referral} /> },
        ]}
      />
    </>
  );
}

function InterviewText({ referral }: Props) {
  const { interview } = referral;
  if (!interview) {
    return "Not recorded yet";
  }
  return (
    <>
      <p className="govuk-body">
        Held on {formatDate(interview.heldOn)} with {interview.attendees}
      </p>
      <Paragraphs text={interview.notes} />
    </>
  );
}

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

export function PaperworkSection({ referral, canMark }: Props & { canMark: boolean }) {
  return (
    <>
      <h2 className="govuk-heading-m">Paperwork</h2>
      <dl className="govuk-summary-list">
        {referral.paperwork.map((item) => (
          <div className="govuk-summary-list__row" key={item.kind}>
            <dt className="govuk-summary-list__key">{PAPERWORK_LABEL[item.kind]}</dt>
            <dd className="govuk-summary-list__value">
              {item.receivedAt ? (
                <StatusTag status="RECEIVED" label={`Received ${formatUkDay(item.receivedAt)}`} />
              ) : (
                <StatusTag status="MISSING" label="Not received" />
              )}
              {item.document && (
                <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                  <a className="govuk-link" href={`/api/documents/${item.document.id}`} download>
                    Download {item.document.originalName}
                  </a>
                </p>
              )}
            </dd>
            {canMark && (
              <dd className="govuk-summary-list__actions">
                <MarkPaperworkButton
                  referralId={referral.id}
                  kind={item.kind}
                  received={Boolean(item.receivedAt)}
                  label={PAPERWORK_LABEL[item.kind]}
                />
              </dd>
            )}
          </div>
        ))}
      </dl>
    </>
  );
}

export function OutcomeSection({ referral }: Props) {
  const { response, placement } = referral;
  if (!response) {
    return null;
  }
  const accepted = response.decision === "ACCEPTED";
  const rows = [
    {
      key: "Decision",
      value: accepted
        ? "Accepted"
        : `Declined on grounds of ${GROUND_TEXT[response.declineGround ?? "NEED"].toLowerCase()}`,
    },
    ...(accepted
      ? [
          { key: "Confirmed days", value: formatWeekdays(response.confirmedDays) },
          { key: "Confirmed start date", value: formatDate(response.confirmedStartDate!) },
        ]
      : []),
    { key: "Explanation", value: <Paragraphs text={response.explanation} /> },
    { key: "Responded", value: formatDateTime(response.respondedAt) },
    {
      key: "Processed",
      value: response.processedAt
        ? formatDateTime(response.processedAt)
        : "Not yet processed by the service",
    },
  ];
  return (
    <>
      <h2 className="govuk-heading-m">Provider&apos;s response</h2>
      <SummaryList rows={rows} />
      {placement && <PlacementText placement={placement} />}
    </>
  );
}

function PlacementText({ placement }: { placement: NonNullable<ReferralRecord["placement"]> }) {
  const start = formatDate(placement.startDate);
  const end = formatDate(placement.plannedEndDate);
  return (
    <p className="govuk-body">
      {`Placement from ${start} to ${end} on ${formatWeekdays(placement.days)}. `}
      <Link className="govuk-link" href="/placements">
        See placements
      </Link>
    </p>
  );
}
