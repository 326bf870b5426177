import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { ConcernEntryKind, PrismaClient } from "@/server/db/generated/client";
import { attachToConcern } from "./attachments";
import { assertOpen, findConcernInScope } from "./concern-access";

export interface AddEntryOptions {
  db: PrismaClient;
  actor: Actor;
  input: { concernId: string; kind: ConcernEntryKind; text: string; documentIds?: string[] };
}

/**
 * Adds further information or an action to a concern, with any files uploaded for it.
 * Entries are only ever appended: the record keeps every addition with who made it and
 * when, and nothing edits it away.
 */
export async function addConcernEntry({ db, actor, input }: AddEntryOptions) {
  const { concernId, kind, text, documentIds = [] } = input;

  return db.$transaction(async (tx) => {
    const concern = await findConcernInScope(tx, actor, concernId, {});
    assertOpen(concern);

    const entry = await tx.concernEntry.create({
      data: {
        concernId,
        kind,
        text,
        authorId: actor.userId,
        authorOrganisationId: actor.organisationId,
      },
    });
    const attached = await attachToConcern(
      tx,
      actor,
      { concernId, entryId: entry.id },
      documentIds,
    );
    await recordAudit(tx, actor, {
      action: "concern.entry.add",
      recordType: "Concern",
      recordId: concernId,
      detail: { entryId: entry.id, kind, documentIds: attached },
    });
    return { id: entry.id, createdAt: entry.createdAt };
  });
}
