import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import { studentScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import type { allegationReportSchema } from "@/lib/schemas/allegation";
import { notifyServiceRoles } from "@/server/services/notifications/notify-organisation";
import { nextAllegationReference } from "./allegation-access";

type Tx = Prisma.TransactionClient;
type Input = z.output<typeof allegationReportSchema>;

export interface ReportAllegationOptions {
  db: PrismaClient;
  actor: Actor;
  input: Input;
  now?: Date;
}

/**
 * Anyone signed in reports an allegation about an adult. It goes to the service lead alone:
 * the lead is told after it commits, in words that name neither the adult nor a child.
 */
export async function reportAllegation(options: ReportAllegationOptions) {
  const { db, actor, input, now = new Date() } = options;
  const { studentIds, employerId, occurredAt, ...fields } = input;
  if (occurredAt > now) {
    throw AppError.invalid("occurredAt", "When it happened must be now or in the past");
  }

  const allegation = await db.$transaction(async (tx) => {
    await findEmployer(tx, employerId);
    const linked = await findStudents(tx, actor, studentIds);
    const created = await tx.allegation.create({
      data: {
        ...fields,
        occurredAt,
        employerId,
        reference: await nextAllegationReference(tx),
        reportedById: actor.userId,
        reportedByOrganisationId: actor.organisationId,
        reportedAt: now,
        students: { connect: linked.map((id) => ({ id })) },
      },
    });
    await recordAudit(tx, actor, {
      action: "allegation.report",
      recordType: "Allegation",
      recordId: created.id,
      detail: { employerId, studentIds: linked },
    });
    return created;
  });

  await notifyServiceRoles(db, ["SERVICE_LEAD"], {
    kind: "allegation.reported",
    title: `Allegation ${allegation.reference} reported`,
    body:
      "An allegation about an adult's conduct towards children has been reported to you. " +
      "Consider the thresholds and whether to consult the LADO today.",
    link: `/allegations/${allegation.id}`,
  });
  return { id: allegation.id, reference: allegation.reference };
}

async function findEmployer(tx: Tx, employerId: string) {
  const employer = await tx.organisation.findFirst({
    where: { id: employerId, closedAt: null },
    select: { id: true },
  });
  if (!employer) {
    throw new AppError("NOT_FOUND", "Choose the adult's employer from the list", {
      field: "employerId",
    });
  }
}

/**
 * Linked students must be ones the reporter may read. Quality officers read no student
 * records, so they name the children in words instead.
 */
async function findStudents(tx: Tx, actor: Actor, ids: string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) {
    return [];
  }
  const found = can(actor.roles, "student.read")
    ? await tx.student.count({ where: { AND: [{ id: { in: wanted } }, studentScope(actor)] } })
    : 0;
  if (found !== wanted.length) {
    throw new AppError("NOT_FOUND", "Link only students your organisation works with", {
      field: "studentIds",
    });
  }
  return wanted;
}

/** The organisations an adult may work for: every open school, provider and the service. */
export async function listEmployers({ db }: { db: PrismaClient }) {
  return db.organisation.findMany({
    where: { closedAt: null },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true },
  });
}
