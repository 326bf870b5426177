import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { assertOpen, findConcernInScope } from "./concern-access";

interface TriageOptions<T> {
  db: PrismaClient;
  actor: Actor;
  input: T;
  now?: Date;
}

/** A service DSL (or the lead) takes a concern in the triage queue, or hands it to another. */
export async function assignConcern({
  db,
  actor,
  input,
  now = new Date(),
}: TriageOptions<{ concernId: string; assigneeId: string }>) {
  const { concernId, assigneeId } = input;

  const concern = await db.$transaction(async (tx) => {
    const concern = await findConcernInScope(tx, actor, concernId, {});
    assertOpen(concern);
    const assignee = await tx.user.findFirst({
      where: {
        id: assigneeId,
        deactivatedAt: null,
        organisation: { kind: "SERVICE" },
        roles: { hasSome: ["SERVICE_DSL", "SERVICE_LEAD"] },
      },
      select: { id: true },
    });
    if (!assignee) {
      throw AppError.invalid("assigneeId", "Choose a service DSL");
    }

    await tx.concern.update({
      where: { id: concernId },
      data: { assignedToId: assigneeId, assignedAt: now },
    });
    await recordAudit(tx, actor, {
      action: "concern.assign",
      recordType: "Concern",
      recordId: concernId,
      detail: { assigneeId },
    });
    return concern;
  });

  if (assigneeId !== actor.userId) {
    await tellAssignee(db, assigneeId, concern);
  }
  return { id: concernId, assignedToId: assigneeId };
}

async function tellAssignee(
  db: PrismaClient,
  userId: string,
  concern: { id: string; reference: string },
) {
  await db.notification.create({
    data: {
      userId,
      kind: "concern.assigned",
      title: `Safeguarding concern ${concern.reference} assigned to you`,
      body: "A safeguarding concern has been assigned to you in the triage queue.",
      link: `/concerns/${concern.id}`,
    },
  });
}

/** A service DSL (or the lead) closes a concern, always with the reason for closing it. */
export async function closeConcern({
  db,
  actor,
  input,
  now = new Date(),
}: TriageOptions<{ concernId: string; rationale: string }>) {
  const { concernId, rationale } = input;

  return db.$transaction(async (tx) => {
    const concern = await findConcernInScope(tx, actor, concernId, {});
    assertOpen(concern);

    // The status guard lets one of two simultaneous closures through, not both.
    const closed = await tx.concern.updateMany({
      where: { id: concernId, status: { not: "CLOSED" } },
      data: {
        status: "CLOSED",
        closedAt: now,
        closedById: actor.userId,
        closureRationale: rationale,
      },
    });
    if (closed.count !== 1) {
      throw new AppError("CONFLICT", "Someone else has just closed this concern");
    }
    await recordAudit(tx, actor, {
      action: "concern.close",
      recordType: "Concern",
      recordId: concernId,
    });
    return { id: concernId, status: "CLOSED" as const };
  });
}

/** The people a concern can be assigned to: active service DSLs and the lead, by name. */
export async function listAssignees({ db }: { db: PrismaClient }) {
  return db.user.findMany({
    where: {
      deactivatedAt: null,
      organisation: { kind: "SERVICE" },
      roles: { hasSome: ["SERVICE_DSL", "SERVICE_LEAD"] },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
