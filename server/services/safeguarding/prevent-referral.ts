import type { z } from "zod";
import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import { CONCERN_CATEGORY_LABEL, type ConcernCategoryValue } from "@/lib/schemas/concern";
import type { preventFormSchema, preventOutcomeSchema } from "@/lib/schemas/prevent";
import { SEN_LABEL } from "@/lib/schemas/student";
import { recordAudit } from "@/server/audit/record-audit";
import { ROLE_LABEL, type Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { assertOpen } from "./concern-access";
import { findConcernToReferOn } from "./onward-access";

type Tx = Prisma.TransactionClient;

interface Options<T> {
  db: PrismaClient;
  actor: Actor;
  input: T;
  now?: Date;
}

const PREFILL_INCLUDE = {
  student: { include: { homeSchool: { select: { name: true } } } },
} satisfies Prisma.ConcernInclude;

type ConcernForPrefill = Prisma.ConcernGetPayload<{ include: typeof PREFILL_INCLUDE }>;

/** The concern's categories and text, as the form's "concerns" section starts. */
function concernsText(concern: ConcernForPrefill): string {
  const categories = concern.categories
    .map((category) => CONCERN_CATEGORY_LABEL[category as ConcernCategoryValue])
    .join(", ");
  const parts = [`Categories: ${categories}.`, concern.whatWasSeenOrHeard];
  if (concern.disclosure) {
    parts.push(`In the young person's own words: "${concern.disclosure}"`);
  }
  return parts.join("\n\n");
}

/** Needs the Prevent team should know of: SEN, plans, mental health and self-harm. */
function complexNeedsText(concern: ConcernForPrefill): string {
  const { student, categories } = concern;
  const needs: string[] = [];
  if (student.senStatus !== "NONE") {
    needs.push(SEN_LABEL[student.senStatus]);
  }
  if (student.lookedAfter) {
    needs.push("Looked-after child");
  }
  if (student.childProtectionPlan) {
    needs.push("Child protection plan");
  }
  if (student.childInNeedPlan) {
    needs.push("Child in need plan");
  }
  if (categories.includes("MENTAL_HEALTH")) {
    needs.push("This concern records worries about their mental health");
  }
  if (categories.includes("SELF_HARM")) {
    needs.push("This concern records self-harm");
  }
  return needs.join("\n");
}

/**
 * Starts the concern's Prevent referral, prefilled from the student, the concern and the
 * DSL making it; the DSL edits it before sending. One per concern.
 */
export async function startPreventReferral({
  db,
  actor,
  input,
  now = new Date(),
}: Options<{ concernId: string }>) {
  const { concernId } = input;

  return db.$transaction(async (tx) => {
    const concern = await findConcernToReferOn(tx, actor, concernId, PREFILL_INCLUDE);
    assertOpen(concern);
    if (await tx.preventReferral.findUnique({ where: { concernId } })) {
      throw new AppError("CONFLICT", "This concern already has a Prevent referral");
    }
    const referrer = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      include: { organisation: { select: { name: true, phone: true } } },
    });
    const { student } = concern;

    const referral = await tx.preventReferral.create({
      data: {
        concernId,
        individualName: `${student.legalFirstName} ${student.legalLastName}`,
        individualDateOfBirth: student.dateOfBirth,
        individualSchool: student.homeSchool.name,
        individualYearGroup: student.yearGroup,
        individualSenStatus: student.senStatus,
        individualLookedAfter: student.lookedAfter,
        referrerName: referrer.name,
        referrerRole: actor.roles.map((role) => ROLE_LABEL[role]).join(", "),
        referrerOrganisation: referrer.organisation.name,
        referrerEmail: referrer.email,
        referrerPhone: referrer.organisation.phone,
        concerns: concernsText(concern),
        complexNeeds: complexNeedsText(concern) || null,
        createdById: actor.userId,
        createdAt: now,
        updatedById: actor.userId,
        updatedAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "prevent.start",
      recordType: "Concern",
      recordId: concernId,
      detail: { preventReferralId: referral.id },
    });
    return { id: referral.id };
  });
}

async function findReferral(tx: Tx, concernId: string) {
  const referral = await tx.preventReferral.findUnique({ where: { concernId } });
  if (!referral) {
    throw AppError.notFound("Prevent referral");
  }
  return referral;
}

