import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import type { Organisation } from "@/server/db/generated/client";
import { readDocument, storeDocument } from "@/server/services/documents/store-document";
import { callerFor, makeOrganisation, makeUser, setupTestDatabase, type TestUser } from "./harness";
import { fieldMessages, rejection } from "./helpers";

// The policy bank through the router: publishing versions, providers' answers, the officer's
// decisions, the reset a new version brings, and every refusal (ADR 0017).

const db = await setupTestDatabase();
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

let officer: TestUser;
let tutor: TestUser;
let otherTutor: TestUser;
let provider: Organisation;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "cap-policy-uploads-"));
});

afterAll(async () => {
  await rm(process.env.UPLOAD_DIR!, { recursive: true, force: true });
});

beforeEach(async () => {
  officer = await makeUser(db, { roles: ["QUALITY_OFFICER"] });
  provider = await makeOrganisation(db, { kind: "PROVIDER" });
  tutor = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
  otherTutor = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
});

async function upload(user: TestUser, kind: string) {
  const stored = await storeDocument({
    db,
    actor: user.actor,
    kind,
    name: "policy.pdf",
    bytes: PDF,
  });
  return stored.id;
}

async function publishNew(title = "Safeguarding and child protection") {
  const documentId = await upload(officer, QUALITY_DOCUMENT_KIND.SERVICE_POLICY);
  return callerFor(officer.actor).policy.create({
    title,
    summary: "How we keep children safe",
    documentId,
  });
}

async function publishNext(policyId: string, afterVersion: number) {
  const documentId = await upload(officer, QUALITY_DOCUMENT_KIND.SERVICE_POLICY);
  return callerFor(officer.actor).policy.publish({
    policyId,
    afterVersion,
    changeNote: "Updated for KCSIE 2026",
    documentId,
  });
}

function stateIn(grid: { rows: { id: string; states: string[] }[] }, providerId: string) {
  return grid.rows.find((row) => row.id === providerId)?.states;
}

describe("the policy lifecycle", () => {
  it("publishes, is adopted or answered with an own policy, returned, answered again, accepted", async () => {
    const v1 = await publishNew();
    expect(v1.version).toBe(1);
    const notified = await db.notification.count({
      where: { userId: tutor.id, kind: "policy.published" },
    });
    expect(notified).toBe(1);

    await callerFor(otherTutor.actor).policy.adopt({ policyVersionId: v1.id, kind: "ADOPTED" });
    const own = await upload(tutor, QUALITY_DOCUMENT_KIND.PROVIDER_POLICY);
    const answer = await callerFor(tutor.actor).policy.adopt({
      policyVersionId: v1.id,
      kind: "OWN_POLICY",
      documentId: own,
    });
    expect(answer.status).toBe("AWAITING_ACCEPTANCE");

    const noComment = await rejection(
      callerFor(officer.actor).policy.decide({ adoptionId: answer.id, decision: "RETURNED" }),
    );
    expect(fieldMessages(noComment)).toEqual({
      comment: "Enter what the provider needs to change",
    });
    await callerFor(officer.actor).policy.decide({
      adoptionId: answer.id,
      decision: "RETURNED",
      comment: "Name your designated safeguarding lead",
    });
    const told = await db.notification.findFirstOrThrow({
      where: { userId: tutor.id, kind: "policy.decided" },
    });
    expect(told.title).toContain("returned");

    const again = await upload(tutor, QUALITY_DOCUMENT_KIND.PROVIDER_POLICY);
    const second = await callerFor(tutor.actor).policy.adopt({
      policyVersionId: v1.id,
      kind: "OWN_POLICY",
      documentId: again,
    });
    expect(second.id).toBe(answer.id);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { recordId: answer.id, action: "policy.adopt" },
      orderBy: { at: "desc" },
    });
    expect(audit.detail).toMatchObject({
      replaces: { documentId: own, decisionComment: "Name your designated safeguarding lead" },
    });

    await callerFor(officer.actor).policy.decide({ adoptionId: answer.id, decision: "ACCEPTED" });
    const grid = await callerFor(officer.actor).policy.grid();
    expect(stateIn(grid, provider.id)).toEqual(["ACCEPTED"]);
    expect(stateIn(grid, otherTutor.organisationId)).toEqual(["ADOPTED"]);
    const mine = await callerFor(tutor.actor).policy.list();
    expect(mine.find((policy) => policy.id === v1.policyId)?.ownState).toBe("ACCEPTED");
  });

  it("resets every provider to not adopted when a new version is published", async () => {
    const v1 = await publishNew("Behaviour");
    await callerFor(tutor.actor).policy.adopt({ policyVersionId: v1.id, kind: "ADOPTED" });
    await callerFor(otherTutor.actor).policy.adopt({ policyVersionId: v1.id, kind: "ADOPTED" });
    const before = await callerFor(officer.actor).policy.grid();
    const column = before.policies.findIndex((policy) => policy.policyId === v1.policyId);
    expect(stateIn(before, provider.id)?.[column]).toBe("ADOPTED");

    const v2 = await publishNext(v1.policyId, 1);

    expect(v2.version).toBe(2);
    const after = await callerFor(officer.actor).policy.grid();
    expect(after.policies[column]).toMatchObject({ version: 2, settled: 0 });
    expect(stateIn(after, provider.id)?.[column]).toBe("NOT_ADOPTED");
    expect(stateIn(after, otherTutor.organisationId)?.[column]).toBe("NOT_ADOPTED");
    const mine = await callerFor(tutor.actor).policy.list();
    const listed = mine.find((policy) => policy.id === v1.policyId);
    expect(listed).toMatchObject({ ownState: "NOT_ADOPTED", current: { version: 2 } });
    const old = await rejection(
      callerFor(tutor.actor).policy.adopt({ policyVersionId: v1.id, kind: "ADOPTED" }),
    );
    expect(old.code).toBe("CONFLICT");
  });
});

