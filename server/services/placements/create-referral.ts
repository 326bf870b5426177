import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { studentScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ageOn, ukToday } from "@/lib/dates";
import { fromDateOnly, toDateOnly, WEEKDAY_LABEL } from "@/lib/schemas/common";
import { PAPERWORK_KINDS, type referralCreateSchema } from "@/lib/schemas/referral";
import type { NewStudentInput } from "@/lib/schemas/student";
import type { z } from "zod";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { findOpenLink, lockStudentCourse, nextReferralReference } from "./referral-access";

type Tx = Prisma.TransactionClient;
type Input = z.output<typeof referralCreateSchema>;

export interface CreateReferralOptions {
  db: PrismaClient;
  actor: Actor;
  input: Input;
  now?: Date;
}

/**
 * School staff refer a student (existing on their roll, or new) to a course. The student,
 * referral, its four paperwork items and the links to uploaded documents are written in
 * one transaction, with an audit row for each record created.
 */
export async function createReferral({
  db,
  actor,
  input,
  now = new Date(),
}: CreateReferralOptions) {
  const today = ukToday(now);
  if (input.requestedStartDate < today) {
    throw AppError.invalid(
      "requestedStartDate",
      "The start date wanted must be today or in the future",
    );
  }

  const referral = await db.$transaction(async (tx) => {
    const course = await loadCourse(tx, input.courseId, input.requestedDays);
    const studentId = await resolveStudent(tx, actor, input.student);
    await assertAgeFits(tx, studentId, course, input.requestedStartDate);
    await assertNoOpenReferral(tx, studentId, course.id);
    const created = await tx.referral.create({
      data: {
        reference: await nextReferralReference(tx),
        studentId,
        courseId: course.id,
        schoolId: actor.organisationId,
        providerId: course.providerId,
        requestedDays: input.requestedDays,
        requestedStartDate: toDateOnly(input.requestedStartDate),
        reasons: input.reasons,
        needs: input.needs,
        riskLevel: input.riskLevel,
        riskAssessment: input.riskAssessment,
        createdById: actor.userId,
      },
    });
    await attachPaperwork(tx, actor, created.id, input.paperwork);
    await recordAudit(tx, actor, {
      action: "referral.create",
      recordType: "Referral",
      recordId: created.id,
      detail: { courseId: course.id, studentId },
    });
    return created;
  });

  await notifyOrganisation(
    db,
    referral.providerId,
    {
      kind: "referral.received",
      title: `New referral ${referral.reference}`,
      body:
        "A school has referred a student to one of your courses. Check the paperwork and " +
        "arrange the interview.",
      link: `/referrals/${referral.id}`,
    },
    ["PROVIDER_STAFF", "PROVIDER_DSL"],
  );
  return { id: referral.id, reference: referral.reference };
}

async function loadCourse(tx: Tx, courseId: string, days: readonly string[]) {
  const course = await tx.course.findFirst({ where: { id: courseId, active: true } });
  if (!course) {
    throw AppError.invalid("courseId", "Choose a course that is currently offered");
  }
  const offered: readonly string[] = course.daysOffered;
  if (days.some((day) => !offered.includes(day))) {
    const list = course.daysOffered.map((day) => WEEKDAY_LABEL[day]).join(", ");
    throw AppError.invalid("requestedDays", `Select only days the course runs: ${list}`);
  }
  return course;
}

async function resolveStudent(tx: Tx, actor: Actor, choice: Input["student"]): Promise<string> {
  if (choice.mode === "existing") {
    const student = await tx.student.findFirst({
      where: { AND: [{ id: choice.studentId }, studentScope(actor)] },
    });
    if (!student) {
      throw AppError.invalid("student.studentId", "Choose a student on your school's roll");
    }
    return student.id;
  }
  return createStudent(tx, actor, choice.student);
}

async function createStudent(tx: Tx, actor: Actor, student: NewStudentInput): Promise<string> {
  const clash = await tx.student.findUnique({ where: { upn: student.upn }, select: { id: true } });
  if (clash) {
    // Saying whose roll the UPN is on would leak another school's pupil; say only what to do.
    throw AppError.invalid(
      "student.student.upn",
      "A student with this UPN is already recorded. " +
        "Choose them from your students, or contact the service",
    );
  }
  const { contacts, dateOfBirth, preferredName, ...fields } = student;
  const created = await tx.student.create({
    data: {
      ...fields,
      preferredName: preferredName || null,
      dateOfBirth: toDateOnly(dateOfBirth),
      homeSchoolId: actor.organisationId,
      createdById: actor.userId,
      contacts: {
        create: contacts.map((contact) => ({
          ...contact,
          phone: contact.phone || null,
          email: contact.email || null,
        })),
      },
    },
  });
  await recordAudit(tx, actor, {
    action: "student.create",
    recordType: "Student",
    recordId: created.id,
  });
  return created.id;
}

async function assertAgeFits(
  tx: Tx,
  studentId: string,
  course: { minAge: number; maxAge: number },
  startDate: string,
) {
  const student = await tx.student.findUniqueOrThrow({
    where: { id: studentId },
    select: { dateOfBirth: true },
  });
  const age = ageOn(fromDateOnly(student.dateOfBirth), startDate);
  if (age < course.minAge || age > course.maxAge) {
    throw AppError.invalid(
      "courseId",
      `This course is for ages ${course.minAge} to ${course.maxAge}; ` +
        `the student will be ${age} on the start date`,
    );
  }
}

async function assertNoOpenReferral(tx: Tx, studentId: string, courseId: string) {
  await lockStudentCourse(tx, studentId, courseId);
  const open = await findOpenLink(tx, studentId, courseId);
  if (open) {
    const what = open.kind === "referral" ? "an open referral to" : "an active placement on";
    throw AppError.invalid(
      "courseId",
      `This student already has ${what} this course (${open.reference})`,
    );
  }
}

async function attachPaperwork(
  tx: Tx,
  actor: Actor,
  referralId: string,
  uploads: Input["paperwork"],
) {
  const byKind = new Map<string, string>();
  for (const upload of uploads) {
    if (byKind.has(upload.kind)) {
      throw AppError.invalid("paperwork", "Upload one document for each piece of paperwork");
    }
    byKind.set(upload.kind, upload.documentId);
  }
  const documentIds = [...byKind.values()];
  const owned = await tx.document.count({
    where: { id: { in: documentIds }, ownerOrganisationId: actor.organisationId, referralId: null },
  });
  if (owned !== documentIds.length) {
    throw AppError.invalid(
      "paperwork",
      "One of the uploaded documents could not be found. Upload it again",
    );
  }
  await tx.document.updateMany({ where: { id: { in: documentIds } }, data: { referralId } });
  await tx.paperworkItem.createMany({
    data: PAPERWORK_KINDS.map((kind) => ({
      referralId,
      kind,
      documentId: byKind.get(kind) ?? null,
    })),
  });
}
