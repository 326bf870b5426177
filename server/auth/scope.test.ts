import { describe, expect, it } from "vitest";
import type { Actor, OrganisationKind, Role } from "./roles";
import {
  behaviourIncidentScope,
  behaviourStudentScope,
  concernAccess,
  concernScope,
  meetingScope,
  qualityProviderScope,
  type ConcernParties,
} from "./scope";

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

// A behaviour incident logged by provider P1 involving a student of S1 and one of S2.
interface IncidentFixture {
  providerId: string;
  students: { schoolId: string }[];
}
const INCIDENT: IncidentFixture = {
  providerId: "P1",
  students: [{ schoolId: "S1" }, { schoolId: "S2" }],
};

type Where = Record<string, unknown>;

/** Evaluates the few shapes the behaviour scopes return against the fixture. */
function incidentMatches(where: Where, incident: IncidentFixture): boolean {
  return Object.entries(where).every(([field, value]) => {
    if (field === "id") {
      return false; // `{ id: { in: [] } }`: nothing
    }
    if (field === "students") {
      const some = (value as { some: Where }).some;
      return incident.students.some((student) => studentMatches(some, student, incident));
    }
    return incident[field as "providerId"] === value;
  });
}

function studentMatches(where: Where, student: { schoolId: string }, of: IncidentFixture) {
  return Object.entries(where).every(([field, value]) => {
    if (field === "id") {
      return false;
    }
    if (field === "incident") {
      return incidentMatches(value as Where, of);
    }
    return student[field as "schoolId"] === value;
  });
}

const BEHAVIOUR_CASES: [string, Actor, boolean, string[]][] = [
  [
    "the provider that logged it",
    actor("u1", "PROVIDER", "P1", ["PROVIDER_STAFF"]),
    true,
    ["S1", "S2"],
  ],
  ["another provider", actor("u2", "PROVIDER", "P2", ["PROVIDER_DSL"]), false, []],
  ["the first student's school", actor("u3", "SCHOOL", "S1", ["SCHOOL_STAFF"]), true, ["S1"]],
  ["the second student's school DSL", actor("u4", "SCHOOL", "S2", ["SCHOOL_DSL"]), true, ["S2"]],
  ["a school with no student in it", actor("u5", "SCHOOL", "S3", ["SCHOOL_STAFF"]), false, []],
  [
    "a monitoring officer",
    actor("u6", "SERVICE", "SV", ["MONITORING_OFFICER"]),
    true,
    ["S1", "S2"],
  ],
  ["a service admin", actor("u7", "SERVICE", "SV", ["SERVICE_ADMIN"]), true, ["S1", "S2"]],
  ["the service lead", actor("u8", "SERVICE", "SV", ["SERVICE_LEAD"]), true, ["S1", "S2"]],
  ["a quality officer", actor("u9", "SERVICE", "SV", ["QUALITY_OFFICER"]), false, []],
];

describe("behaviour incident visibility", () => {
  for (const [who, asker, sees, schoolsNamed] of BEHAVIOUR_CASES) {
    it(`${sees ? "shows" : "hides"} the incident to ${who}`, () => {
      expect(incidentMatches(behaviourIncidentScope(asker) as Where, INCIDENT)).toBe(sees);
    });

    it(`names to ${who} only the students of ${schoolsNamed.join(" and ") || "no school"}`, () => {
      const where = behaviourStudentScope(asker) as Where;
      const named = INCIDENT.students.filter((student) => studentMatches(where, student, INCIDENT));
      expect(named.map((student) => student.schoolId)).toEqual(schoolsNamed);
    });
  }
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

describe("qualityProviderScope", () => {
  it("keeps a provider to its own quality records", () => {
    expect(qualityProviderScope(actor("p", "PROVIDER", "P1", ["PROVIDER_STAFF"]))).toEqual({
      providerId: "P1",
    });
  });

  it("lets the service see every provider's", () => {
    expect(qualityProviderScope(actor("q", "SERVICE", "SV", ["QUALITY_OFFICER"]))).toEqual({});
  });

  it("matches nothing for a school (its id is never a provider's)", () => {
    expect(qualityProviderScope(actor("s", "SCHOOL", "S1", ["SCHOOL_STAFF"]))).toEqual({
      providerId: "S1",
    });
  });
});
