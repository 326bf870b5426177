import { recordAudit } from "@/server/audit/record-audit";
import { placementScope } from "@/server/auth/scope";
import type { Actor } from "@/server/auth/roles";
import type { Placement, Prisma, PrismaClient, RegisterMark } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly, weekdayOf } from "@/lib/schemas/common";
import type { RegisterSubmission } from "@/lib/schemas/register";
import { alertFirstAbsences, type FirstAbsence } from "./alert-first-absences";
import { whyNotOn } from "./placement-days";

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
    const counts: RegisterOutcome = { created: 0, corrected: 0, unchanged: 0 };
    const absences: FirstAbsence[] = [];
    for (const item of marks) {
      const placement = placements.get(item.placementId)!;
      const result = await writeMark(tx, actor, { placement, date, session, item, now });
      counts[result.change] += 1;
      if (result.firstAbsence) {
        absences.push({ placement, markId: result.mark.id, session });
      }
    }
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
  placement: Placement;
  date: string;
  session: "AM" | "PM";
  item: MarkInput;
  now: Date;
}

async function writeMark(tx: Tx, actor: Actor, options: WriteOptions) {
  const { placement, date, session, item, now } = options;
  const values = {
    mark: item.mark,
    lateMinutes: item.lateMinutes ?? null,
    absenceReason: item.absenceReason ?? null,
    note: item.note ?? null,
  };
  const key = { studentId: placement.studentId, date: toDateOnly(date), session };
  const held = await tx.registerMark.findUnique({ where: { studentId_date_session: key } });

  if (!held) {
    const mark = await tx.registerMark.create({
      data: {
        ...key,
        ...values,
        placementId: placement.id,
        providerId: placement.providerId,
        schoolId: placement.schoolId,
        recordedById: actor.userId,
        recordedAt: now,
      },
    });
    return { change: "created" as const, mark, firstAbsence: await isFirstAbsence(tx, mark) };
  }
  if (held.placementId !== placement.id) {
    // Another placement of the same student (at another provider) holds that session.
    throw AppError.invalid(
      "session",
      "This student already has a mark for that session from another placement",
    );
  }
  if (sameMark(held, values)) {
    return { change: "unchanged" as const, mark: held, firstAbsence: false };
  }
  const mark = await correctMark(tx, actor, held, values, now);
  return { change: "corrected" as const, mark, firstAbsence: await isFirstAbsence(tx, mark) };
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
 * two submissions at once cannot both alert.
 */
async function isFirstAbsence(tx: Tx, mark: RegisterMark): Promise<boolean> {
  if (mark.mark !== "ABSENT" || mark.absenceReason !== "NOT_KNOWN") {
    return false;
  }
  const earlier = await tx.registerMark.count({
    where: { studentId: mark.studentId, date: mark.date, alertedAt: { not: null } },
  });
  if (earlier > 0) {
    return false;
  }
  await tx.registerMark.update({ where: { id: mark.id }, data: { alertedAt: new Date() } });
  return true;
}
