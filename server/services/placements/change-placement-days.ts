import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { Placement, Prisma, Weekday } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { formatDate } from "@/lib/dates";
import { WEEKDAYS } from "@/lib/schemas/common";

type Tx = Prisma.TransactionClient;

export interface DayChangeSource {
  sourceType: "WithdrawalRequest" | "ChangeOfDayRequest";
  sourceId: string;
}

/** Days in Monday-to-Friday order, so stored lists compare and read the same. */
export function inWeekOrder(days: readonly Weekday[]): Weekday[] {
  return WEEKDAYS.filter((day) => days.includes(day));
}

/**
 * Gives a placement new days from `effectiveFrom` on, keeping the days it had before in its
 * history (ADR 0013). Changes apply in date order: one dated before a change already made
 * would rewrite history that registers were kept against, so it is refused.
 */
export async function changePlacementDays(
  tx: Tx,
  actor: Actor,
  placement: Pick<Placement, "id" | "days">,
  change: DayChangeSource & { effectiveFrom: Date; daysAfter: Weekday[] },
) {
  const latest = await tx.placementDayChange.findFirst({
    where: { placementId: placement.id },
    orderBy: { effectiveFrom: "desc" },
    select: { effectiveFrom: true },
  });
  if (latest && latest.effectiveFrom > change.effectiveFrom) {
    throw AppError.invalid(
      "effectiveDate",
      `The placement's days already changed from ${formatDate(latest.effectiveFrom)}: ` +
        "the date this takes effect must be on or after it",
    );
  }
  const daysAfter = inWeekOrder(change.daysAfter);
  await tx.placementDayChange.create({
    data: {
      placementId: placement.id,
      effectiveFrom: change.effectiveFrom,
      daysBefore: placement.days,
      daysAfter,
      sourceType: change.sourceType,
      sourceId: change.sourceId,
      createdById: actor.userId,
    },
  });
  await tx.placement.update({ where: { id: placement.id }, data: { days: daysAfter } });
  await recordAudit(tx, actor, {
    action: "placement.changeDays",
    recordType: "Placement",
    recordId: placement.id,
    detail: { ...change, effectiveFrom: change.effectiveFrom.toISOString(), daysAfter },
  });
}
