import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StaffCheckInput } from "@/lib/schemas/staff-check";
import type { Organisation } from "@/server/db/generated/client";
import {
  callerFor,
  makeCourse,
  makeOrganisation,
  makePlacement,
  makeStudent,
  makeUser,
  setupTestDatabase,
  type TestUser,
} from "./harness";
import { fieldMessages, rejection } from "./helpers";

// The single central record through the router, on a clock pinned to 4 December 2026 (a
// Friday): gaps, expiring checks, leavers, who may read what, and the status schools see.

const db = await setupTestDatabase();
const TODAY = new Date("2026-12-04T12:00:00Z");

let provider: Organisation;
let tutor: TestUser;
let otherTutor: TestUser;
let officer: TestUser;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(TODAY);
  provider = await makeOrganisation(db, { kind: "PROVIDER" });
  tutor = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
  otherTutor = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
  officer = await makeUser(db, { roles: ["QUALITY_OFFICER"] });
});

afterEach(() => {
  vi.useRealTimers();
});

/** Every check done well within its dates on 4 December 2026. */
function complete(overrides: Partial<StaffCheckInput> = {}): StaffCheckInput {
  return {
    fullName: "Priya Complete",
    jobRole: "Construction tutor",
    startedOn: "2025-09-01",
    identityCheckedOn: "2025-08-20",
    dbsCertificateNumber: "0012 3456 7890",
    dbsIssuedOn: "2025-08-15",
    dbsUpdateService: "NO",
    barredListCheckedOn: "2025-08-20",
    prohibitionCheckedOn: "2025-08-20",
    overseasCheckRequired: "NO",
    qualificationsRequired: "YES",
    qualificationsCheckedOn: "2025-08-20",
    rightToWorkCheckedOn: "2025-08-20",
    checkedByName: "Centre manager",
    checkedOn: "2025-08-21",
    ...overrides,
  };
}

describe("gap detection", () => {
  it("flags a missing check as a gap and an ageing DBS as expiring, then overdue", async () => {
    const caller = callerFor(tutor.actor);
    const gap = await caller.staffCheck.record(
      complete({ fullName: "Sam Gap", barredListCheckedOn: "" }),
    );
    // Issued 20 January 2024 without the update service: due 20 January 2027.
    await caller.staffCheck.record(
      complete({ fullName: "Ola Expiring", dbsIssuedOn: "2024-01-20" }),
    );
    await caller.staffCheck.record(complete());
    await caller.staffCheck.record(
      complete({ fullName: "Lee Leaver", identityCheckedOn: "", leftOn: "2026-07-17" }),
    );

    const record = await caller.staffCheck.list({ providerId: provider.id });
    expect(record.summary).toEqual({ staff: 3, withGaps: 1, expiring: 1 });
    expect(record.staff.map((row) => [row.fullName, row.state])).toEqual([
      ["Sam Gap", "GAPS"],
      ["Ola Expiring", "EXPIRING"],
      ["Priya Complete", "COMPLETE"],
      ["Lee Leaver", "LEFT"],
    ]);
    expect(record.staff[0].issues).toEqual([{ check: "barredList", kind: "MISSING" }]);
    expect(record.staff[1].issues).toEqual([
      { check: "dbsRenewal", kind: "EXPIRING", dueOn: "2027-01-20" },
    ]);
    expect((await caller.staffCheck.get({ staffCheckId: gap.id })).state).toBe("GAPS");

    vi.setSystemTime(new Date("2027-01-20T09:00:00Z"));
    const later = await caller.staffCheck.list({ providerId: provider.id });
    expect(later.summary).toEqual({ staff: 3, withGaps: 2, expiring: 0 });
  });

  it("refuses a check dated after today and a DBS number that is not 12 digits", async () => {
    const caller = callerFor(tutor.actor);
    const future = await rejection(
      caller.staffCheck.record(complete({ rightToWorkCheckedOn: "2026-12-05" })),
    );
    expect(future.code).toBe("BAD_REQUEST");
    expect(fieldMessages(future)).toEqual({
      rightToWorkCheckedOn: "The date cannot be in the future",
    });
    const short = await rejection(
      caller.staffCheck.record(complete({ dbsCertificateNumber: "12345678901" })),
    );
    expect(fieldMessages(short)).toEqual({
      dbsCertificateNumber: "The DBS certificate number must be 12 digits",
    });
    expect(await db.staffCheck.count({ where: { providerId: provider.id } })).toBe(0);
  });
});