describe("refusals", () => {
  it("lets one of two officers who saw the same version publish the next; the other is told", async () => {
    const v1 = await publishNew("Attendance");
    await publishNext(v1.policyId, 1);
    const late = await rejection(publishNext(v1.policyId, 1));
    expect(late.code).toBe("CONFLICT");
    expect(late.message).toContain("Another version of this policy was published");
    const versions = await db.policyVersion.findMany({ where: { policyId: v1.policyId } });
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
  });

  it("refuses providers publishing and deciding, a second answer, and a decision on an adoption", async () => {
    const v1 = await publishNew("Online safety");
    const documentId = await upload(tutor, QUALITY_DOCUMENT_KIND.PROVIDER_POLICY);
    const caller = callerFor(tutor.actor);
    const publishing = await rejection(caller.policy.create({ title: "Mine", documentId }));
    expect(publishing.code).toBe("FORBIDDEN");

    const adopted = await caller.policy.adopt({ policyVersionId: v1.id, kind: "ADOPTED" });
    const twice = await rejection(
      caller.policy.adopt({ policyVersionId: v1.id, kind: "OWN_POLICY", documentId }),
    );
    expect(twice.code).toBe("CONFLICT");
    const deciding = await rejection(
      caller.policy.decide({ adoptionId: adopted.id, decision: "ACCEPTED" }),
    );
    expect(deciding.code).toBe("FORBIDDEN");
    const notOwn = await rejection(
      callerFor(officer.actor).policy.decide({ adoptionId: adopted.id, decision: "ACCEPTED" }),
    );
    expect(notOwn.code).toBe("CONFLICT");
  });

  it("keeps a provider's own policy from other providers and uploads from other people", async () => {
    const v1 = await publishNew("Data protection");
    const own = await upload(tutor, QUALITY_DOCUMENT_KIND.PROVIDER_POLICY);
    await callerFor(tutor.actor).policy.adopt({
      policyVersionId: v1.id,
      kind: "OWN_POLICY",
      documentId: own,
    });

    await expect(
      readDocument({ db, actor: otherTutor.actor, documentId: own }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const read = await readDocument({ db, actor: officer.actor, documentId: own });
    expect(read.name).toBe("policy.pdf");
    const theirs = await upload(tutor, QUALITY_DOCUMENT_KIND.PROVIDER_POLICY);
    const pulled = await rejection(
      callerFor(otherTutor.actor).policy.adopt({
        policyVersionId: v1.id,
        kind: "OWN_POLICY",
        documentId: theirs,
      }),
    );
    expect(fieldMessages(pulled)).toHaveProperty("documentId");
    const policy = await callerFor(otherTutor.actor).policy.get({ policyId: v1.policyId });
    expect(JSON.stringify(policy)).not.toContain(own);
  });

  it("retires a policy: providers no longer see it and no version can follow", async () => {
    const v1 = await publishNew("Lone working");
    await callerFor(officer.actor).policy.retire({ policyId: v1.policyId });

    const listed = await callerFor(tutor.actor).policy.list();
    expect(listed.map((policy) => policy.id)).not.toContain(v1.policyId);
    const hidden = await rejection(callerFor(tutor.actor).policy.get({ policyId: v1.policyId }));
    expect(hidden.code).toBe("NOT_FOUND");
    const next = await rejection(publishNext(v1.policyId, 1));
    expect(next.code).toBe("CONFLICT");
    const providerRetiring = await rejection(
      callerFor(tutor.actor).policy.retire({ policyId: v1.policyId }),
    );
    expect(providerRetiring.code).toBe("FORBIDDEN");
  });
});
