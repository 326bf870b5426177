import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "@/server/db/generated/client";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import { academicStartYearOf } from "@/lib/schemas/quality-review";
import { uploadDir } from "@/server/services/documents/store-document";
import { dateOnly, isoOf, momentOn, type Day } from "./calendar";
import { newId, type SeedContext } from "./context";
import type { SeedOrganisations } from "./organisations";
import type { SeedPeople } from "./people";
import type { AuditRow } from "./rows";

type Row<T> = T & { id: string };
type ActionRow = Row<Omit<Prisma.QualityActionCreateManyInput, "reviewId">> & {
  reviewKind: "QR1" | "QR2";
};
type SubmissionRow = Row<Prisma.ActionSubmissionCreateManyInput>;
type DocumentRow = Row<Prisma.DocumentCreateManyInput>;

/** The first provider's actions of this year's review 1, in each state the demo shows. */
export interface QualityActionRecords {
  providerId: string;
  officerId: string;
  startYear: number;
  today: Day;
  actions: ActionRow[];
  submissions: SubmissionRow[];
  documents: DocumentRow[];
  audit: AuditRow[];
}

interface Actor {
  id: string;
  organisationId: string;
}

// Fixed fictional wording: the demo reads the same every time.
const ACTIONS = [
  {
    description: "Renew the fire risk assessment with a competent assessor and act on it",
    owner: "Centre manager",
    plan: "SAR 2026/27 action 3.1",
    due: -10,
  },
  {
    description: "Record Prevent training for the two tutors who joined in September",
    owner: "Designated safeguarding lead",
    plan: "SEF section 2, action 4",
    due: 20,
  },
  {
    description: "Publish the complaints procedure on the website and in reception",
    owner: "Office manager",
    plan: null,
    due: -20,
  },
  {
    description: "Add the first aid certificates' expiry dates to the staff training log",
    owner: "Centre manager",
    plan: "SAR 2026/27 action 3.4",
    due: 7,
  },
] as const;

/**
 * Four actions from the first provider's review 1 this academic year: one overdue and
 * untouched, one with evidence waiting for the quality officer, one closed after its first
 * evidence was returned, one due within the fortnight. Dates follow the seed's day.
 */
export function buildQualityActions(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
): QualityActionRecords | null {
  const officer = people.users.find((user) => user.email === "quality@demo.cap.test");
  const staff = people.users.find((user) => user.email === "provider.staff@demo.cap.test");
  const provider = orgs.providers[0];
  if (!officer || !staff || !provider || staff.organisationId !== provider.id) {
    return null;
  }
  const out: QualityActionRecords = {
    providerId: provider.id,
    officerId: officer.id,
    startYear: academicStartYearOf(isoOf(ctx.today)),
    today: ctx.today,
    actions: [],
    submissions: [],
    documents: [],
    audit: [],
  };
  const setAt = momentOn(ctx.today - 45, 15 * 60);
  ACTIONS.forEach((spec, index) => {
    out.actions.push({
      id: newId(ctx),
      reference: `QA-${String(index + 1).padStart(6, "0")}`,
      reviewKind: "QR1",
      providerId: provider.id,
      description: spec.description,
      owner: spec.owner,
      dueOn: dateOnly(ctx.today + spec.due),
      providerPlanReference: spec.plan,
      setById: officer.id,
      createdAt: setAt,
    });
  });
  const [, awaiting, closed] = out.actions;
  submit(ctx, out, { action: awaiting, staff, day: ctx.today - 2, file: "prevent-certificates" });
  const first = submit(ctx, out, { action: closed, staff, day: ctx.today - 30, file: "website" });
  decide(ctx, out, first, officer, "RETURNED", ctx.today - 28);
  const again = submit(ctx, out, { action: closed, staff, day: ctx.today - 16, file: "reception" });
  decide(ctx, out, again, officer, "CLOSED", ctx.today - 15);
  awaiting.status = "EVIDENCE_SUBMITTED";
  Object.assign(closed, { status: "CLOSED", closedAt: momentOn(ctx.today - 15, 11 * 60) });
  closed.closedById = officer.id;
  return out;
}

const STATEMENTS: Record<string, string> = {
  "prevent-certificates":
    "Both tutors completed the Home Office Prevent course; certificates attached.",
  website: "The procedure is on the website now.",
  reception: "The procedure is on the website and a copy is displayed in reception (photo).",
};

