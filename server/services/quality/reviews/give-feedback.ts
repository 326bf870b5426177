import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type {
  Prisma,
  PrismaClient,
  QualityReview,
  ReviewRequirement,
} from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { formatDate, ukToday } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import {
  dueTooLate,
  REVIEW_KIND_LABEL,
  type giveFeedbackSchema,
} from "@/lib/schemas/quality-review";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { nextReference } from "@/server/services/references/next-reference";
import {
  findReviewInScope,
  moveStatus,
  openActionsOfYear,
  PROVIDER_RECIPIENTS,
} from "./review-access";

type Tx = Prisma.TransactionClient;
type Input = z.output<typeof giveFeedbackSchema>;
type ActionRow = Input["actions"][number];

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: Input;
  now?: Date;
}

/**
 * The officer's feedback: a summary and the actions to be completed, written together in
 * one transaction (each action with its QA reference), after which the review is complete
 * and read-only. Quality Review 1 needs every requirement marked, and every requirement
 * marked partly met or not met needs an action answering it: the refusal names those that
 * lack one; a visit needs what was found there recorded first
 * (docs/decisions/0014-quality-reviews.md). The provider hears after commit.
 */
export async function giveFeedback({ db, actor, input, now = new Date() }: Options) {
  const { reviewId, summary, actions } = input;
  assertDueDates(actions, now);

  const review = await db.$transaction(async (tx) => {
    const found = await findReviewInScope(tx, actor, reviewId, {
      items: { orderBy: { position: "asc" } },
    });
    assertReady(found);
    await assertVisitComplete(tx, found);
    assertActionsCover(found.items, actions);
    await moveStatus(
      tx,
      found,
      {
        status: "FEEDBACK_GIVEN",
        feedbackSummary: summary,
        feedbackAt: now,
        feedbackById: actor.userId,
      },
      "Feedback has just been given on this review by someone else",
    );
    const references = await createActions(tx, actor, found, actions);
    await recordAudit(tx, actor, {
      action: "review.giveFeedback",
      recordType: "QualityReview",
      recordId: found.id,
      detail: { actions: references },
    });
    return found;
  });

  await notifyOrganisation(
    db,
    review.providerId,
    {
      kind: "review.feedback",
      title: `Feedback on ${REVIEW_KIND_LABEL[review.kind]} ${review.reference}`,
      body:
        actions.length === 0
          ? "The review is complete, with no actions to complete."
          : `The review is complete, with ${actions.length} ` +
            `${actions.length === 1 ? "action" : "actions"} to complete.`,
      link: `/quality/reviews/${review.id}`,
    },
    [...PROVIDER_RECIPIENTS],
  );
  return { reviewId: review.id };
}

function assertDueDates(actions: ActionRow[], now: Date) {
  const today = ukToday(now);
  actions.forEach((action, index) => {
    if (action.dueOn < today) {
      throw AppError.invalid(
        `actions.${index}.dueOn`,
        `The date the action is due must be today or later (${formatDate(today)})`,
      );
    }
    const tooLate = dueTooLate(action.dueOn, today);
    if (tooLate) {
      throw AppError.invalid(`actions.${index}.dueOn`, tooLate);
    }
  });
}

type Found = QualityReview & { items: ReviewRequirement[] };

function assertReady(review: Found) {
  if (review.status === "FEEDBACK_GIVEN") {
    throw new AppError("CONFLICT", "Feedback has already been given on this review");
  }
  if (review.kind === "QR1") {
    if (review.status !== "SUBMITTED") {
      throw new AppError("CONFLICT", "The provider has not submitted this review yet");
    }
    const unmarked = review.items.filter((item) => !item.judgement).map((item) => item.title);
    if (unmarked.length > 0) {
      throw AppError.invalid(
        "summary",
        `Mark every requirement before giving feedback. Not yet marked: ${unmarked.join("; ")}`,
      );
    }
    return;
  }
}

/**
 * A visit's feedback stands on what was recorded there (ADR 0014). The site visit needs its
 * date, at least one lesson observed and both spot-checks; the follow-up (possibly virtual)
 * its date. Both need a revisit note, at this review, for every action of the year that
 * earlier reviews set and that is still open. The refusal names everything still missing.
 */
async function assertVisitComplete(tx: Tx, review: Found) {
  if (review.kind === "QR1") {
    return;
  }
  const missing: string[] = [];
  if (!review.visitedOn) {
    missing.push("the date of the visit");
  }
  if (review.kind === "QR2") {
    const observed = await tx.lessonObservation.count({ where: { reviewId: review.id } });
    if (observed === 0) {
      missing.push("at least one lesson observation");
    }
    if (!review.safeguardingSpotCheck) {
      missing.push("the safeguarding spot-check");
    }
    if (!review.siteSpotCheck) {
      missing.push("the site spot-check");
    }
  }
  const unrevisited = await tx.qualityAction.findMany({
    where: {
      AND: [
        openActionsOfYear(review.reviewYearId),
        { reviewId: { not: review.id } },
        { revisits: { none: { reviewId: review.id } } },
      ],
    },
    orderBy: { reference: "asc" },
    select: { reference: true },
  });
  missing.push(...unrevisited.map((action) => `a revisit note for action ${action.reference}`));
  if (missing.length > 0) {
    throw AppError.invalid(
      "summary",
      `Record the visit before giving feedback. Still missing: ${missing.join("; ")}`,
    );
  }
}

/** Each requirement not fully met has an action answering it; actions name only those. */
function assertActionsCover(items: ReviewRequirement[], actions: ActionRow[]) {
  actions.forEach((action, index) => {
    if (!action.reviewRequirementId) {
      return;
    }
    const item = items.find((candidate) => candidate.id === action.reviewRequirementId);
    if (!item || !item.judgement || item.judgement === "MET") {
      throw AppError.invalid(
        `actions.${index}.reviewRequirementId`,
        "Choose a requirement of this review marked partly met or not met",
      );
    }
  });
  const uncovered = items.filter(
    (item) =>
      (item.judgement === "PARTLY_MET" || item.judgement === "NOT_MET") &&
      !actions.some((action) => action.reviewRequirementId === item.id),
  );
  if (uncovered.length > 0) {
    throw AppError.invalid(
      "actions",
      "Set an action for each requirement not fully met. Without an action: " +
        uncovered.map((item) => item.title).join("; "),
    );
  }
}

async function createActions(tx: Tx, actor: Actor, review: Found, actions: ActionRow[]) {
  const references: string[] = [];
  for (const action of actions) {
    const reference = await nextReference(tx, "qualityAction", "QA");
    const created = await tx.qualityAction.create({
      data: {
        reference,
        reviewId: review.id,
        providerId: review.providerId,
        reviewRequirementId: action.reviewRequirementId ?? null,
        description: action.description,
        owner: action.owner,
        dueOn: toDateOnly(action.dueOn),
        providerPlanReference: action.providerPlanReference ?? null,
        setById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "qualityAction.set",
      recordType: "QualityAction",
      recordId: created.id,
      detail: { reviewId: review.id, reference },
    });
    references.push(reference);
  }
  return references;
}
