import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import type { z } from "zod";
import type { decideActionSchema } from "@/lib/schemas/quality-action";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { findActionInScope, moveActionStatus } from "./action-access";

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: z.output<typeof decideActionSchema>;
  now?: Date;
}

const NOTHING_TO_DECIDE = "There is no evidence waiting for a decision on this action";

/**
 * The officer decides on the latest evidence: CLOSED closes the action; RETURNED sends it
 * back to the provider (the action is open again) with a comment saying what is missing.
 * Two officers at once: the status move is conditional, so one wins and the other is told.
 */
export async function decideAction({ db, actor, input, now = new Date() }: Options) {
  const { actionId, decision, comment } = input;

  const action = await db.$transaction(async (tx) => {
    const found = await findActionInScope(tx, actor, actionId, {
      submissions: { where: { decision: null }, orderBy: { submittedAt: "desc" }, take: 1 },
    });
    if (found.status === "CLOSED") {
      throw new AppError("CONFLICT", "This action has already been closed");
    }
    const [submission] = found.submissions;
    if (found.status !== "EVIDENCE_SUBMITTED" || !submission) {
      throw new AppError("CONFLICT", NOTHING_TO_DECIDE);
    }
    const closing = decision === "CLOSED";
    await moveActionStatus(
      tx,
      found,
      closing ? { status: "CLOSED", closedAt: now, closedById: actor.userId } : { status: "OPEN" },
      "Someone else has just decided on this evidence. Reload the page to see their decision",
    );
    await tx.actionSubmission.update({
      where: { id: submission.id },
      data: {
        decision,
        decisionComment: comment ?? null,
        decidedAt: now,
        decidedById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "qualityAction.decide",
      recordType: "QualityAction",
      recordId: actionId,
      detail: { submissionId: submission.id, decision },
    });
    return found;
  });

  await notifyOrganisation(db, action.providerId, {
    kind: decision === "CLOSED" ? "qualityAction.closed" : "qualityAction.returned",
    title:
      decision === "CLOSED"
        ? `Action ${action.reference} closed`
        : `Evidence for action ${action.reference} returned`,
    body:
      decision === "CLOSED"
        ? "The quality officer has accepted your evidence and closed the action."
        : "The quality officer has returned your evidence with a comment. Submit it again.",
    link: `/quality/actions/${actionId}`,
  });
  return { actionId, decision };
}
