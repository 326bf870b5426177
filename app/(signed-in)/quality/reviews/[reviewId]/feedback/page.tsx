import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JUDGEMENT_LABEL } from "@/lib/schemas/quality-review";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../../../_lib/require-session";
import { loadReview, reviewTitle } from "../load-review";
import { FeedbackForm } from "./feedback-form";

type Params = Promise<{ reviewId: string }>;

export const metadata: Metadata = { title: "Give feedback" };

/** The summary and the actions to be completed; the review is read-only afterwards. */
export default async function FeedbackPage({ params }: { params: Params }) {
  const { reviewId } = await params;
  const { actor } = await requireSession();
  const review = await loadReview(reviewId);
  if (!can(actor.roles, "review.giveFeedback") || review.status === "FEEDBACK_GIVEN") {
    notFound();
  }
  const gaps = review.items.filter(
    (item) => item.judgement === "PARTLY_MET" || item.judgement === "NOT_MET",
  );

  return (
    <>
      <span className="govuk-caption-l">{reviewTitle(review)}</span>
      <h1 className="govuk-heading-l">Give feedback</h1>
      <p className="govuk-body">
        Summarise the review and set the actions the provider must complete, each with an owner and
        a due date, and the line of the provider&apos;s own action plan (SAR or SEF) it matches so
        the work is not done twice.
        {gaps.length > 0 && " Every requirement not fully met needs an action."}
      </p>
      {gaps.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {gaps.map((item) => (
            <li key={item.id}>
              {item.title}: {JUDGEMENT_LABEL[item.judgement!].toLowerCase()}
            </li>
          ))}
        </ul>
      )}
      <p className="govuk-body">
        Once given, the review cannot be changed and the provider is told.
      </p>
      <FeedbackForm
        reviewId={review.id}
        requirements={gaps.map((item) => ({ id: item.id, title: item.title }))}
      />
    </>
  );
}
