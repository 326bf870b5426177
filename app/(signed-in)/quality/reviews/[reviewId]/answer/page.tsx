import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../../../_lib/require-session";
import { loadReview, reviewTitle } from "../load-review";
import { AnswerForm } from "./answer-form";

type Params = Promise<{ reviewId: string }>;

export const metadata: Metadata = { title: "Answer the requirements" };

/** The provider's answers to an open Quality Review 1, one section per requirement. */
export default async function AnswerPage({ params }: { params: Params }) {
  const { reviewId } = await params;
  const { actor } = await requireSession();
  const review = await loadReview(reviewId);
  if (!can(actor.roles, "review.answer") || review.kind !== "QR1" || review.status !== "OPEN") {
    notFound();
  }

  return (
    <>
      <span className="govuk-caption-l">{reviewTitle(review)}</span>
      <h1 className="govuk-heading-l">Answer the requirements</h1>
      <p className="govuk-body">
        For each requirement, say how you meet it and attach your evidence (PDF, Word, JPEG or PNG,
        each smaller than 10 MB). Save as often as you like; submit from the review page when every
        requirement is answered.
      </p>
      <AnswerForm
        reviewId={review.id}
        items={review.items.map((item) => ({
          id: item.id,
          title: item.title,
          guidance: item.requirement.guidance,
          asksExpiry: item.asksExpiry,
          statement: item.statement ?? "",
          expiresOn: item.expiresOn?.toISOString().slice(0, 10) ?? "",
          evidence: item.evidence.map((file) => ({ id: file.id, name: file.originalName })),
        }))}
      />
    </>
  );
}
