import { recordAudit } from "@/server/audit/record-audit";
import { placementScope } from "@/server/auth/scope";
import type { Actor } from "@/server/auth/roles";
import type { Placement, Prisma, PrismaClient, RegisterMark } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly, weekdayOf } from "@/lib/schemas/common";
import type { RegisterSubmission } from "@/lib/schemas/register";
import { alertFirstAbsences, type FirstAbsence } from "./alert-first-absences";
import { DAY_CHANGES_SELECT, whyNotOn } from "./placement-days";

type MarkInput = RegisterSubmission["marks"][number];
type Tx = Prisma.TransactionClient;

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: RegisterSubmission;
  now?: Date;
}

export interface RegisterOutcome {
  created: number;
  corrected: number;
  unchanged: number;
}

/**
 * The provider submits a morning or afternoon register for some or all of its students.
 * Submitting again is safe: one mark is kept per student, date and session; a mark that
 * differs from the one held is a correction, and the old value is kept with who recorded
 * it. The whole register is written in one transaction, so a refused mark leaves nothing.
 */
export async function submitRegister({ db, actor, input, now = new Date() }: Options) {
  const { date, session, marks } = input;
  assertRegisterDate(date, now);

  const { outcome, firstAbsences } = await db.$transaction(async (tx) => {
    const placements = await placementsToMark(tx, actor, marks, date);
    const { counts, written } = await writeMarks(tx, actor, {
      placements,
      date,
      session,
      marks,
      now,
    });
    const absences = await claimFirstAbsences(tx, written, placements, now);
    await recordAudit(tx, actor, {
      action: "register.submit",
      recordType: "Register",
      recordId: `${actor.organisationId}:${date}:${session}`,
      detail: { date, session, ...counts },
    });
    return { outcome: counts, firstAbsences: absences };
  });

  await alertFirstAbsences(db, date, firstAbsences);
  return outcome;
}

function assertRegisterDate(date: string, now: Date) {
  if (date > ukToday(now)) {
    throw AppError.invalid("date", "The date of the register must be today or in the past");
  }
  if (!weekdayOf(date)) {
    throw AppError.invalid("date", "Registers are kept for weekdays only");
  }
}

/** The caller's placements being marked, each checked to run on the register's date. */
async function placementsToMark(tx: Tx, actor: Actor, marks: MarkInput[], date: string) {
  const found = await tx.placement.findMany({
    where: { AND: [{ id: { in: marks.map((item) => item.placementId) } }, placementScope(actor)] },
    include: { dayChanges: DAY_CHANGES_SELECT },
  });
  const placements = new Map(found.map((placement) => [placement.id, placement]));
  marks.forEach((item, index) => {
    const placement = placements.get(item.placementId);
    if (!placement) {
      throw AppError.notFound("Placement");
    }
    const problem = whyNotOn(placement, date);
    if (problem) {
      throw AppError.invalid(`marks.${index}.placementId`, problem);
    }
  });
  return placements;
}

interface WriteOptions {
  placements: Map<string, Placement>;
  date: string;
  session: "AM" | "PM";
  marks: MarkInput[];
  now: Date;
}

/**
 * Writes the register with a constant number of statements whatever its size (one read of
 * the marks held, one insert of the new ones), plus one update per correction: a register
 * is kept while a class waits, and scripts/bench-register.ts measures it.
 */
