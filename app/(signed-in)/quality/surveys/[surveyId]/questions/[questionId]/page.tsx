import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../../../_lib/require-session";
import { orNotFound } from "../../../../_records/or-not-found";
import { EditQuestionForm } from "../../../survey-steps";

export const metadata: Metadata = { title: "Change a question" };

/** A draft survey's question, to reword or change its kind; open surveys keep theirs. */
export default async function EditQuestionPage(props: {
  params: Promise<{ surveyId: string; questionId: string }>;
}) {
  const { surveyId, questionId } = await props.params;
  const { actor } = await requireSession();
  if (!can(actor.roles, "survey.manage")) {
    notFound();
  }
  const survey = await orNotFound((await serverCaller()).survey.get({ surveyId }));
  const question = survey.questions.find((item) => item.id === questionId);
  if (!question || survey.status !== "DRAFT") {
    notFound();
  }

  return (
    <>
      <span className="govuk-caption-l">{survey.title}</span>
      <h1 className="govuk-heading-l">Change question {question.position}</h1>
      <EditQuestionForm surveyId={survey.id} question={question} />
      <p className="govuk-body">
        <Link className="govuk-link" href={`/quality/surveys/${survey.id}`}>
          Back to the survey
        </Link>
      </p>
    </>
  );
}
