import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/server/auth/roles";

// Which uploads the route lets through, before any file is read or stored: concern
// attachments for anyone who may raise a concern, referral paperwork for schools only.

const session = vi.hoisted(() => ({ roles: [] as Role[] }));
const stored = vi.hoisted(() => ({ calls: [] as { kind: string }[] }));

vi.mock("@/server/auth/current-session", () => ({
  currentSession: async () => ({
    name: "Test",
    email: "t@example.test",
    organisationName: "Org",
    actor: { userId: "u", organisationId: "o", organisationKind: "PROVIDER", roles: session.roles },
  }),
}));
vi.mock("@/server/db", () => ({ getDb: async () => null }));
vi.mock("@/server/services/documents/store-document", () => ({
  storeDocument: async ({ kind }: { kind: string }) => {
    stored.calls.push({ kind });
    return { id: "d", originalName: "a.pdf", sizeBytes: 1, mimeType: "application/pdf" };
  },
  readDocument: async () => null,
}));

const { uploadActionFor, uploadDocumentRoute } = await import("./document-routes");

function post(query: string, kind: string) {
  const body = new FormData();
  body.append("file", new File(["%PDF-1.4"], "a.pdf"));
  body.append("kind", kind);
  return uploadDocumentRoute(
    new Request(`http://127.0.0.1:3000/api/documents${query}`, {
      method: "POST",
      headers: { "sec-fetch-site": "same-origin" },
      body,
    }),
  );
}

beforeEach(() => {
  stored.calls = [];
});

describe("upload permission", () => {
  it("names the permission each kind of upload needs", () => {
    expect(uploadActionFor("CONCERN_ATTACHMENT")).toBe("concern.raise");
    expect(uploadActionFor("PARENTAL_CONSENT")).toBe("document.upload");
    expect(uploadActionFor(null)).toBe("document.upload");
    expect(uploadActionFor("QUALITY_EVIDENCE")).toBe("review.answer");
    expect(uploadActionFor("SERVICE_POLICY")).toBe("policy.publish");
    expect(uploadActionFor("PROVIDER_POLICY")).toBe("policy.adopt");
  });

  it("takes quality evidence from provider staff and refuses it from a school", async () => {
    session.roles = ["PROVIDER_STAFF"];
    expect((await post("?kind=QUALITY_EVIDENCE", "QUALITY_EVIDENCE")).status).toBe(201);
    session.roles = ["SCHOOL_STAFF"];
    expect((await post("?kind=QUALITY_EVIDENCE", "QUALITY_EVIDENCE")).status).toBe(403);
    expect(stored.calls).toEqual([{ kind: "QUALITY_EVIDENCE" }]);
  });

  it("takes a service policy only from the quality roles", async () => {
    session.roles = ["PROVIDER_STAFF"];
    expect((await post("?kind=SERVICE_POLICY", "SERVICE_POLICY")).status).toBe(403);
    session.roles = ["QUALITY_OFFICER"];
    expect((await post("?kind=SERVICE_POLICY", "SERVICE_POLICY")).status).toBe(201);
  });

  it("refuses a quality kind in the body under a paperwork address", async () => {
    session.roles = ["SCHOOL_STAFF"];
    expect((await post("?kind=PARENTAL_CONSENT", "SERVICE_POLICY")).status).toBe(400);
    expect(stored.calls).toEqual([]);
  });

  it("takes a concern attachment from provider staff", async () => {
    session.roles = ["PROVIDER_STAFF"];
    const response = await post("?kind=CONCERN_ATTACHMENT", "CONCERN_ATTACHMENT");
    expect(response.status).toBe(201);
    expect(stored.calls).toEqual([{ kind: "CONCERN_ATTACHMENT" }]);
  });

  it("refuses provider staff referral paperwork", async () => {
    session.roles = ["PROVIDER_STAFF"];
    expect((await post("?kind=PARENTAL_CONSENT", "PARENTAL_CONSENT")).status).toBe(403);
    expect((await post("", "CONCERN_ATTACHMENT")).status).toBe(403);
    expect(stored.calls).toEqual([]);
  });

  it("refuses a body whose kind disagrees with the address", async () => {
    session.roles = ["PROVIDER_STAFF"];
    const response = await post("?kind=CONCERN_ATTACHMENT", "PARENTAL_CONSENT");
    expect(response.status).toBe(400);
    expect(stored.calls).toEqual([]);
  });

  it("refuses a quality officer a concern attachment", async () => {
    session.roles = ["QUALITY_OFFICER"];
    expect((await post("?kind=CONCERN_ATTACHMENT", "CONCERN_ATTACHMENT")).status).toBe(403);
  });
});
