import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { academicStartYearOf } from "@/lib/schemas/quality-review";
import { DEFAULT_REQUIREMENTS } from "@/server/services/quality/reviews/default-requirements";
import { dateOnly, dayOf, type Day, momentOn, termStartOf } from "./calendar";

/**
 * Demo data for quality reviews (docs/decisions/0014-quality-reviews.md): the requirement
 * list, and this year's Quality Review 1 for three providers. The first provider's was
 * written with its actions (quality-actions.ts: feedback given, four actions, a planned site
 * visit); here it gets its requirements, every one answered and marked, and each action is
 * tied to the requirement it answers. The second provider's is submitted and partly marked,
 * so the quality officer has marking to finish; a third provider's is open, half answered.
 * Written after the rest of the demo data, from the demo accounts, so it draws nothing from
 * the shared random source and leaves every other seeded row as it was. No evidence files
 * are seeded for review 1: the demo shows uploading them.
 */
export async function seedQualityReviews(prisma: PrismaClient, todayIso: string): Promise<void> {
  const today = dayOf(todayIso);
  const startYear = academicStartYearOf(todayIso);
  const people = await demoPeople(prisma);

  await prisma.$transaction(async (tx) => {
    await tx.qualityRequirement.createMany({
      data: DEFAULT_REQUIREMENTS.map((requirement, index) => ({
        title: requirement.title,
        guidance: requirement.guidance,
        asksExpiry: requirement.asksExpiry ?? false,
        position: index + 1,
        createdAt: momentOn(termStartOf(today) - 60, 9 * 60),
      })),
    });
    const requirements = await tx.qualityRequirement.findMany({ orderBy: { position: "asc" } });
    await completeFirstReview(tx, people, { startYear, requirements, today });
    const opened = Math.min(termStartOf(today) + 7, today);
    const open = { officerId: people.officerId, startYear, opened, requirements };
    const second = await openQr1(tx, {
      ...open,
      reference: "QR-000003",
      providerId: people.secondProviderId,
      dueOn: opened + 35,
    });
    await answerAndMark(tx, second, people, { opened, today });
    const third = await openQr1(tx, {
      ...open,
      reference: "QR-000004",
      providerId: people.thirdProviderId,
      dueOn: Math.max(opened + 42, today + 14),
    });
    await answerSome(tx, third, people.thirdStaffId, Math.min(opened + 10, today));
    // QR-000001 and QR-000002 are the first provider's (quality-actions.ts).
    await tx.counter.upsert({
      where: { name: "qualityReview" },
      create: { name: "qualityReview", value: 4 },
      update: { value: 4 },
    });
  });
}

async function demoPeople(prisma: PrismaClient) {
  const find = (email: string) =>
    prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, organisationId: true } });
  const officer = await find("quality@demo.cap.test");
  const firstStaff = await find("provider.staff@demo.cap.test");
  const secondStaff = await find("other-provider.staff@demo.cap.test");
  const thirdStaff = await prisma.user.findFirstOrThrow({
    where: {
      roles: { has: "PROVIDER_STAFF" },
      organisationId: { notIn: [firstStaff.organisationId, secondStaff.organisationId] },
    },
    orderBy: { email: "asc" },
    select: { id: true, organisationId: true },
  });
  return {
    officerId: officer.id,
    firstStaffId: firstStaff.id,
    firstProviderId: firstStaff.organisationId,
    secondStaffId: secondStaff.id,
    secondProviderId: secondStaff.organisationId,
    thirdStaffId: thirdStaff.id,
    thirdProviderId: thirdStaff.organisationId,
  };
}

type People = Awaited<ReturnType<typeof demoPeople>>;

type Tx = Prisma.TransactionClient;
type Requirement = { id: string; title: string; asksExpiry: boolean; position: number };

interface OpenOptions {
  reference: string;
  providerId: string;
  officerId: string;
  startYear: number;
  opened: Day;
  dueOn: Day;
  requirements: Requirement[];
}

async function openQr1(tx: Tx, options: OpenOptions) {
  const { reference, providerId, officerId, startYear, opened, dueOn, requirements } = options;
  const openedAt = momentOn(opened, 10 * 60);
  const year = await tx.reviewYear.create({
    data: { providerId, startYear, openedById: officerId, openedAt },
  });
  const review = await tx.qualityReview.create({
    data: {
      reference,
      reviewYearId: year.id,
      providerId,
      kind: "QR1",
      dueOn: dateOnly(dueOn),
      openedById: officerId,
      createdAt: openedAt,
      items: {
        create: requirements.map((requirement) => ({
          requirementId: requirement.id,
          title: requirement.title,
          asksExpiry: requirement.asksExpiry,
          position: requirement.position,
        })),
      },
    },
    include: { items: { orderBy: { position: "asc" } } },
  });
  await audit(tx, officerId, "review.open", review.id, openedAt);
  return review;
}

type Review = Awaited<ReturnType<typeof openQr1>>;

const STATEMENTS = [
  "Our policy was reviewed by the board in September and names the DSL and two deputies.",
  "Every member of staff completed level 2 safeguarding training this term; dates attached.",
  "All tutors completed the Home Office Prevent course; certificates attached.",
  "Cover of £10 million with our insurer; the certificate is attached.",
  "Cover of £5 million; the certificate is attached.",
  "Assessments for the workshop and the yard, reviewed in August.",
  "Assessment by an external assessor; the last drill was in September.",
  "Three trained first aiders, one on every site each day.",
  "Policy attached; we are registered with the ICO.",
  "Policy attached, reviewed annually by the directors.",
  "Our procedure is on the website and in the learner handbook.",
  "Approval letters from the awarding body for each course.",
  "Every current member of staff is on the record with their checks.",
];