async function writeMarks(tx: Tx, actor: Actor, options: WriteOptions) {
  const { placements, date, session, marks, now } = options;
  const studentIds = marks.map((item) => placements.get(item.placementId)!.studentId);
  const held = await tx.registerMark.findMany({
    where: { studentId: { in: studentIds }, date: toDateOnly(date), session },
  });
  const heldByStudent = new Map(held.map((mark) => [mark.studentId, mark]));
  const counts: RegisterOutcome = { created: 0, corrected: 0, unchanged: 0 };
  const created: RegisterMark[] = [];
  const corrected: RegisterMark[] = [];

  const seen = new Set<string>();
  for (const [index, item] of marks.entries()) {
    const placement = placements.get(item.placementId)!;
    if (seen.has(placement.studentId)) {
      // Two of the student's placements here run that day: one mark is all a session takes.
      throw AppError.invalid(
        `marks.${index}.placementId`,
        "This student is already marked in this register through another of their courses",
      );
    }
    seen.add(placement.studentId);
    const values = markValues(item);
    const existing = heldByStudent.get(placement.studentId);
    if (!existing) {
      created.push(newMark(actor, { placement, date, session, values, now }));
    } else if (existing.placementId !== placement.id) {
      // Another placement of the same student (at another provider) holds that session.
      throw AppError.invalid(
        `marks.${index}.placementId`,
        "This student already has a mark for that session from another placement",
      );
    } else if (!sameMark(existing, values)) {
      corrected.push(await correctMark(tx, actor, existing, values, now));
    }
  }
  await tx.registerMark.createMany({ data: created });
  counts.created = created.length;
  counts.corrected = corrected.length;
  counts.unchanged = marks.length - created.length - corrected.length;
  return { counts, written: [...created, ...corrected] };
}

function markValues(item: MarkInput): MarkValues {
  return {
    mark: item.mark,
    lateMinutes: item.lateMinutes ?? null,
    absenceReason: item.absenceReason ?? null,
    note: item.note ?? null,
  };
}

interface NewMark {
  placement: Placement;
  date: string;
  session: "AM" | "PM";
  values: MarkValues;
  now: Date;
}

function newMark(actor: Actor, { placement, date, session, values, now }: NewMark): RegisterMark {
  return {
    id: crypto.randomUUID(),
    studentId: placement.studentId,
    date: toDateOnly(date),
    session,
    ...values,
    placementId: placement.id,
    providerId: placement.providerId,
    schoolId: placement.schoolId,
    recordedById: actor.userId,
    recordedAt: now,
    alertedAt: null,
  };
}

type MarkValues = Pick<RegisterMark, "mark" | "lateMinutes" | "absenceReason" | "note">;

function sameMark(held: MarkValues, values: MarkValues): boolean {
  return (
    held.mark === values.mark &&
    held.lateMinutes === values.lateMinutes &&
    held.absenceReason === values.absenceReason &&
    held.note === values.note
  );
}

async function correctMark(
  tx: Tx,
  actor: Actor,
  held: RegisterMark,
  values: MarkValues,
  now: Date,
) {
  await tx.registerMarkRevision.create({
    data: {
      markId: held.id,
      mark: held.mark,
      lateMinutes: held.lateMinutes,
      absenceReason: held.absenceReason,
      note: held.note,
      recordedById: held.recordedById,
      recordedAt: held.recordedAt,
      replacedById: actor.userId,
      replacedAt: now,
    },
  });
  await recordAudit(tx, actor, {
    action: "register.correct",
    recordType: "RegisterMark",
    recordId: held.id,
    detail: { from: held.mark, to: values.mark },
  });
  return tx.registerMark.update({
    where: { id: held.id },
    data: { ...values, recordedById: actor.userId, recordedAt: now },
  });
}

/**
 * An unexplained absence alerts the school and the monitoring officer once a day per
 * student: the first such mark of the day is claimed (alertedAt) inside the transaction, so
 * a second register that day does not alert again.
 */
async function claimFirstAbsences(
  tx: Tx,
  written: RegisterMark[],
  placements: Map<string, Placement>,
  now: Date,
): Promise<FirstAbsence[]> {
  const unexplained = written.filter(
    (mark) => mark.mark === "ABSENT" && mark.absenceReason === "NOT_KNOWN",
  );
  if (unexplained.length === 0) {
    return [];
  }
  const alerted = await tx.registerMark.findMany({
    where: {
      studentId: { in: unexplained.map((mark) => mark.studentId) },
      date: unexplained[0].date,
      alertedAt: { not: null },
    },
    select: { studentId: true },
  });
  const already = new Set(alerted.map((mark) => mark.studentId));
  const first = unexplained.filter((mark) => !already.has(mark.studentId));
  await tx.registerMark.updateMany({
    where: { id: { in: first.map((mark) => mark.id) } },
    data: { alertedAt: now },
  });
  return first.map((mark) => ({
    placement: placements.get(mark.placementId)!,
    markId: mark.id,
    session: mark.session,
  }));
}
