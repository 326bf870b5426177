import type { z } from "zod";
import type { submitCourseConfirmationSchema } from "@/lib/schemas/course-confirmation";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { notifyServiceRoles } from "@/server/services/notifications/notify-organisation";
import { nextReference } from "@/server/services/references/next-reference";

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: z.output<typeof submitCourseConfirmationSchema>;
  now?: Date;
}

/**
 * A provider confirms a course's content after winning a place on the purchasing system,
 * as a new course or as an update of one of its own. The service is told; nothing reaches
 * the course list until it is accepted.
 */
export async function submitConfirmation({ db, actor, input, now = new Date() }: Options) {
  const { courseId, ...content } = input;

  const confirmation = await db.$transaction(async (tx) => {
    if (courseId) {
      await assertOwnCourseFree(tx, actor, courseId);
    }
    const reference = await nextReference(tx, "courseConfirmation", "CCF");
    const created = await tx.courseConfirmation.create({
      data: {
        ...content,
        reference,
        courseId: courseId ?? null,
        providerId: actor.organisationId,
        submittedById: actor.userId,
        submittedAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "courseConfirmation.submit",
      recordType: "CourseConfirmation",
      recordId: created.id,
      detail: { courseId: courseId ?? null },
    });
    return created;
  });

  await notifyServiceRoles(db, ["QUALITY_OFFICER", "SERVICE_ADMIN"], {
    kind: "courseConfirmation.submitted",
    title: `Course content ${confirmation.reference} to check`,
    body: `A provider has confirmed the content of “${confirmation.title}”.`,
    link: `/quality/courses/${confirmation.id}`,
  });
  return { id: confirmation.id, reference: confirmation.reference };
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The course must be the provider's own, with no other confirmation of it waiting. */
async function assertOwnCourseFree(tx: Tx, actor: Actor, courseId: string) {
  const course = await tx.course.findFirst({
    where: { id: courseId, providerId: actor.organisationId },
    select: { id: true },
  });
  if (!course) {
    throw AppError.notFound("Course");
  }
  const waiting = await tx.courseConfirmation.findFirst({
    where: { courseId, status: "SUBMITTED" },
    select: { reference: true },
  });
  if (waiting) {
    throw AppError.invalid(
      "courseId",
      `${waiting.reference} already confirms this course and is waiting for the service`,
    );
  }
}
