import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { academicYearEnd, formatDate } from "@/lib/dates";
import { fromDateOnly, toDateOnly } from "@/lib/schemas/common";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { findReferralInScope, lockStudentCourse } from "./referral-access";

const PROCESS_INCLUDE = {
  response: true,
  course: { select: { title: true } },
  provider: { select: { name: true } },
} satisfies Prisma.ReferralInclude;

export interface ProcessOptions {
  db: PrismaClient;
  actor: Actor;
  input: { referralId: string; plannedEndDate?: string };
}

/**
 * The service admin processes a provider's response: an accepted one becomes a placement,
 * a declined one closes the referral. Nothing is processed before a response exists. The
 * school is told the outcome after the transaction commits.
 */
export async function processResponse({ db, actor, input }: ProcessOptions) {
  const { referralId, plannedEndDate } = input;

  const outcome = await db.$transaction(async (tx) => {
    const referral = await findReferralInScope(tx, actor, referralId, PROCESS_INCLUDE);
    const { response } = referral;
    if (!response || (referral.status !== "ACCEPTED" && referral.status !== "DECLINED")) {
      throw new AppError(
        "CONFLICT",
        "There is no provider response waiting to be processed for this referral",
      );
    }
    // One winner when two admins process at once: the status guard lets only one through.
    const next = referral.status === "ACCEPTED" ? "PLACED" : "CLOSED";
    const moved = await tx.referral.updateMany({
      where: { id: referralId, status: referral.status },
      data: { status: next, closedAt: next === "CLOSED" ? new Date() : null },
    });
    if (moved.count !== 1) {
      throw new AppError("CONFLICT", "Someone else has just processed this response");
    }
    await tx.applicationResponse.update({
      where: { id: response.id },
      data: { processedAt: new Date(), processedById: actor.userId },
    });

    const placementId =
      next === "PLACED" ? await createPlacement(tx, actor, referral, plannedEndDate) : null;
    await recordAudit(tx, actor, {
      action: "referral.process",
      recordType: "Referral",
      recordId: referralId,
      detail: { outcome: next, placementId },
    });
    return { referral, next, placementId };
  });

  await tellSchool(db, outcome);
  return { status: outcome.next, placementId: outcome.placementId };
}

type LoadedReferral = Prisma.ReferralGetPayload<{ include: typeof PROCESS_INCLUDE }>;

async function createPlacement(
  tx: Prisma.TransactionClient,
  actor: Actor,
  referral: LoadedReferral,
  plannedEnd?: string,
) {
  const response = referral.response!;
  await lockStudentCourse(tx, referral.studentId, referral.courseId);
  const active = await tx.placement.findFirst({
    where: { studentId: referral.studentId, courseId: referral.courseId, status: "ACTIVE" },
    select: { referral: { select: { reference: true } } },
  });
  if (active) {
    throw new AppError(
      "CONFLICT",
      `The student already has an active placement on this course (${active.referral.reference})`,
    );
  }
  const start = fromDateOnly(response.confirmedStartDate!);
  const end = plannedEnd ?? academicYearEnd(start);
  if (end <= start) {
    throw AppError.invalid("plannedEndDate", "The planned end date must be after the start date");
  }
  const placement = await tx.placement.create({
    data: {
      referralId: referral.id,
      studentId: referral.studentId,
      courseId: referral.courseId,
      schoolId: referral.schoolId,
      providerId: referral.providerId,
      days: response.confirmedDays,
      startDate: toDateOnly(start),
      plannedEndDate: toDateOnly(end),
      createdById: actor.userId,
    },
  });
  await recordAudit(tx, actor, {
    action: "placement.create",
    recordType: "Placement",
    recordId: placement.id,
  });
  return placement.id;
}

async function tellSchool(db: PrismaClient, outcome: { referral: LoadedReferral; next: string }) {
  const { referral, next } = outcome;
  const placed = next === "PLACED";
  const start = referral.response?.confirmedStartDate;
  await notifyOrganisation(db, referral.schoolId, {
    kind: placed ? "referral.placed" : "referral.closed",
    title: `Referral ${referral.reference} ${placed ? "accepted" : "declined"}`,
    body: placed
      ? `${referral.provider.name} accepted the referral to ${referral.course.title}. ` +
        `The placement starts on ${formatDate(start!)}.`
      : `${referral.provider.name} declined the referral to ${referral.course.title}. ` +
        "The referral is closed; the provider's explanation is on the referral.",
    link: `/referrals/${referral.id}`,
  });
}
