import type { Prisma, Weekday } from "@/server/db/generated/client";
import { formatDate } from "@/lib/dates";
import { fromDateOnly, weekdayOf } from "@/lib/schemas/common";

type Tx = Prisma.TransactionClient;

/**
 * The latest date on or after `from` with a register mark for the placement on one of
 * `days` (every day when `days` is "ALL"), or null. A change that takes those days away
 * from `from` on would leave those kept marks outside the placement (ADR 0013).
 */
export async function latestKeptRegister(
  tx: Tx,
  placementId: string,
  from: Date,
  days: readonly Weekday[] | "ALL",
): Promise<Date | null> {
  const marks = await tx.registerMark.findMany({
    where: { placementId, date: { gte: from } },
    select: { date: true },
    orderBy: { date: "desc" },
  });
  const taken = marks.find((mark) => {
    const weekday = weekdayOf(fromDateOnly(mark.date));
    return days === "ALL" || (weekday !== null && days.includes(weekday));
  });
  return taken?.date ?? null;
}

/** What the requester reads when the date would rewrite registers already kept. */
export function keptRegistersMessage(latest: Date): string {
  return (
    `Registers are kept up to ${formatDate(latest)} for this placement: ` +
    "choose a date after that"
  );
}

/** What the admin reads when kept registers stop a request being processed. */
export function keptRegistersConflict(latest: Date, effective: Date): string {
  return (
    `Registers are kept up to ${formatDate(latest)} for this placement, after the date ` +
    `this takes effect (${formatDate(effective)}), so it cannot be processed`
  );
}
