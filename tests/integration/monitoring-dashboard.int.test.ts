import { beforeAll, describe, expect, it } from "vitest";
import type { Organisation, Placement, Prisma, Student } from "@/server/db/generated/client";
import { readCaseload } from "@/server/services/dashboards/caseload";
import {
  callerFor,
  makeCourse,
  makeIncident,
  makeMeeting,
  makeOrganisation,
  makePlacement,
  makeStudent,
  makeUser,
  setupTestDatabase,
  type TestUser,
} from "./harness";
import { daysFromToday, fieldMessages, rejection } from "./helpers";

const db = await setupTestDatabase();
const DAY = 24 * 60 * 60 * 1000;

// Two schools (A, B), three providers (P, Q, R), two monitoring officers. The MO holds s1
// (school A at P), s2 (school B at Q), s4 (A at P, ended 10 days ago) and s5 (A at P, ended
// 40 days ago: out of the caseload); the other MO holds s3 (A at P) and s6 (B at R).
let schoolA: Organisation;
let schoolB: Organisation;
let providerP: Organisation;
let providerQ: Organisation;
let providerR: Organisation;
let mo: TestUser;
let otherMo: TestUser;
let lead: TestUser;
let tutorP: TestUser;
let tutorQ: TestUser;
let staffA: TestUser;
let staffB: TestUser;
const students: Record<string, Student> = {};
const placements: Record<string, Placement> = {};

async function place(key: string, school: Organisation, provider: Organisation, officer: TestUser) {
  students[key] = await makeStudent(db, {
    homeSchool: school,
    legalFirstName: `First${key}`,
    legalLastName: `Caseload${key}`,
  });
  const course = await makeCourse(db, { provider, daysOffered: ["MONDAY", "WEDNESDAY"] });
  placements[key] = await makePlacement(db, {
    student: students[key],
    course,
    monitoringOfficerId: officer.id,
  });
}

async function end(key: string, daysAgo: number) {
  placements[key] = await db.placement.update({
    where: { id: placements[key].id },
    data: {
      status: "WITHDRAWN",
      endedOn: new Date(`${daysFromToday(-daysAgo)}T00:00:00Z`),
    },
  });
}

beforeAll(async () => {
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  schoolA = await makeOrganisation(db, { kind: "SCHOOL", name: "Alder School" });
  schoolB = await makeOrganisation(db, { kind: "SCHOOL", name: "Birch School" });
  providerP = await makeOrganisation(db, { kind: "PROVIDER", name: "P Training" });
  providerQ = await makeOrganisation(db, { kind: "PROVIDER", name: "Q Training" });
  providerR = await makeOrganisation(db, { kind: "PROVIDER", name: "R Training" });
  mo = await makeUser(db, { organisation: service, roles: ["MONITORING_OFFICER"] });
  otherMo = await makeUser(db, { organisation: service, roles: ["MONITORING_OFFICER"] });
  lead = await makeUser(db, { organisation: service, roles: ["SERVICE_LEAD"] });
  tutorP = await makeUser(db, { organisation: providerP, roles: ["PROVIDER_STAFF"] });
  tutorQ = await makeUser(db, { organisation: providerQ, roles: ["PROVIDER_STAFF"] });
  staffA = await makeUser(db, { organisation: schoolA, roles: ["SCHOOL_STAFF"] });
  staffB = await makeUser(db, { organisation: schoolB, roles: ["SCHOOL_STAFF"] });

  await place("s1", schoolA, providerP, mo);
  await place("s2", schoolB, providerQ, mo);
  await place("s3", schoolA, providerP, otherMo);
  await place("s4", schoolA, providerP, mo);
  await place("s5", schoolA, providerP, mo);
  await place("s6", schoolB, providerR, otherMo);
  await end("s4", 10);
  await end("s5", 40);
});

function rowsOf(caseload: { groups: { provider: { name: string }; rows: { id: string }[] }[] }) {
  return caseload.groups.map((group) => [
    group.provider.name,
    group.rows.map((row) => Object.keys(placements).find((key) => placements[key].id === row.id)),
  ]);
}

function rowFor<Row extends { id: string }>(groups: { rows: Row[] }[], key: string): Row {
  const row = groups.flatMap((group) => group.rows).find((r) => r.id === placements[key].id);
  expect(row, `the row of ${key}`).toBeDefined();
  return row!;
}

