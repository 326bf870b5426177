import type { Actor } from "@/server/auth/roles";
import type { Prisma } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

/** A document attached to nothing yet: no referral, concern, review, action or policy. */
const UNATTACHED: Prisma.DocumentWhereInput = {
  referralId: null,
  concernId: null,
  reviewRequirementId: null,
  actionSubmissionId: null,
  policyVersion: { is: null },
  policyAdoption: { is: null },
};

const NOT_FOUND_MESSAGE = "One of the files could not be found. Remove it and upload it again";

interface ClaimOptions {
  kind: string;
  documentIds: readonly string[];
  /** The foreign key(s) to set on each document, e.g. `{ reviewRequirementId }`. */
  link: Prisma.DocumentUncheckedUpdateManyInput;
  /** The input field named in the error. */
  field?: string;
}

/**
 * Links files the actor has just uploaded to the record being written, inside the record's
 * transaction: only the actor's own uploads of that kind that are attached to nothing, so
 * nobody can pull another person's file (or another record's) in by its id. Any id that is
 * not such a file refuses the whole write, naming the field.
 */
export async function claimUploads(
  tx: Prisma.TransactionClient,
  actor: Actor,
  { kind, documentIds, link, field = "documentIds" }: ClaimOptions,
): Promise<string[]> {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) {
    return [];
  }
  const linked = await tx.document.updateMany({
    where: { id: { in: ids }, uploadedById: actor.userId, kind, ...UNATTACHED },
    data: link,
  });
  if (linked.count !== ids.length) {
    throw AppError.invalid(field, NOT_FOUND_MESSAGE);
  }
  return ids;
}

/**
 * For records that point at one document themselves (a policy version, a provider's own
 * policy): the same rule as `claimUploads`, checked before the record takes the id. The
 * document's unique column on the record stops it being taken twice.
 */
export async function assertClaimable(
  tx: Prisma.TransactionClient,
  actor: Actor,
  { kind, documentId, field = "documentId" }: { kind: string; documentId: string; field?: string },
): Promise<void> {
  const found = await tx.document.count({
    where: { id: documentId, uploadedById: actor.userId, kind, ...UNATTACHED },
  });
  if (found !== 1) {
    throw AppError.invalid(field, NOT_FOUND_MESSAGE);
  }
}
