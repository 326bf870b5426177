import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../../_lib/require-session";
import { SurveyDetailsForm } from "../survey-details-form";

export const metadata: Metadata = { title: "Create a survey" };

export default async function NewSurveyPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "survey.manage")) {
    notFound();
  }
  return (
    <>
      <h1 className="govuk-heading-l">Create a survey</h1>
      <p className="govuk-body">
        The survey is saved as a draft. Add its questions, then open it to providers.
      </p>
      <SurveyDetailsForm />
    </>
  );
}