describe("the caseload", () => {
  it("holds only the MO's own placements, active or ended in the last 30 days", async () => {
    const caseload = await callerFor(mo.actor).dashboard.monitoring();

    expect(rowsOf(caseload)).toEqual([
      ["P Training", ["s1", "s4"]],
      ["Q Training", ["s2"]],
    ]);
    expect(caseload).toMatchObject({ total: 3, students: 3 });
    expect(rowFor(caseload.groups, "s4").endedOn).toBe(daysFromToday(-10));
    expect(caseload.choices.providers.map((p) => p.name)).toEqual(["P Training", "Q Training"]);
    expect(caseload.choices.officers).toEqual([]);
  });

  it("shows the lead every officer's caseload, and one officer's when chosen", async () => {
    const every = await callerFor(lead.actor).dashboard.monitoring();
    const one = await callerFor(lead.actor).dashboard.monitoring({ officerId: otherMo.id });

    expect(rowsOf(every)).toEqual([
      ["P Training", ["s1", "s3", "s4"]],
      ["Q Training", ["s2"]],
      ["R Training", ["s6"]],
    ]);
    expect(every.choices.officers.map((o) => o.id).sort()).toEqual([mo.id, otherMo.id].sort());
    expect(rowsOf(one)).toEqual([
      ["P Training", ["s3"]],
      ["R Training", ["s6"]],
    ]);
  });

  it("filters by provider and by school, within the caseload only", async () => {
    const caller = callerFor(mo.actor).dashboard;

    expect(rowsOf(await caller.monitoring({ providerId: providerQ.id }))).toEqual([
      ["Q Training", ["s2"]],
    ]);
    expect(rowsOf(await caller.monitoring({ schoolId: schoolA.id }))).toEqual([
      ["P Training", ["s1", "s4"]],
    ]);
    // R's placements are the other officer's; asking for them, or for that officer, finds none.
    expect((await caller.monitoring({ providerId: providerR.id })).total).toBe(0);
    expect((await caller.monitoring({ officerId: otherMo.id })).total).toBe(0);
  });

  it("refuses a filter that is not a choice from the list, naming the field", async () => {
    const error = await rejection(
      callerFor(mo.actor).dashboard.monitoring({ providerId: "not-an-id" }),
    );

    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldMessages(error)).toEqual({ providerId: "Choose a provider from the list" });
  });
});

describe("attendance trend", () => {
  // Friday 4 December 2026 at noon: the last eight school weeks begin 5 October to
  // 30 November, the October half term week (26 October) left out.
  const now = new Date("2026-12-04T12:00:00Z");
  const WEEKS = [
    "2026-10-05",
    "2026-10-12",
    "2026-10-19",
    "2026-11-02",
    "2026-11-09",
    "2026-11-16",
    "2026-11-23",
    "2026-11-30",
  ];

  beforeAll(async () => {
    const p = placements.s1;
    type Facts = Pick<Prisma.RegisterMarkCreateManyInput, "mark" | "absenceReason" | "lateMinutes">;
    const mark = (date: string, session: "AM" | "PM", facts: Facts) => ({
      placementId: p.id,
      studentId: p.studentId,
      providerId: p.providerId,
      schoolId: p.schoolId,
      date: new Date(`${date}T00:00:00Z`),
      session,
      recordedById: tutorP.id,
      ...facts,
    });
    const present = { mark: "PRESENT" as const };
    const absent = { mark: "ABSENT" as const, absenceReason: "UNAUTHORISED_OTHER" as const };
    // The week of 16 November: 10 possible sessions, 7 attended (one of them late).
    const week = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"];
    const weekMarks = week.flatMap((date, index) => [
      mark(date, "AM", index === 0 ? { mark: "LATE", lateMinutes: 10 } : present),
      mark(date, "PM", index < 3 ? absent : present),
    ]);
    // The week of 30 November: 2 attended; not expected and Y1 are not possible sessions.
    const lastWeek = [
      mark("2026-11-30", "AM", present),
      mark("2026-11-30", "PM", present),
      mark("2026-12-02", "AM", { mark: "NOT_EXPECTED" }),
      mark("2026-12-02", "PM", {
        mark: "ABSENT",
        absenceReason: "TRANSPORT_NOT_AVAILABLE",
      }),
    ];
    await db.registerMark.createMany({ data: [...weekMarks, ...lastWeek] });
  });

  it("gives each week's percentage, with gaps where nothing was possible", async () => {
    const caseload = await readCaseload({ db, actor: mo.actor, now });
    const s1 = rowFor(caseload.groups, "s1");

    expect(caseload.weeks).toEqual(WEEKS);
    expect(s1.trend.map((week) => week.percentage)).toEqual([
      null,
      null,
      null,
      null,
      null,
      70,
      null,
      100,
    ]);
    expect(s1.trend[5]).toEqual({
      weekOf: "2026-11-16",
      possible: 10,
      attended: 7,
      percentage: 70,
    });
    expect(s1.attendance).toEqual({
      possible: 12,
      attended: 9,
      percentage: 75,
      persistentlyAbsent: true,
    });
    expect(rowFor(caseload.groups, "s2").trend.every((week) => week.percentage === null)).toBe(
      true,
    );
  });

  it("gives each provider's attendance over its placements in the caseload", async () => {
    const caseload = await readCaseload({ db, actor: mo.actor, now });

    const group = caseload.groups.find((g) => g.rows.some((row) => row.id === placements.s1.id));
    expect(group?.rows.length).toBeGreaterThan(1);
    expect(group?.attendance).toEqual({
      possible: 12,
      attended: 9,
      percentage: 75,
      persistentlyAbsent: true,
    });
  });

  it("adds every placement's sessions into the caseload's weekly trend", async () => {
    const caseload = await readCaseload({ db, actor: mo.actor, now });

    expect(caseload.overall[5]).toEqual({
      weekOf: "2026-11-16",
      possible: 10,
      attended: 7,
      percentage: 70,
    });
    expect(caseload.overall.map((week) => week.possible)).toEqual([0, 0, 0, 0, 0, 10, 0, 2]);
  });
});

