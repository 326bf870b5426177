import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course } from "@/server/db/generated/client";
import { readDocument, storeDocument } from "@/server/services/documents/store-document";
import { makeCourse, makeOrganisation, makeStudent, makeUser, setupTestDatabase } from "./harness";

const db = await setupTestDatabase();
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "cap-uploads-"));
});

afterAll(async () => {
  await rm(process.env.UPLOAD_DIR!, { recursive: true, force: true });
});

/** A referral from `schoolId` to `course` with the stored document attached. */
async function attachToReferral(
  reference: string,
  { studentId, schoolId, course }: { studentId: string; schoolId: string; course: Course },
  documentId: string,
) {
  await db.referral.create({
    data: {
      reference,
      studentId,
      courseId: course.id,
      schoolId,
      providerId: course.providerId,
      requestedDays: ["MONDAY"],
      requestedStartDate: new Date("2027-01-04"),
      reasons: "r",
      needs: "n",
      riskLevel: "LOW",
      riskAssessment: "a",
      createdById: "test",
      documents: { connect: { id: documentId } },
    },
  });
}

describe("documents", () => {
  it("stores a PDF outside the web root with its size and checksum", async () => {
    const staff = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    const stored = await storeDocument({
      db,
      actor: staff.actor,
      kind: "PARENTAL_CONSENT",
      name: "../../consent.pdf",
      bytes: PDF,
    });

    const row = await db.document.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row.originalName).toBe("consent.pdf");
    expect(row.sizeBytes).toBe(PDF.byteLength);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await readdir(process.env.UPLOAD_DIR!)).toContain(row.storageKey);
  });

  it("names a stored file by the type its bytes are, without hidden characters", async () => {
    const staff = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    const page = await storeDocument({
      db,
      actor: staff.actor,
      kind: "OTHER",
      name: "timetable.html",
      bytes: PDF,
    });
    const trick = await storeDocument({
      db,
      actor: staff.actor,
      kind: "OTHER",
      name: "rtl\u202egpj.exe",
      bytes: PDF,
    });

    expect(page.originalName).toBe("timetable.pdf");
    expect(trick.originalName).toBe("rtlgpj.pdf");
  });

  it("lets service staff read a referral's documents", async () => {
    const staff = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    const admin = await makeUser(db, { roles: ["SERVICE_ADMIN"] });
    const stored = await storeDocument({
      db,
      actor: staff.actor,
      kind: "X",
      name: "a.pdf",
      bytes: PDF,
    });
    const course = await makeCourse(db);
    const student = await makeStudent(db, { homeSchoolId: staff.organisationId });
    await attachToReferral(
      "REF-900002",
      { studentId: student.id, schoolId: staff.organisationId, course },
      stored.id,
    );

    const file = await readDocument({ db, actor: admin.actor, documentId: stored.id });
    expect(file.name).toBe("a.pdf");
  });

  it("refuses a disguised file and leaves neither a row nor a file", async () => {
    const staff = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    const before = (await readdir(process.env.UPLOAD_DIR!)).length;

    const upload = storeDocument({
      db,
      actor: staff.actor,
      kind: "RISK_ASSESSMENT",
      name: "risk.pdf",
      bytes: new TextEncoder().encode("MZ this is not a pdf"),
    });

    await expect(upload).rejects.toMatchObject({ code: "INVALID", field: "file" });
    expect(await db.document.count({ where: { uploadedById: staff.id } })).toBe(0);
    expect((await readdir(process.env.UPLOAD_DIR!)).length).toBe(before);
  });

  it("serves a referral's document to the provider it was sent to, and nobody else", async () => {
    const school = await makeOrganisation(db, { kind: "SCHOOL" });
    const staff = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
    const course = await makeCourse(db);
    const student = await makeStudent(db, { homeSchool: school });
    const stored = await storeDocument({
      db,
      actor: staff.actor,
      kind: "PARENTAL_CONSENT",
      name: "c.pdf",
      bytes: PDF,
    });
    await attachToReferral(
      "REF-900001",
      { studentId: student.id, schoolId: school.id, course },
      stored.id,
    );
    const receiving = await db.organisation.findUniqueOrThrow({ where: { id: course.providerId } });
    const providerStaff = await makeUser(db, {
      organisation: receiving,
      roles: ["PROVIDER_STAFF"],
    });
    const stranger = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
    const otherSchool = await makeUser(db, { roles: ["SCHOOL_STAFF"] });

    const file = await readDocument({ db, actor: providerStaff.actor, documentId: stored.id });
    expect(Buffer.from(file.bytes).equals(Buffer.from(PDF))).toBe(true);
    await expect(
      readDocument({ db, actor: stranger.actor, documentId: stored.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      readDocument({ db, actor: otherSchool.actor, documentId: stored.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await db.auditEvent.count({ where: { action: "document.download", recordId: stored.id } }),
    ).toBe(1);
  });

  it("keeps an unattached upload private to the organisation that uploaded it", async () => {
    const staff = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    const admin = await makeUser(db, { roles: ["SERVICE_ADMIN"] });
    const stored = await storeDocument({
      db,
      actor: staff.actor,
      kind: "OTHER",
      name: "draft.pdf",
      bytes: PDF,
    });

    await expect(
      readDocument({ db, actor: admin.actor, documentId: stored.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
