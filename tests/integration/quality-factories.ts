import { randomUUID } from "node:crypto";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import type {
  Organisation,
  PrismaClient,
  QualityAction,
  QualityReview,
  QualityReviewKind,
  QualityReviewStatus,
  ReviewYear,
} from "@/server/db/generated/client";
import type { TestUser } from "./factories";

// Quality-assurance records written straight through Prisma, following the schema, so the
// action tests do not depend on the review cycle's procedures (built separately).

let sequence = 0;

function next(): number {
  sequence += 1;
  return sequence;
}

export async function makeReviewYear(
  db: PrismaClient,
  options: { provider: Organisation; officer: TestUser; startYear?: number },
): Promise<ReviewYear> {
  const { provider, officer, startYear = 2026 } = options;
  return db.reviewYear.create({
    data: { providerId: provider.id, startYear, openedById: officer.id },
  });
}

export async function makeReview(
  db: PrismaClient,
  options: {
    year: ReviewYear;
    officer: TestUser;
    kind?: QualityReviewKind;
    status?: QualityReviewStatus;
  },
): Promise<QualityReview> {
  const { year, officer, kind = "QR1", status = "FEEDBACK_GIVEN" } = options;
  const given = status === "FEEDBACK_GIVEN";
  return db.qualityReview.create({
    data: {
      reference: `QR-T${next()}-${randomUUID().slice(0, 6)}`,
      reviewYearId: year.id,
      providerId: year.providerId,
      kind,
      status,
      openedById: officer.id,
      feedbackSummary: given ? "Most requirements met; actions below." : null,
      feedbackAt: given ? new Date("2026-10-20T15:00:00Z") : null,
      feedbackById: given ? officer.id : null,
    },
  });
}

/** A requirement as asked in `review`, judged (partly) not met, for an action to answer. */
export async function makeJudgedRequirement(
  db: PrismaClient,
  options: { review: QualityReview; officer: TestUser; title?: string },
) {
  const { review, officer, title = "Fire risk assessment" } = options;
  const requirement = await db.qualityRequirement.create({
    data: { title: `${title} ${next()}`, position: next() },
  });
  return db.reviewRequirement.create({
    data: {
      reviewId: review.id,
      requirementId: requirement.id,
      title,
      asksExpiry: false,
      position: 1,
      statement: "Our assessment is attached.",
      judgement: "NOT_MET",
      judgementComment: "The assessment is more than a year old.",
      judgedAt: new Date("2026-10-15T10:00:00Z"),
      judgedById: officer.id,
    },
  });
}

export async function makeAction(
  db: PrismaClient,
  options: {
    review: QualityReview;
    officer: TestUser;
    dueOn?: string;
    reviewRequirementId?: string;
    description?: string;
  },
): Promise<QualityAction> {
  const { review, officer, dueOn = "2027-01-15", reviewRequirementId, description } = options;
  return db.qualityAction.create({
    data: {
      reference: `QA-T${next()}-${randomUUID().slice(0, 6)}`,
      reviewId: review.id,
      providerId: review.providerId,
      reviewRequirementId,
      description: description ?? "Renew the fire risk assessment with a competent assessor",
      owner: "Centre manager",
      dueOn: new Date(`${dueOn}T00:00:00Z`),
      providerPlanReference: "SAR 2026/27 line 4.2",
      setById: officer.id,
    },
  });
}

/** A file `user` has uploaded as quality evidence and not yet attached to anything. */
export async function makeEvidenceUpload(db: PrismaClient, user: TestUser, name = "evidence.pdf") {
  return db.document.create({
    data: {
      ownerOrganisationId: user.organisationId,
      uploadedById: user.id,
      kind: QUALITY_DOCUMENT_KIND.EVIDENCE,
      originalName: name,
      mimeType: "application/pdf",
      sizeBytes: 1200,
      sha256: "0".repeat(64),
      storageKey: `${randomUUID()}.bin`,
    },
  });
}
