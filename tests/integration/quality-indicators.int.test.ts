import { beforeAll, describe, expect, it } from "vitest";
import type { Organisation, Placement } from "@/server/db/generated/client";
import { listIndicators } from "@/server/services/quality/indicators/read-indicators";
import {
  callerFor,
  makeCourse,
  makeIncident,
  makeOrganisation,
  makePlacement,
  makeStudent,
  makeUser,
  setupTestDatabase,
  type TestUser,
} from "./harness";
import { fieldMessages, rejection } from "./helpers";

// Four providers with written figures for 2026/27, read on a fixed day. Provider A has
// something on every side of every boundary: last year's marks and placements, a withdrawn
// incident, a placement withdrawn early, actions closed on time, late and still open.
const db = await setupTestDatabase();
const NOW = new Date("2026-12-04T12:00:00Z");
const YEAR = 2026;
const UTC = (iso: string) => new Date(`${iso}T00:00:00Z`);

let school: Organisation;
let service: Organisation;
const providers: Record<"A" | "B" | "C" | "D", Organisation> = {} as never;
const staff: Record<"A" | "B", TestUser> = {} as never;
let officer: TestUser;

type Mark = "PRESENT" | "LATE" | "ABSENT" | "NOT_EXPECTED";

/** Marks on successive days from 1 September, one session each, recorded by `by`. */
async function marks(placement: Placement, by: TestUser, list: [Mark, string?][], from = "09-01") {
  const start = UTC(`${placement.startDate.getUTCFullYear()}-${from}`).getTime();
  await db.registerMark.createMany({
    data: list.map(([mark, reason], index) => ({
      placementId: placement.id,
      studentId: placement.studentId,
      providerId: placement.providerId,
      schoolId: placement.schoolId,
      date: new Date(start + index * 86_400_000),
      session: "AM" as const,
      mark,
      absenceReason: (reason ?? null) as never,
      recordedById: by.id,
    })),
  });
}

async function placeAt(provider: Organisation, overrides: Partial<Placement> = {}) {
  const course = await makeCourse(db, { provider });
  const student = await makeStudent(db, { homeSchool: school });
  return makePlacement(db, { student, course, ...overrides });
}

async function concernBy(organisation: Organisation, placement: Placement, raisedBy: TestUser) {
  await db.concern.create({
    data: {
      reference: `CON-T${crypto.randomUUID().slice(0, 8)}`,
      studentId: placement.studentId,
      schoolId: placement.schoolId,
      raisedById: raisedBy.id,
      raisedByOrganisationId: organisation.id,
      raisedAt: UTC("2026-10-05"),
      occurredAt: UTC("2026-10-05"),
      location: "Workshop",
      categories: ["NEGLECT"],
      whatWasSeenOrHeard: "Indicator test concern",
      immediateAction: "Told the DSL",
      whoWasTold: "DSL",
      riskLevel: "LOW",
    },
  });
}

async function actionsFor(provider: Organisation, list: [string, string | null][]) {
  const year = await db.reviewYear.create({
    data: { providerId: provider.id, startYear: YEAR, openedById: officer.id },
  });
  const review = await db.qualityReview.create({
    data: {
      reference: `QR-T${crypto.randomUUID().slice(0, 8)}`,
      reviewYearId: year.id,
      providerId: provider.id,
      kind: "QR1",
      openedById: officer.id,
    },
  });
  for (const [dueOn, closedAt] of list) {
    await db.qualityAction.create({
      data: {
        reference: `ACT-T${crypto.randomUUID().slice(0, 8)}`,
        reviewId: review.id,
        providerId: provider.id,
        description: "Indicator test action",
        owner: "Centre manager",
        dueOn: UTC(dueOn),
        setById: officer.id,
        status: closedAt ? "CLOSED" : "OPEN",
        closedAt: closedAt ? new Date(closedAt) : null,
      },
    });
  }
}

