import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner } from "@/components/notification-banner";
import type { SearchParams } from "@/components/page-params";
import { SummaryList } from "@/components/summary-list";
import { formatDate, formatDateTime } from "@/lib/dates";
import { fromDateOnly } from "@/lib/schemas/common";
import { SURVEY_QUESTION_KIND_LABEL } from "@/lib/schemas/survey";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { orNotFound } from "../../_records/or-not-found";
import { RecordTag } from "../../_records/record-tag";
import { ResponseForm } from "../response-form";
import { SurveyDetailsForm } from "../survey-details-form";
import { AddQuestionForm, CloseSurvey, MoveQuestion, OpenSurvey } from "../survey-steps";

type Survey = inferRouterOutputs<AppRouter>["survey"]["get"];
type Params = Promise<{ surveyId: string }>;

export const metadata: Metadata = { title: "Survey" };

const BANNERS: Record<string, string> = {
  created: "Survey created as a draft: add its questions",
  opened: "Survey opened: every provider has been told",
  closed: "Survey closed",
  changed: "Question changed",
  responded: "Thank you: your response has been sent",
};

function Banner({ params }: { params: SearchParams }) {
  const key = Object.keys(BANNERS).find((name) => params[name]);
  return key ? <NotificationBanner type="success" heading={BANNERS[key]} focus /> : null;
}

function Questions({ survey, editable }: { survey: Survey; editable: boolean }) {
  const last = survey.questions.length - 1;
  if (survey.questions.length === 0) {
    return <p className="govuk-body">No questions yet.</p>;
  }
  return (
    <ol className="govuk-list govuk-list--number">
      {survey.questions.map((question, index) => (
        <li key={question.id} className="govuk-!-margin-bottom-6">
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
            {question.text}
          </p>
          <p className="govuk-body-s">
            {SURVEY_QUESTION_KIND_LABEL[question.kind]}
            {question.required ? ", required" : ", optional"}
          </p>
          {editable && (
            <>
              <div className="govuk-button-group">
                {index > 0 && (
                  <MoveQuestion questionId={question.id} direction="UP" text={question.text} />
                )}
                {index < last && (
                  <MoveQuestion questionId={question.id} direction="DOWN" text={question.text} />
                )}
              </div>
              <p className="govuk-body">
                <Link
                  className="govuk-link"
                  href={`/quality/surveys/${survey.id}/questions/${question.id}`}
                >
                  Change<span className="govuk-visually-hidden"> “{question.text}”</span>
                </Link>
              </p>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

function OfficerView({ survey }: { survey: Survey }) {
  const draft = survey.status === "DRAFT";
  return (
    <>
      <SummaryList
        rows={[
          { key: "Status", value: <RecordTag status={survey.status} /> },
          { key: "Closes", value: survey.closesOn ? formatDate(survey.closesOn) : "Not set" },
          { key: "Opened", value: survey.openedAt ? formatDateTime(survey.openedAt) : "Not yet" },
          { key: "Responses", value: survey.responseCount ?? 0 },
        ]}
      />
      {!draft && (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/quality/surveys/${survey.id}/results`}>
            See the results
          </Link>
        </p>
      )}
      <h2 className="govuk-heading-m">Questions</h2>
      <Questions survey={survey} editable={draft} />
      {draft && (
        <>
          <AddQuestionForm surveyId={survey.id} />
          <h2 className="govuk-heading-m govuk-!-margin-top-8">Open the survey</h2>
          <OpenSurvey surveyId={survey.id} />
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Change the title or closing date</span>
            </summary>
            <div className="govuk-details__text">
              <SurveyDetailsForm
                existing={{
                  surveyId: survey.id,
                  title: survey.title,
                  intro: survey.intro ?? "",
                  closesOn: survey.closesOn ? fromDateOnly(survey.closesOn) : "",
                }}
              />
            </div>
          </details>
        </>
      )}
      {survey.status === "OPEN" && <CloseSurvey surveyId={survey.id} />}
    </>
  );
}

function answerText(survey: Survey, questionId: string): string {
  const answer = survey.ownResponse?.answers.find((item) => item.questionId === questionId);
  if (!answer) {
    return "Not answered";
  }
  if (answer.rating !== null) {
    return `${answer.rating} out of 5`;
  }
  if (answer.yes !== null) {
    return answer.yes ? "Yes" : "No";
  }
  return answer.text ?? "";
}

function ProviderView({ survey }: { survey: Survey }) {
  const { ownResponse } = survey;
  if (ownResponse) {
    return (
      <>
        <p className="govuk-body">
          {ownResponse.submittedBy} sent your organisation&apos;s response on{" "}
          {formatDate(ownResponse.submittedAt)}.
        </p>
        <SummaryList
          rows={survey.questions.map((question) => ({
            key: question.text,
            value: answerText(survey, question.id),
          }))}
        />
      </>
    );
  }
  if (survey.status !== "OPEN") {
    return <p className="govuk-body">This survey has closed.</p>;
  }
  return (
    <>
      <p className="govuk-body">
        Answer by {survey.closesOn ? formatDate(survey.closesOn) : "the closing date"}. Your
        organisation sends one response.
      </p>
      <ResponseForm surveyId={survey.id} questions={survey.questions} />
    </>
  );
}

export default async function SurveyPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { surveyId } = await props.params;
  const { actor } = await requireSession();
  const caller = await serverCaller();
  const survey = await orNotFound(caller.survey.get({ surveyId }));

  return (
    <>
      <Banner params={await props.searchParams} />
      <span className="govuk-caption-l">Provider survey</span>
      <h1 className="govuk-heading-l">{survey.title}</h1>
      {survey.intro && <p className="govuk-body">{survey.intro}</p>}
      {can(actor.roles, "survey.manage") ? (
        <OfficerView survey={survey} />
      ) : (
        <ProviderView survey={survey} />
      )}
    </>
  );
}
