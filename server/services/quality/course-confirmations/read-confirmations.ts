import type { CourseConfirmationStatusValue } from "@/lib/schemas/course-confirmation";
import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope } from "@/server/auth/scope";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

interface Options {
  db: PrismaClient;
  actor: Actor;
}

/** A provider's own confirmations; the service sees every provider's, by status. */
export async function listConfirmations({
  db,
  actor,
  status,
}: Options & { status?: CourseConfirmationStatusValue }) {
  return db.courseConfirmation.findMany({
    where: { ...qualityProviderScope(actor), ...(status ? { status } : {}) },
    orderBy: [{ submittedAt: "desc" }],
    select: {
      id: true,
      reference: true,
      title: true,
      contractReference: true,
      status: true,
      submittedAt: true,
      decidedAt: true,
      courseId: true,
      provider: { select: { id: true, name: true } },
    },
  });
}

export async function readConfirmation({
  db,
  actor,
  confirmationId,
}: Options & { confirmationId: string }) {
  const confirmation = await db.courseConfirmation.findFirst({
    where: { id: confirmationId, ...qualityProviderScope(actor) },
    include: {
      provider: { select: { id: true, name: true } },
      course: { select: { id: true, title: true } },
      submittedBy: { select: { name: true } },
      decidedBy: { select: { name: true } },
    },
  });
  if (!confirmation) {
    throw AppError.notFound("Course confirmation");
  }
  return confirmation;
}
