import { beforeAll, describe, expect, it } from "vitest";
import type { ChronologyInput } from "@/lib/schemas/chronology";
import type { Organisation, Student } from "@/server/db/generated/client";
import {
  callerFor,
  makeCourse,
  makeOrganisation,
  makeStudent,
  makeUser,
  setupTestDatabase,
  type TestUser,
} from "./harness";
import { rejection } from "./helpers";

const db = await setupTestDatabase();

const C1_TEXT = "Bruised wrist, said a door caught it";
const C2_TEXT = "Hungry every morning, no coat";
const at = (iso: string) => new Date(iso);

/** R1: referred to the provider, answered and placed. */
async function placedReferral(student: Student, provider: Organisation) {
  const course = await makeCourse(db, { provider });
  const kinds = ["PARENTAL_CONSENT", "RISK_ASSESSMENT", "ATTENDANCE_BEHAVIOUR_RECORD"] as const;
  return db.referral.create({
    data: {
      reference: "REF-700001",
      studentId: student.id,
      courseId: course.id,
      schoolId: student.homeSchoolId,
      providerId: provider.id,
      requestedDays: ["MONDAY"],
      requestedStartDate: at("2026-09-14"),
      reasons: "r",
      needs: "n",
      riskLevel: "LOW",
      riskAssessment: "a",
      status: "PLACED",
      createdById: "test",
      createdAt: at("2026-09-01T09:00:00Z"),
      paperwork: {
        create: [
          ...kinds.map((kind) => ({ kind, receivedAt: at("2026-09-03T10:00:00Z") })),
          { kind: "STUDENT_PROFILE", receivedAt: at("2026-09-04T10:00:00Z") },
        ],
      },
      interview: {
        create: { heldOn: at("2026-09-07"), attendees: "a", notes: "n", recordedById: "test" },
      },
      response: {
        create: {
          decision: "ACCEPTED",
          confirmedDays: ["MONDAY"],
          confirmedStartDate: at("2026-09-14"),
          explanation: "e",
          respondedById: "test",
          respondedAt: at("2026-09-08T12:00:00Z"),
          processedById: "test",
          processedAt: at("2026-09-09T09:00:00Z"),
        },
      },
      placement: {
        create: {
          studentId: student.id,
          courseId: course.id,
          schoolId: student.homeSchoolId,
          providerId: provider.id,
          days: ["MONDAY"],
          startDate: at("2026-09-14"),
          plannedEndDate: at("2027-07-21"),
          createdById: "test",
        },
      },
    },
  });
}

/** R2: referred to another provider late on 30 September UTC (1 October in the UK), declined. */
async function declinedReferral(student: Student, provider: Organisation) {
  const course = await makeCourse(db, { provider });
  return db.referral.create({
    data: {
      reference: "REF-700002",
      studentId: student.id,
      courseId: course.id,
      schoolId: student.homeSchoolId,
      providerId: provider.id,
      requestedDays: ["MONDAY"],
      requestedStartDate: at("2026-11-02"),
      reasons: "r",
      needs: "n",
      riskLevel: "LOW",
      riskAssessment: "a",
      status: "CLOSED",
      createdById: "test",
      createdAt: at("2026-09-30T23:30:00Z"),
      closedAt: at("2026-10-20T09:30:00Z"),
      response: {
        create: {
          decision: "DECLINED",
          declineGround: "NEED",
          explanation: "e",
          respondedById: "test",
          respondedAt: at("2026-10-19T10:00:00Z"),
          processedById: "test",
          processedAt: at("2026-10-20T09:00:00Z"),
        },
      },
    },
  });
}

