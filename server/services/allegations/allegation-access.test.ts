import { describe, expect, it } from "vitest";
import type { Actor, OrganisationKind, Role } from "@/server/auth/roles";
import { allegationAccess, allegationScope } from "./allegation-access";

// An allegation reported by provider staff (user "reporter" of provider P1). Each row: who
// asks, and what they may read of it (DOMAIN.md: its reporter and the service lead only).
const ALLEGATION = { reportedById: "reporter" };

function actor(userId: string, kind: OrganisationKind, org: string, roles: Role[]): Actor {
  return { userId, organisationId: org, organisationKind: kind, roles };
}

const CASES: [string, Actor, "LEAD" | "REPORTER" | null][] = [
  ["the reporter", actor("reporter", "PROVIDER", "P1", ["PROVIDER_STAFF"]), "REPORTER"],
  ["the reporter's own DSL", actor("u1", "PROVIDER", "P1", ["PROVIDER_DSL"]), null],
  ["a colleague of the reporter", actor("u2", "PROVIDER", "P1", ["PROVIDER_STAFF"]), null],
  ["a school DSL", actor("u3", "SCHOOL", "S1", ["SCHOOL_DSL"]), null],
  ["a service DSL", actor("u4", "SERVICE", "SV", ["SERVICE_DSL"]), null],
  ["a service admin", actor("u5", "SERVICE", "SV", ["SERVICE_ADMIN"]), null],
  ["a monitoring officer", actor("u6", "SERVICE", "SV", ["MONITORING_OFFICER"]), null],
  ["a quality officer", actor("u7", "SERVICE", "SV", ["QUALITY_OFFICER"]), null],
  ["the service lead", actor("u8", "SERVICE", "SV", ["SERVICE_LEAD"]), "LEAD"],
  ["a lead who reported it", actor("reporter", "SERVICE", "SV", ["SERVICE_LEAD"]), "LEAD"],
  ["someone with no role", actor("u9", "SERVICE", "SV", []), null],
];

describe("allegationAccess", () => {
  it.each(CASES)("gives %s %s", (_who, who, expected) => {
    expect(allegationAccess(who, ALLEGATION)).toBe(expected);
  });
});

describe("allegationScope agrees with allegationAccess", () => {
  it.each(CASES)("for %s", (_who, who, expected) => {
    const where = allegationScope(who);
    const matches =
      Object.keys(where).length === 0 ||
      ("reportedById" in where && where.reportedById === ALLEGATION.reportedById);
    expect(matches).toBe(expected !== null);
  });
});
