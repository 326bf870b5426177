import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { formatDate } from "@/lib/dates";
import { WEEKDAY_LABEL } from "@/lib/schemas/common";
import { CHECKLIST_STEP_LABEL, type ChecklistStep } from "@/lib/schemas/withdrawal";
import { checklistTick } from "@/server/services/placements/back-office-checklist";
import { changePlacementDays } from "@/server/services/placements/change-placement-days";
import {
  keptRegistersConflict,
  latestKeptRegister,
} from "@/server/services/placements/kept-registers";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { assertStatus, findWithdrawalInScope, moveStatus, releaseSlots } from "./withdrawal-access";

type Tx = Prisma.TransactionClient;

interface Options<I> {
  db: PrismaClient;
  actor: Actor;
  input: I;
  now?: Date;
}

/** The admin ticks one back-office system as updated; who and when are kept. */
export async function tickWithdrawalChecklist(
  options: Options<{ requestId: string; step: ChecklistStep }>,
) {
  const { db, actor, input, now = new Date() } = options;
  const { requestId, step } = input;
  const { data, unticked } = checklistTick(step, actor, now);

  await db.$transaction(async (tx) => {
    const request = await findWithdrawalInScope(tx, actor, requestId, {});
    assertStatus(request, "SUBMITTED");
    const ticked = await tx.withdrawalRequest.updateMany({
      where: { id: requestId, status: "SUBMITTED", ...unticked },
      data,
    });
    if (ticked.count !== 1) {
      throw new AppError(
        "CONFLICT",
        `${CHECKLIST_STEP_LABEL[step]} has already been ticked as updated`,
      );
    }
    await recordAudit(tx, actor, {
      action: "withdrawal.tickChecklist",
      recordType: "WithdrawalRequest",
      recordId: requestId,
      detail: { step },
    });
  });
  return { requestId, step };
}

const PROCESS_INCLUDE = {
  placements: { include: { placement: true } },
  student: { select: { legalFirstName: true, legalLastName: true } },
} satisfies Prisma.WithdrawalRequestInclude;

type Loaded = Prisma.WithdrawalRequestGetPayload<{ include: typeof PROCESS_INCLUDE }>;

/**
 * Processes a submitted withdrawal once CLM and Capita are ticked: ends the placement days
 * from the effective date, then sends the record to the other party (and confirms to the
 * requester) after commit. Two admins at once: one wins, the other is told.
 */
export async function processWithdrawal(options: Options<{ requestId: string }>) {
  const { db, actor, input, now = new Date() } = options;

  const request = await db.$transaction(async (tx) => {
    const found = await findWithdrawalInScope(tx, actor, input.requestId, PROCESS_INCLUDE);
    if (found.status === "PROCESSED") {
      throw new AppError("CONFLICT", "This withdrawal has already been processed");
    }
    assertStatus(found, "SUBMITTED");
    if (!found.clmUpdatedAt || !found.capitaUpdatedAt) {
      throw AppError.invalid("checklist", "Tick CLM and Capita as updated before processing");
    }
    await moveStatus(
      tx,
      found,
      { status: "PROCESSED", processedAt: now, processedById: actor.userId },
      "Someone else has just processed this withdrawal",
    );
    for (const item of found.placements) {
      await endPlacementDays(tx, actor, found, item);
    }
    await releaseSlots(tx, found.id);
    await recordAudit(tx, actor, {
      action: "withdrawal.process",
      recordType: "WithdrawalRequest",
      recordId: found.id,
      detail: { placementIds: found.placements.map((item) => item.placementId) },
    });
    return found;
  });

  await sendRecord(db, request);
  return { requestId: request.id };
}

