import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient, QualityReviewKind } from "@/server/db/generated/client";
import { ukToday } from "@/lib/dates";
import { actionDueState } from "@/lib/quality-action-due";
import { findActionInScope } from "./action-access";

const NAME = { select: { id: true, name: true } } as const;
const FILE = {
  select: { id: true, originalName: true, sizeBytes: true, mimeType: true },
} as const;

const ACTION_INCLUDE = {
  provider: NAME,
  setBy: NAME,
  closedBy: NAME,
  review: {
    select: {
      id: true,
      reference: true,
      kind: true,
      feedbackAt: true,
      reviewYearId: true,
      reviewYear: { select: { startYear: true } },
    },
  },
  reviewRequirement: {
    select: { id: true, title: true, judgement: true, judgementComment: true },
  },
  submissions: {
    orderBy: { submittedAt: "asc" },
    include: {
      submittedBy: NAME,
      decidedBy: NAME,
      evidence: { ...FILE, orderBy: { createdAt: "asc" } },
    },
  },
  revisits: {
    orderBy: { recordedAt: "asc" },
    include: { recordedBy: NAME, review: { select: { id: true, reference: true, kind: true } } },
  },
} satisfies Prisma.QualityActionInclude;

/** Reviews in the order a year runs them: an action is revisited only at a later one. */
export const REVIEW_ORDER: Record<QualityReviewKind, number> = { QR1: 1, QR2: 2, FOLLOW_UP: 3 };

/**
 * One action with where it came from (the review and the requirement judged), the
 * provider's plan reference, every submission with its files and decision, and revisits.
 * `revisitReviews` are the year's later reviews still in progress where it may be revisited.
 */
export async function readQualityAction(options: {
  db: PrismaClient;
  actor: Actor;
  actionId: string;
  today?: string;
}) {
  const { db, actor, actionId, today = ukToday() } = options;
  const action = await findActionInScope(db, actor, actionId, ACTION_INCLUDE);
  const revisitReviews = await revisitableReviews(db, action);
  return {
    ...action,
    dueState: actionDueState(action.dueOn, action.status, today),
    awaitingDecision: action.submissions.find((submission) => !submission.decision) ?? null,
    revisitReviews,
  };
}

type Loaded = Awaited<ReturnType<typeof findActionInScope<typeof ACTION_INCLUDE>>>;

async function revisitableReviews(db: PrismaClient, action: Loaded) {
  if (action.status === "CLOSED") {
    return [];
  }
  const done = new Set(action.revisits.map((revisit) => revisit.review.id));
  const reviews = await db.qualityReview.findMany({
    where: {
      reviewYearId: action.review.reviewYearId,
      kind: { in: ["QR2", "FOLLOW_UP"] },
      status: { not: "FEEDBACK_GIVEN" },
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, reference: true, kind: true, dueOn: true, visitedOn: true },
  });
  return reviews.filter(
    (review) =>
      !done.has(review.id) && REVIEW_ORDER[review.kind] > REVIEW_ORDER[action.review.kind],
  );
}
