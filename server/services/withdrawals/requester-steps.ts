import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { withdrawalScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { formatDate, ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import { dueOnAfter, WITHDRAWAL_WORKING_DAYS } from "@/server/calendar/request-deadlines";
import { notifyServiceRoles } from "@/server/services/notifications/notify-organisation";
import { assertNoOpenChange } from "./request-withdrawal";
import {
  assertRequester,
  assertStatus,
  findWithdrawalInScope,
  moveStatus,
  releaseSlots,
} from "./withdrawal-access";

interface Options<I> {
  db: PrismaClient;
  actor: Actor;
  input: I;
  now?: Date;
}

/**
 * The provider records its meeting with the service and the school (DOMAIN.md: needed
 * before a provider's request can be submitted). It may be corrected until submission.
 */
export async function recordWithdrawalMeeting(
  options: Options<{ requestId: string; heldOn: string; attendees: string }>,
) {
  const { db, actor, input, now = new Date() } = options;
  const { requestId, heldOn, attendees } = input;
  if (heldOn > ukToday(now)) {
    throw AppError.invalid("heldOn", "The date of the meeting must be today or in the past");
  }

  await db.$transaction(async (tx) => {
    const request = await findWithdrawalInScope(tx, actor, requestId, {});
    assertRequester(actor, request);
    if (request.requestedBy !== "PROVIDER") {
      throw new AppError("CONFLICT", "Only a provider's request records this meeting");
    }
    assertStatus(request, "DRAFT");
    await moveStatus(
      tx,
      request,
      { meetingHeldOn: toDateOnly(heldOn), meetingAttendees: attendees, meetingRecordedAt: now },
      "This request has just been submitted, so the meeting can no longer be changed",
    );
    await recordAudit(tx, actor, {
      action: "withdrawal.recordMeeting",
      recordType: "WithdrawalRequest",
      recordId: requestId,
    });
  });
  return { requestId };
}

/**
 * Sends the request to the service admin, whose 5 working days start now. A provider's
 * request needs its meeting recorded first.
 */
export async function submitWithdrawal(options: Options<{ requestId: string }>) {
  const { db, actor, input, now = new Date() } = options;
  const dueOn = dueOnAfter(now, WITHDRAWAL_WORKING_DAYS);

  const request = await db.$transaction(async (tx) => {
    const found = await findWithdrawalInScope(tx, actor, input.requestId, { placements: true });
    assertRequester(actor, found);
    assertStatus(found, "DRAFT");
    // A change of day may have been proposed while this was a draft.
    await assertNoOpenChange(
      tx,
      found.placements.map((item) => item.placementId),
      (message) => new AppError("CONFLICT", message),
    );
    // A draft may outlive its placement: the other party's request was processed meanwhile.
    const ended = await tx.placement.count({
      where: {
        id: { in: found.placements.map((item) => item.placementId) },
        status: { not: "ACTIVE" },
      },
    });
    if (ended > 0) {
      throw new AppError(
        "CONFLICT",
        "A placement in this request has ended or been withdrawn since the draft was saved, " +
          "so there is nothing left to withdraw. Withdraw the draft instead",
      );
    }
    if (found.requestedBy === "PROVIDER" && !found.meetingHeldOn) {
      throw AppError.invalid(
        "meetingHeldOn",
        "Record the meeting with the service and the school before submitting the request",
      );
    }
    await moveStatus(
      tx,
      found,
      { status: "SUBMITTED", submittedAt: now, dueOn: toDateOnly(dueOn) },
      "This request has just been submitted by someone else",
    );
    await takeSlots(tx, actor, found);
    await recordAudit(tx, actor, {
      action: "withdrawal.submit",
      recordType: "WithdrawalRequest",
      recordId: found.id,
      detail: { dueOn },
    });
    return found;
  });

  await notifyServiceRoles(db, ["SERVICE_ADMIN"], {
    kind: "withdrawal.submitted",
    title: `Withdrawal request ${request.reference} to process`,
    body: `Process it by ${formatDate(dueOn)} (5 working days).`,
    link: `/withdrawals/${request.id}`,
  });
  return { requestId: request.id, dueOn };
}

type Tx = Prisma.TransactionClient;

/**
 * A submitted request holds its placements' open slots (ADR 0013); a draft holds none, so
 * the other party's draft never blocks a request it cannot see. The first submitted wins:
 * the second is told here, naming the other request only if the actor may open it, and the
 * unique column holds if both submit at once (the loser gets init.ts's CONFLICT message).
 */
async function takeSlots(
  tx: Tx,
  actor: Actor,
  request: { id: string; placements: { id: string; placementId: string }[] },
) {
  const placementIds = request.placements.map((item) => item.placementId);
  const holder = await tx.withdrawalPlacement.findFirst({
    where: { openPlacementId: { in: placementIds }, requestId: { not: request.id } },
    select: { requestId: true },
  });
  if (holder) {
    const visible = await tx.withdrawalRequest.findFirst({
      where: { AND: [{ id: holder.requestId }, withdrawalScope(actor)] },
      select: { reference: true },
    });
    throw new AppError(
      "CONFLICT",
      `${visible ? `The withdrawal request ${visible.reference}` : "Another withdrawal request"} ` +
        "for this placement is already waiting to be processed: this request cannot be " +
        "submitted while it is open",
    );
  }
  for (const item of request.placements) {
    await tx.withdrawalPlacement.update({
      where: { id: item.id },
      data: { openPlacementId: item.placementId },
    });
  }
}

/** The requester takes back a request not yet processed; its placements are free again. */
export async function withdrawWithdrawalRequest(options: Options<{ requestId: string }>) {
  const { db, actor, input, now = new Date() } = options;

  await db.$transaction(async (tx) => {
    const request = await findWithdrawalInScope(tx, actor, input.requestId, {});
    assertRequester(actor, request);
    if (request.status !== "DRAFT" && request.status !== "SUBMITTED") {
      throw new AppError("CONFLICT", "This request is closed, so it cannot be withdrawn");
    }
    await moveStatus(
      tx,
      request,
      { status: "WITHDRAWN", closedAt: now, closedById: actor.userId },
      "This request has just been processed or closed by someone else",
    );
    await releaseSlots(tx, request.id);
    await recordAudit(tx, actor, {
      action: "withdrawal.withdraw",
      recordType: "WithdrawalRequest",
      recordId: request.id,
    });
  });
  return { requestId: input.requestId };
}