async function seedProviderA() {
  const a = providers.A;
  const one = await placeAt(a);
  const two = await placeAt(a);
  // 10 possible, 9 attended.
  await marks(one, staff.A, [...Array(8).fill(["PRESENT"]), ["LATE"], ["ABSENT", "ILLNESS"]]);
  // Not expected and transport not provided (Y1) are not possible: 5 of 5.
  await marks(two, staff.A, [
    ["NOT_EXPECTED"],
    ["NOT_EXPECTED"],
    ["ABSENT", "TRANSPORT_NOT_AVAILABLE"],
    ...Array(5).fill(["PRESENT"]),
  ]);
  const withdrawn = await placeAt(a, {
    startDate: UTC("2026-09-14"),
    status: "WITHDRAWN",
    endedOn: UTC("2026-10-16"),
  });
  // Last year's placement: its mark, start and student belong to 2025/26.
  const last = await placeAt(a, {
    startDate: UTC("2026-04-13"),
    plannedEndDate: UTC("2026-07-17"),
    endedOn: UTC("2026-07-17"),
    status: "COMPLETED",
  });
  await marks(last, staff.A, [["ABSENT", "ILLNESS"]], "07-10");

  const at = (iso: string) => new Date(iso);
  await makeIncident(db, {
    placements: [one],
    recordedBy: staff.A,
    occurredAt: at("2026-10-01T10:00:00Z"),
  });
  await makeIncident(db, {
    placements: [one, withdrawn],
    recordedBy: staff.A,
    occurredAt: at("2026-09-20T10:00:00Z"),
  });
  await makeIncident(db, {
    placements: [two],
    recordedBy: staff.A,
    occurredAt: at("2026-10-02T10:00:00Z"),
    withdrawnAt: at("2026-10-03T10:00:00Z"),
  });
  await makeIncident(db, {
    placements: [last],
    recordedBy: staff.A,
    occurredAt: at("2026-07-01T10:00:00Z"),
  });

  await concernBy(a, one, staff.A);
  // Raised by the school about A's student: not A's concern.
  const schoolStaff = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
  await concernBy(school, one, schoolStaff);

  await actionsFor(a, [
    // Closed at 9pm UK time on the day it was due (20:00 UTC in BST): on time.
    ["2026-10-01", "2026-10-01T20:00:00Z"],
    ["2026-10-15", "2026-10-16T09:00:00Z"],
    ["2026-11-20", null],
    // Not due yet on 4 December: left out.
    ["2027-01-10", null],
    // Not due yet, but closed already: on time.
    ["2027-02-01", "2026-11-30T10:00:00Z"],
  ]);
}

beforeAll(async () => {
  school = await makeOrganisation(db, { kind: "SCHOOL" });
  service = await makeOrganisation(db, { kind: "SERVICE" });
  for (const key of ["A", "B", "C", "D"] as const) {
    providers[key] = await makeOrganisation(db, { kind: "PROVIDER", name: `Provider ${key}` });
  }
  staff.A = await makeUser(db, { organisation: providers.A, roles: ["PROVIDER_STAFF"] });
  staff.B = await makeUser(db, { organisation: providers.B, roles: ["PROVIDER_DSL"] });
  officer = await makeUser(db, { organisation: service, roles: ["QUALITY_OFFICER"] });
  await seedProviderA();

  const b = await placeAt(providers.B);
  await marks(b, staff.B, [...Array(4).fill(["PRESENT"]), ["ABSENT", "UNAUTHORISED_OTHER"]]);
  const d = await placeAt(providers.D);
  await marks(d, staff.B, [["PRESENT"], ["ABSENT"]]);
});

function rowOf(result: Awaited<ReturnType<typeof listIndicators>>, key: keyof typeof providers) {
  return result.providers.find((row) => row.id === providers[key].id)!;
}