async function world() {
  const school = await makeOrganisation(db, { kind: "SCHOOL" });
  const otherSchool = await makeOrganisation(db, { kind: "SCHOOL" });
  const provider = await makeOrganisation(db, { kind: "PROVIDER" });
  const otherProvider = await makeOrganisation(db, { kind: "PROVIDER" });
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  const student = await makeStudent(db, { homeSchool: school });
  await placedReferral(student, provider);
  await declinedReferral(student, otherProvider);
  const user = (organisation: Organisation, roles: Parameters<typeof makeUser>[1]["roles"]) =>
    makeUser(db, { organisation, roles });
  return {
    student,
    tutor: await user(provider, ["PROVIDER_STAFF"]),
    colleague: await user(provider, ["PROVIDER_STAFF"]),
    providerDsl: await user(provider, ["PROVIDER_DSL"]),
    otherProviderDsl: await user(otherProvider, ["PROVIDER_DSL"]),
    schoolStaff: await user(school, ["SCHOOL_STAFF"]),
    schoolDsl: await user(school, ["SCHOOL_DSL"]),
    otherSchoolDsl: await user(otherSchool, ["SCHOOL_DSL"]),
    mo: await user(service, ["MONITORING_OFFICER"]),
    admin: await user(service, ["SERVICE_ADMIN"]),
    serviceDsl: await user(service, ["SERVICE_DSL"]),
    lead: await user(service, ["SERVICE_LEAD"]),
    school,
    provider,
  };
}

type World = Awaited<ReturnType<typeof world>>;

const CONCERN_BASE = {
  location: "Workshop",
  immediateAction: "Told the DSL",
  whoWasTold: "DSL",
  riskLevel: "MEDIUM" as const,
};

/** C1, raised by provider staff and taken all the way to closure; C2, raised by the school. */
async function concerns(w: World) {
  const c1 = await db.concern.create({
    data: {
      ...CONCERN_BASE,
      reference: "CON-700001",
      studentId: w.student.id,
      schoolId: w.school.id,
      raisedById: w.tutor.id,
      raisedByOrganisationId: w.provider.id,
      raisedAt: at("2026-11-02T10:00:00Z"),
      occurredAt: at("2026-11-02T09:00:00Z"),
      categories: ["PHYSICAL_ABUSE"],
      whatWasSeenOrHeard: C1_TEXT,
      entries: {
        create: [
          {
            kind: "FURTHER_INFORMATION",
            text: "Tutor addition",
            authorId: w.tutor.id,
            authorOrganisationId: w.provider.id,
            createdAt: at("2026-11-02T11:00:00Z"),
          },
          {
            kind: "ACTION",
            text: "DSL addition",
            authorId: w.providerDsl.id,
            authorOrganisationId: w.provider.id,
            createdAt: at("2026-11-02T12:00:00Z"),
          },
        ],
      },
      schoolAlerts: {
        create: {
          alertedAt: at("2026-11-02T13:00:00Z"),
          method: "PHONE",
          alertedWhom: "School DSL",
          recordedById: w.providerDsl.id,
          readAt: at("2026-11-03T09:00:00Z"),
          readById: w.schoolDsl.id,
        },
      },
      decisions: {
        create: {
          outcome: "MONITOR",
          rationale: "C1 rationale",
          reviewDate: at("2026-11-20"),
          decidedById: w.providerDsl.id,
          decidedAt: at("2026-11-03T10:00:00Z"),
        },
      },
      status: "CLOSED",
      assignedToId: w.serviceDsl.id,
      assignedAt: at("2026-11-04T10:00:00Z"),
      closedAt: at("2026-11-05T10:00:00Z"),
      closedById: w.serviceDsl.id,
      closureRationale: "C1 closed",
    },
  });
  const c2 = await db.concern.create({
    data: {
      ...CONCERN_BASE,
      reference: "CON-700002",
      studentId: w.student.id,
      schoolId: w.school.id,
      raisedById: w.schoolStaff.id,
      raisedByOrganisationId: w.school.id,
      raisedAt: at("2026-11-10T10:00:00Z"),
      occurredAt: at("2026-11-10T08:30:00Z"),
      categories: ["NEGLECT"],
      whatWasSeenOrHeard: C2_TEXT,
    },
  });
  return { c1, c2 };
}