function submit(
  ctx: SeedContext,
  out: QualityActionRecords,
  options: { action: ActionRow; staff: Actor; day: Day; file: string },
): SubmissionRow {
  const { action, staff, day, file } = options;
  const submittedAt = momentOn(day, 10 * 60);
  const submission: SubmissionRow = {
    id: newId(ctx),
    actionId: action.id,
    statement: STATEMENTS[file],
    submittedById: staff.id,
    submittedAt,
  };
  const id = newId(ctx);
  out.submissions.push(submission);
  out.documents.push({
    id,
    ownerOrganisationId: staff.organisationId,
    uploadedById: staff.id,
    actionSubmissionId: submission.id,
    kind: QUALITY_DOCUMENT_KIND.EVIDENCE,
    originalName: `${file}.pdf`,
    mimeType: "application/pdf",
    sizeBytes: PLACEHOLDER_PDF.byteLength,
    sha256: createHash("sha256").update(PLACEHOLDER_PDF).digest("hex"),
    storageKey: `seed-${id}.bin`,
    createdAt: submittedAt,
  });
  out.audit.push(audit(ctx, submittedAt, staff, "qualityAction.submitEvidence", action.id));
  return submission;
}

function decide(
  ctx: SeedContext,
  out: QualityActionRecords,
  submission: SubmissionRow,
  officer: Actor,
  decision: "CLOSED" | "RETURNED",
  day: Day,
) {
  const decidedAt = momentOn(day, 11 * 60);
  Object.assign(submission, {
    decision,
    decidedAt,
    decidedById: officer.id,
    decisionComment:
      decision === "RETURNED"
        ? "Please show where the procedure is displayed on site as well as online."
        : null,
  });
  out.audit.push(audit(ctx, decidedAt, officer, "qualityAction.decide", submission.actionId));
}

function audit(ctx: SeedContext, at: Date, actor: Actor, action: string, recordId: string) {
  return {
    id: newId(ctx),
    at,
    actorUserId: actor.id,
    actorOrganisationId: actor.organisationId,
    action,
    recordType: "QualityAction",
    recordId,
  } satisfies AuditRow;
}

/** A one-page blank PDF standing in for each seeded evidence file. */
const PLACEHOLDER_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n" +
    "trailer << /Root 1 0 R >>\n%%EOF\n",
);

/**
 * Writes the actions under the provider's review year and review 1, reusing them when the
 * review cycle's own demo data has already written them (the unique year and kind), and
 * adding a planned quality review 2 where none exists, so the revisit form has a review.
 */
export async function writeQualityActions(
  tx: Prisma.TransactionClient,
  records: QualityActionRecords | null,
): Promise<void> {
  if (!records) {
    return;
  }
  const { providerId, officerId, startYear, today } = records;
  const year = await tx.reviewYear.upsert({
    where: { providerId_startYear: { providerId, startYear } },
    create: {
      providerId,
      startYear,
      openedById: officerId,
      openedAt: momentOn(today - 90, 9 * 60),
    },
    update: {},
  });
  const review = async (kind: "QR1" | "QR2") => {
    const found = await tx.qualityReview.findUnique({
      where: { reviewYearId_kind: { reviewYearId: year.id, kind } },
    });
    return found ?? tx.qualityReview.create({ data: reviewRow(records, year.id, kind) });
  };
  const qr1 = await review("QR1");
  await review("QR2");
  await tx.qualityAction.createMany({
    data: records.actions.map(({ reviewKind: _kind, ...action }) => ({
      ...action,
      reviewId: qr1.id,
    })),
  });
  await tx.counter.create({ data: { name: "qualityAction", value: records.actions.length } });
  await tx.actionSubmission.createMany({ data: records.submissions });
  await tx.document.createMany({ data: records.documents });
  await mkdir(uploadDir(), { recursive: true });
  for (const document of records.documents) {
    await writeFile(path.join(uploadDir(), document.storageKey), PLACEHOLDER_PDF, { mode: 0o600 });
  }
}

function reviewRow(records: QualityActionRecords, reviewYearId: string, kind: "QR1" | "QR2") {
  const { providerId, officerId, today } = records;
  const given = kind === "QR1";
  return {
    // The live counters continue from here (writeQualityActions, quality-reviews.ts).
    reference: kind === "QR1" ? "QR-000001" : "QR-000002",
    reviewYearId,
    providerId,
    kind,
    status: given ? ("FEEDBACK_GIVEN" as const) : ("OPEN" as const),
    dueOn: dateOnly(given ? today - 60 : today + 40),
    mode: given ? null : ("ON_SITE" as const),
    openedById: officerId,
    createdAt: momentOn(today - 80, 9 * 60),
    submittedAt: given ? momentOn(today - 61, 16 * 60) : null,
    submittedById: null,
    feedbackSummary: given
      ? "Most requirements are met. Four actions below; the fire risk assessment is the priority."
      : null,
    feedbackAt: given ? momentOn(today - 45, 15 * 60) : null,
    feedbackById: given ? officerId : null,
  };
}
