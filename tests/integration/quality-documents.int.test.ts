import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import { assertClaimable, claimUploads } from "@/server/services/documents/claim-uploads";
import { readDocument, storeDocument } from "@/server/services/documents/store-document";
import { makeOrganisation, makeUser, setupTestDatabase, type TestUser } from "./harness";
import { makeJudgedRequirement, makeReview, makeReviewYear } from "./quality-factories";

// Who reads quality-assurance files, how an upload is claimed by the record it belongs to,
// and the antivirus hook (DOMAIN.md workflow 5; issue 5's upload rules).

const db = await setupTestDatabase();
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const SCANNER = `node ${path.resolve("tests/fixtures/eicar-scanner.mjs")}`;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "cap-quality-uploads-"));
});

afterEach(() => {
  delete process.env.UPLOAD_SCAN_COMMAND;
});

afterAll(async () => {
  await rm(process.env.UPLOAD_DIR!, { recursive: true, force: true });
});

function upload(user: TestUser, kind: string, bytes: Uint8Array = PDF) {
  return storeDocument({ db, actor: user.actor, kind, name: "evidence.pdf", bytes });
}

describe("quality evidence", () => {
  it("is its uploader's alone until attached; then its provider's and the quality officer's", async () => {
    const provider = await makeOrganisation(db, { kind: "PROVIDER" });
    const staff = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
    const colleague = await makeUser(db, { organisation: provider, roles: ["PROVIDER_DSL"] });
    const officer = await makeUser(db, { roles: ["QUALITY_OFFICER"] });
    const otherProvider = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
    const school = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    const admin = await makeUser(db, { roles: ["SERVICE_ADMIN"] });
    const stored = await upload(staff, QUALITY_DOCUMENT_KIND.EVIDENCE);
    const readers = async (users: TestUser[]) => {
      const found = [];
      for (const user of users) {
        const read = readDocument({ db, actor: user.actor, documentId: stored.id });
        found.push(
          await read.then(
            () => user.id,
            () => null,
          ),
        );
      }
      return found.filter(Boolean);
    };
    const everyone = [staff, colleague, officer, otherProvider, school, admin];

    // Perhaps the wrong file: nobody else reads it before it is attached to an answer.
    expect(await readers(everyone)).toEqual([staff.id]);

    const year = await makeReviewYear(db, { provider, officer });
    const review = await makeReview(db, { year, officer, status: "OPEN" });
    const item = await makeJudgedRequirement(db, { review, officer });
    await db.document.update({ where: { id: stored.id }, data: { reviewRequirementId: item.id } });

    expect(await readers(everyone)).toEqual([staff.id, colleague.id, officer.id]);
  });
});

describe("service policies", () => {
  it("are read by every provider once published, and only by the uploader before", async () => {
    const officer = await makeUser(db, { roles: ["QUALITY_OFFICER"] });
    const provider = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
    const school = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    const stored = await upload(officer, QUALITY_DOCUMENT_KIND.SERVICE_POLICY);

    await expect(
      readDocument({ db, actor: provider.actor, documentId: stored.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const policy = await db.policy.create({
      data: { title: "Safeguarding", createdById: officer.id },
    });
    await db.policyVersion.create({
      data: { policyId: policy.id, version: 1, documentId: stored.id, publishedById: officer.id },
    });

    const file = await readDocument({ db, actor: provider.actor, documentId: stored.id });
    expect(file.mimeType).toBe("application/pdf");
    await expect(
      readDocument({ db, actor: school.actor, documentId: stored.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("claiming uploads", () => {
  it("links the actor's own unattached uploads of the kind, and refuses anything else", async () => {
    const staff = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
    const other = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
    const mine = await upload(staff, QUALITY_DOCUMENT_KIND.EVIDENCE);
    const theirs = await upload(other, QUALITY_DOCUMENT_KIND.EVIDENCE);
    const wrongKind = await upload(staff, QUALITY_DOCUMENT_KIND.PROVIDER_POLICY);

    for (const ids of [[mine.id, theirs.id], [wrongKind.id]]) {
      await expect(
        db.$transaction((tx) =>
          claimUploads(tx, staff.actor, {
            kind: QUALITY_DOCUMENT_KIND.EVIDENCE,
            documentIds: ids,
            link: { kind: QUALITY_DOCUMENT_KIND.EVIDENCE },
            field: "evidenceIds",
          }),
        ),
      ).rejects.toMatchObject({ code: "INVALID", field: "evidenceIds" });
    }
    await expect(
      db.$transaction((tx) =>
        assertClaimable(tx, staff.actor, {
          kind: QUALITY_DOCUMENT_KIND.EVIDENCE,
          documentId: theirs.id,
        }),
      ),
    ).rejects.toMatchObject({ code: "INVALID", field: "documentId" });
    await db.$transaction((tx) =>
      assertClaimable(tx, staff.actor, {
        kind: QUALITY_DOCUMENT_KIND.EVIDENCE,
        documentId: mine.id,
      }),
    );
  });
});

describe("the antivirus hook", () => {
  it("refuses an infected upload and leaves neither a row nor a file", async () => {
    process.env.UPLOAD_SCAN_COMMAND = SCANNER;
    const staff = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
    const before = (await readdir(process.env.UPLOAD_DIR!)).length;
    const infected = new TextEncoder().encode(
      "%PDF-1.4\nX5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*\n%%EOF\n",
    );

    await expect(upload(staff, QUALITY_DOCUMENT_KIND.EVIDENCE, infected)).rejects.toMatchObject({
      code: "INVALID",
      field: "file",
      userMessage: "evidence.pdf was refused by the virus check",
    });
    expect(await db.document.count({ where: { uploadedById: staff.id } })).toBe(0);
    expect((await readdir(process.env.UPLOAD_DIR!)).length).toBe(before);
  });

  it("stores a clean file the scanner passes", async () => {
    process.env.UPLOAD_SCAN_COMMAND = SCANNER;
    const staff = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
    const stored = await upload(staff, QUALITY_DOCUMENT_KIND.EVIDENCE);
    expect(await db.document.count({ where: { id: stored.id } })).toBe(1);
  });

  it("refuses the file when the scan itself fails (fail closed)", async () => {
    process.env.UPLOAD_SCAN_COMMAND = "node -e process.exit(2)";
    const staff = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
    await expect(upload(staff, QUALITY_DOCUMENT_KIND.EVIDENCE)).rejects.toMatchObject({
      code: "INVALID",
      field: "file",
      userMessage: "evidence.pdf could not be checked for viruses. Try again later",
    });
    expect(await db.document.count({ where: { uploadedById: staff.id } })).toBe(0);
  });
});
