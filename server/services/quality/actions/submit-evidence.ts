import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import type { z } from "zod";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import type { submitActionEvidenceSchema } from "@/lib/schemas/quality-action";
import { claimUploads } from "@/server/services/documents/claim-uploads";
import { notifyServiceRoles } from "@/server/services/notifications/notify-organisation";
import { CLOSED_MESSAGE, findActionInScope, moveActionStatus } from "./action-access";

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: z.output<typeof submitActionEvidenceSchema>;
  now?: Date;
}

/**
 * The provider submits what it has done against an open action (the first time, or again
 * after the officer returned it), with the files that show it. The submission, its files
 * and the action's move to EVIDENCE_SUBMITTED commit together or not at all; the quality
 * officers are told after commit.
 */
export async function submitActionEvidence({ db, actor, input, now = new Date() }: Options) {
  const { actionId, statement, evidenceIds } = input;

  const result = await db.$transaction(async (tx) => {
    const action = await findActionInScope(tx, actor, actionId, {});
    if (action.status === "CLOSED") {
      throw new AppError("CONFLICT", CLOSED_MESSAGE);
    }
    if (action.status === "EVIDENCE_SUBMITTED") {
      throw new AppError(
        "CONFLICT",
        "Evidence for this action is already waiting for the quality officer's decision",
      );
    }
    await moveActionStatus(
      tx,
      action,
      { status: "EVIDENCE_SUBMITTED" },
      "Someone else has just submitted evidence for this action",
    );
    const submission = await tx.actionSubmission.create({
      data: { actionId, statement, submittedById: actor.userId, submittedAt: now },
    });
    await claimUploads(tx, actor, {
      kind: QUALITY_DOCUMENT_KIND.EVIDENCE,
      documentIds: evidenceIds,
      link: { actionSubmissionId: submission.id },
      field: "evidenceIds",
    });
    await recordAudit(tx, actor, {
      action: "qualityAction.submitEvidence",
      recordType: "QualityAction",
      recordId: actionId,
      detail: { submissionId: submission.id, documentIds: evidenceIds },
    });
    return { action, submissionId: submission.id };
  });

  await notifyServiceRoles(db, ["QUALITY_OFFICER"], {
    kind: "qualityAction.evidenceSubmitted",
    title: `Evidence submitted for action ${result.action.reference}`,
    body: "A provider has submitted evidence against an action. Close the action or return it.",
    link: `/quality/actions/${actionId}`,
  });
  return { actionId, submissionId: result.submissionId };
}
