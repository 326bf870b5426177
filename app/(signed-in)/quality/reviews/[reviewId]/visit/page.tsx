import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../../../_lib/require-session";
import { loadReview, reviewTitle } from "../load-review";
import { YearOpenActions } from "../review-sections";
import { ObservationForm, VisitForm } from "./visit-forms";

type Params = Promise<{ reviewId: string }>;

export const metadata: Metadata = { title: "Record the visit" };

/** The site visit or follow-up: what was found, and lessons observed one at a time. */
export default async function VisitPage({ params }: { params: Params }) {
  const { reviewId } = await params;
  const { actor } = await requireSession();
  const review = await loadReview(reviewId);
  if (
    !can(actor.roles, "review.recordVisit") ||
    review.kind === "QR1" ||
    review.status !== "OPEN"
  ) {
    notFound();
  }
  const observed = review.observations.length;

  return (
    <>
      <span className="govuk-caption-l">{reviewTitle(review)}</span>
      <h1 className="govuk-heading-l">Record the visit</h1>
      <VisitForm
        reviewId={review.id}
        values={{
          visitedOn: review.visitedOn?.toISOString().slice(0, 10) ?? "",
          visitors: review.visitors ?? "",
          learnerVoice: review.learnerVoice ?? "",
          safeguardingSpotCheck: review.safeguardingSpotCheck ?? "",
          siteSpotCheck: review.siteSpotCheck ?? "",
        }}
      />
      <h2 className="govuk-heading-m">Lessons observed</h2>
      <p className="govuk-body">
        {observed === 0
          ? "No lessons recorded yet."
          : `${observed} ${observed === 1 ? "lesson" : "lessons"} recorded (shown on the review).`}
      </p>
      <ObservationForm reviewId={review.id} />
      <YearOpenActions review={review} />
    </>
  );
}
