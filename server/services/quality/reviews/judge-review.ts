import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import type { judgeReviewSchema } from "@/lib/schemas/quality-review";
import { assertKind, assertStatus, findReviewInScope, moveStatus } from "./review-access";

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: z.output<typeof judgeReviewSchema>;
  now?: Date;
}

/**
 * The quality officer marks requirements of a submitted Quality Review 1 met, partly met or
 * not met. Marks may be changed until feedback is given. The permission table keeps
 * providers out; the status check keeps marks off answers the provider may still change.
 */
export async function judgeReview({ db, actor, input, now = new Date() }: Options) {
  const { reviewId, judgements } = input;
  const marked = judgements.filter((entry) => entry.judgement);

  await db.$transaction(async (tx) => {
    const review = await findReviewInScope(tx, actor, reviewId, { items: true });
    assertKind(review, ["QR1"], "Only Quality Review 1's requirements are marked");
    assertStatus(review, "SUBMITTED");
    for (const entry of marked) {
      if (!review.items.some((item) => item.id === entry.itemId)) {
        throw AppError.notFound("Requirement");
      }
      await tx.reviewRequirement.update({
        where: { id: entry.itemId },
        data: {
          judgement: entry.judgement,
          judgementComment: entry.comment ?? null,
          judgedAt: now,
          judgedById: actor.userId,
        },
      });
    }
    await moveStatus(tx, review, { status: "SUBMITTED" }, "Feedback has just been given");
    await recordAudit(tx, actor, {
      action: "review.judge",
      recordType: "QualityReview",
      recordId: review.id,
      detail: { judgements: marked.map(({ itemId, judgement }) => ({ itemId, judgement })) },
    });
  });
  return { reviewId };
}