describe("keeping the record", () => {
  it("keeps who changed what and when, names the fields not the values, and keeps leavers", async () => {
    const colleague = await makeUser(db, { organisation: provider, roles: ["PROVIDER_DSL"] });
    const { id } = await callerFor(tutor.actor).staffCheck.record(complete());
    vi.setSystemTime(new Date("2026-12-07T10:00:00Z"));

    const changed = await callerFor(colleague.actor).staffCheck.record(
      complete({ staffCheckId: id, jobRole: "Lead tutor", leftOn: "2026-12-04" }),
    );

    expect(changed.changed).toEqual(["jobRole", "leftOn"]);
    const row = await db.staffCheck.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ updatedById: colleague.id, createdById: tutor.id });
    expect(row.leftOn?.toISOString().slice(0, 10)).toBe("2026-12-04");
    const audit = await db.auditEvent.findMany({
      where: { recordId: id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((event) => [event.action, event.detail])).toEqual([
      ["scr.add", null],
      ["scr.leave", { fields: ["jobRole", "leftOn"] }],
    ]);
    expect(JSON.stringify(audit)).not.toContain("Lead tutor");
  });

  it("refuses removing a recorded check, and a year before 1950; a correction is kept", async () => {
    const caller = callerFor(tutor.actor);
    const { id } = await caller.staffCheck.record(complete());

    const blanked = await rejection(
      caller.staffCheck.record(
        complete({ staffCheckId: id, dbsCertificateNumber: "", dbsIssuedOn: "" }),
      ),
    );
    expect(blanked.code).toBe("BAD_REQUEST");
    expect(fieldMessages(blanked)).toEqual({
      dbsCertificateNumber:
        "Enter the DBS certificate number: a check once recorded can be corrected but not removed",
    });
    const typo = await rejection(
      caller.staffCheck.record(complete({ staffCheckId: id, startedOn: "0001-09-01" })),
    );
    expect(fieldMessages(typo)).toEqual({
      startedOn: "The date must be in 1950 or later: check the year",
    });
    const row = await db.staffCheck.findUniqueOrThrow({ where: { id } });
    expect(row.dbsCertificateNumber).toBe("001234567890");
    expect(row.startedOn.toISOString().slice(0, 10)).toBe("2025-09-01");

    const corrected = await caller.staffCheck.record(
      complete({ staffCheckId: id, dbsIssuedOn: "2025-08-14" }),
    );
    expect(corrected.changed).toEqual(["dbsIssuedOn"]);
  });

  it("answers NOT_FOUND to another provider reading or changing a row, and to its record", async () => {
    const { id } = await callerFor(tutor.actor).staffCheck.record(complete());
    const other = callerFor(otherTutor.actor);

    for (const call of [
      () => other.staffCheck.get({ staffCheckId: id }),
      () => other.staffCheck.list({ providerId: provider.id }),
      () => other.staffCheck.record(complete({ staffCheckId: id, fullName: "Taken over" })),
    ]) {
      expect((await rejection(call())).code).toBe("NOT_FOUND");
    }
    const summaries = await other.staffCheck.summaries();
    expect(summaries.map((line) => line.id)).toEqual([otherTutor.organisationId]);
  });

  it("is kept by providers only: the officer reads, and may not write", async () => {
    await callerFor(tutor.actor).staffCheck.record(complete({ barredListCheckedOn: "" }));
    const caller = callerFor(officer.actor);

    const refused = await rejection(caller.staffCheck.record(complete()));
    expect(refused.code).toBe("FORBIDDEN");
    const summaries = await caller.staffCheck.summaries();
    expect(summaries.find((line) => line.id === provider.id)).toMatchObject({
      staff: 1,
      withGaps: 1,
      expiring: 0,
    });
    const record = await caller.staffCheck.list({ providerId: provider.id });
    expect(record.provider.name).toBe(provider.name);
    const school = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    const schoolRefused = await rejection(callerFor(school.actor).staffCheck.summaries());
    expect(schoolRefused.code).toBe("FORBIDDEN");
  });
});

describe("the status schools see", () => {
  it("tells a school only the state and a count, for providers it may refer or has referred to", async () => {
    const school = await makeOrganisation(db, { kind: "SCHOOL" });
    const schoolStaff = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
    await callerFor(tutor.actor).staffCheck.record(
      complete({ fullName: "Hidden Name", prohibitionCheckedOn: "" }),
    );
    // The provider's only course leaves the offer after the school placed a student on it.
    const course = await makeCourse(db, { provider });
    await makePlacement(db, { student: await makeStudent(db, { homeSchool: school }), course });
    await db.course.update({ where: { id: course.id }, data: { active: false } });
    const complete2 = await makeOrganisation(db, { kind: "PROVIDER" });
    await makeCourse(db, { provider: complete2 });
    const unrelated = await makeOrganisation(db, { kind: "PROVIDER" });

    const caller = callerFor(schoolStaff.actor);
    const statuses = await caller.staffCheck.status({ providerIds: [provider.id, complete2.id] });
    expect(statuses).toEqual(
      expect.arrayContaining([
        { providerId: provider.id, providerName: provider.name, state: "GAPS", staffWithGaps: 1 },
        { providerId: complete2.id, providerName: complete2.name, state: "NOT_RECORDED" },
      ]),
    );
    expect(JSON.stringify(statuses)).not.toContain("Hidden Name");

    const outside = await rejection(caller.staffCheck.status({ providerIds: [unrelated.id] }));
    expect(outside.code).toBe("NOT_FOUND");
    const otherSchool = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    const notTheirs = await rejection(
      callerFor(otherSchool.actor).staffCheck.status({ providerIds: [provider.id] }),
    );
    expect(notTheirs.code).toBe("NOT_FOUND");
    const otherProvider = await rejection(
      callerFor(otherTutor.actor).staffCheck.status({ providerIds: [provider.id] }),
    );
    expect(otherProvider.code).toBe("NOT_FOUND");
  });
});