let w: World;
let c1Id: string;
let c2Id: string;

beforeAll(async () => {
  w = await world();
  const { c1, c2 } = await concerns(w);
  c1Id = c1.id;
  c2Id = c2.id;
});

type Filter = Omit<ChronologyInput, "studentId">;

const read = (who: TestUser, filter: Filter = {}) =>
  callerFor(who.actor).student.chronology({ studentId: w.student.id, ...filter });

const types = (events: { type: string }[]) => events.map((event) => event.type);

describe("student chronology", () => {
  it("lists every event newest first for a service DSL", async () => {
    const { events } = await read(w.serviceDsl);

    expect(types(events)).toEqual([
      "concern.raised",
      "concern.closed",
      "concern.assigned",
      "concern.decision",
      "concern.alertRead",
      "concern.schoolAlert",
      "concern.entry",
      "concern.entry",
      "concern.raised",
      "referral.closed",
      "referral.processed",
      "referral.response",
      "referral.created",
      "placement.started",
      "referral.processed",
      "referral.response",
      "referral.interview",
      "referral.paperworkComplete",
      "referral.created",
    ]);
    expect(events[0].detail).toBe(C2_TEXT);
    expect(events.find((e) => e.type === "concern.decision")?.title).toBe(
      "Decision: Monitor (CON-700001)",
    );
  });

  it("filters by kind and by UK dates, inclusive", async () => {
    const placements = await read(w.lead, { kinds: ["PLACEMENT"] });
    expect(types(placements.events)).toEqual(["placement.started"]);

    const early = await read(w.lead, { from: "2026-11-02", to: "2026-11-03" });
    expect(types(early.events)).toEqual([
      "concern.decision",
      "concern.alertRead",
      "concern.schoolAlert",
      "concern.entry",
      "concern.entry",
      "concern.raised",
    ]);

    // 23:30 UTC on 30 September is 00:30 on 1 October in the UK.
    const october = await read(w.lead, {
      kinds: ["REFERRAL"],
      from: "2026-10-01",
      to: "2026-10-01",
    });
    expect(types(october.events)).toEqual(["referral.created"]);
  });

  it("refuses a to date before the from date", async () => {
    const error = await rejection(read(w.lead, { from: "2026-11-03", to: "2026-11-02" }));
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("shows the raiser only their concern and their own additions", async () => {
    const { events } = await read(w.tutor);
    const safeguarding = events.filter((e) => e.kind === "SAFEGUARDING");

    expect(types(safeguarding)).toEqual(["concern.entry", "concern.raised"]);
    expect(safeguarding.map((e) => e.detail)).toEqual(["Tutor addition", C1_TEXT]);
    const text = JSON.stringify(events);
    for (const hidden of ["DSL addition", "C1 rationale", "C1 closed", C2_TEXT]) {
      expect(text).not.toContain(hidden);
    }
  });

  it("shows the raising provider's DSL that concern in full, not the school's own", async () => {
    const { events } = await read(w.providerDsl);
    const concernIds = new Set(events.flatMap((e) => e.concernId ?? []));

    expect([...concernIds]).toEqual([c1Id]);
    expect(types(events.filter((e) => e.kind === "SAFEGUARDING"))).toHaveLength(8);
    // A provider sees only its own referral of the student.
    expect(events.filter((e) => e.type === "referral.created")).toHaveLength(1);
  });

  it("shows the home school's DSL every concern about its student", async () => {
    const { events } = await read(w.schoolDsl);
    const concernIds = new Set(events.flatMap((e) => e.concernId ?? []));
    expect(concernIds).toEqual(new Set([c1Id, c2Id]));
  });

  it("answers NOT_FOUND to another school's DSL", async () => {
    const error = await rejection(read(w.otherSchoolDsl));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("shows MOs, admins and staff who raised nothing no concern at all", async () => {
    for (const who of [w.mo, w.admin, w.colleague, w.otherProviderDsl]) {
      const result = await read(who);
      expect(result.events.filter((e) => e.kind === "SAFEGUARDING")).toEqual([]);
      const text = JSON.stringify(result);
      for (const hidden of [C1_TEXT, C2_TEXT, "CON-700001", "CON-700002", "Tutor addition"]) {
        expect(text).not.toContain(hidden);
      }
    }
    const mo = await read(w.mo);
    expect(types(mo.events)).toContain("placement.started");
  });
});

describe("read audit", () => {
  it("records every chronology read, with the concerns it showed", async () => {
    await read(w.schoolDsl, { kinds: ["SAFEGUARDING"] });
    await read(w.mo);

    const rows = await db.auditEvent.findMany({
      where: { action: "chronology.read", recordId: w.student.id },
      orderBy: { at: "asc" },
    });
    const dsl = rows.filter((row) => row.actorUserId === w.schoolDsl.id).at(-1);
    expect(dsl).toMatchObject({ recordType: "Student", actorOrganisationId: w.school.id });
    expect(dsl?.detail).toMatchObject({ kinds: ["SAFEGUARDING"] });
    expect(new Set((dsl?.detail as { concernIds: string[] }).concernIds)).toEqual(
      new Set([c1Id, c2Id]),
    );
    const mo = rows.filter((row) => row.actorUserId === w.mo.id).at(-1);
    expect(mo?.detail).toMatchObject({ concernIds: [] });
    expect(JSON.stringify(rows)).not.toContain(C1_TEXT);
  });

  it("does not record a refused read", async () => {
    await rejection(read(w.otherSchoolDsl));
    const rows = await db.auditEvent.count({
      where: { action: "chronology.read", actorUserId: w.otherSchoolDsl.id },
    });
    expect(rows).toBe(0);
  });

  it("records every referral read", async () => {
    const referral = await db.referral.findFirstOrThrow({ where: { reference: "REF-700001" } });
    await callerFor(w.schoolStaff.actor).referral.get({ referralId: referral.id });

    const rows = await db.auditEvent.findMany({
      where: { action: "referral.read", recordId: referral.id, actorUserId: w.schoolStaff.id },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recordType: "Referral", detail: { studentId: w.student.id } });
  });
});

describe("who viewed the safeguarding record", () => {
  it("lists concern reads and chronology reads that showed a concern, not others", async () => {
    await callerFor(w.providerDsl.actor).concern.get({ concernId: c1Id });
    await read(w.schoolDsl);
    await read(w.mo);

    const views = await callerFor(w.lead.actor).concern.viewers({ studentId: w.student.id });
    const who = views.map((view) => [view.userName, view.what, view.concernReference]);

    expect(who[0]).toEqual([w.schoolDsl.name, "CHRONOLOGY", null]);
    expect(who).toContainEqual([w.providerDsl.name, "CONCERN", "CON-700001"]);
    expect(views.some((view) => view.userId === w.mo.id)).toBe(false);
    expect(views[0].organisationName).toBe(w.school.name);
  });

  it("shows a provider DSL only the reads that showed concerns it may see", async () => {
    await read(w.schoolDsl, { kinds: ["SAFEGUARDING"], from: "2026-11-10" });

    const views = await callerFor(w.providerDsl.actor).concern.viewers({
      studentId: w.student.id,
    });
    // That last read showed only the school's own concern, which the provider cannot see.
    const latest = await db.auditEvent.findFirstOrThrow({
      where: { action: "chronology.read", actorUserId: w.schoolDsl.id },
      orderBy: { at: "desc" },
    });
    expect(views.some((view) => view.id === latest.id)).toBe(false);
    expect(views.some((view) => view.userId === w.schoolDsl.id)).toBe(true);
  });
});
