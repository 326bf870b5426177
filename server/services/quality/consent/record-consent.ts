import { formatDate, ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import type { RecordConsentInput, WithdrawConsentInput } from "@/lib/schemas/consent";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope, studentScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
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

type Tx = Prisma.TransactionClient;

/** Whom a consent is for, as the provider knows them: its student, or staff by name. */
interface Person {
  field: "studentId" | "personName";
  name: string;
  where: Prisma.MediaConsentWhereInput;
  lockKey: string;
}

async function personFor(tx: Tx, actor: Actor, input: RecordConsentInput): Promise<Person> {
  const providerId = actor.organisationId;
  if (input.subject === "STUDENT") {
    const student = await tx.student.findFirst({
      where: { AND: [{ id: input.studentId }, studentScope(actor)] },
      select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true },
    });
    if (!student) {
      throw AppError.notFound("Student");
    }
    const first = student.preferredName || student.legalFirstName;
    return {
      field: "studentId",
      name: `${first} ${student.legalLastName}`,
      where: { providerId, studentId: student.id },
      lockKey: `consent:${providerId}:student:${student.id}`,
    };
  }
  const name = input.personName ?? "";
  return {
    field: "personName",
    name,
    // The same member of staff however their name was capitalised.
    where: { providerId, subject: "STAFF", personName: { equals: name, mode: "insensitive" } },
    lockKey: `consent:${providerId}:staff:${name.toLowerCase()}`,
  };
}

/**
 * One current consent per person at a provider: a second would leave "yes" and "no" both in
 * force. The lock serialises two records for the same person until commit, so both cannot
 * pass this check (a partial unique index would need SQL that prisma/schema.prisma cannot
 * express, and the drift check would flag it).
 */
async function refuseWhileCurrent(tx: Tx, person: Person) {
  await tx.$queryRaw`SELECT 1 AS locked
    FROM (SELECT pg_advisory_xact_lock(hashtext(${person.lockKey}))) AS l`;
  const current = await tx.mediaConsent.findFirst({
    where: { ...person.where, withdrawnOn: null },
    select: { recordedAt: true, recordedBy: { select: { name: true } } },
  });
  if (current) {
    throw AppError.invalid(
      person.field,
      `${person.name} already has current consent, recorded by ${current.recordedBy.name} ` +
        `on ${formatDate(current.recordedAt)}. Withdraw it first, then record the new one`,
    );
  }
}

/**
 * Records photo and video consent for a student referred to or placed with the provider
 * (any other student answers NOT_FOUND, as if there were none) or for one of its staff,
 * unless that person's current consent has not been withdrawn (ADR 0018).
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
    const person = await personFor(tx, actor, input);
    await refuseWhileCurrent(tx, person);
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
