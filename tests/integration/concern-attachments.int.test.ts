import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CONCERN_ATTACHMENT_KIND, type ConcernRaiseInput } from "@/lib/schemas/concern";
import type { Actor } from "@/server/auth/roles";
import type { Organisation } from "@/server/db/generated/client";
import { readDocument, storeDocument } from "@/server/services/documents/store-document";
import { callerFor, makeOrganisation, makeStudent, makeUser, setupTestDatabase } from "./harness";
import { referTo } from "./helpers";

// Attachments on safeguarding concerns: linked in the raise (or entry) transaction, and
// served only to those who may see the concern in full, or to the raiser for their own
// files. Everyone else, colleagues of the raiser included, gets NOT_FOUND.

const db = await setupTestDatabase();
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "cap-concern-uploads-"));
});

afterAll(async () => {
  await rm(process.env.UPLOAD_DIR!, { recursive: true, force: true });
});

async function world() {
  const school = await makeOrganisation(db, { kind: "SCHOOL" });
  const provider = await makeOrganisation(db, { kind: "PROVIDER" });
  const otherProvider = await makeOrganisation(db, { kind: "PROVIDER" });
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  const student = await makeStudent(db, { homeSchool: school });
  await referTo(db, student, provider);
  await referTo(db, student, otherProvider);
  const user = (organisation: Organisation, roles: Parameters<typeof makeUser>[1]["roles"]) =>
    makeUser(db, { organisation, roles });
  return {
    student,
    tutor: await user(provider, ["PROVIDER_STAFF"]),
    colleague: await user(provider, ["PROVIDER_STAFF"]),
    providerDsl: await user(provider, ["PROVIDER_DSL"]),
    otherProviderStaff: await user(otherProvider, ["PROVIDER_STAFF"]),
    otherProviderDsl: await user(otherProvider, ["PROVIDER_DSL"]),
    schoolStaff: await user(school, ["SCHOOL_STAFF"]),
    schoolDsl: await user(school, ["SCHOOL_DSL"]),
    mo: await user(service, ["MONITORING_OFFICER"]),
    admin: await user(service, ["SERVICE_ADMIN"]),
    serviceDsl: await user(service, ["SERVICE_DSL"]),
    lead: await user(service, ["SERVICE_LEAD"]),
  };
}

type World = Awaited<ReturnType<typeof world>>;

function upload(actor: Actor, name = "photo-of-note.pdf") {
  return storeDocument({ db, actor, kind: CONCERN_ATTACHMENT_KIND, name, bytes: PDF });
}

function concernInput(w: World, documentIds: string[]): ConcernRaiseInput {
  return {
    studentId: w.student.id,
    occurredAt: new Date(Date.now() - 60 * 60 * 1000),
    location: "Workshop",
    categories: ["NEGLECT"],
    whatWasSeenOrHeard: "Hungry every morning; the same clothes all week.",
    immediateAction: "Breakfast given; told the provider DSL.",
    whoWasTold: "Provider DSL",
    riskLevel: "MEDIUM",
    documentIds,
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, "the call was refused").not.toBeNull();
  return (error as { code: string }).code;
}

const read = (actor: Actor, documentId: string) => readDocument({ db, actor, documentId });

describe("attachments on a concern", () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it("are linked when the concern is raised, and listed on it", async () => {
    const file = await upload(w.tutor.actor);
    const { id } = await callerFor(w.tutor.actor).concern.raise(concernInput(w, [file.id]));

    const row = await db.document.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.concernId).toBe(id);
    expect(row.concernEntryId).toBeNull();
    const concern = await callerFor(w.providerDsl.actor).concern.get({ concernId: id });
    expect(concern.documents.map((d) => d.originalName)).toEqual(["photo-of-note.pdf"]);
    expect(concern.people[w.tutor.id]?.name).toBe(w.tutor.name);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "concern.raise" } });
    expect(audit.detail).toMatchObject({ documentIds: [file.id] });
  });

  it("refuses a file another uploaded, or one already attached, and raises nothing", async () => {
    const colleagues = await upload(w.colleague.actor);
    const refused = callerFor(w.tutor.actor).concern.raise(concernInput(w, [colleagues.id]));
    await expect(refused).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "One of the attached files could not be found. Remove it and upload it again",
    });
    expect(await db.concern.count({ where: { raisedById: w.tutor.id } })).toBe(0);

    const mine = await upload(w.tutor.actor);
    await callerFor(w.tutor.actor).concern.raise(concernInput(w, [mine.id]));
    const again = callerFor(w.tutor.actor).concern.raise(concernInput(w, [mine.id]));
    expect(await codeOf(again)).toBe("BAD_REQUEST");
  });

  it("refuses referral paperwork pulled into a concern by its id", async () => {
    const paperwork = await storeDocument({
      db,
      actor: w.schoolStaff.actor,
      kind: "PARENTAL_CONSENT",
      name: "consent.pdf",
      bytes: PDF,
    });
    const refused = callerFor(w.schoolStaff.actor).concern.raise(concernInput(w, [paperwork.id]));
    expect(await codeOf(refused)).toBe("BAD_REQUEST");
  });

  it("come with an addition too, marked with the entry they came with", async () => {
    const { id } = await callerFor(w.tutor.actor).concern.raise(concernInput(w, []));
    const file = await upload(w.providerDsl.actor, "strategy-meeting.pdf");
    const entry = await callerFor(w.providerDsl.actor).concern.addEntry({
      concernId: id,
      kind: "ACTION",
      text: "Strategy meeting minutes attached.",
      documentIds: [file.id],
    });

    const row = await db.document.findUniqueOrThrow({ where: { id: file.id } });
    expect(row).toMatchObject({ concernId: id, concernEntryId: entry.id });
  });
});

