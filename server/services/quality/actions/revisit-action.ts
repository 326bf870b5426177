import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import type { z } from "zod";
import type { revisitActionSchema } from "@/lib/schemas/quality-action";
import { CLOSED_MESSAGE, findActionInScope } from "./action-access";
import { REVIEW_ORDER } from "./read-action";

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: z.output<typeof revisitActionSchema>;
  now?: Date;
}

const WRONG_REVIEW =
  "Choose a quality review 2 or follow-up visit of the same provider and year, later than " +
  "the review that set the action";

/**
 * The officer notes how an open action stands when it is looked at again at a later review
 * of the same year: QR2 for an action from review 1, the follow-up for either. Once per
 * action and review (the database's unique pair holds when two notes race).
 */
export async function revisitAction({ db, actor, input, now = new Date() }: Options) {
  const { actionId, reviewId, note } = input;

  return db.$transaction(async (tx) => {
    const action = await findActionInScope(tx, actor, actionId, {
      review: { select: { reviewYearId: true, kind: true } },
    });
    if (action.status === "CLOSED") {
      throw new AppError("CONFLICT", CLOSED_MESSAGE);
    }
    const review = await tx.qualityReview.findFirst({
      where: { AND: [{ id: reviewId }, qualityProviderScope(actor)] },
      select: { id: true, kind: true, status: true, reviewYearId: true, providerId: true },
    });
    const later =
      review !== null &&
      review.kind !== "QR1" &&
      review.providerId === action.providerId &&
      review.reviewYearId === action.review.reviewYearId &&
      REVIEW_ORDER[review.kind] > REVIEW_ORDER[action.review.kind];
    if (!review || !later) {
      throw AppError.invalid("reviewId", WRONG_REVIEW);
    }
    if (review.status === "FEEDBACK_GIVEN") {
      throw AppError.invalid(
        "reviewId",
        "Feedback has been given for that review, so it is complete and cannot be added to",
      );
    }
    const existing = await tx.actionRevisit.count({ where: { actionId, reviewId } });
    if (existing > 0) {
      throw new AppError("CONFLICT", "This action has already been revisited at that review");
    }
    const revisit = await tx.actionRevisit.create({
      data: { actionId, reviewId, note, recordedById: actor.userId, recordedAt: now },
    });
    await recordAudit(tx, actor, {
      action: "qualityAction.revisit",
      recordType: "QualityAction",
      recordId: actionId,
      detail: { revisitId: revisit.id, reviewId },
    });
    return { actionId, revisitId: revisit.id };
  });
}
