import { ukToday } from "@/lib/dates";
import { CHRONOLOGY_KINDS, type ChronologyKind } from "@/lib/schemas/chronology";
import { fromDateOnly } from "@/lib/schemas/common";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { studentScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { CHRONOLOGY_SOURCES, type ChronologyEvent } from "./chronology-sources";

interface Options {
  db: PrismaClient;
  actor: Actor;
  studentId: string;
  kinds?: readonly ChronologyKind[];
  /** UK calendar dates, inclusive. */
  from?: string;
  to?: string;
}

/** The UK calendar date an event falls on. */
export function eventDate(event: Pick<ChronologyEvent, "at" | "dateOnly">): string {
  return event.dateOnly ? fromDateOnly(event.at) : ukToday(event.at);
}

/**
 * Newest first; on the same day a dated event (a placement's start) sorts after the timed
 * ones of that day, as if it happened first thing.
 */
export function newestFirst(a: ChronologyEvent, b: ChronologyEvent): number {
  const byDate = eventDate(b).localeCompare(eventDate(a));
  if (byDate !== 0) {
    return byDate;
  }
  if (a.dateOnly !== b.dateOnly) {
    return a.dateOnly ? 1 : -1;
  }
  return b.at.getTime() - a.at.getTime() || a.id.localeCompare(b.id);
}

/**
 * One student's chronology: referral, placement and safeguarding events, newest first,
 * each source reading only what the actor may see. Every read is audited in the same
 * transaction, with the concerns it showed, so "who viewed this student's safeguarding
 * record" includes it (concern-viewers.ts). A student's record is small, so the dates are
 * filtered after gathering, on UK calendar dates; no paging.
 */
export async function readChronology(options: Options) {
  const { db, actor, studentId, from, to } = options;
  const kinds = options.kinds?.length ? options.kinds : CHRONOLOGY_KINDS;

  return db.$transaction(async (tx) => {
    const student = await tx.student.findFirst({
      where: { AND: [{ id: studentId }, studentScope(actor)] },
      select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true },
    });
    if (!student) {
      throw AppError.notFound("Student");
    }

    // One after another: a transaction runs on one connection anyway.
    const gathered: ChronologyEvent[] = [];
    for (const kind of kinds) {
      gathered.push(...(await CHRONOLOGY_SOURCES[kind]({ tx, actor, studentId })));
    }
    const events = gathered
      .filter((event) => (!from || eventDate(event) >= from) && (!to || eventDate(event) <= to))
      .sort(newestFirst);
    const concernIds = [...new Set(events.flatMap((event) => event.concernId ?? []))];

    await recordAudit(tx, actor, {
      action: "chronology.read",
      recordType: "Student",
      recordId: student.id,
      detail: { kinds: [...kinds], from: from ?? null, to: to ?? null, concernIds },
    });
    return { student, kinds: [...kinds], from, to, events };
  });
}
