import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { placementScope } from "@/server/auth/scope";
import type { PrismaClient, Prisma } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { formatDate } from "@/lib/dates";
import type { proposeChangeOfDaySchema } from "@/lib/schemas/change-of-day";
import { dayChoiceText, toDateOnly, WEEKDAY_LABEL } from "@/lib/schemas/common";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import {
  keptRegistersMessage,
  latestKeptRegister,
} from "@/server/services/placements/kept-registers";
import { assertWorkingEffectiveDate } from "@/server/services/placements/effective-date";
import { nextReference } from "@/server/services/references/next-reference";
import { OPEN_CHANGE, openSlotOf } from "./change-access";

type Input = z.output<typeof proposeChangeOfDaySchema>;
type Tx = Prisma.TransactionClient;

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: Input;
}

/**
 * The school proposes moving one of a placement's days to another day the course runs.
 * The provider is asked to agree or decline after commit.
 */
export async function proposeChangeOfDay({ db, actor, input }: Options) {
  const created = await db.$transaction(async (tx) => {
    const placement = await changeablePlacement(tx, actor, input);
    await assertDayFree(tx, input);
    await assertNewDayFree(tx, input);
    await assertNoWaitingWithdrawal(tx, input);
    await assertRegistersNotKept(tx, input);
    const reference = await nextReference(tx, "changeOfDay", "CHD");
    const request = await tx.changeOfDayRequest.create({
      data: {
        reference,
        placementId: placement.id,
        studentId: placement.studentId,
        schoolId: placement.schoolId,
        providerId: placement.providerId,
        fromDay: input.fromDay,
        toDay: input.toDay,
        effectiveDate: toDateOnly(input.effectiveDate),
        reason: input.reason,
        impactAchievement: input.impactAchievement,
        impactHealth: input.impactHealth,
        impactWellbeing: input.impactWellbeing,
        proposedById: actor.userId,
        openSlot: openSlotOf(placement.id, input.fromDay),
      },
    });
    await recordAudit(tx, actor, {
      action: "changeOfDay.propose",
      recordType: "ChangeOfDayRequest",
      recordId: request.id,
      detail: { placementId: placement.id, fromDay: input.fromDay, toDay: input.toDay },
    });
    return request;
  });

  await notifyOrganisation(db, created.providerId, {
    kind: "changeOfDay.proposed",
    title: `Change of day ${created.reference} to answer`,
    body:
      `The school proposes moving ${WEEKDAY_LABEL[created.fromDay]} to ` +
      `${WEEKDAY_LABEL[created.toDay]} from ${formatDate(created.effectiveDate)}.`,
    link: `/changes-of-day/${created.id}`,
  });
  return { id: created.id, reference: created.reference };
}

async function changeablePlacement(tx: Tx, actor: Actor, input: Input) {
  const placement = await tx.placement.findFirst({
    where: { AND: [{ id: input.placementId }, placementScope(actor)] },
    include: { course: { select: { daysOffered: true } } },
  });
  if (!placement) {
    throw AppError.notFound("Placement");
  }
  if (placement.status !== "ACTIVE") {
    throw AppError.invalid("placementId", "Only an active placement's days can change");
  }
  if (!placement.days.includes(input.fromDay)) {
    throw AppError.invalid(
      "fromDay",
      `The placement runs on ${dayChoiceText(placement.days)}: choose one of those days`,
    );
  }
  if (placement.days.includes(input.toDay)) {
    throw AppError.invalid("toDay", `The student already attends on ${WEEKDAY_LABEL[input.toDay]}`);
  }
  if (!placement.course.daysOffered.includes(input.toDay)) {
    throw AppError.invalid(
      "toDay",
      `The course runs on ${dayChoiceText(placement.course.daysOffered)}: choose one of those days`,
    );
  }
  // The schema holds the date to the new day (a weekday); a bank holiday has no session.
  assertWorkingEffectiveDate(input.effectiveDate, "the date of the first session on the new day");
  const effective = toDateOnly(input.effectiveDate);
  if (effective <= placement.startDate || effective > placement.plannedEndDate) {
    throw AppError.invalid(
      "effectiveDate",
      "The date of the first session on the new day must be within the placement's dates",
    );
  }
  return placement;
}

/** The friendly check; the unique open slot holds when two proposals race (ADR 0013). */
async function assertDayFree(tx: Tx, input: Input) {
  const open = await tx.changeOfDayRequest.findFirst({
    where: {
      placementId: input.placementId,
      fromDay: input.fromDay,
      status: { in: [...OPEN_CHANGE] },
    },
    select: { reference: true },
  });
  if (open) {
    throw AppError.invalid(
      "fromDay",
      `There is already an open change of day for ${WEEKDAY_LABEL[input.fromDay]} ` +
        `(${open.reference})`,
    );
  }
}

/**
 * Two open changes to one new day would leave the placement one day short once both are
 * processed, so the second is refused (ADR 0013).
 */
async function assertNewDayFree(tx: Tx, input: Input) {
  const sameDay = await tx.changeOfDayRequest.findFirst({
    where: {
      placementId: input.placementId,
      toDay: input.toDay,
      status: { in: [...OPEN_CHANGE] },
    },
    select: { reference: true, fromDay: true },
  });
  if (sameDay) {
    throw AppError.invalid(
      "toDay",
      `${sameDay.reference} already moves ${WEEKDAY_LABEL[sameDay.fromDay]} to ` +
        `${WEEKDAY_LABEL[input.toDay]}: choose another day`,
    );
  }
}

/** A submitted withdrawal is about the days the placement has now (ADR 0013). */
async function assertNoWaitingWithdrawal(tx: Tx, input: Input) {
  const withdrawal = await tx.withdrawalPlacement.findFirst({
    where: { placementId: input.placementId, request: { status: "SUBMITTED" } },
    select: { request: { select: { reference: true } } },
  });
  if (withdrawal) {
    throw AppError.invalid(
      "placementId",
      `The withdrawal request ${withdrawal.request.reference} for this placement is waiting ` +
        "to be processed: its days cannot change until it is closed",
    );
  }
}

/** Registers kept on the old day from the effective date on would drop out (ADR 0013). */
async function assertRegistersNotKept(tx: Tx, input: Input) {
  const effective = toDateOnly(input.effectiveDate);
  const kept = await latestKeptRegister(tx, input.placementId, effective, [input.fromDay]);
  if (kept) {
    throw AppError.invalid("effectiveDate", keptRegistersMessage(kept));
  }
}