describe("each provider's indicators, computed from the records", () => {
  it("counts provider A's year by each formula", async () => {
    const result = await listIndicators({ db, actor: officer.actor, now: NOW });
    expect(result.year).toMatchObject({ startYear: 2026, from: "2026-08-01", to: "2026-12-04" });
    expect(rowOf(result, "A").indicators).toEqual({
      attendance: { value: 93.3, numerator: 14, denominator: 15 },
      retention: { value: 66.7, numerator: 2, denominator: 3 },
      incidents: { value: 0.67, numerator: 2, denominator: 3 },
      concerns: { value: 1, numerator: 1, denominator: 3 },
      actionsOnTime: { value: 50, numerator: 2, denominator: 4 },
    });
  });

  it("shows no data, not zero, where there is nothing to count", async () => {
    const result = await listIndicators({ db, actor: officer.actor, now: NOW });
    const values = Object.values(rowOf(result, "C").indicators).map((figure) => figure.value);
    expect(values).toEqual([null, null, null, null, null]);
    expect(rowOf(result, "B").indicators.actionsOnTime.value).toBeNull();
    expect(rowOf(result, "B").indicators.incidents.value).toBe(0);
  });

  it("compares with the median of the providers that have a figure", async () => {
    const { medians } = await listIndicators({ db, actor: officer.actor, now: NOW });
    expect(medians.attendance).toEqual({ value: 80, providers: 3, withheld: false });
    expect(medians.retention).toEqual({ value: 100, providers: 3, withheld: false });
    expect(medians.incidents.value).toBe(0);
    expect(medians.actionsOnTime).toEqual({ value: 50, providers: 1, withheld: false });
  });

  it("counts last year's records in last year", async () => {
    const result = await listIndicators({ db, actor: officer.actor, now: NOW, startYear: 2025 });
    expect(rowOf(result, "A").indicators.attendance).toEqual({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
    expect(rowOf(result, "A").indicators.incidents).toEqual({
      value: 1,
      numerator: 1,
      denominator: 1,
    });
  });
});

describe("who sees which provider's indicators", () => {
  it("gives the quality officer every provider, and any one provider's page", async () => {
    const result = await callerFor(officer.actor).indicator.list({ startYear: YEAR });
    expect(result.providers.map((row) => row.name)).toEqual([
      "Provider A",
      "Provider B",
      "Provider C",
      "Provider D",
    ]);
    const one = await callerFor(officer.actor).indicator.get({
      providerId: providers.B.id,
      startYear: YEAR,
    });
    expect(one.provider.indicators.attendance.value).toBe(80);
  });

  it("gives a provider only its own figures beside the median", async () => {
    const result = await callerFor(staff.A.actor).indicator.list({ startYear: YEAR });
    expect(result.providers.map((row) => row.id)).toEqual([providers.A.id]);
    expect(result.medians.attendance.value).toBe(80);
    const text = JSON.stringify(result);
    for (const other of [providers.B, providers.C, providers.D]) {
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(other.id);
    }
  });

  it("withholds a median from a provider when too few providers have a figure", async () => {
    const result = await callerFor(staff.A.actor).indicator.list({ startYear: YEAR });
    // Only A has actions due: the median would be A's own figure, or give another's away.
    expect(result.medians.actionsOnTime).toEqual({ value: null, providers: 1, withheld: true });
  });

  it("refuses a provider another provider's page as if it did not exist", async () => {
    const own = await callerFor(staff.B.actor).indicator.get({ providerId: providers.B.id });
    expect(own.provider.name).toBe("Provider B");
    const error = await rejection(
      callerFor(staff.B.actor).indicator.get({ providerId: providers.A.id }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("Provider not found");
  });

  it("refuses schools and monitoring officers", async () => {
    const teacher = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
    const mo = await makeUser(db, { organisation: service, roles: ["MONITORING_OFFICER"] });
    for (const user of [teacher, mo]) {
      const error = await rejection(callerFor(user.actor).indicator.list({}));
      expect(error.code).toBe("FORBIDDEN");
    }
  });

  it("refuses a year that has not begun, naming the field", async () => {
    const error = await rejection(callerFor(officer.actor).indicator.list({ startYear: 2099 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldMessages(error)).toEqual({ startYear: "Choose an academic year that has begun" });
  });
});
