import Link from "next/link";
import { formatBytes } from "@/components/format";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { StatusTag, Tag } from "@/components/tag";
import { formatDateTime } from "@/lib/dates";
import { ACTION_DECISION_LABEL } from "@/lib/schemas/quality-action";
import {
  academicYearLabel,
  JUDGEMENT_LABEL,
  REVIEW_KIND_LABEL,
} from "@/lib/schemas/quality-review";
import { ActionDueDate } from "../action-tags";
import type { ActionRecord } from "./load-action";

const JUDGEMENT_COLOUR = { MET: "green", PARTLY_MET: "orange", NOT_MET: "red" } as const;

function Requirement({ item }: { item: NonNullable<ActionRecord["reviewRequirement"]> }) {
  return (
    <>
      {item.title}
      {item.judgement && (
        <>
          {" "}
          <Tag colour={JUDGEMENT_COLOUR[item.judgement]}>{JUDGEMENT_LABEL[item.judgement]}</Tag>
        </>
      )}
      {item.judgementComment && (
        <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0 cap-verbatim">
          {item.judgementComment}
        </p>
      )}
    </>
  );
}

/** What is to be done, by whom and when, and where it came from. */
export function ActionDetails({ action }: { action: ActionRecord }) {
  const { review } = action;
  return (
    <SummaryList
      rows={[
        { key: "Provider", value: action.provider.name },
        {
          key: "What is to be done",
          value: <span className="cap-verbatim">{action.description}</span>,
        },
        { key: "Owner", value: action.owner },
        { key: "Due", value: <ActionDueDate dueOn={action.dueOn} state={action.dueState} /> },
        {
          key: "Provider's action plan reference",
          value: action.providerPlanReference ?? "None given",
        },
        {
          key: "Set at",
          value: (
            <>
              <Link className="govuk-link" href={`/quality/reviews/${review.id}`}>
                {REVIEW_KIND_LABEL[review.kind]} {review.reference}
              </Link>{" "}
              ({academicYearLabel(review.reviewYear.startYear)}), by {action.setBy.name}
            </>
          ),
        },
        ...(action.reviewRequirement
          ? [{ key: "Requirement", value: <Requirement item={action.reviewRequirement} /> }]
          : []),
        ...(action.closedAt
          ? [
              {
                key: "Closed",
                value: `By ${action.closedBy?.name} on ${formatDateTime(action.closedAt)}`,
              },
            ]
          : []),
      ]}
    />
  );
}

type Submission = ActionRecord["submissions"][number];

function Files({ files }: { files: Submission["evidence"] }) {
  if (files.length === 0) {
    return <>None</>;
  }
  return (
    <ul className="govuk-list">
      {files.map((file) => (
        <li key={file.id}>
          <a className="govuk-link" href={`/api/documents/${file.id}`} download>
            {file.originalName}
          </a>{" "}
          ({formatBytes(file.sizeBytes)})
        </li>
      ))}
    </ul>
  );
}

function Decision({ submission }: { submission: Submission }) {
  if (!submission.decision || !submission.decidedAt) {
    return <>Waiting for the quality officer&apos;s decision</>;
  }
  return (
    <>
      <StatusTag
        status={submission.decision === "RETURNED" ? "REJECTED" : "CLOSED"}
        label={ACTION_DECISION_LABEL[submission.decision]}
      />{" "}
      by {submission.decidedBy?.name} on {formatDateTime(submission.decidedAt)}
      {submission.decisionComment && (
        <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0 cap-verbatim">
          {submission.decisionComment}
        </p>
      )}
    </>
  );
}

/** Every submission of evidence, oldest first, with its files and the officer's decision. */
export function SubmissionHistory({ action }: { action: ActionRecord }) {
  return (
    <section aria-labelledby="submissions-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="submissions-heading">
        Evidence and decisions
      </h2>
      {action.submissions.length === 0 && (
        <p className="govuk-body">No evidence has been submitted yet.</p>
      )}
      {action.submissions.map((submission, index) => (
        <div key={submission.id}>
          <h3 className="govuk-heading-s">
            Submission {index + 1}: {formatDateTime(submission.submittedAt)}
          </h3>
          <SummaryList
            rows={[
              { key: "Submitted by", value: submission.submittedBy.name },
              {
                key: "What has been done",
                value: <span className="cap-verbatim">{submission.statement}</span>,
              },
              { key: "Evidence", value: <Files files={submission.evidence} /> },
              { key: "Decision", value: <Decision submission={submission} /> },
            ]}
          />
        </div>
      ))}
    </section>
  );
}

type Revisit = ActionRecord["revisits"][number];

/** Notes made when the action was looked at again at a later review of the year. */
export function Revisits({ action }: { action: ActionRecord }) {
  if (action.revisits.length === 0) {
    return null;
  }
  return (
    <Table
      caption="Revisited at later reviews"
      captionSize="m"
      rows={action.revisits}
      rowKey={(row: Revisit) => row.id}
      columns={[
        {
          header: "Review",
          cell: (row: Revisit) => `${REVIEW_KIND_LABEL[row.review.kind]} ${row.review.reference}`,
        },
        {
          header: "Recorded",
          cell: (row: Revisit) => `${formatDateTime(row.recordedAt)} by ${row.recordedBy.name}`,
        },
        {
          header: "Note",
          cell: (row: Revisit) => <span className="cap-verbatim">{row.note}</span>,
        },
      ]}
    />
  );
}
