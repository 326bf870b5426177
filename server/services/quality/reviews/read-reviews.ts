import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient, QualityReviewStatus } from "@/server/db/generated/client";
import { findReviewInScope, openActionsOfYear } from "./review-access";

const NAME = { select: { id: true, name: true } } as const;
const LIST_LIMIT = 300;

interface ListOptions {
  db: PrismaClient;
  actor: Actor;
  providerId?: string;
  startYear?: number;
  status?: QualityReviewStatus;
}

/** Reviews the actor may see (a provider its own), the latest year first. */
export async function listReviews(options: ListOptions) {
  const { db, actor, providerId, startYear, status } = options;
  const rows = await db.qualityReview.findMany({
    where: {
      AND: [
        qualityProviderScope(actor),
        providerId ? { providerId } : {},
        startYear ? { reviewYear: { startYear } } : {},
        status ? { status } : {},
      ],
    },
    orderBy: [
      { reviewYear: { startYear: "desc" } },
      { provider: { name: "asc" } },
      { kind: "asc" },
    ],
    take: LIST_LIMIT,
    include: {
      provider: NAME,
      reviewYear: { select: { startYear: true } },
      items: { select: { statement: true, judgement: true } },
      _count: { select: { actions: { where: { status: { not: "CLOSED" } } } } },
    },
  });
  return rows.map(({ items, _count, ...row }) => ({
    ...row,
    startYear: row.reviewYear.startYear,
    requirements: items.length,
    answered: items.filter((item) => item.statement).length,
    judged: items.filter((item) => item.judgement).length,
    openActions: _count.actions,
  }));
}

/** The providers whose reviews the actor may see, for choosing one (the officer: all). */
export async function reviewProviders({ db, actor }: { db: PrismaClient; actor: Actor }) {
  const scope = qualityProviderScope(actor);
  return db.organisation.findMany({
    where: { kind: "PROVIDER", ...(scope.providerId ? { id: scope.providerId } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

const ACTION_SELECT = {
  id: true,
  reference: true,
  description: true,
  owner: true,
  dueOn: true,
  providerPlanReference: true,
  status: true,
  reviewRequirementId: true,
  review: { select: { id: true, reference: true, kind: true } },
} satisfies Prisma.QualityActionSelect;

const REVIEW_INCLUDE = {
  provider: NAME,
  reviewYear: { select: { id: true, startYear: true } },
  openedBy: NAME,
  submittedBy: NAME,
  feedbackBy: NAME,
  items: {
    orderBy: { position: "asc" },
    include: {
      requirement: { select: { guidance: true } },
      answeredBy: NAME,
      judgedBy: NAME,
      evidence: {
        orderBy: { createdAt: "asc" },
        select: { id: true, originalName: true, sizeBytes: true, createdAt: true },
      },
    },
  },
  observations: { orderBy: { observedOn: "asc" } },
  actions: { orderBy: { reference: "asc" }, select: ACTION_SELECT },
} satisfies Prisma.QualityReviewInclude;

/**
 * One review with its requirements and evidence, visit, observations and actions. For the
 * site visit and follow-up it also carries the year's other open actions (review 1's, for
 * the visit to revisit) with any revisit note this review has recorded for them.
 */
export async function readReview(options: { db: PrismaClient; actor: Actor; reviewId: string }) {
  const { db, actor, reviewId } = options;
  const review = await findReviewInScope(db, actor, reviewId, REVIEW_INCLUDE);
  const yearOpenActions =
    review.kind === "QR1" ? [] : await listYearOpenActions({ db, actor, reviewId });
  return { ...review, startYear: review.reviewYear.startYear, yearOpenActions };
}

/**
 * Actions set by the year's other reviews that are not closed yet, for the site visit or
 * follow-up to look at again (the revisit itself is `qualityAction.revisit`).
 */
export async function listYearOpenActions(options: {
  db: PrismaClient;
  actor: Actor;
  reviewId: string;
}) {
  const { db, actor, reviewId } = options;
  const review = await findReviewInScope(db, actor, reviewId, {});
  const actions = await db.qualityAction.findMany({
    where: {
      AND: [openActionsOfYear(review.reviewYearId), { reviewId: { not: review.id } }],
      ...qualityProviderScope(actor),
    },
    orderBy: [{ dueOn: "asc" }, { reference: "asc" }],
    select: {
      ...ACTION_SELECT,
      revisits: { where: { reviewId: review.id }, select: { note: true, recordedAt: true } },
    },
  });
  return actions.map(({ revisits, ...action }) => ({ ...action, revisit: revisits[0] ?? null }));
}
