import { describe, expect, it } from "vitest";
import { judgeSession } from "./session-policy";
import { effectiveRoles } from "./roles";

const signedInAt = new Date("2026-12-04T08:00:00Z");
const minutes = (n: number) => new Date(signedInAt.getTime() + n * 60_000);

describe("session limits", () => {
  it("ends a DSL's session after 30 minutes idle", () => {
    const times = { createdAt: signedInAt, lastSeenAt: minutes(10) };
    expect(judgeSession(["SCHOOL_DSL"], times, minutes(40))).toEqual({ valid: true });
    expect(judgeSession(["SCHOOL_DSL"], times, minutes(41))).toEqual({
      valid: false,
      reason: "IDLE",
    });
  });

  it("ends an admin's session after 12 hours even when active", () => {
    const times = { createdAt: signedInAt, lastSeenAt: minutes(719) };
    expect(judgeSession(["SERVICE_ADMIN"], times, minutes(720))).toEqual({ valid: true });
    expect(judgeSession(["SERVICE_ADMIN"], times, minutes(721))).toEqual({
      valid: false,
      reason: "ABSOLUTE",
    });
  });

  it("lets school staff stay idle longer than 30 minutes", () => {
    const times = { createdAt: signedInAt, lastSeenAt: signedInAt };
    expect(judgeSession(["SCHOOL_STAFF"], times, minutes(120))).toEqual({ valid: true });
  });

  it("applies the short limits when any role held is sensitive", () => {
    const times = { createdAt: signedInAt, lastSeenAt: signedInAt };
    const mixed = judgeSession(["QUALITY_OFFICER", "SERVICE_DSL"], times, minutes(31));
    expect(mixed.valid).toBe(false);
    expect(judgeSession(["QUALITY_OFFICER"], times, minutes(31)).valid).toBe(true);
  });

  it("ends a monitoring officer's session after 30 idle minutes: they see every student", () => {
    const times = { createdAt: signedInAt, lastSeenAt: signedInAt };
    expect(judgeSession(["MONITORING_OFFICER"], times, minutes(31))).toEqual({
      valid: false,
      reason: "IDLE",
    });
  });
});

describe("effective roles", () => {
  it("ignores a role held in the wrong kind of organisation", () => {
    expect(effectiveRoles("SCHOOL", ["SCHOOL_STAFF", "SERVICE_LEAD"])).toEqual(["SCHOOL_STAFF"]);
    expect(effectiveRoles("PROVIDER", ["PROVIDER_DSL", "SCHOOL_DSL"])).toEqual(["PROVIDER_DSL"]);
  });
});
