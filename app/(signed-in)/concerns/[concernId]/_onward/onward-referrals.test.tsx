import { TRPCError } from "@trpc/server";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/server/auth/roles";

const session = vi.hoisted(() => ({ roles: [] as Role[] }));
const summary = vi.hoisted(() => vi.fn());

vi.mock("../../../../_lib/require-session", () => ({
  requireSession: async () => ({ actor: { roles: session.roles } }),
}));
vi.mock("@/server/trpc/server-caller", () => ({
  serverCaller: async () => ({ onward: { summary } }),
}));

const { OnwardReferrals } = await import("./onward-referrals");

async function render(): Promise<string> {
  const element = await OnwardReferrals({ concernId: "c-1" });
  return element ? renderToStaticMarkup(element) : "";
}

const STATUSES = {
  concernId: "c-1",
  open: true,
  exploitation: {
    eligible: true,
    assessments: 2,
    latest: { riskLevel: "HIGH", assessedAt: new Date() },
  },
  policeIntelligence: { reports: 2, unsent: 1 },
  prevent: { status: "SENT", sentOn: new Date("2026-12-01T00:00:00Z"), outcome: null },
};

describe("OnwardReferrals", () => {
  beforeEach(() => {
    summary.mockReset();
    session.roles = ["PROVIDER_DSL"];
  });

  it("lists the three tools with where each stands and a link to each", async () => {
    summary.mockResolvedValue(STATUSES);
    const html = await render();

    expect(html).toContain("High risk</strong> 2 assessments");
    expect(html).toContain("2 reports, 1 not sent yet");
    expect(html).toContain("Sent on 1 December 2026");
    for (const path of ["exploitation-tool", "police-intelligence", "prevent-referral"]) {
      expect(html).toContain(`href="/concerns/c-1/${path}"`);
    }
  });

  it("renders nothing for a role that may not use them, without asking", async () => {
    session.roles = ["PROVIDER_STAFF"];
    expect(await render()).toBe("");
    expect(summary).not.toHaveBeenCalled();
  });

  it("renders nothing when the concern is not theirs to refer on", async () => {
    summary.mockRejectedValue(new TRPCError({ code: "FORBIDDEN" }));
    expect(await render()).toBe("");
  });
});
