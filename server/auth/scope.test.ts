import { describe, expect, it } from "vitest";
import type { Actor, OrganisationKind, Role } from "./roles";
import { concernAccess, concernScope, meetingScope, type ConcernParties } from "./scope";

// A concern raised by provider staff (user "raiser" of provider P1) about a student of
// school S1. Each row: who asks, and what they may read of it (DOMAIN.md, workflow 4).
const CONCERN: ConcernParties = {
  raisedById: "raiser",
  raisedByOrganisationId: "P1",
  schoolId: "S1",
};

function actor(userId: string, kind: OrganisationKind, org: string, roles: Role[]): Actor {
  return { userId, organisationId: org, organisationKind: kind, roles };
}

const CASES: [string, Actor, "FULL" | "RAISER" | null][] = [
  [
    "the raiser, without a DSL role",
    actor("raiser", "PROVIDER", "P1", ["PROVIDER_STAFF"]),
    "RAISER",
  ],
  ["a colleague of the raiser", actor("u1", "PROVIDER", "P1", ["PROVIDER_STAFF"]), null],
  ["the raising provider's DSL", actor("u2", "PROVIDER", "P1", ["PROVIDER_DSL"]), "FULL"],
  ["another provider's DSL", actor("u3", "PROVIDER", "P2", ["PROVIDER_DSL"]), null],
  ["the student's school DSL", actor("u4", "SCHOOL", "S1", ["SCHOOL_DSL"]), "FULL"],
  ["school staff of the student's school", actor("u5", "SCHOOL", "S1", ["SCHOOL_STAFF"]), null],
  ["another school's DSL", actor("u6", "SCHOOL", "S2", ["SCHOOL_DSL"]), null],
  ["a monitoring officer", actor("u7", "SERVICE", "SV", ["MONITORING_OFFICER"]), null],
  ["a service admin", actor("u8", "SERVICE", "SV", ["SERVICE_ADMIN"]), null],
  ["a quality officer", actor("u9", "SERVICE", "SV", ["QUALITY_OFFICER"]), null],
  ["a service DSL", actor("u10", "SERVICE", "SV", ["SERVICE_DSL"]), "FULL"],
  ["the service lead", actor("u11", "SERVICE", "SV", ["SERVICE_LEAD"]), "FULL"],
  [
    "a monitoring officer who is also a deputy DSL",
    actor("u12", "SERVICE", "SV", ["MONITORING_OFFICER", "SERVICE_DSL"]),
    "FULL",
  ],
];

/** Evaluates the `where` concernScope returns (only `{}` and `OR` of equalities). */
function matches(where: ReturnType<typeof concernScope>, concern: ConcernParties): boolean {
  if (!where.OR) {
    return Object.keys(where).length === 0;
  }
  return (where.OR as Record<string, string>[]).some((clause) =>
    Object.entries(clause).every(
      ([field, value]) => concern[field as keyof ConcernParties] === value,
    ),
  );
}

describe("concern visibility", () => {
  for (const [who, asker, expected] of CASES) {
    it(`gives ${who} ${expected ?? "nothing"}`, () => {
      expect(concernAccess(asker, CONCERN)).toBe(expected);
    });

    it(`filters the same way in the database for ${who}`, () => {
      expect(matches(concernScope(asker), CONCERN)).toBe(expected !== null);
    });
  }

  it("gives the student's school DSL a concern the school raised itself", () => {
    const schoolRaised = { raisedById: "teacher", raisedByOrganisationId: "S1", schoolId: "S1" };
    const dsl = actor("u4", "SCHOOL", "S1", ["SCHOOL_DSL"]);
    expect(concernAccess(dsl, schoolRaised)).toBe("FULL");
    expect(matches(concernScope(dsl), schoolRaised)).toBe(true);
  });
});

describe("meeting scope", () => {
  // A meeting about a student of school S1 placed with provider P1.
  const MEETING = { schoolId: "S1", providerId: "P1" };

  /** Evaluates the `where` meetingScope returns: `{}`, column equalities, or `id in []`. */
  function sees(where: ReturnType<typeof meetingScope>): boolean {
    if (where.id) {
      return false;
    }
    return Object.entries(where).every(
      ([field, value]) => MEETING[field as keyof typeof MEETING] === value,
    );
  }

  const ROWS: [string, Actor, boolean][] = [
    ["the student's school", actor("s", "SCHOOL", "S1", ["SCHOOL_STAFF"]), true],
    ["another school", actor("s2", "SCHOOL", "S2", ["SCHOOL_DSL"]), false],
    ["the placement's provider", actor("p", "PROVIDER", "P1", ["PROVIDER_STAFF"]), true],
    ["another provider", actor("p2", "PROVIDER", "P2", ["PROVIDER_DSL"]), false],
    ["a monitoring officer", actor("m", "SERVICE", "SV", ["MONITORING_OFFICER"]), true],
    ["a service admin", actor("a", "SERVICE", "SV", ["SERVICE_ADMIN"]), true],
    ["a service DSL", actor("d", "SERVICE", "SV", ["SERVICE_DSL"]), true],
    ["the service lead", actor("l", "SERVICE", "SV", ["SERVICE_LEAD"]), true],
    ["a quality officer", actor("q", "SERVICE", "SV", ["QUALITY_OFFICER"]), false],
  ];

  for (const [who, asker, expected] of ROWS) {
    it(`${expected ? "shows" : "hides"} the meeting to ${who}`, () => {
      expect(sees(meetingScope(asker))).toBe(expected);
    });
  }

  it("gives the school and the provider a one-column filter on their own organisation", () => {
    expect(meetingScope(actor("s", "SCHOOL", "S1", ["SCHOOL_STAFF"]))).toEqual({ schoolId: "S1" });
    expect(meetingScope(actor("p", "PROVIDER", "P1", ["PROVIDER_DSL"]))).toEqual({
      providerId: "P1",
    });
  });
});
