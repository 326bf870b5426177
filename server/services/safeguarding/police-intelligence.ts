import type { z } from "zod";
import { toDateOnly } from "@/lib/schemas/common";
import type { policeIntelligenceCreateSchema } from "@/lib/schemas/police-intelligence";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { assertOpen } from "./concern-access";
import { findConcernToReferOn } from "./onward-access";

type Tx = Prisma.TransactionClient;
type CreateInput = z.output<typeof policeIntelligenceCreateSchema>;

interface Options<T> {
  db: PrismaClient;
  actor: Actor;
  input: T;
  now?: Date;
}

const TEXT_FIELDS = [
  "subjectName",
  "subjectDescription",
  "subjectAssociates",
  "subjectVehicles",
  "subjectLocations",
  "subjectHandles",
  "whatWasSeenOrHeard",
  "observedWhere",
] as const;

/**
 * Who supplied the information, as words that must not reach the police: the raiser's and
 * the writer's names and e-mail addresses, and the raising organisation's name unless it is
 * the service itself (which submits the report anyway).
 */
async function supplierIdentity(tx: Tx, actor: Actor, concernId: string): Promise<string[]> {
  const concern = await tx.concern.findUniqueOrThrow({
    where: { id: concernId },
    select: {
      raisedBy: { select: { name: true, email: true } },
      raisedByOrganisation: { select: { name: true, kind: true } },
    },
  });
  const writer = await tx.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { name: true, email: true },
  });
  const { raisedBy, raisedByOrganisation } = concern;
  const organisation = raisedByOrganisation.kind === "SERVICE" ? [] : [raisedByOrganisation.name];
  return [raisedBy.name, raisedBy.email, writer.name, writer.email, ...organisation];
}

/**
 * Text reduced to words for comparison: case, accents' compatibility forms, spacing and
 * punctuation between words (hyphens, commas, line breaks, non-breaking spaces) no longer
 * matter, so "Okafor,\u00a0Jade" is caught as well as "Jade Okafor".
 */
function comparable(text: string): string {
  const words = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, " ")
    .replace(/\.+(?=\s|$)/g, "")
    .trim();
  return ` ${words} `;
}

/** Each identity as written and, for a person's name, surname first ("Okafor Jade"). */
function identityForms(identity: readonly string[]): string[] {
  return identity.flatMap((text) => {
    const words = comparable(text).trim().split(" ").filter(Boolean);
    if (words.length === 0) {
      return [];
    }
    const reversed = words.length > 1 ? [[words.at(-1), ...words.slice(0, -1)].join(" ")] : [];
    return [words.join(" "), ...reversed].map((form) => ` ${form} `);
  });
}

/** Refuses, beside the field, text that would tell the police who supplied it. */
function assertNoSupplierIdentity(input: CreateInput, identity: readonly string[]): void {
  const forms = identityForms(identity);
  for (const field of TEXT_FIELDS) {
    const value = input[field] ? comparable(input[field]) : "";
    if (value && forms.some((form) => value.includes(form))) {
      throw AppError.invalid(
        field,
        "Leave out who supplied the information (names, e-mail addresses and organisation): " +
          "the police must not learn it from this report",
      );
    }
  }
}

/** The next INT-000001 reference, taken inside the caller's transaction. */
async function nextReference(tx: Tx): Promise<string> {
  const counter = await tx.counter.upsert({
    where: { name: "police-intelligence" },
    create: { name: "police-intelligence", value: 1 },
    update: { value: { increment: 1 } },
  });
  return `INT-${String(counter.value).padStart(6, "0")}`;
}

