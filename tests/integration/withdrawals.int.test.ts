import { beforeEach, describe, expect, it } from "vitest";
import { ukToday } from "@/lib/dates";
import type { RequestWithdrawalInput } from "@/lib/schemas/withdrawal";
import type { Course, Organisation, Placement, Student } from "@/server/db/generated/client";
import { listMissingRegisters } from "@/server/services/monitoring/missing-registers";
import { submitWithdrawal } from "@/server/services/withdrawals/requester-steps";
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
import { daysFromToday, fieldMessages, rejection } from "./helpers";

const db = await setupTestDatabase();

let school: Organisation;
let provider: Organisation;
let course: Course;
let student: Student;
let placement: Placement;
let schoolStaff: TestUser;
let tutor: TestUser;
let admin: TestUser;
let otherSchoolStaff: TestUser;
let otherTutor: TestUser;
let mo: TestUser;
let service: Organisation;

beforeEach(async () => {
  school = await makeOrganisation(db, { kind: "SCHOOL" });
  provider = await makeOrganisation(db, { kind: "PROVIDER" });
  service = await makeOrganisation(db, { kind: "SERVICE" });
  course = await makeCourse(db, { provider, daysOffered: ["MONDAY", "WEDNESDAY"] });
  student = await makeStudent(db, { homeSchool: school });
  placement = await makePlacement(db, { student, course });
  schoolStaff = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
  tutor = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
  admin = await makeUser(db, { organisation: service, roles: ["SERVICE_ADMIN"] });
  mo = await makeUser(db, { organisation: service, roles: ["MONITORING_OFFICER"] });
  const otherSchool = await makeOrganisation(db, { kind: "SCHOOL" });
  const otherProvider = await makeOrganisation(db, { kind: "PROVIDER" });
  otherSchoolStaff = await makeUser(db, { organisation: otherSchool, roles: ["SCHOOL_STAFF"] });
  otherTutor = await makeUser(db, { organisation: otherProvider, roles: ["PROVIDER_STAFF"] });
});

function requestOf(overrides: Partial<RequestWithdrawalInput> = {}): RequestWithdrawalInput {
  return {
    placementIds: [placement.id],
    extent: "ALL_DAYS",
    days: [],
    effectiveDate: "2026-11-16",
    reason: "The student has a place at a college from November",
    impactAchievement: "Keeps their English and maths at college",
    impactHealth: "None expected",
    impactWellbeing: "Happier with a full-time place",
    moConsulted: "YES",
    moConsultedOn: "2026-11-02",
    ...overrides,
  };
}

/** A submitted request, both back-office systems ticked: ready to process. */
async function readyToProcess(overrides: Partial<RequestWithdrawalInput> = {}) {
  const { id } = await callerFor(schoolStaff.actor).withdrawal.request(requestOf(overrides));
  await callerFor(schoolStaff.actor).withdrawal.submit({ requestId: id });
  await callerFor(admin.actor).withdrawal.tickChecklist({ requestId: id, step: "CLM" });
  await callerFor(admin.actor).withdrawal.tickChecklist({ requestId: id, step: "CAPITA" });
  return id;
}

