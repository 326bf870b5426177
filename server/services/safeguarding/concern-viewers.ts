import type { Actor } from "@/server/auth/roles";
import { concernScope, studentScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

const MOST_RECENT = 500;

interface Options {
  db: PrismaClient;
  actor: Actor;
  studentId: string;
}

/**
 * "Who viewed this student's safeguarding record": the audited reads of the concerns about
 * a student that the asking DSL may see themselves, newest first.
 */
export async function listConcernViewers({ db, actor, studentId }: Options) {
  const student = await db.student.findFirst({
    where: { AND: [{ id: studentId }, studentScope(actor)] },
    select: { id: true },
  });
  if (!student) {
    throw AppError.notFound("Student");
  }

  const concerns = await db.concern.findMany({
    where: { AND: [{ studentId }, concernScope(actor)] },
    select: { id: true, reference: true },
  });
  const reads = await db.auditEvent.findMany({
    where: {
      action: "concern.read",
      recordType: "Concern",
      recordId: { in: concerns.map((c) => c.id) },
    },
    orderBy: { at: "desc" },
    take: MOST_RECENT,
  });
  const people = await namesOf(db, reads);

  const references = new Map(concerns.map((concern) => [concern.id, concern.reference]));
  return reads.map((read) => ({
    at: read.at,
    concernId: read.recordId,
    concernReference: references.get(read.recordId) ?? "",
    userId: read.actorUserId,
    userName: people.get(read.actorUserId ?? "")?.name ?? "Unknown user",
    organisationName: people.get(read.actorUserId ?? "")?.organisation.name ?? "",
  }));
}

async function namesOf(db: PrismaClient, reads: { actorUserId: string | null }[]) {
  const ids = [...new Set(reads.flatMap((read) => (read.actorUserId ? [read.actorUserId] : [])))];
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, organisation: { select: { name: true } } },
  });
  return new Map(users.map((user) => [user.id, user]));
}