describe("incidents, reviews and targets", () => {
  beforeAll(async () => {
    const ago = (days: number) => new Date(Date.now() - days * DAY);
    await makeIncident(db, { placements: [placements.s1], recordedBy: tutorP, occurredAt: ago(5) });
    await makeIncident(db, {
      placements: [placements.s1, placements.s3],
      recordedBy: tutorP,
      occurredAt: ago(29),
    });
    await makeIncident(db, {
      placements: [placements.s1],
      recordedBy: tutorP,
      occurredAt: ago(3),
      withdrawnAt: ago(2),
      withdrawnById: tutorP.id,
      withdrawnReason: "Logged against the wrong student",
    });
    await makeIncident(db, {
      placements: [placements.s1],
      recordedBy: tutorP,
      occurredAt: ago(31),
    });
    await makeIncident(db, { placements: [placements.s2], recordedBy: tutorQ, occurredAt: ago(1) });

    const s1 = { placement: placements.s1, recordedBy: mo };
    await makeMeeting(db, {
      ...s1,
      review: daysFromToday(7),
      targets: [
        { dueOn: daysFromToday(0), description: "Arrive by 9am every day" },
        { dueOn: daysFromToday(-3), description: "Bring the signed home-school diary" },
        { dueOn: daysFromToday(30), description: "Complete the first unit" },
        { dueOn: daysFromToday(0), status: "MET", description: "Met already" },
      ],
    });
    await makeMeeting(db, { ...s1, review: daysFromToday(-2) });
    await makeMeeting(db, { ...s1, review: daysFromToday(30) });
    await makeMeeting(db, { ...s1, review: daysFromToday(8) });
    const reviewed = await makeMeeting(db, { ...s1, review: daysFromToday(-5) });
    await makeMeeting(db, { ...s1, review: null, reviewOfId: reviewed.id });
    await makeMeeting(db, {
      placement: placements.s2,
      recordedBy: mo,
      review: daysFromToday(3),
      targets: [{ dueOn: daysFromToday(-1), description: "Q target for s2" }],
    });
  });

  it("counts incidents in the last 30 days, leaving out withdrawn and older ones", async () => {
    const caseload = await callerFor(lead.actor).dashboard.monitoring();

    expect(rowFor(caseload.groups, "s1").incidents).toBe(2);
    expect(rowFor(caseload.groups, "s3").incidents).toBe(1);
    expect(rowFor(caseload.groups, "s2").incidents).toBe(1);
    expect(rowFor(caseload.groups, "s4").incidents).toBe(0);
  });

  it("gives open targets and the next review, an overdue one first", async () => {
    const caseload = await callerFor(mo.actor).dashboard.monitoring();
    const s1 = rowFor(caseload.groups, "s1");

    expect(s1.openTargets).toBe(3);
    expect(s1.nextReview).toMatchObject({ reviewOn: daysFromToday(-2), overdue: true });
    expect(rowFor(caseload.groups, "s4")).toMatchObject({ openTargets: 0, nextReview: null });
  });

  it("lists reviews overdue and due in 7 days, not later ones or those reviewed", async () => {
    const caseload = await callerFor(mo.actor).dashboard.monitoring();

    expect(caseload.reviewsDue.map((r) => [r.placement.student.id, r.reviewOn, r.overdue])).toEqual(
      [
        [students.s1.id, daysFromToday(-2), true],
        [students.s2.id, daysFromToday(3), false],
        [students.s1.id, daysFromToday(7), false],
      ],
    );
  });

  it("lists open targets overdue and due by Sunday, overdue first", async () => {
    const caseload = await callerFor(mo.actor).dashboard.monitoring();

    expect(caseload.targetsDue.map((t) => [t.description, t.dueOn, t.overdue])).toEqual([
      ["Bring the signed home-school diary", daysFromToday(-3), true],
      ["Q target for s2", daysFromToday(-1), true],
      ["Arrive by 9am every day", daysFromToday(0), false],
    ]);
  });

  it("narrows the lists with the filters too", async () => {
    const caseload = await callerFor(mo.actor).dashboard.monitoring({
      providerId: providerQ.id,
    });

    expect(caseload.reviewsDue.map((r) => r.placement.student.id)).toEqual([students.s2.id]);
    expect(caseload.targetsDue.map((t) => t.description)).toEqual(["Q target for s2"]);
  });
});

