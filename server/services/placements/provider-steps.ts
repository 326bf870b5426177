import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PaperworkKind, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import { assertAwaitingResponse, findReferralInScope } from "./referral-access";

interface StepOptions<T> {
  db: PrismaClient;
  actor: Actor;
  input: T;
  now?: Date;
}

/** The provider marks one piece of paperwork received (or not yet received, to correct a slip). */
export async function markPaperwork({
  db,
  actor,
  input,
  now = new Date(),
}: StepOptions<{ referralId: string; kind: PaperworkKind; received: boolean }>) {
  const { referralId, kind, received } = input;

  return db.$transaction(async (tx) => {
    const referral = await findReferralInScope(tx, actor, referralId, {});
    assertAwaitingResponse(referral.status);

    const item = await tx.paperworkItem.update({
      where: { referralId_kind: { referralId, kind } },
      data: received
        ? { receivedAt: now, receivedById: actor.userId }
        : { receivedAt: null, receivedById: null },
    });
    await recordAudit(tx, actor, {
      action: received ? "referral.paperwork.received" : "referral.paperwork.unreceived",
      recordType: "Referral",
      recordId: referralId,
      detail: { kind },
    });
    return { kind: item.kind, receivedAt: item.receivedAt };
  });
}

/** The provider records the interview with the student. Recording again replaces the record. */
export async function recordInterview({
  db,
  actor,
  input,
  now = new Date(),
}: StepOptions<{ referralId: string; heldOn: string; attendees: string; notes: string }>) {
  const { referralId, heldOn, attendees, notes } = input;
  if (heldOn > ukToday(now)) {
    throw AppError.invalid("heldOn", "The date of the interview must be today or in the past");
  }

  return db.$transaction(async (tx) => {
    const referral = await findReferralInScope(tx, actor, referralId, { interview: true });
    assertAwaitingResponse(referral.status);
    if (heldOn < ukToday(referral.createdAt)) {
      throw AppError.invalid(
        "heldOn",
        "The date of the interview must be on or after the referral",
      );
    }

    const fields = {
      heldOn: toDateOnly(heldOn),
      attendees,
      notes,
      recordedById: actor.userId,
      recordedAt: now,
    };
    const previous = referral.interview;
    if (previous) {
      // A correction keeps the record it replaces.
      const { id, referralId: _referral, ...was } = previous;
      await tx.interviewRevision.create({
        data: { interviewId: id, ...was, replacedById: actor.userId, replacedAt: now },
      });
    }
    const interview = previous
      ? await tx.interview.update({ where: { id: previous.id }, data: fields })
      : await tx.interview.create({ data: { referralId, ...fields } });
    await recordAudit(tx, actor, {
      action: "referral.interview.record",
      recordType: "Referral",
      recordId: referralId,
    });
    return { id: interview.id };
  });
}