/** A DSL writes intelligence about one person from an open concern. */
export async function createPoliceIntelligence({
  db,
  actor,
  input,
  now = new Date(),
}: Options<CreateInput>) {
  const { concernId, subjectDateOfBirth, observedAt, ...fields } = input;
  if (observedAt > now) {
    throw AppError.invalid("observedAt", "When it was seen or heard must be in the past");
  }

  return db.$transaction(async (tx) => {
    const concern = await findConcernToReferOn(tx, actor, concernId, {});
    assertOpen(concern);
    assertNoSupplierIdentity(input, await supplierIdentity(tx, actor, concernId));

    const report = await tx.policeIntelligenceReport.create({
      data: {
        ...fields,
        concernId,
        observedAt,
        subjectDateOfBirth: subjectDateOfBirth ? toDateOnly(subjectDateOfBirth) : null,
        reference: await nextReference(tx),
        createdById: actor.userId,
        createdAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: "policeIntelligence.create",
      recordType: "Concern",
      recordId: concernId,
      detail: { reportId: report.id, reference: report.reference },
    });
    return { id: report.id, reference: report.reference };
  });
}

/** The concern's reports, newest first: references, subjects and whether each was sent. */
export async function listPoliceIntelligence({ db, actor, input }: Options<{ concernId: string }>) {
  const { concernId } = input;

  return db.$transaction(async (tx) => {
    const concern = await findConcernToReferOn(tx, actor, concernId, {});
    const reports = await tx.policeIntelligenceReport.findMany({
      where: { concernId },
      orderBy: { createdAt: "desc" },
      select: { id: true, reference: true, subjectName: true, createdAt: true, sentAt: true },
    });
    await recordAudit(tx, actor, {
      action: "policeIntelligence.read",
      recordType: "Concern",
      recordId: concernId,
      detail: { studentId: concern.studentId, reports: reports.length },
    });
    return {
      concern: { id: concern.id, reference: concern.reference, status: concern.status },
      reports,
    };
  });
}

type ReportInput = { concernId: string; reportId: string };

async function findReport(tx: Tx, concernId: string, reportId: string) {
  const report = await tx.policeIntelligenceReport.findFirst({
    where: { id: reportId, concernId },
  });
  if (!report) {
    throw AppError.notFound("Intelligence report");
  }
  return report;
}

async function namesOf(tx: Tx, ids: readonly (string | null)[]) {
  const users = await tx.user.findMany({
    where: { id: { in: ids.filter((id): id is string => Boolean(id)) } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
}

/** One report as the portal shows it, with who wrote and sent it (portal only). */
export async function getPoliceIntelligence({ db, actor, input }: Options<ReportInput>) {
  const { concernId, reportId } = input;

  return db.$transaction(async (tx) => {
    const concern = await findConcernToReferOn(tx, actor, concernId, {});
    const report = await findReport(tx, concernId, reportId);
    const names = await namesOf(tx, [report.createdById, report.sentById]);

    await recordAudit(tx, actor, {
      action: "policeIntelligence.read",
      recordType: "PoliceIntelligenceReport",
      recordId: report.id,
      detail: { concernId, studentId: concern.studentId },
    });
    return {
      ...report,
      concernReference: concern.reference,
      createdBy: names.get(report.createdById) ?? "Unknown",
      sentBy: report.sentById ? (names.get(report.sentById) ?? "Unknown") : null,
    };
  });
}

/**
 * What is sent to the police, built field by field from an allow-list so nothing about who
 * supplied the information can slip in: no raiser, DSL, writer or sender, no organisation
 * but the service, which is named as the submitting agency.
 */
export async function exportPoliceIntelligence({ db, actor, input }: Options<ReportInput>) {
  const { concernId, reportId } = input;

  return db.$transaction(async (tx) => {
    await findConcernToReferOn(tx, actor, concernId, {});
    const report = await findReport(tx, concernId, reportId);
    const agency = await submittingAgency(tx);

    await recordAudit(tx, actor, {
      action: "policeIntelligence.export",
      recordType: "PoliceIntelligenceReport",
      recordId: report.id,
      detail: { concernId },
    });
    return {
      reference: report.reference,
      writtenOn: report.createdAt,
      submittingAgency: agency,
      subject: {
        name: report.subjectName,
        description: report.subjectDescription,
        dateOfBirth: report.subjectDateOfBirth,
        associates: report.subjectAssociates,
        vehicles: report.subjectVehicles,
        locations: report.subjectLocations,
        handles: report.subjectHandles,
      },
      information: {
        whatWasSeenOrHeard: report.whatWasSeenOrHeard,
        observedAt: report.observedAt,
        observedWhere: report.observedWhere,
      },
    };
  });
}

/** The service, by its organisation's name and shared contact details, never a person. */
async function submittingAgency(tx: Tx) {
  const service = await tx.organisation.findFirst({
    where: { kind: "SERVICE", closedAt: null },
    orderBy: { createdAt: "asc" },
    select: { name: true, email: true, phone: true, address: true },
  });
  if (!service) {
    throw new AppError("CONFLICT", "The service's organisation record is missing");
  }
  return service;
}

/** Records that the report went to the police, when, and (inside the portal) by whom. */
export async function markPoliceIntelligenceSent({
  db,
  actor,
  input,
  now = new Date(),
}: Options<ReportInput & { sentAt: Date }>) {
  const { concernId, reportId, sentAt } = input;
  if (sentAt > now) {
    throw AppError.invalid("sentAt", "When it was sent must be now or in the past");
  }

  return db.$transaction(async (tx) => {
    await findConcernToReferOn(tx, actor, concernId, {});
    const report = await findReport(tx, concernId, reportId);
    // Times are typed to the minute: the minute the report was written counts as after it.
    const writtenMinute = new Date(Math.floor(report.createdAt.getTime() / 60_000) * 60_000);
    if (sentAt < writtenMinute) {
      throw AppError.invalid("sentAt", "When it was sent must be after the report was written");
    }
    // Guarded on sentAt so two people recording it at once cannot both succeed.
    const marked = await tx.policeIntelligenceReport.updateMany({
      where: { id: report.id, sentAt: null },
      data: { sentAt, sentById: actor.userId, sentRecordedAt: now },
    });
    if (marked.count === 0) {
      throw new AppError("CONFLICT", "This report is already recorded as sent");
    }
    await recordAudit(tx, actor, {
      action: "policeIntelligence.markSent",
      recordType: "PoliceIntelligenceReport",
      recordId: report.id,
      detail: { concernId, sentAt: sentAt.toISOString() },
    });
    return { id: report.id, sentAt };
  });
}