/** The concern's Prevent referral (null before one is started); a read is audited. */
export async function getPreventReferral({ db, actor, input }: Options<{ concernId: string }>) {
  const { concernId } = input;

  return db.$transaction(async (tx) => {
    const concern = await findConcernToReferOn(tx, actor, concernId, {});
    const referral = await tx.preventReferral.findUnique({ where: { concernId } });
    if (referral) {
      await recordAudit(tx, actor, {
        action: "prevent.read",
        recordType: "PreventReferral",
        recordId: referral.id,
        detail: { concernId, studentId: concern.studentId },
      });
    }
    const ids = [referral?.sentRecordedById ?? null, referral?.outcomeRecordedById ?? null];
    const users = await tx.user.findMany({
      where: { id: { in: ids.filter((id): id is string => Boolean(id)) } },
      select: { id: true, name: true },
    });
    const nameOf = (id: string | null | undefined) =>
      users.find((user) => user.id === id)?.name ?? null;
    return {
      concern: { id: concern.id, reference: concern.reference, status: concern.status },
      referral: referral && {
        ...referral,
        sentRecordedBy: nameOf(referral.sentRecordedById),
        outcomeRecordedBy: nameOf(referral.outcomeRecordedById),
      },
    };
  });
}

/** The DSL's edits to the form, until it is sent; what was sent is then kept as it was. */
export async function updatePreventReferral({
  db,
  actor,
  input,
  now = new Date(),
}: Options<z.output<typeof preventFormSchema>>) {
  const { concernId, individualDateOfBirth, individualLookedAfter, ...fields } = input;
  if (individualDateOfBirth > ukToday(now)) {
    throw AppError.invalid("individualDateOfBirth", "The date of birth must be in the past");
  }

  return db.$transaction(async (tx) => {
    const concern = await findConcernToReferOn(tx, actor, concernId, {});
    assertOpen(concern);
    const referral = await findReferral(tx, concernId);
    if (referral.sentOn) {
      throw new AppError("CONFLICT", "This referral has been sent; it can no longer be changed");
    }

    await tx.preventReferral.update({
      where: { id: referral.id },
      data: {
        ...fields,
        referrerPhone: fields.referrerPhone ?? null,
        complexNeeds: fields.complexNeeds ?? null,
        otherInformation: fields.otherInformation ?? null,
        individualDateOfBirth: toDateOnly(individualDateOfBirth),
        individualLookedAfter: individualLookedAfter === "YES",
        updatedById: actor.userId,
        updatedAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "prevent.update",
      recordType: "PreventReferral",
      recordId: referral.id,
      detail: { concernId },
    });
    return { id: referral.id };
  });
}

/** Records the day the referral went to the Prevent team; the form is fixed from then on. */
export async function markPreventReferralSent({
  db,
  actor,
  input,
  now = new Date(),
}: Options<{ concernId: string; sentOn: string }>) {
  const { concernId, sentOn } = input;
  if (sentOn > ukToday(now)) {
    throw AppError.invalid("sentOn", "The date it was sent must be today or in the past");
  }

  return db.$transaction(async (tx) => {
    await findConcernToReferOn(tx, actor, concernId, {});
    const referral = await findReferral(tx, concernId);
    if (sentOn < ukToday(referral.createdAt)) {
      throw AppError.invalid("sentOn", "The date it was sent must be after it was started");
    }
    const marked = await tx.preventReferral.updateMany({
      where: { id: referral.id, sentOn: null },
      data: { sentOn: toDateOnly(sentOn), sentRecordedById: actor.userId, sentRecordedAt: now },
    });
    if (marked.count === 0) {
      throw new AppError("CONFLICT", "This referral is already recorded as sent");
    }
    await recordAudit(tx, actor, {
      action: "prevent.markSent",
      recordType: "PreventReferral",
      recordId: referral.id,
      detail: { concernId, sentOn },
    });
    return { id: referral.id, sentOn };
  });
}

/** The Prevent team's answer, recorded once the referral has been sent. */
export async function recordPreventOutcome({
  db,
  actor,
  input,
  now = new Date(),
}: Options<z.output<typeof preventOutcomeSchema>>) {
  const { concernId, outcome, outcomeNotes } = input;

  return db.$transaction(async (tx) => {
    await findConcernToReferOn(tx, actor, concernId, {});
    const referral = await findReferral(tx, concernId);
    if (!referral.sentOn) {
      throw new AppError("CONFLICT", "Record when the referral was sent before its outcome");
    }
    const recorded = await tx.preventReferral.updateMany({
      where: { id: referral.id, outcome: null },
      data: { outcome, outcomeNotes, outcomeRecordedById: actor.userId, outcomeRecordedAt: now },
    });
    if (recorded.count === 0) {
      throw new AppError("CONFLICT", "The outcome of this referral is already recorded");
    }
    await recordAudit(tx, actor, {
      action: "prevent.recordOutcome",
      recordType: "PreventReferral",
      recordId: referral.id,
      detail: { concernId, outcome },
    });
    return { id: referral.id, outcome };
  });
}