describe("school and provider slices", () => {
  it("gives a school its own students' placements only", async () => {
    const { monitoring } = await callerFor(staffA.actor).dashboard.school();

    expect(rowsOf(monitoring)).toEqual([["P Training", ["s1", "s3", "s4"]]]);
    expect(rowFor(monitoring.groups, "s1")).toMatchObject({ incidents: 2, openTargets: 3 });
    const text = JSON.stringify(monitoring);
    for (const other of [students.s2, students.s6]) {
      expect(text).not.toContain(other.legalLastName);
    }
    expect(text).not.toContain("Q target for s2");
  });

  it("gives another school none of them, even when it asks for that school", async () => {
    const own = await callerFor(staffB.actor).dashboard.school();
    const asked = await callerFor(staffB.actor).dashboard.school({ schoolId: schoolA.id });

    expect(rowsOf(own.monitoring)).toEqual([
      ["Q Training", ["s2"]],
      ["R Training", ["s6"]],
    ]);
    expect(asked.monitoring.total).toBe(0);
    for (const result of [own, asked]) {
      const text = JSON.stringify(result.monitoring);
      expect(text).not.toContain(students.s1.legalLastName);
      expect(text).not.toContain("Arrive by 9am every day");
    }
  });

  it("gives a provider its own placements, nothing of another school it names", async () => {
    const p = await callerFor(tutorP.actor).dashboard.provider();
    const q = await callerFor(tutorQ.actor).dashboard.provider();
    const qAsking = await callerFor(tutorQ.actor).dashboard.provider({ schoolId: schoolA.id });

    expect(rowsOf(p.monitoring)).toEqual([["P Training", ["s1", "s3", "s4"]]]);
    expect(rowsOf(q.monitoring)).toEqual([["Q Training", ["s2"]]]);
    expect(rowFor(q.monitoring.groups, "s2")).toMatchObject({ incidents: 1, openTargets: 1 });
    expect(qAsking.monitoring.total).toBe(0);
    const text = JSON.stringify([q.monitoring, qAsking.monitoring]);
    expect(text).not.toContain(students.s1.legalLastName);
    expect(text).not.toContain("Arrive by 9am every day");
  });

  it("refuses the quality officer every slice, and each role the others' dashboards", async () => {
    const quality = await makeUser(db, {
      organisation: (await db.organisation.findUnique({ where: { id: mo.organisationId } }))!,
      roles: ["QUALITY_OFFICER"],
    });
    const refusals = [
      callerFor(quality.actor).dashboard.monitoring(),
      callerFor(quality.actor).dashboard.school(),
      callerFor(quality.actor).dashboard.provider(),
      callerFor(staffA.actor).dashboard.monitoring(),
      callerFor(tutorP.actor).dashboard.school(),
      callerFor(mo.actor).dashboard.provider(),
    ];
    for (const refused of refusals) {
      expect((await rejection(refused)).code).toBe("FORBIDDEN");
    }
  });
});

describe("registers missing", () => {
  it("shows an MO their caseload's providers only, and the lead every provider's", async () => {
    const forMo = await callerFor(mo.actor).register.missing();
    const forLead = await callerFor(lead.actor).register.missing();
    const ours = (list: { providerId: string }[], provider: Organisation) =>
      list.some((register) => register.providerId === provider.id);

    expect([ours(forMo, providerP), ours(forMo, providerQ), ours(forMo, providerR)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(ours(forLead, providerR)).toBe(true);
  });

  it("narrows to the provider chosen in the dashboard's filter", async () => {
    const missing = await callerFor(lead.actor).register.missing({ providerId: providerQ.id });

    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((register) => register.providerId === providerQ.id)).toBe(true);
  });
});
