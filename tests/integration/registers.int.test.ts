import { beforeEach, describe, expect, it } from "vitest";
import type { RegisterSubmitInput } from "@/lib/schemas/register";
import type { Course, Organisation, Placement, Student } from "@/server/db/generated/client";
import { exportRegisterMarks } from "@/server/services/monitoring/export-register-marks";
import { listMissingRegisters } from "@/server/services/monitoring/missing-registers";
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

const db = await setupTestDatabase();

// Monday 2 and Wednesday 4 November 2026, in the past whenever these tests run.
const MONDAY = "2026-11-02";
const WEDNESDAY = "2026-11-04";

let school: Organisation;
let provider: Organisation;
let course: Course;
let students: Student[];
let placements: Placement[];
let tutor: TestUser;
let schoolStaff: TestUser;
let mo: TestUser;

beforeEach(async () => {
  school = await makeOrganisation(db, { kind: "SCHOOL" });
  provider = await makeOrganisation(db, { kind: "PROVIDER" });
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  course = await makeCourse(db, { provider, daysOffered: ["MONDAY", "WEDNESDAY"] });
  mo = await makeUser(db, { organisation: service, roles: ["MONITORING_OFFICER"] });
  students = [
    await makeStudent(db, { homeSchool: school }),
    await makeStudent(db, { homeSchool: school }),
  ];
  placements = [
    await makePlacement(db, { student: students[0], course, monitoringOfficerId: mo.id }),
    await makePlacement(db, { student: students[1], course, days: ["MONDAY"] }),
  ];
  tutor = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
  schoolStaff = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
});

function register(marks: RegisterSubmitInput["marks"], date = MONDAY): RegisterSubmitInput {
  return { date, session: "AM", marks };
}

function allPresent(): RegisterSubmitInput {
  return register(placements.map((p) => ({ placementId: p.id, mark: "PRESENT" })));
}

function marksOf(studentIds: string[]) {
  return db.registerMark.findMany({
    where: { studentId: { in: studentIds } },
    orderBy: [{ date: "asc" }, { session: "asc" }],
  });
}

