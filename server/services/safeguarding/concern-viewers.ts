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
 * a student that the asking DSL may see themselves, and the reads of the student's
 * chronology that showed any of those concerns, newest first. A chronology read that
 * showed no concern (an MO's, say) read nothing of the safeguarding record.
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
  const visible = new Set(concerns.map((concern) => concern.id));
  const reads = await db.auditEvent.findMany({
    where: {
      OR: [
        { action: "concern.read", recordType: "Concern", recordId: { in: [...visible] } },
        { action: "chronology.read", recordType: "Student", recordId: studentId },
      ],
    },
    orderBy: { at: "desc" },
    take: MOST_RECENT,
  });
  const safeguardingReads = reads.filter(
    (read) =>
      read.action === "concern.read" || shownConcerns(read.detail).some((id) => visible.has(id)),
  );
  const people = await namesOf(db, safeguardingReads);

  const references = new Map(concerns.map((concern) => [concern.id, concern.reference]));
  return safeguardingReads.map((read) => {
    const person = people.get(read.actorUserId ?? "");
    const isConcern = read.action === "concern.read";
    return {
      id: read.id,
      at: read.at,
      what: isConcern ? ("CONCERN" as const) : ("CHRONOLOGY" as const),
      concernId: isConcern ? read.recordId : null,
      concernReference: isConcern ? (references.get(read.recordId) ?? "") : null,
      userId: read.actorUserId,
      userName: person?.name ?? "Unknown user",
      organisationName: person?.organisation.name ?? "",
    };
  });
}

/** The concern ids a chronology read recorded in its audit detail (read-chronology.ts). */
function shownConcerns(detail: unknown): string[] {
  if (typeof detail !== "object" || detail === null || !("concernIds" in detail)) {
    return [];
  }
  const ids = (detail as { concernIds: unknown }).concernIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
}

async function namesOf(db: PrismaClient, reads: { actorUserId: string | null }[]) {
  const ids = [...new Set(reads.flatMap((read) => (read.actorUserId ? [read.actorUserId] : [])))];
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, organisation: { select: { name: true } } },
  });
  return new Map(users.map((user) => [user.id, user]));
}