/** Every day withdrawn (or none left) ends the placement the day before the effective date. */
async function endPlacementDays(
  tx: Tx,
  actor: Actor,
  request: Loaded,
  item: Loaded["placements"][number],
) {
  const { placement } = item;
  await assertStillWithdrawable(tx, request, item);
  const remaining = item.allDays ? [] : placement.days.filter((d) => !item.days.includes(d));
  if (remaining.length > 0) {
    await changePlacementDays(tx, actor, placement, {
      effectiveFrom: request.effectiveDate,
      daysAfter: remaining,
      sourceType: "WithdrawalRequest",
      sourceId: request.id,
    });
    return;
  }
  const lastDay = new Date(request.effectiveDate.getTime() - 24 * 60 * 60 * 1000);
  await tx.placement.update({
    where: { id: placement.id },
    data: { status: "WITHDRAWN", endedOn: lastDay },
  });
  await recordAudit(tx, actor, {
    action: "placement.withdraw",
    recordType: "Placement",
    recordId: placement.id,
    detail: { withdrawalId: request.id },
  });
}

async function sendRecord(db: PrismaClient, request: Loaded) {
  const { reference, id, requestedBy, schoolId, providerId, effectiveDate } = request;
  const content = {
    kind: "withdrawal.processed",
    title: `Withdrawal ${reference} processed`,
    body:
      `The withdrawal takes effect from ${formatDate(effectiveDate)}. ` +
      "The full record is on the request.",
    link: `/withdrawals/${id}`,
  };
  const other = requestedBy === "SCHOOL" ? providerId : schoolId;
  const requester = requestedBy === "SCHOOL" ? schoolId : providerId;
  const from = requestedBy === "SCHOOL" ? "school" : "provider";
  await notifyOrganisation(db, other, {
    ...content,
    title: `Withdrawal record ${reference} from the ${from}`,
  });
  await notifyOrganisation(db, requester, content);
}

/** The admin refuses a request that cannot be processed, with the reason the requester reads. */
export async function rejectWithdrawal(options: Options<{ requestId: string; reason: string }>) {
  const { db, actor, input, now = new Date() } = options;

  const request = await db.$transaction(async (tx) => {
    const found = await findWithdrawalInScope(tx, actor, input.requestId, {});
    assertStatus(found, "SUBMITTED");
    await moveStatus(
      tx,
      found,
      {
        status: "REJECTED",
        rejectionReason: input.reason,
        closedAt: now,
        closedById: actor.userId,
      },
      "Someone else has just processed or closed this withdrawal",
    );
    await releaseSlots(tx, found.id);
    await recordAudit(tx, actor, {
      action: "withdrawal.reject",
      recordType: "WithdrawalRequest",
      recordId: found.id,
    });
    return found;
  });

  const requester = request.requestedBy === "SCHOOL" ? request.schoolId : request.providerId;
  await notifyOrganisation(db, requester, {
    kind: "withdrawal.rejected",
    title: `Withdrawal request ${request.reference} rejected`,
    body: "The service could not process the request. The reason is on the request.",
    link: `/withdrawals/${request.id}`,
  });
  return { requestId: request.id };
}

/**
 * What held when the request was made may not hold now (ADR 0013): the placement is still
 * active on every day withdrawn, and no register on those days has been kept from the
 * effective date on. Otherwise nothing is changed, and the admin is told.
 */
async function assertStillWithdrawable(
  tx: Tx,
  request: Loaded,
  item: Loaded["placements"][number],
) {
  const { placement } = item;
  if (placement.status !== "ACTIVE") {
    throw new AppError("CONFLICT", "A placement in this request is no longer active");
  }
  const gone = item.days.filter((day) => !placement.days.includes(day));
  if (!item.allDays && gone.length > 0) {
    throw new AppError(
      "CONFLICT",
      `The placement no longer runs on ${gone.map((day) => WEEKDAY_LABEL[day]).join(" and ")}, ` +
        "so those days cannot be withdrawn",
    );
  }
  const days = item.allDays ? "ALL" : item.days;
  const kept = await latestKeptRegister(tx, placement.id, request.effectiveDate, days);
  if (kept) {
    throw new AppError("CONFLICT", keptRegistersConflict(kept, request.effectiveDate));
  }
}