describe("register.submit", () => {
  it("records the whole group in one submission, one mark per student and session", async () => {
    const outcome = await callerFor(tutor.actor).register.submit(allPresent());

    expect(outcome).toEqual({ created: 2, corrected: 0, unchanged: 0 });
    const marks = await marksOf(students.map((s) => s.id));
    expect(marks.map((m) => [m.studentId, m.mark, m.recordedById])).toEqual(
      expect.arrayContaining([
        [students[0].id, "PRESENT", tutor.id],
        [students[1].id, "PRESENT", tutor.id],
      ]),
    );
    expect(marks.every((m) => m.providerId === provider.id && m.schoolId === school.id)).toBe(true);
    const audit = await db.auditEvent.findFirst({
      where: { action: "register.submit", actorUserId: tutor.id },
    });
    expect(audit?.detail).toEqual({
      date: MONDAY,
      session: "AM",
      created: 2,
      corrected: 0,
      unchanged: 0,
    });
  });

  it("never duplicates a mark when the same register is submitted again", async () => {
    await callerFor(tutor.actor).register.submit(allPresent());
    const again = await callerFor(tutor.actor).register.submit(allPresent());

    expect(again).toEqual({ created: 0, corrected: 0, unchanged: 2 });
    expect(await marksOf(students.map((s) => s.id))).toHaveLength(2);
    expect(
      await db.registerMarkRevision.count({ where: { registerMark: { providerId: provider.id } } }),
    ).toBe(0);
  });

  it("keeps the old value and who recorded it when a mark is corrected", async () => {
    const colleague = await makeUser(db, { organisation: provider, roles: ["PROVIDER_DSL"] });
    await callerFor(tutor.actor).register.submit(allPresent());

    const outcome = await callerFor(colleague.actor).register.submit(
      register([{ placementId: placements[0].id, mark: "ABSENT", absenceReason: "ILLNESS" }]),
    );

    expect(outcome).toEqual({ created: 0, corrected: 1, unchanged: 0 });
    const [mark] = await marksOf([students[0].id]);
    expect(mark).toMatchObject({
      mark: "ABSENT",
      absenceReason: "ILLNESS",
      recordedById: colleague.id,
    });
    const revisions = await db.registerMarkRevision.findMany({ where: { markId: mark.id } });
    expect(revisions).toEqual([
      expect.objectContaining({
        mark: "PRESENT",
        recordedById: tutor.id,
        replacedById: colleague.id,
      }),
    ]);
    expect(
      await db.auditEvent.count({ where: { action: "register.correct", recordId: mark.id } }),
    ).toBe(1);
  });

  it("records minutes late, and asks for them when they are missing", async () => {
    const error = await rejection(
      callerFor(tutor.actor).register.submit(
        register([{ placementId: placements[0].id, mark: "LATE" }]),
      ),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldMessages(error)).toEqual({
      "marks.0.lateMinutes": "Enter how many minutes late the student arrived",
    });

    await callerFor(tutor.actor).register.submit(
      register([{ placementId: placements[0].id, mark: "LATE", lateMinutes: 25 }]),
    );
    const [mark] = await marksOf([students[0].id]);
    expect(mark).toMatchObject({ mark: "LATE", lateMinutes: 25, absenceReason: null });
  });

  it("drops a reason that does not fit the mark; a bare absence is reason unknown", async () => {
    await callerFor(tutor.actor).register.submit(
      register([
        { placementId: placements[0].id, mark: "PRESENT", absenceReason: "ILLNESS" },
        { placementId: placements[1].id, mark: "ABSENT" },
      ]),
    );
    const marks = await marksOf(students.map((s) => s.id));
    const byStudent = new Map(marks.map((m) => [m.studentId, m]));
    expect(byStudent.get(students[0].id)?.absenceReason).toBeNull();
    expect(byStudent.get(students[1].id)?.absenceReason).toBe("NOT_KNOWN");
  });

  it.each([
    [
      "a future date",
      "2099-11-02",
      "date",
      "The date of the register must be today or in the past",
    ],
    ["a weekend", "2026-11-07", "date", "Registers are kept for weekdays only"],
    [
      "a day the placement does not run",
      "2026-11-03",
      "marks.0.placementId",
      "This placement runs on Monday or Wednesday, not Tuesday",
    ],
    [
      "a date before the placement started",
      "2026-08-31",
      "marks.0.placementId",
      "This placement had not started on the date of the register",
    ],
  ])("refuses %s, naming the field, and writes nothing", async (_case, date, field, message) => {
    const error = await rejection(
      callerFor(tutor.actor).register.submit(
        register([{ placementId: placements[0].id, mark: "PRESENT" }], date),
      ),
    );

    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldMessages(error)).toEqual({ [field]: message });
    expect(await marksOf([students[0].id])).toEqual([]);
  });

  it("answers NOT_FOUND for another provider's placement, writing nothing", async () => {
    const otherProvider = await makeOrganisation(db, { kind: "PROVIDER" });
    const otherCourse = await makeCourse(db, { provider: otherProvider, daysOffered: ["MONDAY"] });
    const stranger = await makeStudent(db, { homeSchool: school });
    const foreign = await makePlacement(db, { student: stranger, course: otherCourse });

    const error = await rejection(
      callerFor(tutor.actor).register.submit(
        register([
          { placementId: placements[0].id, mark: "PRESENT" },
          { placementId: foreign.id, mark: "ABSENT" },
        ]),
      ),
    );

    expect(error.code).toBe("NOT_FOUND");
    expect(await marksOf([students[0].id, stranger.id])).toEqual([]);
  });

  it("refuses a session another provider already marked for the student, writing nothing", async () => {
    const otherProvider = await makeOrganisation(db, { kind: "PROVIDER" });
    const otherCourse = await makeCourse(db, { provider: otherProvider, daysOffered: ["MONDAY"] });
    const other = await makePlacement(db, { student: students[0], course: otherCourse });
    const otherTutor = await makeUser(db, {
      organisation: otherProvider,
      roles: ["PROVIDER_STAFF"],
    });
    await callerFor(otherTutor.actor).register.submit(
      register([{ placementId: other.id, mark: "PRESENT" }]),
    );

    const error = await rejection(callerFor(tutor.actor).register.submit(allPresent()));

    expect(fieldMessages(error)).toEqual({
      "marks.0.placementId":
        "This student already has a mark for that session from another placement",
    });
    const held = await marksOf(students.map((student) => student.id));
    expect(held.map((mark) => mark.placementId)).toEqual([other.id]);
  });

  it("refuses two marks for one student through two courses here, writing nothing", async () => {
    const secondCourse = await makeCourse(db, { provider, daysOffered: ["MONDAY"] });
    const second = await makePlacement(db, { student: students[0], course: secondCourse });

    const error = await rejection(
      callerFor(tutor.actor).register.submit(
        register([
          { placementId: placements[0].id, mark: "PRESENT" },
          { placementId: second.id, mark: "PRESENT" },
        ]),
      ),
    );

    expect(fieldMessages(error)).toEqual({
      "marks.1.placementId":
        "This student is already marked in this register through another of their courses",
    });
    expect(await marksOf([students[0].id])).toEqual([]);
  });

  it("stores text with a NUL character or half an emoji instead of failing", async () => {
    await callerFor(tutor.actor).register.submit(
      register([{ placementId: placements[0].id, mark: "ABSENT", note: "rang\u0000 at 9 \ud83d" }]),
    );

    const [mark] = await marksOf([students[0].id]);
    expect(mark.note).toBe("rang at 9 \ufffd");
  });

  it("refuses the school, whose registers the provider keeps", async () => {
    const error = await rejection(callerFor(schoolStaff.actor).register.submit(allPresent()));
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("unexplained absences", () => {
  async function notices(userId: string) {
    return db.notification.findMany({
      where: { userId, kind: "register.unexplained-absence" },
      select: { title: true, body: true, link: true },
    });
  }

  it("alerts the school and the student's MO at the first one of the day", async () => {
    await callerFor(tutor.actor).register.submit(
      register([{ placementId: placements[0].id, mark: "ABSENT" }]),
    );

    const expected = {
      title: "A student missed a session at their provider with no reason given",
      body:
        "Morning session on 2 November 2026: the provider has no reason for the absence yet. " +
        "Please contact the family and let the provider know.",
      link: `/students/${students[0].id}`,
    };
    expect(await notices(schoolStaff.id)).toEqual([expected]);
    expect(await notices(mo.id)).toEqual([expected]);
  });

  it("puts the alert in the student's chronology, for the school to see", async () => {
    await callerFor(tutor.actor).register.submit(
      register([{ placementId: placements[0].id, mark: "ABSENT" }]),
    );

    const { events } = await callerFor(schoolStaff.actor).student.chronology({
      studentId: students[0].id,
      kinds: ["ATTENDANCE"],
    });

    expect(events.map((e) => [e.type, e.title, e.detail, e.by])).toEqual([
      [
        "attendance.unexplainedAbsence",
        "Missed the morning session, no reason given",
        course.title,
        provider.name,
      ],
    ]);
  });

  it("alerts once a day, not again for the afternoon", async () => {
    const caller = callerFor(tutor.actor);
    await caller.register.submit(register([{ placementId: placements[0].id, mark: "ABSENT" }]));
    await caller.register.submit({
      date: MONDAY,
      session: "PM",
      marks: [{ placementId: placements[0].id, mark: "ABSENT" }],
    });

    expect(await notices(schoolStaff.id)).toHaveLength(1);
  });

  it("does not alert for an absence with a reason, nor an MO who is not set", async () => {
    await callerFor(tutor.actor).register.submit(
      register([
        { placementId: placements[0].id, mark: "ABSENT", absenceReason: "ILLNESS" },
        { placementId: placements[1].id, mark: "ABSENT" },
      ]),
    );

    // Only the second student's absence is unexplained; that placement has no MO.
    expect(await notices(schoolStaff.id)).toHaveLength(1);
    expect(await notices(mo.id)).toEqual([]);
  });
});

describe("register.sheet", () => {
  it("lists the provider's placements that run that day, with the marks held", async () => {
    await callerFor(tutor.actor).register.submit(
      register([{ placementId: placements[0].id, mark: "LATE", lateMinutes: 10 }]),
    );

    const monday = await callerFor(tutor.actor).register.sheet({ date: MONDAY, session: "AM" });
    expect(monday.rows.map((row) => [row.id, row.held?.mark ?? null])).toEqual(
      expect.arrayContaining([
        [placements[0].id, "LATE"],
        [placements[1].id, null],
      ]),
    );
    expect(monday.rows).toHaveLength(2);

    const wednesday = await callerFor(tutor.actor).register.sheet({
      date: WEDNESDAY,
      session: "AM",
    });
    expect(wednesday.rows.map((row) => row.id)).toEqual([placements[0].id]);
  });

  it("shows another provider none of these students", async () => {
    const other = await makeUser(db, {
      organisation: await makeOrganisation(db, { kind: "PROVIDER" }),
      roles: ["PROVIDER_STAFF"],
    });
    const sheet = await callerFor(other.actor).register.sheet({ date: MONDAY, session: "AM" });
    expect(sheet.rows).toEqual([]);
  });
});

describe("register.studentAttendance", () => {
  it("computes attendance from marks, per placement and overall", async () => {
    const caller = callerFor(tutor.actor);
    await caller.register.submit(register([{ placementId: placements[0].id, mark: "PRESENT" }]));
    await caller.register.submit({
      date: MONDAY,
      session: "PM",
      marks: [{ placementId: placements[0].id, mark: "LATE", lateMinutes: 5 }],
    });
    await caller.register.submit(
      register(
        [{ placementId: placements[0].id, mark: "ABSENT", absenceReason: "ILLNESS" }],
        WEDNESDAY,
      ),
    );

    const figures = await callerFor(schoolStaff.actor).register.studentAttendance({
      studentId: students[0].id,
    });
    const expected = { possible: 3, attended: 2, percentage: 66.7, persistentlyAbsent: true };
    expect(figures.overall).toEqual(expected);
    expect(figures.placements).toEqual([{ placementId: placements[0].id, ...expected }]);
  });

  it("gives a provider only its own placements' sessions, and another school nothing", async () => {
    const otherProvider = await makeOrganisation(db, { kind: "PROVIDER" });
    const otherCourse = await makeCourse(db, {
      provider: otherProvider,
      daysOffered: ["WEDNESDAY"],
    });
    const second = await makePlacement(db, { student: students[0], course: otherCourse });
    const otherTutor = await makeUser(db, {
      organisation: otherProvider,
      roles: ["PROVIDER_STAFF"],
    });
    await callerFor(tutor.actor).register.submit(
      register([{ placementId: placements[0].id, mark: "PRESENT" }]),
    );
    await callerFor(otherTutor.actor).register.submit(
      register([{ placementId: second.id, mark: "ABSENT", absenceReason: "ILLNESS" }], WEDNESDAY),
    );

    const ours = await callerFor(tutor.actor).register.studentAttendance({
      studentId: students[0].id,
    });
    expect(ours.overall).toMatchObject({ possible: 1, attended: 1 });
    const school = await callerFor(schoolStaff.actor).register.studentAttendance({
      studentId: students[0].id,
    });
    expect(school.overall).toMatchObject({ possible: 2, attended: 1, percentage: 50 });

    const stranger = await makeUser(db, {
      organisation: await makeOrganisation(db, { kind: "SCHOOL" }),
      roles: ["SCHOOL_STAFF"],
    });
    const error = await rejection(
      callerFor(stranger.actor).register.studentAttendance({ studentId: students[0].id }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("register.missing", () => {
  // Friday 6 November 2026, at noon: the ten weekdays before it run back to 23 October.
  const now = new Date("2026-11-06T12:00:00Z");

  it("lists the registers not kept, or kept for only some students, newest first", async () => {
    await callerFor(tutor.actor).register.submit(allPresent());
    await callerFor(tutor.actor).register.submit({
      date: MONDAY,
      session: "PM",
      marks: [{ placementId: placements[0].id, mark: "PRESENT" }],
    });

    const missing = await listMissingRegisters({ db, actor: tutor.actor, now });

    const name = provider.name;
    expect(missing.map((r) => [r.date, r.session, r.providerName, r.expected, r.marked])).toEqual([
      ["2026-11-04", "AM", name, 1, 0],
      ["2026-11-04", "PM", name, 1, 0],
      ["2026-11-02", "PM", name, 2, 1],
      ["2026-10-28", "AM", name, 1, 0],
      ["2026-10-28", "PM", name, 1, 0],
      ["2026-10-26", "AM", name, 2, 0],
      ["2026-10-26", "PM", name, 2, 0],
    ]);
  });

  it("skips bank holidays: no register is chased for Boxing Day's substitute", async () => {
    // Wednesday 30 December 2026: Monday 28 (Boxing Day substitute) and Friday 25 are off.
    const afterChristmas = new Date("2026-12-30T12:00:00Z");

    const missing = await listMissingRegisters({ db, actor: tutor.actor, now: afterChristmas });

    expect([...new Set(missing.map((r) => r.date))]).toEqual([
      "2026-12-23",
      "2026-12-21",
      "2026-12-16",
      "2026-12-14",
    ]);
  });

  it("shows a monitoring officer their caseload's providers', another provider none", async () => {
    const other = await makeUser(db, {
      organisation: await makeOrganisation(db, { kind: "PROVIDER" }),
      roles: ["PROVIDER_STAFF"],
    });

    const forMo = await listMissingRegisters({ db, actor: mo.actor, now });
    const forOther = await listMissingRegisters({ db, actor: other.actor, now });

    expect(forMo.filter((r) => r.providerId === provider.id)).toHaveLength(8);
    expect(forOther).toEqual([]);
  });
});

describe("exportRegisterMarks", () => {
  it("gives the school its students' marks with the DfE codes, as CSV", async () => {
    await db.placement.update({
      where: { id: placements[1].id },
      data: { arrangedBy: "LOCAL_AUTHORITY" },
    });
    await callerFor(tutor.actor).register.submit(
      register([
        { placementId: placements[0].id, mark: "LATE", lateMinutes: 10, note: "Bus" },
        { placementId: placements[1].id, mark: "ABSENT", absenceReason: "ILLNESS" },
      ]),
    );
    await callerFor(tutor.actor).register.submit({
      date: MONDAY,
      session: "PM",
      marks: [
        { placementId: placements[0].id, mark: "NOT_EXPECTED" },
        { placementId: placements[1].id, mark: "PRESENT" },
      ],
    });

    const csv = await exportRegisterMarks({
      db,
      actor: schoolStaff.actor,
      from: MONDAY,
      to: WEDNESDAY,
    });

    const [a, b] = students;
    const who = (s: Student) => `${s.upn},${s.legalLastName},${s.legalFirstName}`;
    const where = `${provider.name},${course.title}`;
    const lines = [
      "UPN,Surname,Forename,Date,Session,Code,Mark,Note,Provider,Course",
      `${who(a)},2026-11-02,AM,B,Late,Late by 10 minutes. Bus,${where}`,
      `${who(b)},2026-11-02,AM,I,Absent,Illness,${where}`,
      `${who(b)},2026-11-02,PM,K,Present,,${where}`,
    ];
    const sorted = csv.trim().split("\n");
    expect(sorted[0]).toBe(lines[0]);
    expect(sorted.slice(1).sort()).toEqual(lines.slice(1).sort());
    const audit = await db.auditEvent.findFirst({
      where: { action: "register.export", actorUserId: schoolStaff.id },
    });
    expect(audit?.detail).toEqual({ from: MONDAY, to: WEDNESDAY, rows: 3 });
  });

  it("gives another school none of these marks", async () => {
    await callerFor(tutor.actor).register.submit(allPresent());
    const stranger = await makeUser(db, {
      organisation: await makeOrganisation(db, { kind: "SCHOOL" }),
      roles: ["SCHOOL_STAFF"],
    });

    const csv = await exportRegisterMarks({ db, actor: stranger.actor, from: MONDAY, to: MONDAY });

    expect(csv.trim()).toBe("UPN,Surname,Forename,Date,Session,Code,Mark,Note,Provider,Course");
  });

  it("refuses an end date before the start, naming the field", async () => {
    const error = await exportRegisterMarks({
      db,
      actor: schoolStaff.actor,
      from: WEDNESDAY,
      to: MONDAY,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      field: "to",
      userMessage: "The last date must be the same as or after the first date",
    });
  });
});
