import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import type { RecordConsentInput, WithdrawConsentInput } from "@/lib/schemas/consent";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope, studentScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

interface Options<I> {
  db: PrismaClient;
  actor: Actor;
  input: I;
  now?: Date;
}

function notInFuture(field: string, value: string, now: Date, what: string): Date {
  if (value > ukToday(now)) {
    throw AppError.invalid(field, `The date ${what} must be today or in the past`);
  }
  return toDateOnly(value);
}

/**
 * Records photo and video consent for a student referred to or placed with the provider
 * (any other student answers NOT_FOUND, as if there were none) or for one of its staff.
 */
export async function recordConsent({
  db,
  actor,
  input,
  now = new Date(),
}: Options<RecordConsentInput>) {
  const { subject, studentId, personName, photo, video, givenBy, relationship, givenOn } = input;
  const given = notInFuture("givenOn", givenOn, now, "consent was given");

  return db.$transaction(async (tx) => {
    if (subject === "STUDENT") {
      const student = await tx.student.findFirst({
        where: { AND: [{ id: studentId }, studentScope(actor)] },
        select: { id: true },
      });
      if (!student) {
        throw AppError.notFound("Student");
      }
    }
    const consent = await tx.mediaConsent.create({
      data: {
        providerId: actor.organisationId,
        subject,
        studentId: subject === "STUDENT" ? studentId : null,
        personName: subject === "STAFF" ? personName : null,
        photo: photo === "YES",
        video: video === "YES",
        givenBy,
        relationship: subject === "STUDENT" ? (relationship ?? null) : null,
        givenOn: given,
        recordedById: actor.userId,
        recordedAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "consent.record",
      recordType: "MediaConsent",
      recordId: consent.id,
      detail: { subject, photo: consent.photo, video: consent.video },
    });
    return { id: consent.id };
  });
}

/** Consent is withdrawn, never deleted: the record shows it held until that date. */
export async function withdrawConsent({
  db,
  actor,
  input,
  now = new Date(),
}: Options<WithdrawConsentInput>) {
  const { consentId, withdrawnOn, reason } = input;
  const withdrawn = notInFuture("withdrawnOn", withdrawnOn, now, "consent was withdrawn");

  return db.$transaction(async (tx) => {
    const consent = await tx.mediaConsent.findFirst({
      where: { id: consentId, ...qualityProviderScope(actor) },
    });
    if (!consent) {
      throw AppError.notFound("Consent record");
    }
    if (withdrawn < consent.givenOn) {
      throw AppError.invalid("withdrawnOn", "Consent cannot be withdrawn before it was given");
    }
    const updated = await tx.mediaConsent.updateMany({
      where: { id: consent.id, withdrawnOn: null },
      data: { withdrawnOn: withdrawn, withdrawnReason: reason },
    });
    if (updated.count !== 1) {
      throw new AppError("CONFLICT", "This consent has already been withdrawn");
    }
    await recordAudit(tx, actor, {
      action: "consent.withdraw",
      recordType: "MediaConsent",
      recordId: consent.id,
    });
    return { id: consent.id };
  });
}
