import { describe, expect, it, vi } from "vitest";

vi.mock("@/server/auth/current-session", () => ({ currentSession: async () => null }));
vi.mock("@/server/db", () => ({ getDb: async () => null }));

const { assertSameOrigin } = await import("./document-routes");

function request(headers: Record<string, string>) {
  return new Request("http://127.0.0.1:3000/api/documents", { method: "POST", headers });
}

describe("upload origin check", () => {
  it("accepts the portal's own pages", () => {
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOrigin(request({ origin: "http://127.0.0.1:3000" }))).not.toThrow();
  });

  it("refuses another origin on the same site, and another site", () => {
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "same-site" }))).toThrow(
      "Uploads must come from CAP Portal's own pages",
    );
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "cross-site" }))).toThrow();
    expect(() => assertSameOrigin(request({ origin: "http://127.0.0.1:3899" }))).toThrow();
  });
});
