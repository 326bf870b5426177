import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient, ReviewRequirement } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { toDateOnly } from "@/lib/schemas/common";
import type { answerReviewSchema } from "@/lib/schemas/quality-review";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import { claimUploads } from "@/server/services/documents/claim-uploads";
import { notifyServiceRoles } from "@/server/services/notifications/notify-organisation";
import { assertKind, assertStatus, findReviewInScope, moveStatus } from "./review-access";

type Tx = Prisma.TransactionClient;
type Answer = z.output<typeof answerReviewSchema>["answers"][number];

interface Options<I> {
  db: PrismaClient;
  actor: Actor;
  input: I;
  now?: Date;
}

/**
 * The provider saves its answers to Quality Review 1: a statement per requirement, the
 * expiry date where asked, evidence files it has just uploaded, and attached files it takes
 * off again. Answers may change until the review is submitted. The whole save is one
 * transaction: a file that cannot be claimed (not the actor's, or not there) refuses every
 * answer with it, so no answer is left half-saved with its evidence missing.
 */
export async function answerReview(options: Options<z.output<typeof answerReviewSchema>>) {
  const { db, actor, input, now = new Date() } = options;
  const { reviewId, answers } = input;

  await db.$transaction(async (tx) => {
    const review = await findReviewInScope(tx, actor, reviewId, { items: true });
    assertKind(review, ["QR1"], "Only Quality Review 1 is answered by the provider");
    assertStatus(review, "OPEN");
    for (const [index, answer] of answers.entries()) {
      const item = review.items.find((candidate) => candidate.id === answer.itemId);
      if (!item) {
        throw AppError.notFound("Requirement");
      }
      await saveAnswer(tx, actor, { item, answer, index, now });
    }
    // Checked again at the end, in the same transaction: a submit that slipped in between
    // would otherwise see answers change after it.
    await moveStatus(tx, review, { status: "OPEN" }, "This review has just been submitted");
    await recordAudit(tx, actor, {
      action: "review.answer",
      recordType: "QualityReview",
      recordId: review.id,
      detail: { itemIds: answers.map((answer) => answer.itemId) },
    });
  });
  return { reviewId };
}

interface SaveAnswer {
  item: ReviewRequirement;
  answer: Answer;
  index: number;
  now: Date;
}

async function saveAnswer(tx: Tx, actor: Actor, { item, answer, index, now }: SaveAnswer) {
  if (answer.expiresOn && !item.asksExpiry) {
    throw AppError.invalid(`answers.${index}.expiresOn`, `${item.title} asks no expiry date`);
  }
  await tx.reviewRequirement.update({
    where: { id: item.id },
    // undefined (left out) leaves the saved value; null (sent blank) clears it.
    data: {
      statement: answer.statement,
      expiresOn: answer.expiresOn ? toDateOnly(answer.expiresOn) : answer.expiresOn,
      answeredAt: now,
      answeredById: actor.userId,
    },
  });
  // Files already attached to this requirement may come back from a form sent twice.
  const attached = await tx.document.findMany({
    where: { id: { in: answer.evidenceIds }, reviewRequirementId: item.id },
    select: { id: true },
  });
  const fresh = answer.evidenceIds.filter((id) => !attached.some((doc) => doc.id === id));
  await claimUploads(tx, actor, {
    kind: QUALITY_DOCUMENT_KIND.EVIDENCE,
    documentIds: fresh,
    link: { reviewRequirementId: item.id },
    field: `answers.${index}.evidenceIds`,
  });
  await detachEvidence(tx, actor, item, answer.removeEvidenceIds, index);
}

/**
 * Takes files the provider attached off a requirement before submitting (say the wrong
 * file, holding a child's details). Nothing is deleted: the Document loses its link to the
 * requirement, so it is no longer part of the review, and the audit row says which file
 * left which requirement. Only files on this requirement and owned by the provider qualify.
 */
async function detachEvidence(
  tx: Tx,
  actor: Actor,
  item: ReviewRequirement,
  documentIds: string[],
  index: number,
) {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) {
    return;
  }
  const where = {
    id: { in: ids },
    reviewRequirementId: item.id,
    ownerOrganisationId: actor.organisationId,
  };
  const detached = await tx.document.updateMany({ where, data: { reviewRequirementId: null } });
  if (detached.count !== ids.length) {
    throw AppError.invalid(
      `answers.${index}.removeEvidenceIds`,
      `Choose only files attached to ${item.title}`,
    );
  }
  for (const documentId of ids) {
    await recordAudit(tx, actor, {
      action: "review.detachEvidence",
      recordType: "Document",
      recordId: documentId,
      detail: { reviewId: item.reviewId, reviewRequirementId: item.id },
    });
  }
}

/**
 * The provider sends its answers for marking. Every requirement needs a statement, and an
 * expiry date where asked; the refusal names each requirement still to answer. After this
 * the provider can no longer change its answers.
 */
export async function submitReview(options: Options<{ reviewId: string }>) {
  const { db, actor, input, now = new Date() } = options;

  const review = await db.$transaction(async (tx) => {
    const found = await findReviewInScope(tx, actor, input.reviewId, {
      items: { orderBy: { position: "asc" } },
    });
    assertKind(found, ["QR1"], "Only Quality Review 1 is submitted by the provider");
    assertStatus(found, "OPEN");
    assertComplete(found.items);
    await moveStatus(
      tx,
      found,
      { status: "SUBMITTED", submittedAt: now, submittedById: actor.userId },
      "This review has just been submitted by someone else",
    );
    await recordAudit(tx, actor, {
      action: "review.submit",
      recordType: "QualityReview",
      recordId: found.id,
    });
    return found;
  });

  await notifyServiceRoles(db, ["QUALITY_OFFICER"], {
    kind: "review.submitted",
    title: `Quality Review 1 ${review.reference} submitted`,
    body: "The provider has answered every requirement: mark each one.",
    link: `/quality/reviews/${review.id}`,
  });
  return { reviewId: review.id };
}

function assertComplete(items: ReviewRequirement[]) {
  const missing = items.flatMap((item) => {
    if (!item.statement) {
      return [`${item.title} (a statement)`];
    }
    return item.asksExpiry && !item.expiresOn ? [`${item.title} (the expiry date)`] : [];
  });
  if (missing.length > 0) {
    throw AppError.invalid(
      "answers",
      `Answer every requirement before submitting. Still to answer: ${missing.join("; ")}`,
    );
  }
}