describe("downloading a concern's attachment", () => {
  let w: World;
  let raisersFile: string;
  let dslsFile: string;
  beforeEach(async () => {
    w = await world();
    raisersFile = (await upload(w.tutor.actor)).id;
    const { id } = await callerFor(w.tutor.actor).concern.raise(concernInput(w, [raisersFile]));
    dslsFile = (await upload(w.providerDsl.actor, "dsl-notes.pdf")).id;
    await callerFor(w.providerDsl.actor).concern.addEntry({
      concernId: id,
      kind: "FURTHER_INFORMATION",
      text: "Notes of the call with the parent.",
      documentIds: [dslsFile],
    });
  });

  it("serves every file to those who see the concern in full, and audits it", async () => {
    for (const who of ["providerDsl", "schoolDsl", "serviceDsl", "lead"] as const) {
      for (const documentId of [raisersFile, dslsFile]) {
        const file = await read(w[who].actor, documentId);
        expect(Buffer.from(file.bytes).equals(Buffer.from(PDF)), who).toBe(true);
      }
    }
    const audits = await db.auditEvent.findMany({
      where: { action: "document.download", recordId: raisersFile },
    });
    expect(audits).toHaveLength(4);
    expect(audits[0].detail).toMatchObject({ concernId: expect.any(String) });
  });

  it("serves the raiser their own file, not the DSL's", async () => {
    expect((await read(w.tutor.actor, raisersFile)).name).toBe("photo-of-note.pdf");
    expect(await codeOf(read(w.tutor.actor, dslsFile))).toBe("NOT_FOUND");
  });

  it("answers NOT_FOUND to everyone else, the raiser's colleagues included", async () => {
    const others = [
      "colleague",
      "otherProviderStaff",
      "otherProviderDsl",
      "schoolStaff",
      "mo",
      "admin",
    ] as const;
    for (const who of others) {
      for (const documentId of [raisersFile, dslsFile]) {
        expect(await codeOf(read(w[who].actor, documentId)), who).toBe("NOT_FOUND");
      }
    }
    expect(
      await db.auditEvent.count({
        where: { action: "document.download", actorUserId: { in: others.map((o) => w[o].id) } },
      }),
    ).toBe(0);
  });

  it("keeps a concern upload not yet attached to the person who uploaded it", async () => {
    const draft = await upload(w.tutor.actor, "draft.pdf");
    expect((await read(w.tutor.actor, draft.id)).name).toBe("draft.pdf");
    for (const who of ["colleague", "providerDsl", "serviceDsl"] as const) {
      expect(await codeOf(read(w[who].actor, draft.id)), who).toBe("NOT_FOUND");
    }
  });

  it("lists only the raiser's own files in the raiser's view", async () => {
    const concern = await db.concern.findFirstOrThrow({ where: { raisedById: w.tutor.id } });
    const view = await callerFor(w.tutor.actor).concern.get({ concernId: concern.id });
    expect(view.access).toBe("RAISER");
    expect(view.documents.map((d) => d.id)).toEqual([raisersFile]);
    expect(Object.keys(view.people)).toEqual([w.tutor.id]);
    const full = await callerFor(w.serviceDsl.actor).concern.get({ concernId: concern.id });
    expect(full.documents.map((d) => d.id)).toEqual([raisersFile, dslsFile]);
  });
});

describe("a closed concern", () => {
  it("takes no more files", async () => {
    const w = await world();
    const { id } = await callerFor(w.tutor.actor).concern.raise(concernInput(w, []));
    await callerFor(w.serviceDsl.actor).concern.close({ concernId: id, rationale: "Done" });
    const file = await upload(w.providerDsl.actor);
    const refused = callerFor(w.providerDsl.actor).concern.addEntry({
      concernId: id,
      kind: "ACTION",
      text: "Late note",
      documentIds: [file.id],
    });
    const error = await refused.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("CONFLICT");
    expect((await db.document.findUniqueOrThrow({ where: { id: file.id } })).concernId).toBeNull();
  });
});
