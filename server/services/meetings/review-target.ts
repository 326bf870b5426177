import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { meetingScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import type { z } from "zod";
import type { targetReviewSchema } from "@/lib/schemas/meeting";

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: z.output<typeof targetReviewSchema>;
  now?: Date;
}

/**
 * Between meetings, the monitoring officer or the placement's provider records how a target
 * is going (met, partly met, not met) with a note. Once a review meeting has reviewed the
 * target, that meeting is its record and the status is no longer changed here; nor is it
 * once the placement has ended.
 */
export async function reviewTarget({ db, actor, input, now = new Date() }: Options) {
  const { targetId, status, note } = input;

  return db.$transaction(async (tx) => {
    const target = await tx.meetingTarget.findFirst({
      where: { id: targetId, meeting: meetingScope(actor) },
      include: {
        reviewedIn: { select: { reference: true } },
        meeting: { select: { placement: { select: { status: true } } } },
      },
    });
    if (!target) {
      throw AppError.notFound("Target");
    }
    if (target.meeting.placement.status !== "ACTIVE") {
      // Nobody is placed to work on it any more: the target stays as the placement left it.
      throw AppError.invalid("status", "This placement has ended, so its targets are closed");
    }
    if (target.reviewedIn) {
      const message =
        `This target was reviewed at meeting ${target.reviewedIn.reference}; ` +
        "its status there is the record.";
      throw new AppError("CONFLICT", message, { field: "status" });
    }

    const updated = await tx.meetingTarget.update({
      where: { id: targetId },
      data: { status, reviewNote: note ?? null, reviewedById: actor.userId, reviewedAt: now },
    });
    await recordAudit(tx, actor, {
      action: "meeting.reviewTarget",
      recordType: "MeetingTarget",
      recordId: targetId,
      detail: { meetingId: target.meetingId, from: target.status, to: status },
    });
    return { id: updated.id, status: updated.status };
  });
}
