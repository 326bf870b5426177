import { CONCERN_ATTACHMENT_KIND } from "@/lib/schemas/concern";
import type { Actor } from "@/server/auth/roles";
import type { Prisma } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

/**
 * Links files the actor has just uploaded for a concern to it, inside the caller's
 * transaction: only their own concern uploads, not yet attached to anything, so nobody can
 * pull another person's file (or a referral's paperwork) into a concern by its id.
 */
export async function attachToConcern(
  tx: Prisma.TransactionClient,
  actor: Actor,
  target: { concernId: string; entryId?: string },
  documentIds: readonly string[],
): Promise<string[]> {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) {
    return [];
  }
  const linked = await tx.document.updateMany({
    where: {
      id: { in: ids },
      uploadedById: actor.userId,
      kind: CONCERN_ATTACHMENT_KIND,
      concernId: null,
      referralId: null,
    },
    data: { concernId: target.concernId, concernEntryId: target.entryId ?? null },
  });
  if (linked.count !== ids.length) {
    throw AppError.invalid(
      "documentIds",
      "One of the attached files could not be found. Remove it and upload it again",
    );
  }
  return ids;
}
