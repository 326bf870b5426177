import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient, ReviewYear } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { formatDate } from "@/lib/dates";
import { toDateOnly } from "@/lib/schemas/common";
import {
  academicYearLabel,
  REVIEW_KIND_LABEL,
  type openReviewSchema,
} from "@/lib/schemas/quality-review";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { nextReference } from "@/server/services/references/next-reference";
import { openActionsOfYear, PROVIDER_RECIPIENTS } from "./review-access";
import { outsideReviewYear, outsideSummerTerm } from "./review-dates";

type Tx = Prisma.TransactionClient;
type Input = z.output<typeof openReviewSchema>;

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: Input;
}

/**
 * The quality officer opens a review of a provider. Quality Review 1 opens the provider's
 * review year and asks every active requirement (copied, so later edits leave it as asked);
 * the site visit needs review 1 first; the follow-up needs actions of the year still open.
 * One review of each kind per year (the schema's unique key; the check gives the message).
 */
export async function openReview({ db, actor, input }: Options) {
  const { providerId, startYear, kind, dueOn } = input;
  assertDate(input);

  const review = await db.$transaction(async (tx) => {
    const provider = await tx.organisation.findFirst({
      where: { id: providerId, kind: "PROVIDER" },
      select: { id: true, name: true },
    });
    if (!provider) {
      throw AppError.invalid("providerId", "Choose a provider");
    }
    const year = await reviewYearFor(tx, actor, input);
    await assertNotOpened(tx, year, input);
    const reference = await nextReference(tx, "qualityReview", "QR");
    const created = await tx.qualityReview.create({
      data: {
        reference,
        reviewYearId: year.id,
        providerId,
        kind,
        dueOn: toDateOnly(dueOn),
        mode: kind === "FOLLOW_UP" ? input.mode : kind === "QR2" ? "ON_SITE" : null,
        openedById: actor.userId,
      },
    });
    const asked = kind === "QR1" ? await askRequirements(tx, created.id) : 0;
    await recordAudit(tx, actor, {
      action: "review.open",
      recordType: "QualityReview",
      recordId: created.id,
      detail: { providerId, startYear, kind, requirements: asked },
    });
    return { ...created, providerName: provider.name };
  });

  const label = `${REVIEW_KIND_LABEL[kind]} ${academicYearLabel(startYear)}`;
  await notifyOrganisation(
    db,
    providerId,
    {
      kind: "review.opened",
      title: `${label} has been opened`,
      body:
        kind === "QR1"
          ? `Answer each requirement with your evidence by ${formatDate(dueOn)}.`
          : `The visit is planned for ${formatDate(dueOn)}.`,
      link: `/quality/reviews/${review.id}`,
    },
    [...PROVIDER_RECIPIENTS],
  );
  return { reviewId: review.id, reference: review.reference };
}

function assertDate({ kind, dueOn, startYear }: Input) {
  const problem =
    outsideReviewYear(dueOn, startYear) ??
    (kind === "FOLLOW_UP" ? outsideSummerTerm(dueOn, startYear) : null);
  if (problem) {
    throw AppError.invalid("dueOn", problem);
  }
}

/** Quality Review 1 opens the year; the other reviews need it opened already. */
async function reviewYearFor(tx: Tx, actor: Actor, input: Input): Promise<ReviewYear> {
  const { providerId, startYear, kind } = input;
  const existing = await tx.reviewYear.findUnique({
    where: { providerId_startYear: { providerId, startYear } },
  });
  if (existing) {
    return existing;
  }
  if (kind !== "QR1") {
    throw AppError.invalid(
      "kind",
      `Open Quality Review 1 for this provider's ${academicYearLabel(startYear)} year first`,
    );
  }
  const year = await tx.reviewYear.create({
    data: { providerId, startYear, openedById: actor.userId },
  });
  await recordAudit(tx, actor, {
    action: "review.openYear",
    recordType: "ReviewYear",
    recordId: year.id,
    detail: { providerId, startYear },
  });
  return year;
}

async function assertNotOpened(tx: Tx, year: ReviewYear, input: Input) {
  const { kind, startYear } = input;
  const same = await tx.qualityReview.findFirst({
    where: { reviewYearId: year.id, kind },
    select: { reference: true },
  });
  if (same) {
    throw AppError.invalid(
      "kind",
      `${REVIEW_KIND_LABEL[kind]} is already open for this provider in ` +
        `${academicYearLabel(startYear)} (${same.reference})`,
    );
  }
  if (kind === "FOLLOW_UP") {
    const open = await tx.qualityAction.count({ where: openActionsOfYear(year.id) });
    if (open === 0) {
      throw AppError.invalid(
        "kind",
        "A follow-up visit is for actions that remain open, and this provider has none " +
          `open in ${academicYearLabel(startYear)}`,
      );
    }
  }
  if (kind === "QR2") {
    const first = await tx.qualityReview.count({ where: { reviewYearId: year.id, kind: "QR1" } });
    if (first === 0) {
      throw AppError.invalid("kind", "Open Quality Review 1 for this year first");
    }
  }
}

/** Copies the active requirements into the review, in their order. */
async function askRequirements(tx: Tx, reviewId: string): Promise<number> {
  const requirements = await tx.qualityRequirement.findMany({
    where: { retiredAt: null },
    orderBy: { position: "asc" },
  });
  if (requirements.length === 0) {
    throw AppError.invalid(
      "kind",
      "There are no requirements to ask: add them under Reviews → Requirements first",
    );
  }
  await tx.reviewRequirement.createMany({
    data: requirements.map((requirement, index) => ({
      reviewId,
      requirementId: requirement.id,
      title: requirement.title,
      asksExpiry: requirement.asksExpiry,
      position: index + 1,
    })),
  });
  return requirements.length;
}
