import Link from "next/link";
import { formatBytes } from "@/components/format";
import { SummaryList, type SummaryRow } from "@/components/summary-list";
import { Table, type Column } from "@/components/table";
import { StatusTag } from "@/components/tag";
import { formatDate, formatDateTime } from "@/lib/dates";
import {
  academicYearLabel,
  JUDGEMENT_LABEL,
  REVIEW_KIND_LABEL,
  VISIT_MODE_LABEL,
} from "@/lib/schemas/quality-review";
import type { ReviewRecord } from "./load-review";

type Item = ReviewRecord["items"][number];
type Action = ReviewRecord["actions"][number];

const JUDGEMENT_COLOUR = { MET: "PLACED", PARTLY_MET: "DUE_SOON", NOT_MET: "MISSING" } as const;

export function ReviewDetails({ review }: { review: ReviewRecord }) {
  const rows: SummaryRow[] = [
    { key: "Provider", value: review.provider.name },
    { key: "Review year", value: academicYearLabel(review.startYear) },
    { key: "Review", value: REVIEW_KIND_LABEL[review.kind] },
    {
      key: review.kind === "QR1" ? "Answers due by" : "Planned visit date",
      value: review.dueOn ? formatDate(review.dueOn) : "Not set",
    },
  ];
  if (review.mode) {
    rows.push({ key: "How", value: VISIT_MODE_LABEL[review.mode] });
  }
  rows.push({
    key: "Opened",
    value: `${formatDateTime(review.createdAt)} by ${review.openedBy.name}`,
  });
  if (review.submittedAt) {
    rows.push({
      key: "Submitted",
      value: `${formatDateTime(review.submittedAt)} by ${review.submittedBy?.name ?? "them"}`,
    });
  }
  if (review.feedbackAt) {
    rows.push({
      key: "Feedback given",
      value: `${formatDateTime(review.feedbackAt)} by ${review.feedbackBy?.name ?? "the officer"}`,
    });
  }
  return <SummaryList rows={rows} />;
}

function Evidence({ item }: { item: Item }) {
  if (item.evidence.length === 0) {
    return <>None attached</>;
  }
  return (
    <ul className="govuk-list">
      {item.evidence.map((file) => (
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

function itemRows(item: Item): SummaryRow[] {
  const rows: SummaryRow[] = [{ key: "Statement", value: item.statement ?? "Not answered yet" }];
  if (item.asksExpiry) {
    rows.push({
      key: "Expires on",
      value: item.expiresOn ? formatDate(item.expiresOn) : "Not given",
    });
  }
  rows.push({ key: "Evidence", value: <Evidence item={item} /> });
  if (item.judgement) {
    rows.push({
      key: "Judgement",
      value: (
        <>
          <StatusTag
            status={JUDGEMENT_COLOUR[item.judgement]}
            label={JUDGEMENT_LABEL[item.judgement]}
          />
          {item.judgementComment && (
            <p className="govuk-body govuk-!-margin-top-2">{item.judgementComment}</p>
          )}
        </>
      ),
    });
  }
  return rows;
}

/** Quality Review 1's requirements as asked, with the answers, evidence and marks. */
export function Requirements({ review }: { review: ReviewRecord }) {
  if (review.kind !== "QR1") {
    return null;
  }
  return (
    <section aria-labelledby="requirements-heading">
      <h2 className="govuk-heading-m" id="requirements-heading">
        Requirements
      </h2>
      {review.items.map((item, index) => (
        <div key={item.id} className="govuk-!-margin-bottom-6">
          <h3 className="govuk-heading-s">
            {index + 1}. {item.title}
          </h3>
          {item.requirement.guidance && <p className="govuk-hint">{item.requirement.guidance}</p>}
          <SummaryList rows={itemRows(item)} />
        </div>
      ))}
    </section>
  );
}

/** What the officer found at the site visit or follow-up, and the lessons observed. */
export function Visit({ review }: { review: ReviewRecord }) {
  if (review.kind === "QR1") {
    return null;
  }
  const rows: SummaryRow[] = [
    { key: "Visited on", value: review.visitedOn ? formatDate(review.visitedOn) : "Not yet" },
    { key: "Who visited", value: review.visitors ?? "Not recorded" },
    { key: "Learner voice", value: review.learnerVoice ?? "Not recorded" },
    { key: "Safeguarding spot-check", value: review.safeguardingSpotCheck ?? "Not recorded" },
    { key: "Site spot-check", value: review.siteSpotCheck ?? "Not recorded" },
  ];
  return (
    <section aria-labelledby="visit-heading">
      <h2 className="govuk-heading-m" id="visit-heading">
        The visit
      </h2>
      <SummaryList rows={rows} />
      <Table
        caption="Lessons observed"
        captionSize="s"
        rows={review.observations}
        rowKey={(row) => row.id}
        empty="No lessons observed yet."
        columns={[
          { header: "Session", cell: (row) => row.session },
          { header: "Observed", cell: (row) => `${formatDate(row.observedOn)}, ${row.observer}` },
          { header: "Strengths", cell: (row) => row.strengths },
          { header: "Areas to develop", cell: (row) => row.areasToDevelop },
        ]}
      />
    </section>
  );
}

const ACTION_COLUMNS: Column<Action>[] = [
  {
    header: "Action",
    cell: (row) => (
      <Link className="govuk-link" href={`/quality/actions/${row.id}`}>
        {row.reference}
      </Link>
    ),
  },
  { header: "What to do", cell: (row) => row.description },
  { header: "Owner", cell: (row) => row.owner },
  { header: "Due", cell: (row) => formatDate(row.dueOn) },
  { header: "Action plan line", cell: (row) => row.providerPlanReference ?? "" },
  { header: "Status", cell: (row) => <StatusTag status={row.status} /> },
];

/** Actions still open from the year's other reviews, for the visit to look at again. */
export function YearOpenActions({ review }: { review: ReviewRecord }) {
  if (review.kind === "QR1") {
    return null;
  }
  return (
    <section aria-labelledby="open-actions-heading">
      <h2 className="govuk-heading-m" id="open-actions-heading">
        Open actions from earlier reviews this year
      </h2>
      <Table
        caption="Open actions to revisit"
        captionSize="hidden"
        rows={review.yearOpenActions}
        rowKey={(row) => row.id}
        columns={[
          ...ACTION_COLUMNS,
          { header: "Revisited", cell: (row) => row.revisit?.note ?? "Not yet" },
        ]}
        empty="No actions from earlier reviews this year remain open."
      />
    </section>
  );
}

/** The officer's summary and the actions to be completed. */
export function Feedback({ review }: { review: ReviewRecord }) {
  if (review.status !== "FEEDBACK_GIVEN") {
    return null;
  }
  return (
    <section aria-labelledby="feedback-heading">
      <h2 className="govuk-heading-m" id="feedback-heading">
        Feedback
      </h2>
      <p className="govuk-body cap-verbatim">{review.feedbackSummary}</p>
      <Table
        caption="Actions to be completed"
        captionSize="s"
        rows={review.actions}
        rowKey={(row) => row.id}
        columns={ACTION_COLUMNS}
        empty="No actions were set."
      />
    </section>
  );
}
