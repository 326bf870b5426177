import type { z } from "zod";
import { ukToday } from "@/lib/dates";
import type { decideCourseConfirmationSchema } from "@/lib/schemas/course-confirmation";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope } from "@/server/auth/scope";
import type { CourseConfirmation, Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { courseChangeProblems } from "./course-change-problems";

type Tx = Prisma.TransactionClient;

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: z.output<typeof decideCourseConfirmationSchema>;
  now?: Date;
}

const DECIDED = "This confirmation has already been decided";

/**
 * Accepts a submitted confirmation, creating its course (or updating the provider's course
 * it names) in the list referrals choose from, in the same transaction; or returns it with
 * a comment for the provider to submit a corrected one. Two people deciding at once: the
 * status guard lets one win and tells the other.
 */
export async function decideConfirmation({ db, actor, input, now = new Date() }: Options) {
  const { confirmationId, decision, comment } = input;

  const decided = await db.$transaction(async (tx) => {
    const found = await tx.courseConfirmation.findFirst({
      where: { id: confirmationId, ...qualityProviderScope(actor) },
    });
    if (!found) {
      throw AppError.notFound("Course confirmation");
    }
    if (found.status !== "SUBMITTED") {
      throw new AppError("CONFLICT", DECIDED);
    }
    const moved = await tx.courseConfirmation.updateMany({
      where: { id: found.id, status: "SUBMITTED" },
      data: {
        status: decision,
        decidedAt: now,
        decidedById: actor.userId,
        decisionComment: comment || null,
      },
    });
    if (moved.count !== 1) {
      throw new AppError("CONFLICT", DECIDED);
    }
    const courseId =
      decision === "ACCEPTED" ? await publishCourse(tx, actor, found, ukToday(now)) : null;
    await recordAudit(tx, actor, {
      action: "courseConfirmation.decide",
      recordType: "CourseConfirmation",
      recordId: found.id,
      detail: { decision, courseId },
    });
    return { ...found, courseId: courseId ?? found.courseId };
  });

  await tellProvider(db, decided, decision);
  return { id: decided.id, status: decision, courseId: decided.courseId };
}

/**
 * A confirmation that changes a live course must still fit the students placed on it: the
 * decider is told what it would break, and the provider can submit one that fits (or the
 * placements change first). Refused inside the transaction, so the status guard rolls back.
 */
async function assertFitsPlacements(tx: Tx, confirmation: CourseConfirmation, today: string) {
  const course = await tx.course.findUniqueOrThrow({
    where: { id: confirmation.courseId! },
    select: {
      title: true,
      daysOffered: true,
      places: true,
      minAge: true,
      maxAge: true,
      placements: {
        where: { status: "ACTIVE" },
        select: { days: true, student: { select: { dateOfBirth: true } } },
      },
    },
  });
  const placements = course.placements.map((p) => ({
    days: p.days,
    dateOfBirth: p.student.dateOfBirth,
  }));
  const problems = courseChangeProblems(course, confirmation, placements, today);
  if (problems.length) {
    throw new AppError(
      "CONFLICT",
      `This confirmation cannot be accepted: it would change “${course.title}” under the ` +
        `students placed on it. ${problems.join(". ")}. Return it to the provider to ` +
        "correct, or accept it once those placements have changed.",
    );
  }
}

/** The confirmed content becomes the course referrals see: a new one, or the named one. */
async function publishCourse(
  tx: Tx,
  actor: Actor,
  confirmation: CourseConfirmation,
  today: string,
) {
  const { title, subject, qualification, level, awardingBody, daysOffered } = confirmation;
  const { places, minAge, maxAge, location } = confirmation;
  const content = {
    title,
    subject,
    qualification,
    level,
    awardingBody,
    daysOffered,
    places,
    minAge,
    maxAge,
    location,
    active: true,
  };
  if (confirmation.courseId) {
    await assertFitsPlacements(tx, confirmation, today);
    await tx.course.update({ where: { id: confirmation.courseId }, data: content });
    await recordAudit(tx, actor, {
      action: "course.update",
      recordType: "Course",
      recordId: confirmation.courseId,
      detail: { confirmationId: confirmation.id },
    });
    return confirmation.courseId;
  }
  const course = await tx.course.create({
    data: { ...content, providerId: confirmation.providerId },
  });
  await tx.courseConfirmation.update({
    where: { id: confirmation.id },
    data: { courseId: course.id },
  });
  await recordAudit(tx, actor, {
    action: "course.create",
    recordType: "Course",
    recordId: course.id,
    detail: { confirmationId: confirmation.id },
  });
  return course.id;
}

async function tellProvider(
  db: PrismaClient,
  confirmation: CourseConfirmation,
  decision: "ACCEPTED" | "RETURNED",
) {
  const accepted = decision === "ACCEPTED";
  await notifyOrganisation(db, confirmation.providerId, {
    kind: `courseConfirmation.${accepted ? "accepted" : "returned"}`,
    title: `Course content ${confirmation.reference} ${accepted ? "accepted" : "returned"}`,
    body: accepted
      ? `“${confirmation.title}” is now in the course list schools refer to.`
      : `The service has returned “${confirmation.title}” with a comment. ` +
        "Submit a corrected confirmation from the returned one.",
    link: `/quality/courses/${confirmation.id}`,
  });
}
