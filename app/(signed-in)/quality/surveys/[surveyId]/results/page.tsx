import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/bar-chart";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { formatDate } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../../_lib/require-session";
import { orNotFound } from "../../../_records/or-not-found";
import { RecordTag } from "../../../_records/record-tag";

export const metadata: Metadata = { title: "Survey results" };

type Results = inferRouterOutputs<AppRouter>["survey"]["results"];
type Question = NonNullable<Results["questions"]>[number];

const SCORE_LABEL = ["1 (poor)", "2", "3", "4", "5 (excellent)"];

function answered(count: number): string {
  return count === 1 ? "1 answer" : `${count} answers`;
}

function Summary({ question }: { question: Question }) {
  const { summary } = question;
  switch (summary.kind) {
    case "RATING": {
      const data = summary.counts.map((c) => ({ label: SCORE_LABEL[c.score - 1], value: c.count }));
      return (
        <>
          <p className="govuk-body">
            {answered(summary.answered)}
            {summary.mean !== null && `, average ${summary.mean.toFixed(1)} out of 5`}
          </p>
          <BarChart
            title={`Ratings for “${question.text}”`}
            data={data}
            unit={["provider", "providers"]}
            note="The figures are in the table below"
          />
          <Table
            caption={`Ratings for “${question.text}”`}
            captionSize="hidden"
            rows={data}
            rowKey={(row) => row.label}
            columns={[
              { header: "Score", cell: (row) => row.label },
              { header: "Providers", cell: (row) => row.value, numeric: true },
            ]}
          />
        </>
      );
    }
    case "YES_NO":
      return (
        <SummaryList
          rows={[
            { key: "Yes", value: summary.yes },
            { key: "No", value: summary.no },
          ]}
        />
      );
    case "TEXT":
      return summary.texts.length === 0 ? (
        <p className="govuk-body">No answers.</p>
      ) : (
        <>
          <p className="govuk-body">{answered(summary.answered)}, in alphabetical order</p>
          <ul className="govuk-list govuk-list--bullet">
            {summary.texts.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        </>
      );
  }
}

/** Why the answers are not shown yet: the rule lives in the service, this only says it. */
function Withheld({ results }: { results: Results }) {
  const reason =
    results.withheld === "NOT_CLOSED"
      ? "Results are shown once the survey has closed, so that no provider's answers can " +
        "be picked out as they arrive."
      : `Results are withheld to keep answers anonymous: they are shown only when at least ` +
        `${results.minimumResponses} providers have responded.`;
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body govuk-!-font-weight-bold">Results withheld</p>
      <p className="govuk-body">{reason}</p>
    </div>
  );
}

function Respondents({ results }: { results: Results }) {
  return (
    <>
      <h2 className="govuk-heading-m govuk-!-margin-top-8">Who has responded</h2>
      <p className="govuk-body">
        Listed apart from the answers, which are never shown with a provider&apos;s name.
      </p>
      <SummaryList
        rows={[
          { key: "Responded", value: results.respondents.join(", ") || "No provider yet" },
          { key: "Not yet responded", value: results.notResponded.join(", ") || "None" },
        ]}
      />
    </>
  );
}

export default async function SurveyResultsPage(props: { params: Promise<{ surveyId: string }> }) {
  const { surveyId } = await props.params;
  const { actor } = await requireSession();
  if (!can(actor.roles, "survey.results")) {
    notFound();
  }
  const results = await orNotFound((await serverCaller()).survey.results({ surveyId }));

  return (
    <>
      <span className="govuk-caption-l">Survey results</span>
      <h1 className="govuk-heading-l">{results.title}</h1>
      <p className="govuk-body">
        <RecordTag status={results.status} />{" "}
        {results.closesOn && `Closes ${formatDate(results.closesOn)}. `}
        {results.responseCount === 1 ? "1 response" : `${results.responseCount} responses`}.
      </p>
      {!results.questions && <Withheld results={results} />}
      {results.questions?.map((question) => (
        <section key={question.id} aria-labelledby={`q-${question.id}`}>
          <h2 className="govuk-heading-m" id={`q-${question.id}`}>
            {question.position}. {question.text}
          </h2>
          <Summary question={question} />
        </section>
      ))}
      <Respondents results={results} />
      <p className="govuk-body">
        <Link className="govuk-link" href={`/quality/surveys/${results.id}`}>
          Back to the survey
        </Link>
      </p>
    </>
  );
}
