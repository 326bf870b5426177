import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../../../_lib/require-session";
import { loadReview, reviewTitle } from "../load-review";
import { JudgeForm } from "./judge-form";

type Params = Promise<{ reviewId: string }>;

export const metadata: Metadata = { title: "Mark the requirements" };

/** The officer marks a submitted Quality Review 1, all at once or a few at a time. */
export default async function JudgePage({ params }: { params: Params }) {
  const { reviewId } = await params;
  const { actor } = await requireSession();
  const review = await loadReview(reviewId);
  if (!can(actor.roles, "review.judge") || review.kind !== "QR1" || review.status !== "SUBMITTED") {
    notFound();
  }

  return (
    <>
      <span className="govuk-caption-l">{reviewTitle(review)}</span>
      <h1 className="govuk-heading-l">Mark the requirements</h1>
      <p className="govuk-body">
        Mark each requirement met, partly met or not met. Say what is missing for any not fully met:
        the provider reads it. Requirements you leave unmarked stay as they are.
      </p>
      <JudgeForm
        reviewId={review.id}
        items={review.items.map((item) => ({
          id: item.id,
          title: item.title,
          statement: item.statement ?? "",
          expiresOn: item.expiresOn?.toISOString().slice(0, 10) ?? null,
          evidence: item.evidence.map((file) => ({ id: file.id, name: file.originalName })),
          judgement: item.judgement,
          comment: item.judgementComment ?? "",
          judgedAt: item.judgedAt?.toISOString() ?? null,
        }))}
      />
    </>
  );
}