/** The second provider answered everything; the officer has marked the first eight. */
async function answerAndMark(
  tx: Tx,
  review: Review,
  people: People,
  { opened, today }: { opened: Day; today: Day },
) {
  const submitted = Math.max(opened, Math.min(opened + 30, today - 1));
  const marked = Math.max(submitted, Math.min(submitted + 3, today));
  for (const [index, item] of review.items.entries()) {
    const judgement =
      index >= 8 ? null : index === 4 ? "PARTLY_MET" : index === 6 ? "NOT_MET" : "MET";
    await tx.reviewRequirement.update({
      where: { id: item.id },
      data: {
        statement: STATEMENTS[index % STATEMENTS.length],
        expiresOn: item.asksExpiry ? dateOnly(today + 200) : null,
        answeredAt: momentOn(submitted, 9 * 60),
        answeredById: people.secondStaffId,
        ...(judgement && {
          judgement,
          judgementComment: COMMENTS[judgement],
          judgedAt: momentOn(marked, 14 * 60),
          judgedById: people.officerId,
        }),
      },
    });
  }
  await tx.qualityReview.update({
    where: { id: review.id },
    data: {
      status: "SUBMITTED",
      submittedAt: momentOn(submitted, 15 * 60),
      submittedById: people.secondStaffId,
    },
  });
  await audit(tx, people.secondStaffId, "review.submit", review.id, momentOn(submitted, 15 * 60));
  await audit(tx, people.officerId, "review.judge", review.id, momentOn(marked, 14 * 60));
}

const COMMENTS = {
  MET: "Clear evidence.",
  PARTLY_MET: "The certificate covers only the main site, not the yard.",
  NOT_MET: "The fire risk assessment is more than a year old and names a closed site.",
} as const;

/** The third provider has answered its first five requirements so far. */
async function answerSome(tx: Tx, review: Review, staffId: string, answered: Day) {
  for (const [index, item] of review.items.slice(0, 5).entries()) {
    await tx.reviewRequirement.update({
      where: { id: item.id },
      data: {
        statement: STATEMENTS[index],
        expiresOn: item.asksExpiry ? dateOnly(answered + 180) : null,
        answeredAt: momentOn(answered, 11 * 60),
        answeredById: staffId,
      },
    });
  }
}

async function audit(tx: Tx, userId: string, action: string, reviewId: string, at: Date) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
  await tx.auditEvent.create({
    data: {
      actorUserId: userId,
      actorOrganisationId: user.organisationId,
      action,
      recordType: "QualityReview",
      recordId: reviewId,
      at,
    },
  });
}

/**
 * The first provider's marks, where its review 1 fell short: each names the action (by its
 * position in quality-actions.ts) that the feedback set for it. Everything else was met.
 */
const SHORTFALLS: Record<
  string,
  { judgement: "PARTLY_MET" | "NOT_MET"; comment: string; action: number }
> = {
  "Fire risk assessment": {
    judgement: "NOT_MET",
    comment: "The fire risk assessment is more than a year old and names a closed site.",
    action: 0,
  },
  "Prevent duty training": {
    judgement: "PARTLY_MET",
    comment: "Two tutors who joined in September have no Prevent training recorded.",
    action: 1,
  },
  "Complaints procedure": {
    judgement: "PARTLY_MET",
    comment: "The procedure is in the handbook but not where parents can find it.",
    action: 2,
  },
  "First aid": {
    judgement: "PARTLY_MET",
    comment: "Certificates seen, but nobody tracks when they expire.",
    action: 3,
  },
};

/** The first provider's review 1, feedback given: its requirements answered and marked. */
async function completeFirstReview(
  tx: Tx,
  people: People,
  options: { startYear: number; requirements: Requirement[]; today: Day },
) {
  const { startYear, requirements, today } = options;
  const review = await tx.qualityReview.findFirst({
    where: { providerId: people.firstProviderId, kind: "QR1", reviewYear: { startYear } },
    include: { actions: { orderBy: { reference: "asc" } } },
  });
  if (!review?.submittedAt || !review.feedbackAt) {
    return;
  }
  const judgedAt = new Date(review.feedbackAt.getTime() - 86_400_000);
  await tx.qualityReview.update({
    where: { id: review.id },
    data: { submittedById: people.firstStaffId },
  });
  for (const [index, requirement] of requirements.entries()) {
    const shortfall = SHORTFALLS[requirement.title];
    const item = await tx.reviewRequirement.create({
      data: {
        reviewId: review.id,
        requirementId: requirement.id,
        title: requirement.title,
        asksExpiry: requirement.asksExpiry,
        position: requirement.position,
        statement: STATEMENTS[index % STATEMENTS.length],
        expiresOn: requirement.asksExpiry ? dateOnly(today + 200) : null,
        answeredAt: review.submittedAt,
        answeredById: people.firstStaffId,
        judgement: shortfall?.judgement ?? "MET",
        judgementComment: shortfall?.comment ?? COMMENTS.MET,
        judgedAt,
        judgedById: people.officerId,
      },
    });
    const action = shortfall && review.actions[shortfall.action];
    if (action) {
      await tx.qualityAction.update({
        where: { id: action.id },
        data: { reviewRequirementId: item.id },
      });
    }
  }
}
