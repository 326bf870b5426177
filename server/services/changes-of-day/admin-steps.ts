import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type {
  ChangeOfDayRequest,
  Placement,
  Prisma,
  PrismaClient,
} from "@/server/db/generated/client";
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
import { assertChangeStatus, findChangeInScope, moveChange } from "./change-access";

interface Options<I> {
  db: PrismaClient;
  actor: Actor;
  input: I;
  now?: Date;
}

/** The admin ticks one back-office system as updated for an agreed change; who and when. */
export async function tickChangeChecklist(
  options: Options<{ requestId: string; step: ChecklistStep }>,
) {
  const { db, actor, input, now = new Date() } = options;
  const { requestId, step } = input;
  const { data, unticked } = checklistTick(step, actor, now);

  await db.$transaction(async (tx) => {
    const request = await findChangeInScope(tx, actor, requestId, {});
    assertChangeStatus(request, "AGREED");
    const ticked = await tx.changeOfDayRequest.updateMany({
      where: { id: requestId, status: "AGREED", ...unticked },
      data,
    });
    if (ticked.count !== 1) {
      throw new AppError(
        "CONFLICT",
        `${CHECKLIST_STEP_LABEL[step]} has already been ticked as updated`,
      );
    }
    await recordAudit(tx, actor, {
      action: "changeOfDay.tickChecklist",
      recordType: "ChangeOfDayRequest",
      recordId: requestId,
      detail: { step },
    });
  });
  return { requestId, step };
}

/**
 * Processes an agreed change once CLM and Capita are ticked: the placement runs on the new
 * day from the effective date (registers follow), and both parties are sent the
 * confirmation after commit. Two admins at once: one wins, the other is told.
 */
export async function processChangeOfDay(options: Options<{ requestId: string }>) {
  const { db, actor, input, now = new Date() } = options;

  const request = await db.$transaction(async (tx) => {
    const found = await findChangeInScope(tx, actor, input.requestId, { placement: true });
    assertWaitingForAdmin(found);
    if (!found.clmUpdatedAt || !found.capitaUpdatedAt) {
      throw AppError.invalid("checklist", "Tick CLM and Capita as updated before processing");
    }
    await moveChange(
      tx,
      found,
      { status: "PROCESSED", processedAt: now, processedById: actor.userId, openSlot: null },
      "Someone else has just processed or rejected this change of day",
    );
    const { placement } = found;
    await assertStillProcessable(tx, found);
    await changePlacementDays(tx, actor, placement, {
      effectiveFrom: found.effectiveDate,
      daysAfter: [...placement.days.filter((day) => day !== found.fromDay), found.toDay],
      sourceType: "ChangeOfDayRequest",
      sourceId: found.id,
    });
    await recordAudit(tx, actor, {
      action: "changeOfDay.process",
      recordType: "ChangeOfDayRequest",
      recordId: found.id,
    });
    return found;
  });

  const content = {
    kind: "changeOfDay.processed",
    title: `Change of day ${request.reference} confirmed`,
    body:
      `From ${formatDate(request.effectiveDate)} the student attends on ` +
      `${WEEKDAY_LABEL[request.toDay]} instead of ${WEEKDAY_LABEL[request.fromDay]}.`,
    link: `/changes-of-day/${request.id}`,
  };
  await notifyOrganisation(db, request.schoolId, content);
  await notifyOrganisation(db, request.providerId, content);
  return { requestId: request.id };
}

/**
 * The admin closes an agreed change that can no longer be processed (its placement was
 * withdrawn, or registers have been kept on the old day since), with the reason both
 * parties read. Only an agreed change waits for the admin; its day is free again at once.
 * Processing and rejecting at once: one wins, the other is told.
 */
export async function rejectChangeOfDay(options: Options<{ requestId: string; reason: string }>) {
  const { db, actor, input, now = new Date() } = options;

  const request = await db.$transaction(async (tx) => {
    const found = await findChangeInScope(tx, actor, input.requestId, {});
    assertWaitingForAdmin(found);
    await moveChange(
      tx,
      found,
      {
        status: "REJECTED",
        rejectionReason: input.reason,
        closedAt: now,
        closedById: actor.userId,
        openSlot: null,
      },
      "Someone else has just processed or rejected this change of day",
    );
    await recordAudit(tx, actor, {
      action: "changeOfDay.reject",
      recordType: "ChangeOfDayRequest",
      recordId: found.id,
    });
    return found;
  });

  const content = {
    kind: "changeOfDay.rejected",
    title: `Change of day ${request.reference} rejected`,
    body:
      `The service could not process the change, so ${WEEKDAY_LABEL[request.fromDay]} stays. ` +
      "The reason is on the request.",
    link: `/changes-of-day/${request.id}`,
  };
  await notifyOrganisation(db, request.schoolId, content);
  await notifyOrganisation(db, request.providerId, content);
  return { requestId: request.id };
}

/** Only an agreed change waits for the admin; a closed one says how it was closed. */
function assertWaitingForAdmin(change: ChangeOfDayRequest) {
  if (change.status === "PROCESSED") {
    throw new AppError("CONFLICT", "This change of day has already been processed");
  }
  if (change.status === "REJECTED") {
    throw new AppError("CONFLICT", "This change of day has already been rejected");
  }
  assertChangeStatus(change, "AGREED");
}

type Change = Prisma.ChangeOfDayRequestGetPayload<object> & { placement: Placement };

/**
 * What held when the change was proposed may not hold now (ADR 0013): the placement is
 * still active on the old day, the new day is still free, and no register on the old day
 * has been kept from the effective date on. Otherwise nothing is changed, and the admin
 * is told.
 */
async function assertStillProcessable(tx: Prisma.TransactionClient, change: Change) {
  const { placement, fromDay, toDay, effectiveDate } = change;
  if (placement.status !== "ACTIVE") {
    throw new AppError("CONFLICT", "The placement is no longer active, so its day cannot move");
  }
  if (!placement.days.includes(fromDay)) {
    throw new AppError(
      "CONFLICT",
      `The placement no longer runs on ${WEEKDAY_LABEL[fromDay]}, so its day cannot move`,
    );
  }
  if (placement.days.includes(toDay)) {
    throw new AppError(
      "CONFLICT",
      `The placement already runs on ${WEEKDAY_LABEL[toDay]}, so ` +
        `${WEEKDAY_LABEL[fromDay]} cannot move to it`,
    );
  }
  const kept = await latestKeptRegister(tx, placement.id, effectiveDate, [fromDay]);
  if (kept) {
    throw new AppError("CONFLICT", keptRegistersConflict(kept, effectiveDate));
  }
}
