import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { studentScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import type { concernRaiseSchema } from "@/lib/schemas/concern";
import { notifyOrganisation } from "@/server/services/notifications/notify-organisation";
import { attachToConcern } from "./attachments";
import { DSL_ROLE_OF, nextConcernReference } from "./concern-access";

type Tx = Prisma.TransactionClient;
type Input = z.output<typeof concernRaiseSchema>;

export interface RaiseConcernOptions {
  db: PrismaClient;
  actor: Actor;
  input: Input;
  now?: Date;
}

/**
 * Anyone who works with a student raises a concern about them. The student (and any linked
 * students) must be ones the raiser's organisation may see; files the raiser uploaded for it
 * are attached in the same transaction; the DSLs of the raising organisation are told after
 * the concern commits.
 */
export async function raiseConcern({ db, actor, input, now = new Date() }: RaiseConcernOptions) {
  const { studentId, linkedStudentIds, documentIds, occurredAt, ...fields } = input;
  if (occurredAt > now) {
    throw AppError.invalid("occurredAt", "When it happened must be now or in the past");
  }

  const concern = await db.$transaction(async (tx) => {
    const student = await findStudent(tx, actor, studentId);
    const linked = await findLinkedStudents(tx, actor, studentId, linkedStudentIds);
    const created = await tx.concern.create({
      data: {
        ...fields,
        raisedRiskLevel: fields.riskLevel,
        occurredAt,
        reference: await nextConcernReference(tx),
        studentId,
        schoolId: student.homeSchoolId,
        raisedById: actor.userId,
        raisedByOrganisationId: actor.organisationId,
        raisedAt: now,
        linkedStudents: { connect: linked.map((id) => ({ id })) },
      },
    });
    const attached = await attachToConcern(tx, actor, { concernId: created.id }, documentIds);
    await recordAudit(tx, actor, {
      action: "concern.raise",
      recordType: "Concern",
      recordId: created.id,
      detail: {
        studentId,
        categories: fields.categories,
        riskLevel: fields.riskLevel,
        documentIds: attached,
      },
    });
    return created;
  });

  await notifyOrganisation(
    db,
    actor.organisationId,
    {
      kind: "concern.raised",
      title: `Safeguarding concern ${concern.reference} raised`,
      body: "A member of your organisation has raised a safeguarding concern. Review it today.",
      link: `/concerns/${concern.id}`,
    },
    [DSL_ROLE_OF[actor.organisationKind]],
  );
  return { id: concern.id, reference: concern.reference };
}

async function findStudent(tx: Tx, actor: Actor, studentId: string) {
  const student = await tx.student.findFirst({
    where: { AND: [{ id: studentId }, studentScope(actor)] },
    select: { homeSchoolId: true },
  });
  if (!student) {
    throw new AppError("NOT_FOUND", "Student not found", { field: "studentId" });
  }
  return student;
}

async function findLinkedStudents(tx: Tx, actor: Actor, studentId: string, ids: string[]) {
  const wanted = [...new Set(ids)].filter((id) => id !== studentId);
  if (wanted.length === 0) {
    return [];
  }
  const found = await tx.student.count({
    where: { AND: [{ id: { in: wanted } }, studentScope(actor)] },
  });
  if (found !== wanted.length) {
    throw AppError.invalid("linkedStudentIds", "Link only students your organisation works with");
  }
  return wanted;
}
