import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope } from "@/server/auth/scope";
import type { Prisma, QualityReview } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

type Db = Prisma.TransactionClient;

/** A review the actor may see, or NOT_FOUND for "not yours" and "not there" alike. */
export async function findReviewInScope<T extends Prisma.QualityReviewInclude>(
  db: Db,
  actor: Actor,
  reviewId: string,
  include: T,
) {
  const review = await db.qualityReview.findFirst({
    where: { AND: [{ id: reviewId }, qualityProviderScope(actor)] },
    include,
  });
  if (!review) {
    throw AppError.notFound("Review");
  }
  return review;
}

const WRONG_STATUS: Record<QualityReview["status"], string> = {
  OPEN: "This review has been submitted, so the answers can no longer be changed",
  SUBMITTED: "The provider has not submitted this review yet",
  FEEDBACK_GIVEN: "Feedback has not been given on this review",
};

export function assertStatus(review: QualityReview, status: QualityReview["status"]) {
  if (review.status === "FEEDBACK_GIVEN" && status !== "FEEDBACK_GIVEN") {
    throw new AppError("CONFLICT", "Feedback has been given, so this review can no longer change");
  }
  if (review.status !== status) {
    throw new AppError("CONFLICT", WRONG_STATUS[status]);
  }
}

export function assertKind(review: QualityReview, kinds: QualityReview["kind"][], what: string) {
  if (!kinds.includes(review.kind)) {
    throw new AppError("CONFLICT", what);
  }
}

/**
 * One winner when two people change a review at once: the update applies only while the
 * status is still the one read, and the other sees `message`.
 */
export async function moveStatus(
  tx: Db,
  review: QualityReview,
  data: Prisma.QualityReviewUncheckedUpdateManyInput,
  message: string,
) {
  const moved = await tx.qualityReview.updateMany({
    where: { id: review.id, status: review.status },
    data,
  });
  if (moved.count !== 1) {
    throw new AppError("CONFLICT", message);
  }
}

/** Actions not yet closed, of every review of one review year. */
export function openActionsOfYear(reviewYearId: string): Prisma.QualityActionWhereInput {
  return { review: { reviewYearId }, status: { not: "CLOSED" } };
}

/** Who at a provider hears about its reviews: its staff and its DSL. */
export const PROVIDER_RECIPIENTS = ["PROVIDER_STAFF", "PROVIDER_DSL"] as const;
