import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { AlertMethod, Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import type { concernDecisionSchema } from "@/lib/schemas/concern";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { assertActsForRaisingOrganisation, assertOpen, findConcernInScope } from "./concern-access";

interface StepOptions<T> {
  db: PrismaClient;
  actor: Actor;
  input: T;
  now?: Date;
}

type AlertInput = { concernId: string; alertedAt: Date; method: AlertMethod; alertedWhom: string };

/**
 * The raising organisation's DSL records when and how they alerted the student's school DSL.
 * The school DSLs get an in-app alert to acknowledge; unread, it escalates
 * (escalate-unread-alerts.ts).
 */
export async function recordSchoolAlert({
  db,
  actor,
  input,
  now = new Date(),
}: StepOptions<AlertInput>) {
  const { concernId, alertedAt, method, alertedWhom } = input;
  if (alertedAt > now) {
    throw AppError.invalid("alertedAt", "When the school DSL was alerted must be in the past");
  }

  const { concern, alert } = await db.$transaction(async (tx) => {
    const concern = await findConcernInScope(tx, actor, concernId, {});
    assertActsForRaisingOrganisation(actor, concern);
    assertOpen(concern);
    if (alertedAt < concern.occurredAt) {
      throw AppError.invalid(
        "alertedAt",
        "When the school DSL was alerted must be after the concern happened",
      );
    }

    const alert = await tx.schoolDslAlert.create({
      data: {
        concernId,
        alertedAt,
        method,
        alertedWhom,
        recordedById: actor.userId,
        recordedAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "concern.schoolAlert.record",
      recordType: "Concern",
      recordId: concernId,
      detail: { alertId: alert.id, method },
    });
    return { concern, alert };
  });

  await notifyOrganisation(
    db,
    concern.schoolId,
    {
      kind: "concern.schoolAlert",
      title: `Safeguarding alert ${concern.reference}`,
      body:
        "A provider DSL has alerted you to a concern about one of your students. " +
        "Open it to acknowledge that you have read it.",
      link: `/concerns/${concern.id}`,
    },
    ["SCHOOL_DSL"],
  );
  return { id: alert.id };
}

type DecisionInput = z.output<typeof concernDecisionSchema>;

/**
 * The raising organisation's DSL decides what happens next. Every decision carries its
 * rationale, the decision not to refer included; each outcome's own details are required by
 * the schema and checked against today's date here.
 */
export async function decideConcern({
  db,
  actor,
  input,
  now = new Date(),
}: StepOptions<DecisionInput>) {
  assertDecisionDates(input, ukToday(now));

  return db.$transaction(async (tx) => {
    const concern = await findConcernInScope(tx, actor, input.concernId, {});
    assertActsForRaisingOrganisation(actor, concern);
    assertOpen(concern);

    const decision = await tx.concernDecision.create({
      data: { ...decisionData(input, actor), decidedAt: now },
    });
    await tx.concern.update({
      where: { id: concern.id },
      data: { status: "DECIDED", ...(input.riskLevel ? { riskLevel: input.riskLevel } : {}) },
    });
    await recordAudit(tx, actor, {
      action: "concern.decide",
      recordType: "Concern",
      recordId: concern.id,
      detail: { decisionId: decision.id, outcome: input.outcome, riskLevel: input.riskLevel },
    });
    return { id: decision.id, outcome: decision.outcome };
  });
}

function assertDecisionDates(input: DecisionInput, today: string): void {
  if (input.outcome === "MONITOR" && input.reviewDate <= today) {
    throw AppError.invalid("reviewDate", "The review date must be in the future");
  }
  if ("referredOn" in input && input.referredOn > today) {
    throw AppError.invalid("referredOn", "The date of the referral must be today or in the past");
  }
}

function decisionData(
  input: DecisionInput,
  actor: Actor,
): Prisma.ConcernDecisionUncheckedCreateInput {
  const { concernId, outcome, rationale, riskLevel } = input;
  const base = { concernId, outcome, rationale, riskLevel, decidedById: actor.userId };
  switch (input.outcome) {
    case "MONITOR":
      return { ...base, reviewDate: toDateOnly(input.reviewDate) };
    case "MASH_REFERRAL":
      return {
        ...base,
        referredOn: toDateOnly(input.referredOn),
        reference: input.reference,
        referralOutcome: input.referralOutcome,
      };
    case "POLICE":
      return { ...base, referredOn: toDateOnly(input.referredOn), reference: input.reference };
    case "PREVENT":
    case "LADO":
      return { ...base, referredOn: toDateOnly(input.referredOn) };
    case "NO_FURTHER_ACTION":
      return base;
  }
}

/** The school DSL's read receipt for the alerts about one of their students. */
export async function acknowledgeAlert({
  db,
  actor,
  input,
  now = new Date(),
}: StepOptions<{ concernId: string }>) {
  const { concernId } = input;

  return db.$transaction(async (tx) => {
    const concern = await findConcernInScope(tx, actor, concernId, { schoolAlerts: true });
    if (concern.schoolId !== actor.organisationId) {
      throw new AppError("FORBIDDEN", "Only a DSL of the student's school acknowledges its alert");
    }
    if (concern.schoolAlerts.length === 0) {
      throw new AppError("CONFLICT", "No alert has been sent to your school for this concern");
    }

    // Acknowledging twice is harmless: only unread alerts change, the first receipt stays.
    const read = await tx.schoolDslAlert.updateMany({
      where: { concernId, readAt: null },
      data: { readAt: now, readById: actor.userId },
    });
    if (read.count > 0) {
      await recordAudit(tx, actor, {
        action: "concern.schoolAlert.acknowledge",
        recordType: "Concern",
        recordId: concernId,
        detail: { alerts: read.count },
      });
    }
    return { acknowledged: read.count };
  });
}
