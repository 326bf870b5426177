import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import type {
  allegationEntrySchema,
  allegationOutcomeSchema,
  allegationThresholdsSchema,
  ladoContactSchema,
} from "@/lib/schemas/allegation";
import { allegationAccess, assertOpen, findAllegationInScope } from "./allegation-access";

interface StepOptions<S extends z.ZodType> {
  db: PrismaClient;
  actor: Actor;
  input: z.output<S>;
  now?: Date;
}

/**
 * Further information from the reporter or the lead. Only ever appended: each addition keeps
 * who made it and when, and nothing edits the report away.
 */
export async function addAllegationEntry(options: StepOptions<typeof allegationEntrySchema>) {
  const { db, actor, input } = options;
  const { allegationId, text } = input;

  return db.$transaction(async (tx) => {
    const allegation = await findAllegationInScope(tx, actor, allegationId, {});
    assertOpen(allegation);

    const entry = await tx.allegationEntry.create({
      data: {
        allegationId,
        text,
        authorId: actor.userId,
        authorOrganisationId: actor.organisationId,
      },
    });
    await recordAudit(tx, actor, {
      action: "allegation.entry.add",
      recordType: "Allegation",
      recordId: allegationId,
      detail: { entryId: entry.id },
    });
    return { id: entry.id, createdAt: entry.createdAt };
  });
}

/**
 * The permission table already keeps these steps to the lead; this holds the rule again where
 * the record is, so a future role given the action still cannot act on an allegation it may
 * only read back as its reporter.
 */
function assertLead(actor: Actor, allegation: { reportedById: string }): void {
  if (allegationAccess(actor, allegation) !== "LEAD") {
    throw new AppError("FORBIDDEN", "Only the service lead can do that");
  }
}

function assertNotFuture(field: string, value: string, what: string): void {
  if (value > ukToday()) {
    throw AppError.invalid(field, `${what} must be today or in the past`);
  }
}

/** The lead's judgement against the four thresholds; a later one stands beside it. */
export async function recordThresholds(options: StepOptions<typeof allegationThresholdsSchema>) {
  const { db, actor, input } = options;
  const { allegationId, harmedChild, criminalOffence, riskOfHarm, unsuitable, ...notes } = input;

  return db.$transaction(async (tx) => {
    const allegation = await findAllegationInScope(tx, actor, allegationId, {});
    assertLead(actor, allegation);
    assertOpen(allegation);

    const judged = {
      harmedChild: harmedChild === "MET",
      criminalOffence: criminalOffence === "MET",
      riskOfHarm: riskOfHarm === "MET",
      unsuitable: unsuitable === "MET",
    };
    const assessment = await tx.allegationAssessment.create({
      data: { allegationId, ...judged, ...notes, recordedById: actor.userId },
    });
    await recordAudit(tx, actor, {
      action: "allegation.thresholds.record",
      recordType: "Allegation",
      recordId: allegationId,
      detail: { assessmentId: assessment.id, ...judged },
    });
    return { id: assessment.id };
  });
}

/** A consultation with the LADO: when, with whom, their reference and advice. */
export async function recordLadoContact(options: StepOptions<typeof ladoContactSchema>) {
  const { db, actor, input } = options;
  const { allegationId, consultedOn, ladoName, reference, advice } = input;
  assertNotFuture("consultedOn", consultedOn, "The date of the consultation");

  return db.$transaction(async (tx) => {
    const allegation = await findAllegationInScope(tx, actor, allegationId, {});
    assertLead(actor, allegation);
    assertOpen(allegation);

    const consultation = await tx.ladoConsultation.create({
      data: {
        allegationId,
        consultedOn: toDateOnly(consultedOn),
        ladoName,
        reference,
        advice,
        recordedById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "allegation.ladoContact.record",
      recordType: "Allegation",
      recordId: allegationId,
      detail: { consultationId: consultation.id },
    });
    return { id: consultation.id };
  });
}

/** The outcome closes the allegation. It is recorded once and never changed. */
export async function recordOutcome(options: StepOptions<typeof allegationOutcomeSchema>) {
  const { db, actor, input, now = new Date() } = options;
  const { allegationId, outcome, outcomeOn, rationale } = input;
  assertNotFuture("outcomeOn", outcomeOn, "The date of the outcome");

  return db.$transaction(async (tx) => {
    const allegation = await findAllegationInScope(tx, actor, allegationId, {});
    assertLead(actor, allegation);
    assertOpen(allegation);

    // The status guard makes a second, simultaneous outcome update nothing.
    const closed = await tx.allegation.updateMany({
      where: { id: allegationId, status: "OPEN" },
      data: {
        status: "CLOSED",
        outcome,
        outcomeOn: toDateOnly(outcomeOn),
        outcomeRationale: rationale,
        outcomeRecordedById: actor.userId,
        closedAt: now,
      },
    });
    if (closed.count === 0) {
      assertOpen({ status: "CLOSED" });
    }
    await recordAudit(tx, actor, {
      action: "allegation.outcome.record",
      recordType: "Allegation",
      recordId: allegationId,
      detail: { outcome },
    });
    return { id: allegationId, outcome };
  });
}
