import type { Actor } from "@/server/auth/roles";
import type { Prisma } from "@/server/db/generated/client";

export interface AuditEntry {
  action: string;
  recordType: string;
  recordId: string;
  detail?: Prisma.InputJsonValue;
}

/**
 * Writes an audit row. Call it with the transaction client of the change it describes, so
 * the change and its record commit or fail together. Detail holds identifiers and
 * statuses, never free text about a child.
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  actor: Actor | null,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: actor?.userId ?? null,
      actorOrganisationId: actor?.organisationId ?? null,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      detail: entry.detail,
    },
  });
}
