import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient, QualityReview } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import type { addObservationSchema, recordVisitSchema } from "@/lib/schemas/quality-review";
import { assertKind, assertStatus, findReviewInScope, moveStatus } from "./review-access";
import { outsideReviewYear } from "./review-dates";

interface Options<I> {
  db: PrismaClient;
  actor: Actor;
  input: I;
  now?: Date;
}

const VISITS: QualityReview["kind"][] = ["QR2", "FOLLOW_UP"];
const NOT_A_VISIT = "Only the site visit and the follow-up record a visit";

/**
 * What the officer found at the site visit or follow-up: when, who visited, what learners
 * said, the safeguarding and site spot-checks. It may be corrected until feedback is given.
 */
export async function recordVisit(options: Options<z.output<typeof recordVisitSchema>>) {
  const { db, actor, input, now = new Date() } = options;
  const { reviewId, visitedOn } = input;
  assertNotFuture("visitedOn", visitedOn, "The date of the visit", now);

  await db.$transaction(async (tx) => {
    const review = await findReviewInScope(tx, actor, reviewId, { reviewYear: true });
    assertKind(review, VISITS, NOT_A_VISIT);
    assertStatus(review, "OPEN");
    assertInYear("visitedOn", visitedOn, review.reviewYear.startYear);
    await moveStatus(
      tx,
      review,
      {
        visitedOn: toDateOnly(visitedOn),
        visitors: input.visitors,
        learnerVoice: input.learnerVoice ?? null,
        safeguardingSpotCheck: input.safeguardingSpotCheck ?? null,
        siteSpotCheck: input.siteSpotCheck ?? null,
      },
      "Feedback has just been given on this review",
    );
    await recordAudit(tx, actor, {
      action: "review.recordVisit",
      recordType: "QualityReview",
      recordId: review.id,
    });
  });
  return { reviewId };
}

/** One lesson observed at the visit: added one at a time, while the review is open. */
export async function addObservation(options: Options<z.output<typeof addObservationSchema>>) {
  const { db, actor, input, now = new Date() } = options;
  const { reviewId, ...observation } = input;
  assertNotFuture("observedOn", observation.observedOn, "The date of the observation", now);

  return db.$transaction(async (tx) => {
    const review = await findReviewInScope(tx, actor, reviewId, { reviewYear: true });
    assertKind(review, VISITS, "Lessons are observed at the site visit and the follow-up");
    assertStatus(review, "OPEN");
    assertInYear("observedOn", observation.observedOn, review.reviewYear.startYear);
    const created = await tx.lessonObservation.create({
      data: {
        ...observation,
        reviewId,
        observedOn: toDateOnly(observation.observedOn),
        recordedById: actor.userId,
        recordedAt: now,
      },
    });
    await moveStatus(tx, review, { status: "OPEN" }, "Feedback has just been given");
    await recordAudit(tx, actor, {
      action: "review.addObservation",
      recordType: "LessonObservation",
      recordId: created.id,
      detail: { reviewId },
    });
    return { observationId: created.id };
  });
}

function assertNotFuture(field: string, date: string, what: string, now: Date) {
  if (date > ukToday(now)) {
    throw AppError.invalid(field, `${what} must be today or in the past`);
  }
}

function assertInYear(field: string, date: string, startYear: number) {
  const problem = outsideReviewYear(date, startYear);
  if (problem) {
    throw AppError.invalid(field, problem);
  }
}
