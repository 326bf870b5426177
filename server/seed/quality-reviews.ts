import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { academicStartYearOf } from "@/lib/schemas/quality-review";
import { DEFAULT_REQUIREMENTS } from "@/server/services/quality/reviews/default-requirements";
import { dateOnly, dayOf, type Day, momentOn, termStartOf } from "./calendar";

/**
 * Demo data for quality reviews (docs/decisions/0014-quality-reviews.md): the requirement
 * list, and this year's Quality Review 1 for the first provider (submitted, partly marked,
 * so the quality officer has marking to finish) and for the second provider (open, half
 * answered). Written after the rest of the demo data, from the demo accounts, so it draws
 * nothing from the shared random source and leaves every other seeded row as it was.
 * No evidence files are seeded: files live outside the database (uploads), and the demo
 * shows uploading them.
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
    const opened = Math.min(termStartOf(today) + 7, today);
    const first = await openQr1(tx, {
      reference: "QR-000001",
      providerId: people.firstProviderId,
      officerId: people.officerId,
      startYear,
      opened,
      dueOn: opened + 35,
      requirements,
    });
    await answerAndMark(tx, first, people, { opened, today });
    const second = await openQr1(tx, {
      reference: "QR-000002",
      providerId: people.secondProviderId,
      officerId: people.officerId,
      startYear,
      opened,
      dueOn: Math.max(opened + 42, today + 14),
      requirements,
    });
    await answerSome(tx, second, people.secondStaffId, Math.min(opened + 10, today));
    await tx.counter.create({ data: { name: "qualityReview", value: 2 } });
  });
}

async function demoPeople(prisma: PrismaClient) {
  const find = (email: string) =>
    prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, organisationId: true } });
  const officer = await find("quality@demo.cap.test");
  const firstStaff = await find("provider.staff@demo.cap.test");
  const secondStaff = await find("other-provider.staff@demo.cap.test");
  return {
    officerId: officer.id,
    firstStaffId: firstStaff.id,
    firstProviderId: firstStaff.organisationId,
    secondStaffId: secondStaff.id,
    secondProviderId: secondStaff.organisationId,
  };
}

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

/** The first provider answered everything; the officer has marked the first eight. */
async function answerAndMark(
  tx: Tx,
  review: Review,
  people: Awaited<ReturnType<typeof demoPeople>>,
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
        answeredById: people.firstStaffId,
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
      submittedById: people.firstStaffId,
    },
  });
  await audit(tx, people.firstStaffId, "review.submit", review.id, momentOn(submitted, 15 * 60));
  await audit(tx, people.officerId, "review.judge", review.id, momentOn(marked, 14 * 60));
}

const COMMENTS = {
  MET: "Clear evidence.",
  PARTLY_MET: "The certificate covers only the main site, not the yard.",
  NOT_MET: "The fire risk assessment is more than a year old and names a closed site.",
} as const;

/** The second provider has answered its first five requirements so far. */
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