describe("a provider's withdrawal request", () => {
  it("cannot be submitted before the meeting with the service and the school", async () => {
    const { id } = await callerFor(tutor.actor).withdrawal.request(
      requestOf({ moConsulted: undefined, moConsultedOn: undefined }),
    );

    const refused = await rejection(callerFor(tutor.actor).withdrawal.submit({ requestId: id }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(fieldMessages(refused)).toEqual({
      meetingHeldOn:
        "Record the meeting with the service and the school before submitting the request",
    });

    await callerFor(tutor.actor).withdrawal.recordMeeting({
      requestId: id,
      heldOn: "2026-11-05",
      attendees: "Provider tutor, school SENCo, CAP monitoring officer",
    });
    const submitted = await callerFor(tutor.actor).withdrawal.submit({ requestId: id });
    expect(submitted.requestId).toBe(id);
    const stored = await db.withdrawalRequest.findUniqueOrThrow({ where: { id } });
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.requestedBy).toBe("PROVIDER");
    expect(stored.moConsulted).toBeNull();
    expect(stored.meetingAttendees).toBe("Provider tutor, school SENCo, CAP monitoring officer");
  });

  it("is processed end to end: the placement ends and the school gets the record", async () => {
    const { id } = await callerFor(tutor.actor).withdrawal.request(requestOf());
    await callerFor(tutor.actor).withdrawal.recordMeeting({
      requestId: id,
      heldOn: "2026-11-05",
      attendees: "Everyone",
    });
    await callerFor(tutor.actor).withdrawal.submit({ requestId: id });
    const early = await rejection(callerFor(admin.actor).withdrawal.process({ requestId: id }));
    expect(fieldMessages(early)).toEqual({
      checklist: "Tick CLM and Capita as updated before processing",
    });
    await callerFor(admin.actor).withdrawal.tickChecklist({ requestId: id, step: "CLM" });
    await callerFor(admin.actor).withdrawal.tickChecklist({ requestId: id, step: "CAPITA" });
    const record = await callerFor(admin.actor).withdrawal.get({ requestId: id });
    expect(record.placements[0].leavesEveryDay).toBe(true);
    expect(record.clmUpdatedBy?.id).toBe(admin.id);

    await callerFor(admin.actor).withdrawal.process({ requestId: id });

    const ended = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(ended.status).toBe("WITHDRAWN");
    expect(ended.endedOn?.toISOString().slice(0, 10)).toBe("2026-11-15");
    const toSchool = await db.notification.findFirst({
      where: { userId: schoolStaff.id, kind: "withdrawal.processed" },
    });
    expect(toSchool?.link).toBe(`/withdrawals/${id}`);
    const seen = await callerFor(schoolStaff.actor).withdrawal.get({ requestId: id });
    expect(seen.status).toBe("PROCESSED");
    const list = await callerFor(schoolStaff.actor).placement.list({ status: "WITHDRAWN" });
    expect(list.rows.map((row) => row.id)).toEqual([placement.id]);
  });
});

describe("a school's withdrawal request", () => {
  it("records whether the monitoring officer was consulted", async () => {
    const refused = await rejection(
      callerFor(schoolStaff.actor).withdrawal.request(
        requestOf({ moConsulted: undefined, moConsultedOn: undefined }),
      ),
    );
    expect(fieldMessages(refused)).toEqual({
      moConsulted: "Select whether you consulted the monitoring officer about this withdrawal",
    });

    const { id } = await callerFor(schoolStaff.actor).withdrawal.request(requestOf());
    const { dueOn } = await submitWithdrawal({
      db,
      actor: schoolStaff.actor,
      input: { requestId: id },
      now: new Date("2026-12-22T10:00:00Z"),
    });
    expect(dueOn).toBe("2026-12-31");
    const stored = await db.withdrawalRequest.findUniqueOrThrow({ where: { id } });
    expect(stored.moConsulted).toBe(true);
    expect(stored.moConsultedOn?.toISOString().slice(0, 10)).toBe("2026-11-02");
    const toAdmin = await db.notification.findFirst({
      where: { userId: admin.id, kind: "withdrawal.submitted" },
    });
    expect(toAdmin?.body).toBe("Process it by 31 December 2026 (5 working days).");
  });

  it("sends the processed record to the provider", async () => {
    const id = await readyToProcess();
    await callerFor(admin.actor).withdrawal.process({ requestId: id });
    const toProvider = await db.notification.findFirst({
      where: { userId: tutor.id, kind: "withdrawal.processed" },
    });
    expect(toProvider?.title).toMatch(/^Withdrawal record WDR-\d{6} from the school$/);
  });
});

describe("a some-days withdrawal", () => {
  it("keeps the other days, and registers follow from the effective date", async () => {
    const id = await readyToProcess({ extent: "SOME_DAYS", days: ["WEDNESDAY"] });
    const record = await callerFor(admin.actor).withdrawal.get({ requestId: id });
    expect(record.placements[0].leavesEveryDay).toBe(false);

    await callerFor(admin.actor).withdrawal.process({ requestId: id });

    const kept = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(kept.status).toBe("ACTIVE");
    expect(kept.days).toEqual(["MONDAY"]);
    const sheet = (date: string) => callerFor(tutor.actor).register.sheet({ date, session: "AM" });
    expect((await sheet("2026-11-11")).rows.map((row) => row.id)).toEqual([placement.id]);
    expect((await sheet("2026-11-18")).rows).toEqual([]);
    expect((await sheet("2026-11-23")).rows.map((row) => row.id)).toEqual([placement.id]);

    const refused = await rejection(
      callerFor(tutor.actor).register.submit({
        date: "2026-11-18",
        session: "AM",
        marks: [{ placementId: placement.id, mark: "PRESENT" }],
      }),
    );
    expect(fieldMessages(refused)).toEqual({
      "marks.0.placementId": "This placement runs on Monday, not Wednesday",
    });
    const missing = await listMissingRegisters({
      db,
      actor: tutor.actor,
      now: new Date("2026-11-20T12:00:00Z"),
    });
    expect(missing.map((register) => register.date)).toEqual(
      expect.arrayContaining(["2026-11-11", "2026-11-16"]),
    );
    expect(missing.map((register) => register.date)).not.toContain("2026-11-18");
    const { events } = await callerFor(schoolStaff.actor).student.chronology({
      studentId: student.id,
    });
    const changed = events.find((event) => event.type === "placement.daysChanged");
    expect(changed?.detail).toBe("From Monday and Wednesday to Monday");
    expect(changed?.link).toBe(`/withdrawals/${id}`);
  });

  it("refuses days the placement does not run on", async () => {
    const refused = await rejection(
      callerFor(schoolStaff.actor).withdrawal.request(
        requestOf({ extent: "SOME_DAYS", days: ["FRIDAY"] }),
      ),
    );
    expect(fieldMessages(refused)).toEqual({
      days: "The placement runs on Monday or Wednesday: select one of those days",
    });
    const none = await rejection(
      callerFor(schoolStaff.actor).withdrawal.request(requestOf({ extent: "SOME_DAYS" })),
    );
    expect(fieldMessages(none)).toEqual({ days: "Select the days withdrawn" });
  });
});

describe("refusals", () => {
  it("answers NOT_FOUND to another organisation, for the placement and the request", async () => {
    const notMine = await rejection(
      callerFor(otherSchoolStaff.actor).withdrawal.request(requestOf()),
    );
    expect(notMine.code).toBe("NOT_FOUND");
    const { id } = await callerFor(schoolStaff.actor).withdrawal.request(requestOf());
    await callerFor(schoolStaff.actor).withdrawal.submit({ requestId: id });
    for (const other of [otherSchoolStaff, otherTutor]) {
      const read = await rejection(callerFor(other.actor).withdrawal.get({ requestId: id }));
      expect(read.code).toBe("NOT_FOUND");
      const list = await callerFor(other.actor).withdrawal.list({});
      expect(list.rows).toEqual([]);
      expect(list.total).toBe(0);
    }
  });

  it("keeps a draft with the organisation preparing it", async () => {
    const { id } = await callerFor(schoolStaff.actor).withdrawal.request(requestOf());
    const early = await rejection(callerFor(tutor.actor).withdrawal.get({ requestId: id }));
    expect(early.code).toBe("NOT_FOUND");
    const listed = await callerFor(admin.actor).withdrawal.list({});
    expect(listed.rows.map((row) => row.id)).not.toContain(id);
  });

  it("refuses a second request while one the caller can open covers the placement", async () => {
    const draft = await callerFor(schoolStaff.actor).withdrawal.request(requestOf());
    const ownDraft = await rejection(callerFor(schoolStaff.actor).withdrawal.request(requestOf()));
    expect(ownDraft.code).toBe("BAD_REQUEST");
    expect(fieldMessages(ownDraft)).toEqual({
      placementIds: `There is already an open withdrawal request for this placement (${draft.reference})`,
    });
    await callerFor(schoolStaff.actor).withdrawal.submit({ requestId: draft.id });
    const submitted = await rejection(callerFor(tutor.actor).withdrawal.request(requestOf()));
    expect(fieldMessages(submitted)).toEqual({
      placementIds: `There is already an open withdrawal request for this placement (${draft.reference})`,
    });
  });

  it("holds one submitted request per placement in the database too", async () => {
    const { id } = await callerFor(schoolStaff.actor).withdrawal.request(requestOf());
    await callerFor(schoolStaff.actor).withdrawal.submit({ requestId: id });
    const raw = db.withdrawalRequest.create({
      data: {
        reference: "WDR-RAW001",
        studentId: student.id,
        schoolId: school.id,
        providerId: provider.id,
        requestedBy: "PROVIDER",
        requestedById: tutor.id,
        effectiveDate: new Date("2026-11-16"),
        reason: "r",
        impactAchievement: "a",
        impactHealth: "h",
        impactWellbeing: "w",
        placements: {
          create: [{ placementId: placement.id, allDays: true, openPlacementId: placement.id }],
        },
      },
    });
    // P2002, or PostgreSQL's 23505 as the PGlite adapter reports a nested write's failure.
    const failure = await raw.then(
      () => null,
      (error: unknown) => error,
    );
    expect(JSON.stringify(failure)).toMatch(/P2002|23505/);
    expect(JSON.stringify(failure)).toMatch(/openPlacementId/);

    await callerFor(schoolStaff.actor).withdrawal.withdraw({ requestId: id });
    const again = await callerFor(schoolStaff.actor).withdrawal.request(requestOf());
    expect(again.reference).toMatch(/^WDR-\d{6}$/);
  });

  it("lets only the requester submit or withdraw its request", async () => {
    const { id } = await callerFor(tutor.actor).withdrawal.request(requestOf());
    await callerFor(tutor.actor).withdrawal.recordMeeting({
      requestId: id,
      heldOn: "2026-11-05",
      attendees: "Everyone",
    });
    await callerFor(tutor.actor).withdrawal.submit({ requestId: id });
    const refused = await rejection(
      callerFor(schoolStaff.actor).withdrawal.withdraw({ requestId: id }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });

  it("refuses a withdrawal from a placement already withdrawn, which stays readable", async () => {
    const id = await readyToProcess();
    await callerFor(admin.actor).withdrawal.process({ requestId: id });
    const again = await rejection(callerFor(schoolStaff.actor).withdrawal.request(requestOf()));
    expect(fieldMessages(again)).toEqual({
      placementIds: "Only an active placement can be withdrawn from",
    });
    const history = await callerFor(mo.actor).withdrawal.get({ requestId: id });
    expect(history.placements[0].placement.status).toBe("WITHDRAWN");
    const placements = await callerFor(tutor.actor).placement.list({});
    expect(placements.rows.map((row) => row.status)).toEqual(["WITHDRAWN"]);
  });

  it("refuses requests on a completed placement, which stays readable", async () => {
    const completed = await makePlacement(db, {
      student,
      course,
      status: "COMPLETED",
      endedOn: new Date("2026-10-23"),
    });
    const refused = await rejection(
      callerFor(schoolStaff.actor).withdrawal.request(requestOf({ placementIds: [completed.id] })),
    );
    expect(fieldMessages(refused)).toEqual({
      placementIds: "Only an active placement can be withdrawn from",
    });
    const change = await rejection(
      callerFor(schoolStaff.actor).changeOfDay.propose({
        placementId: completed.id,
        fromDay: "MONDAY",
        toDay: "WEDNESDAY",
        effectiveDate: "2026-11-18",
        reason: "r",
        impactAchievement: "a",
        impactHealth: "h",
        impactWellbeing: "w",
      }),
    );
    expect(fieldMessages(change)).toEqual({
      placementId: "Only an active placement's days can change",
    });
    const list = await callerFor(tutor.actor).placement.list({ status: "COMPLETED" });
    expect(list.rows.map((row) => row.id)).toEqual([completed.id]);
  });

  it("rejects with a reason the requester reads, freeing the placement", async () => {
    const { id } = await callerFor(schoolStaff.actor).withdrawal.request(requestOf());
    await callerFor(schoolStaff.actor).withdrawal.submit({ requestId: id });
    await callerFor(admin.actor).withdrawal.reject({
      requestId: id,
      reason: "The student's course ends next week anyway",
    });
    const seen = await callerFor(schoolStaff.actor).withdrawal.get({ requestId: id });
    expect(seen.status).toBe("REJECTED");
    expect(seen.rejectionReason).toBe("The student's course ends next week anyway");
    await callerFor(schoolStaff.actor).withdrawal.request(requestOf());
  });

  it("refuses a second tick of the same step", async () => {
    const id = await readyToProcess();
    const again = await rejection(
      callerFor(admin.actor).withdrawal.tickChecklist({ requestId: id, step: "CLM" }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe("CLM has already been ticked as updated");
  });
});

describe("a draft holds no placement (the slot is taken at submission)", () => {
  async function providerDraft() {
    const draft = await callerFor(tutor.actor).withdrawal.request(
      requestOf({ moConsulted: undefined, moConsultedOn: undefined }),
    );
    await callerFor(tutor.actor).withdrawal.recordMeeting({
      requestId: draft.id,
      heldOn: "2026-11-05",
      attendees: "Provider tutor, school SENCo",
    });
    return draft;
  }

  it("does not block the other organisation's request, nor leak the draft's reference", async () => {
    const draft = await providerDraft();
    const slot = await db.withdrawalPlacement.findFirstOrThrow({ where: { requestId: draft.id } });
    expect(slot.openPlacementId).toBeNull();

    const school = await callerFor(schoolStaff.actor).withdrawal.request(requestOf());
    await callerFor(schoolStaff.actor).withdrawal.submit({ requestId: school.id });

    const taken = await db.withdrawalPlacement.findFirstOrThrow({
      where: { requestId: school.id },
    });
    expect(taken.openPlacementId).toBe(placement.id);
    const late = await rejection(callerFor(tutor.actor).withdrawal.submit({ requestId: draft.id }));
    expect(late.code).toBe("CONFLICT");
    // The school's request is submitted, so the provider may open the one it names.
    expect(late.message).toBe(
      `The withdrawal request ${school.reference} for this placement is already waiting to ` +
        "be processed: this request cannot be submitted while it is open",
    );
    const named = await callerFor(tutor.actor).withdrawal.get({ requestId: school.id });
    expect(named.status).toBe("SUBMITTED");
    const stillDraft = await db.withdrawalRequest.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stillDraft.status).toBe("DRAFT");
  });

  it("refuses to submit a draft whose placement was withdrawn meanwhile", async () => {
    const draft = await providerDraft();
    const schoolRequest = await readyToProcess();
    await callerFor(admin.actor).withdrawal.process({ requestId: schoolRequest });

    const refused = await rejection(
      callerFor(tutor.actor).withdrawal.submit({ requestId: draft.id }),
    );

    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe(
      "A placement in this request has ended or been withdrawn since the draft was saved, " +
        "so there is nothing left to withdraw. Withdraw the draft instead",
    );
    const unchanged = await db.withdrawalRequest.findUniqueOrThrow({ where: { id: draft.id } });
    expect(unchanged.status).toBe("DRAFT");
  });

  it("never names a request the caller cannot open", async () => {
    const school = await callerFor(schoolStaff.actor).withdrawal.request(requestOf());
    // No path leaves a draft holding the slot any more (drafts did before); if one ever did,
    // the school, which cannot open the provider's draft, must not be told its reference.
    const draft = await providerDraft();
    await callerFor(tutor.actor).withdrawal.submit({ requestId: draft.id });
    await db.withdrawalRequest.update({ where: { id: draft.id }, data: { status: "DRAFT" } });

    const refused = await rejection(
      callerFor(schoolStaff.actor).withdrawal.submit({ requestId: school.id }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe(
      "Another withdrawal request for this placement is already waiting to be processed: " +
        "this request cannot be submitted while it is open",
    );
    expect(refused.message).not.toContain(draft.reference);
  });

  it("gives one winner when both organisations submit at once", async () => {
    const draft = await providerDraft();
    const school = await callerFor(schoolStaff.actor).withdrawal.request(requestOf());

    const results = await Promise.allSettled([
      callerFor(tutor.actor).withdrawal.submit({ requestId: draft.id }),
      callerFor(schoolStaff.actor).withdrawal.submit({ requestId: school.id }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((result) => result.status === "rejected");
    expect(((lost as PromiseRejectedResult).reason as { code: string }).code).toBe("CONFLICT");
    const holders = await db.withdrawalPlacement.count({
      where: { openPlacementId: placement.id },
    });
    expect(holders).toBe(1);
    const submitted = await db.withdrawalRequest.count({
      where: { id: { in: [draft.id, school.id] }, status: "SUBMITTED" },
    });
    expect(submitted).toBe(1);
  });
});

describe("dates", () => {
  it("refuses an effective date at the weekend or on a bank holiday, naming why", async () => {
    const saturday = await rejection(
      callerFor(schoolStaff.actor).withdrawal.request(requestOf({ effectiveDate: "2026-11-21" })),
    );
    expect(fieldMessages(saturday)).toEqual({
      effectiveDate:
        "The date the withdrawal takes effect must be a working day: 21 November 2026 is a Saturday",
    });
    const christmas = await rejection(
      callerFor(schoolStaff.actor).withdrawal.request(requestOf({ effectiveDate: "2026-12-25" })),
    );
    expect(christmas.code).toBe("BAD_REQUEST");
    expect(fieldMessages(christmas)).toEqual({
      effectiveDate:
        "The date the withdrawal takes effect must be a working day: " +
        "25 December 2026 is a bank holiday",
    });
    const monday = await callerFor(schoolStaff.actor).withdrawal.request(
      requestOf({ effectiveDate: "2026-12-21" }),
    );
    expect(monday.reference).toMatch(/^WDR-\d{6}$/);
  });

  it("refuses a date the MO was consulted on that has not come yet; today is fine", async () => {
    const future = await rejection(
      callerFor(schoolStaff.actor).withdrawal.request(
        requestOf({ moConsultedOn: daysFromToday(1) }),
      ),
    );
    expect(future.code).toBe("BAD_REQUEST");
    expect(fieldMessages(future)).toEqual({
      moConsultedOn: "The date the monitoring officer was consulted must be today or in the past",
    });
    const today = await callerFor(schoolStaff.actor).withdrawal.request(
      requestOf({ moConsultedOn: daysFromToday(0) }),
    );
    const stored = await db.withdrawalRequest.findUniqueOrThrow({ where: { id: today.id } });
    expect(stored.moConsultedOn?.toISOString().slice(0, 10)).toBe(daysFromToday(0));
  });
});

describe("the list", () => {
  it("shows open requests first, oldest due first, and pages through the rest", async () => {
    // A school of its own: the database is shared by the file's tests.
    const ownSchool = await makeOrganisation(db, { kind: "SCHOOL" });
    const staff = await makeUser(db, { organisation: ownSchool, roles: ["SCHOOL_STAFF"] });
    const base = {
      studentId: student.id,
      schoolId: ownSchool.id,
      providerId: provider.id,
      requestedBy: "SCHOOL" as const,
      requestedById: schoolStaff.id,
      effectiveDate: new Date("2026-11-16"),
      reason: "r",
      impactAchievement: "a",
      impactHealth: "h",
      impactWellbeing: "w",
    };
    const closed = Array.from({ length: 25 }, (_, index) => ({
      ...base,
      reference: `WDR-C${String(index).padStart(5, "0")}`,
      status: "PROCESSED" as const,
      dueOn: new Date("2026-10-01"),
      createdAt: new Date(Date.UTC(2026, 9, 1 + index)),
    }));
    await db.withdrawalRequest.createMany({
      data: [
        ...closed,
        { ...base, reference: "WDR-LATER1", status: "SUBMITTED", dueOn: new Date("2026-11-20") },
        { ...base, reference: "WDR-SOONER", status: "SUBMITTED", dueOn: new Date("2026-11-13") },
      ],
    });

    const first = await callerFor(staff.actor).withdrawal.list({});
    expect(first.total).toBe(27);
    expect(first.pageSize).toBe(25);
    expect(first.rows.slice(0, 3).map((row) => row.reference)).toEqual([
      "WDR-SOONER",
      "WDR-LATER1",
      "WDR-C00024",
    ]);
    const second = await callerFor(staff.actor).withdrawal.list({ page: 2 });
    expect(second.rows.map((row) => row.reference)).toEqual(["WDR-C00001", "WDR-C00000"]);
  });
});

describe("processing at the same time", () => {
  it("gives one winner; the other is told it was already processed", async () => {
    const id = await readyToProcess();
    const second = await makeUser(db, { organisation: service, roles: ["SERVICE_ADMIN"] });

    const results = await Promise.allSettled([
      callerFor(admin.actor).withdrawal.process({ requestId: id }),
      callerFor(second.actor).withdrawal.process({ requestId: id }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((result) => result.status === "rejected");
    const reason = (lost as PromiseRejectedResult).reason as { code: string; message: string };
    expect(reason.code).toBe("CONFLICT");
    expect([
      "This withdrawal has already been processed",
      "Someone else has just processed this withdrawal",
    ]).toContain(reason.message);
    const audits = await db.auditEvent.count({
      where: { action: "withdrawal.process", recordId: id },
    });
    expect(audits).toBe(1);
  });
});

describe("the export of processed withdrawals", () => {
  it("gives one row per placement in the back-office shape, and is audited", async () => {
    const id = await readyToProcess();
    await callerFor(admin.actor).withdrawal.process({ requestId: id });
    const today = new Date().toISOString().slice(0, 10);
    const { csv } = await callerFor(admin.actor).withdrawal.export({
      from: "2026-01-01",
      to: today > "2026-12-31" ? today : "2026-12-31",
    });
    const lines = csv.trim().split("\n");
    const header = lines[0];
    const row = lines.find((line) => line.includes(student.upn)) ?? "";
    expect(header).toBe(
      "UPN,Surname,Forename,School,School URN,Provider,Provider UKPRN,Course,Days withdrawn," +
        "Leaves every day,Effective date,Reference,Requested by,Processed on,CLM updated by," +
        "CLM updated at,Capita updated by,Capita updated at",
    );
    expect(row).toMatch(new RegExp(`^${student.upn},"?${student.legalLastName}"?,`));
    expect(row).toContain(`,"All days (Monday, Wednesday)",Yes,2026-11-16,`);
    expect(row).toContain(`,School: ${schoolStaff.name},${ukToday()},`);
    expect(row).toContain(`School: ${schoolStaff.name}`);
    const audit = await db.auditEvent.findFirst({ where: { action: "withdrawal.export" } });
    expect(audit?.actorUserId).toBe(admin.id);
    const refused = await rejection(
      callerFor(schoolStaff.actor).withdrawal.export({ from: "2026-01-01", to: "2026-12-31" }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });

  it("refuses a last date before the first, naming the last date", async () => {
    const refused = await rejection(
      callerFor(admin.actor).withdrawal.export({ from: "2026-11-20", to: "2026-11-19" }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(fieldMessages(refused)).toEqual({
      to: "The last date processed must be the same as or after the first",
    });
    const sameDay = await callerFor(admin.actor).withdrawal.export({
      from: "2026-11-19",
      to: "2026-11-19",
    });
    expect(sameDay.filename).toBe("withdrawals-processed-2026-11-19-to-2026-11-19.csv");
  });
});

describe("registers already kept", () => {
  const mark = (date: string) =>
    callerFor(tutor.actor).register.submit({
      date,
      session: "AM",
      marks: [{ placementId: placement.id, mark: "PRESENT" }],
    });

  it("refuses a date before kept marks on a withdrawn day; later dates work", async () => {
    await mark("2026-11-23"); // Monday
    await mark("2026-11-18"); // Wednesday
    const every = await rejection(callerFor(schoolStaff.actor).withdrawal.request(requestOf()));
    expect(fieldMessages(every)).toEqual({
      effectiveDate:
        "Registers are kept up to 23 November 2026 for this placement: choose a date after that",
    });
    const wednesdays = await rejection(
      callerFor(schoolStaff.actor).withdrawal.request(
        requestOf({ extent: "SOME_DAYS", days: ["WEDNESDAY"] }),
      ),
    );
    expect(fieldMessages(wednesdays)).toEqual({
      effectiveDate:
        "Registers are kept up to 18 November 2026 for this placement: choose a date after that",
    });
    // Monday's mark is on a day this one keeps.
    const after = await callerFor(schoolStaff.actor).withdrawal.request(
      requestOf({ extent: "SOME_DAYS", days: ["WEDNESDAY"], effectiveDate: "2026-11-19" }),
    );
    expect(after.reference).toMatch(/^WDR-\d{6}$/);
  });

  it("checks again when processing, and changes nothing", async () => {
    const id = await readyToProcess(); // every day from 16 November
    await mark("2026-11-25");
    const refused = await rejection(callerFor(admin.actor).withdrawal.process({ requestId: id }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe(
      "Registers are kept up to 25 November 2026 for this placement, after the date this " +
        "takes effect (16 November 2026), so it cannot be processed",
    );
    const kept = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(kept.status).toBe("ACTIVE");
    expect(kept.endedOn).toBeNull();
  });
});
