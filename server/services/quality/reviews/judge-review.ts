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
      const item = review.items.find((candidate) => candidate.id === entry.itemId);
      if (!item) {
        throw AppError.notFound("Requirement");
      }
      // Applied only while the mark is still the one the officer saw: two officers marking
      // at once, the second is told to reload instead of silently replacing the first.
      const seen = entry.judgedAt === null ? null : new Date(entry.judgedAt);
      const changed = await tx.reviewRequirement.updateMany({
        where: { id: item.id, judgedAt: seen },
        data: {
          judgement: entry.judgement,
          judgementComment: entry.comment ?? null,
          judgedAt: now,
          judgedById: actor.userId,
        },
      });
      if (changed.count !== 1) {
        throw new AppError(
          "CONFLICT",
          `${item.title} has been marked by someone else since you opened this page. ` +
            "Reload the page to see their mark, then make your changes again",
        );
      }
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
