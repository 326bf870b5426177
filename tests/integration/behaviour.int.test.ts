import { beforeAll, describe, expect, it } from "vitest";
import type { BehaviourLogInput } from "@/lib/schemas/behaviour";
import type { Actor } from "@/server/auth/roles";
import type { Organisation, Placement, Student } from "@/server/db/generated/client";
import { incidentCountsByPlacement } from "@/server/services/behaviour/read-incidents";
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

const DESCRIPTION = "Threw a chisel across the workshop; J.S. was standing nearby";
// Monday 2 November 2026, 10:15 in the UK (GMT), in the past whenever these tests run.
const OCCURRED = new Date("2026-11-02T10:15:00Z");

interface World {
  schoolA: Organisation;
  schoolB: Organisation;
  provider: Organisation;
  amy: Student;
  ben: Student;
  amyPlacement: Placement;
  tutor: TestUser;
  otherTutor: TestUser;
  schoolAStaff: TestUser;
  schoolADsl: TestUser;
  schoolBStaff: TestUser;
  otherSchoolStaff: TestUser;
  mo: TestUser;
  secondMo: TestUser;
  admin: TestUser;
  quality: TestUser;
}

let w: World;

beforeAll(async () => {
  const schoolA = await makeOrganisation(db, { kind: "SCHOOL" });
  const schoolB = await makeOrganisation(db, { kind: "SCHOOL" });
  const otherSchool = await makeOrganisation(db, { kind: "SCHOOL" });
  const provider = await makeOrganisation(db, { kind: "PROVIDER" });
  const otherProvider = await makeOrganisation(db, { kind: "PROVIDER" });
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  const course = await makeCourse(db, { provider, daysOffered: ["MONDAY", "WEDNESDAY"] });
  const mo = await makeUser(db, { organisation: service, roles: ["MONITORING_OFFICER"] });
  const secondMo = await makeUser(db, { organisation: service, roles: ["MONITORING_OFFICER"] });
  const amy = await makeStudent(db, {
    homeSchool: schoolA,
    legalFirstName: "Amelia",
    legalLastName: "Quigley",
  });
  const ben = await makeStudent(db, {
    homeSchool: schoolB,
    legalFirstName: "Benedict",
    legalLastName: "Tremayne",
  });
  const amyPlacement = await makePlacement(db, {
    student: amy,
    course,
    monitoringOfficerId: mo.id,
  });
  await makePlacement(db, { student: ben, course, monitoringOfficerId: secondMo.id });
  const user = (organisation: Organisation, roles: Parameters<typeof makeUser>[1]["roles"]) =>
    makeUser(db, { organisation, roles });
  w = {
    schoolA,
    schoolB,
    provider,
    amy,
    ben,
    amyPlacement,
    tutor: await user(provider, ["PROVIDER_STAFF"]),
    otherTutor: await user(otherProvider, ["PROVIDER_STAFF"]),
    schoolAStaff: await user(schoolA, ["SCHOOL_STAFF"]),
    schoolADsl: await user(schoolA, ["SCHOOL_DSL"]),
    schoolBStaff: await user(schoolB, ["SCHOOL_STAFF"]),
    otherSchoolStaff: await user(otherSchool, ["SCHOOL_STAFF"]),
    mo,
    secondMo,
    admin: await user(service, ["SERVICE_ADMIN"]),
    quality: await user(service, ["QUALITY_OFFICER"]),
  };
});

function incident(overrides: Partial<BehaviourLogInput> = {}): BehaviourLogInput {
  return {
    studentIds: [w.amy.id, w.ben.id],
    occurredAt: OCCURRED,
    location: "Joinery workshop",
    type: "PHYSICAL_AGGRESSION",
    severity: "HIGH",
    description: DESCRIPTION,
    actionTaken: "Workshop cleared, both students spoken to separately",
    parentCarerInformed: "YES",
    schoolInformed: "NO",
    ...overrides,
  };
}

const log = (overrides: Partial<BehaviourLogInput> = {}, who = w.tutor) =>
  callerFor(who.actor).behaviour.log(incident(overrides));

const names = (students: { student: { legalFirstName: string } }[]) =>
  students.map((row) => row.student.legalFirstName);

describe("behaviour.log", () => {
  it("writes the incident, a row per student with placement and school, audited", async () => {
    const { id, reference } = await log();

    expect(reference).toMatch(/^BEH-\d{6}$/);
    const stored = await db.behaviourIncident.findUniqueOrThrow({
      where: { id },
      include: { students: true },
    });
    expect(stored).toMatchObject({
      providerId: w.provider.id,
      recordedById: w.tutor.id,
      type: "PHYSICAL_AGGRESSION",
      severity: "HIGH",
      otherType: null,
      parentCarerInformed: true,
      schoolInformed: false,
      withdrawnAt: null,
    });
    const rows = stored.students.map((s) => [s.studentId, s.schoolId]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [w.amy.id, w.schoolA.id],
        [w.ben.id, w.schoolB.id],
      ]),
    );
    expect(stored.students.find((s) => s.studentId === w.amy.id)?.placementId).toBe(
      w.amyPlacement.id,
    );
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "behaviour.log", recordId: id },
    });
    expect(audit).toMatchObject({ actorUserId: w.tutor.id, recordType: "BehaviourIncident" });
    expect(JSON.stringify(audit.detail)).not.toContain(DESCRIPTION);
  });

  it("numbers incidents one after another", async () => {
    const first = await log({ studentIds: [w.amy.id] });
    const second = await log({ studentIds: [w.amy.id] });
    const number = (ref: string) => Number(ref.slice(4));
    expect(number(second.reference)).toBe(number(first.reference) + 1);
  });

  it("shows each school the incident with only its own student named", async () => {
    const { id } = await log();

    const seenByA = await callerFor(w.schoolAStaff.actor).behaviour.get({ incidentId: id });
    expect(names(seenByA.students)).toEqual(["Amelia"]);
    expect(seenByA.otherStudentCount).toBe(1);
    expect(seenByA.description).toBe(DESCRIPTION);

    const seenByB = await callerFor(w.schoolBStaff.actor).behaviour.get({ incidentId: id });
    expect(names(seenByB.students)).toEqual(["Benedict"]);
    expect(seenByB.otherStudentCount).toBe(1);
    // Nothing of the other school's student anywhere in the answer.
    expect(JSON.stringify(seenByB)).not.toContain("Amelia");
    expect(JSON.stringify(seenByB)).not.toContain(w.amy.id);
    expect(JSON.stringify(seenByB)).not.toContain(w.schoolA.id);

    const listed = await callerFor(w.schoolADsl.actor).behaviour.list({ page: 1 });
    const row = listed.rows.find((r) => r.id === id)!;
    expect(names(row.students)).toEqual(["Amelia"]);
    expect(row.otherStudentCount).toBe(1);
    expect(JSON.stringify(listed)).not.toContain("Benedict");
    expect(JSON.stringify(listed)).not.toContain(w.schoolB.id);
  });

  it("shows the provider that logged it, the MO and the admin every student", async () => {
    const { id } = await log();
    for (const who of [w.tutor, w.mo, w.admin]) {
      const seen = await callerFor(who.actor).behaviour.get({ incidentId: id });
      expect(names(seen.students).sort()).toEqual(["Amelia", "Benedict"]);
      expect(seen.otherStudentCount).toBe(0);
    }
  });

  it("answers NOT_FOUND to another provider and a school with no student in it", async () => {
    const { id } = await log();
    for (const who of [w.otherTutor, w.otherSchoolStaff]) {
      const error = await rejection(callerFor(who.actor).behaviour.get({ incidentId: id }));
      expect(error.code).toBe("NOT_FOUND");
      const listed = await callerFor(who.actor).behaviour.list({ page: 1 });
      expect(listed.rows.map((r) => r.id)).not.toContain(id);
    }
  });

  it("refuses quality officers, who read no student records", async () => {
    const { id } = await log();
    const error = await rejection(callerFor(w.quality.actor).behaviour.get({ incidentId: id }));
    expect(error.code).toBe("FORBIDDEN");
    const listing = await rejection(callerFor(w.quality.actor).behaviour.list({ page: 1 }));
    expect(listing.code).toBe("FORBIDDEN");
  });

  it("refuses schools and the service, who do not log incidents", async () => {
    for (const who of [w.schoolAStaff, w.mo]) {
      const error = await rejection(log({}, who));
      expect(error.code).toBe("FORBIDDEN");
    }
  });

  it("answers NOT_FOUND for a student not placed with the provider, writing nothing", async () => {
    const before = await db.behaviourIncident.count();
    const error = await rejection(log({}, w.otherTutor));
    expect(error.code).toBe("NOT_FOUND");
    expect(fieldMessages(error)).toEqual({ studentIds: "Student not found" });
    expect(await db.behaviourIncident.count()).toBe(before);
  });

  it("writes nothing when one of the students is refused", async () => {
    const stranger = await makeStudent(db, { homeSchool: w.schoolA });
    const counter = await db.counter.findUnique({ where: { name: "behaviour" } });
    const before = await db.behaviourIncidentStudent.count();

    const error = await rejection(log({ studentIds: [w.amy.id, stranger.id] }));

    expect(error.code).toBe("NOT_FOUND");
    expect(await db.behaviourIncidentStudent.count()).toBe(before);
    expect(await db.counter.findUnique({ where: { name: "behaviour" } })).toEqual(counter);
  });

  it.each([
    ["before the placement started", "2026-08-31T10:00:00Z", "had not started"],
    ["after the placement ended", "2026-11-02T10:00:00Z", "had ended"],
  ])("refuses a date %s, naming the student", async (_case, iso, when) => {
    // Both dates must be in the past, so the "ended" case ends the placement early.
    const late = when === "had ended";
    if (late) {
      await db.placement.update({
        where: { id: w.amyPlacement.id },
        data: { endedOn: new Date("2026-10-30") },
      });
    }
    try {
      const error = await rejection(log({ studentIds: [w.amy.id], occurredAt: new Date(iso) }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(fieldMessages(error)).toEqual({
        studentIds: `Amelia Quigley's placement ${when} by the date of the incident`,
      });
    } finally {
      await db.placement.update({ where: { id: w.amyPlacement.id }, data: { endedOn: null } });
    }
  });

  it("asks what kind of incident it was when the type is other", async () => {
    const error = await rejection(log({ type: "OTHER" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldMessages(error)).toEqual({ otherType: "Enter what kind of incident it was" });

    const { id } = await log({ type: "OTHER", otherType: "Spitting" });
    const stored = await db.behaviourIncident.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ type: "OTHER", otherType: "Spitting" });
  });

  it("refuses a time in the future", async () => {
    const error = await rejection(log({ occurredAt: new Date(Date.now() + 3_600_000) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldMessages(error)).toEqual({
      occurredAt: "When it happened must be now or in the past",
    });
  });

  it("refuses the same student twice", async () => {
    const error = await rejection(log({ studentIds: [w.amy.id, w.amy.id] }));
    expect(fieldMessages(error)).toEqual({ studentIds: "Select each student once" });
  });

  it("tells each school and each student's MO, naming no child and quoting nothing", async () => {
    const { id, reference } = await log();

    const expected = {
      title: `Behaviour incident ${reference} logged`,
      body:
        `${w.provider.name} logged a behaviour incident (Physical aggression, high severity) ` +
        "involving your student.",
      link: `/behaviour/${id}`,
    };
    for (const who of [w.schoolAStaff, w.schoolADsl, w.schoolBStaff, w.mo, w.secondMo]) {
      const notices = await db.notification.findMany({
        where: { userId: who.id, kind: "behaviour.logged", link: `/behaviour/${id}` },
        select: { title: true, body: true, link: true },
      });
      expect(notices, who.email).toEqual([expected]);
    }
    const all = await db.notification.findMany({ where: { link: `/behaviour/${id}` } });
    const text = JSON.stringify(all);
    for (const secret of ["Amelia", "Quigley", "Benedict", "Tremayne", DESCRIPTION]) {
      expect(text).not.toContain(secret);
    }
    expect(all.some((n) => n.userId === w.otherSchoolStaff.id)).toBe(false);
  });
});

describe("behaviour.students", () => {
  it("offers the provider's started active placements, one choice per student", async () => {
    const later = await makeStudent(db, { homeSchool: w.schoolA, legalFirstName: "Dora" });
    const course = await makeCourse(db, { provider: w.provider });
    await makePlacement(db, { student: later, course, startDate: new Date("2099-09-07") });
    const second = await makeCourse(db, { provider: w.provider });
    await makePlacement(db, { student: w.amy, course: second });

    const choices = await callerFor(w.tutor.actor).behaviour.students();
    const ids = choices.map((row) => row.student.id);

    expect(ids.filter((id) => id === w.amy.id)).toHaveLength(1);
    expect(ids).toContain(w.ben.id);
    expect(ids).not.toContain(later.id);
    const others = await callerFor(w.otherTutor.actor).behaviour.students();
    expect(others.map((row) => row.student.id)).not.toContain(w.amy.id);
  });
});

describe("behaviour.list", () => {
  it("filters by student, school, provider and UK dates, and counts severities", async () => {
    const student = await makeStudent(db, { homeSchool: w.schoolA, legalFirstName: "Cora" });
    const course = await makeCourse(db, { provider: w.provider });
    await makePlacement(db, { student, course });
    // 23:30 UTC on 3 November is still 3 November in the UK (GMT).
    await log({ studentIds: [student.id], occurredAt: new Date("2026-11-03T23:30:00Z") });
    await log({ studentIds: [student.id], severity: "LOW" });
    const withdrawn = await log({ studentIds: [student.id], severity: "LOW" });
    await callerFor(w.tutor.actor).behaviour.withdraw({
      incidentId: withdrawn.id,
      reason: "Logged twice",
    });

    const list = await callerFor(w.tutor.actor).behaviour.list({ studentId: student.id, page: 1 });
    expect(list.total).toBe(3);
    expect(list.counts).toEqual({ LOW: 1, MEDIUM: 0, HIGH: 1, open: 2 });
    expect(list.student?.legalFirstName).toBe("Cora");
    expect(list.rows.find((r) => r.id === withdrawn.id)?.withdrawnAt).toBeInstanceOf(Date);

    const onThird = await callerFor(w.tutor.actor).behaviour.list({
      studentId: student.id,
      from: "2026-11-03",
      to: "2026-11-03",
      page: 1,
    });
    expect(onThird.total).toBe(1);

    const bySchool = await callerFor(w.mo.actor).behaviour.list({
      schoolId: w.schoolB.id,
      providerId: w.provider.id,
      page: 1,
    });
    expect(bySchool.rows.every((row) => names(row.students).includes("Benedict"))).toBe(true);
  });

  it("gives a school nothing when it filters on another school", async () => {
    await log();
    const list = await callerFor(w.schoolAStaff.actor).behaviour.list({
      schoolId: w.schoolB.id,
      page: 1,
    });
    expect(list.total).toBe(0);
    expect(list.filters.schools.map((s) => s.id)).toEqual([w.schoolA.id]);
  });
});

describe("behaviour.withdraw", () => {
  it("marks the incident withdrawn with the reason, keeps it readable and audits it", async () => {
    const { id } = await log();

    await callerFor(w.tutor.actor).behaviour.withdraw({ incidentId: id, reason: "Wrong group" });

    const seen = await callerFor(w.schoolAStaff.actor).behaviour.get({ incidentId: id });
    expect(seen.withdrawnAt).toBeInstanceOf(Date);
    expect(seen.withdrawnReason).toBe("Wrong group");
    expect(seen.withdrawnBy?.id).toBe(w.tutor.id);
    expect(
      await db.auditEvent.count({ where: { action: "behaviour.withdraw", recordId: id } }),
    ).toBe(1);
    const notices = await db.notification.count({
      where: { userId: w.schoolAStaff.id, kind: "behaviour.withdrawn", link: `/behaviour/${id}` },
    });
    expect(notices).toBe(1);
  });

  it("answers NOT_FOUND to another provider, changing nothing", async () => {
    const { id } = await log();
    const error = await rejection(
      callerFor(w.otherTutor.actor).behaviour.withdraw({ incidentId: id, reason: "Not mine" }),
    );
    expect(error.code).toBe("NOT_FOUND");
    const stored = await db.behaviourIncident.findUniqueOrThrow({ where: { id } });
    expect(stored.withdrawnAt).toBeNull();
  });

  it("refuses a second withdrawal and asks for a reason", async () => {
    const { id } = await log();
    const blank = await rejection(
      callerFor(w.tutor.actor).behaviour.withdraw({ incidentId: id, reason: " " }),
    );
    expect(fieldMessages(blank)).toEqual({
      reason: "Enter why the incident is being withdrawn",
    });
    await callerFor(w.tutor.actor).behaviour.withdraw({ incidentId: id, reason: "Mistake" });
    const again = await rejection(
      callerFor(w.tutor.actor).behaviour.withdraw({ incidentId: id, reason: "Mistake" }),
    );
    expect(again.code).toBe("CONFLICT");
  });

  it("refuses the school", async () => {
    const { id } = await log();
    const error = await rejection(
      callerFor(w.schoolAStaff.actor).behaviour.withdraw({ incidentId: id, reason: "No" }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("incidentCountsByPlacement", () => {
  it("counts incidents not withdrawn in a window, within the asker's scope", async () => {
    const student = await makeStudent(db, { homeSchool: w.schoolB });
    const course = await makeCourse(db, { provider: w.provider });
    const placement = await makePlacement(db, { student, course });
    await log({ studentIds: [student.id, w.amy.id] });
    await log({ studentIds: [student.id], occurredAt: new Date("2026-10-01T10:00:00Z") });
    const gone = await log({ studentIds: [student.id] });
    await callerFor(w.tutor.actor).behaviour.withdraw({ incidentId: gone.id, reason: "Mistake" });
    const window = { since: new Date("2026-10-15T00:00:00Z"), until: new Date() };
    const placementIds = [placement.id];
    const count = (actor: Actor) =>
      incidentCountsByPlacement({ db, actor, placementIds, ...window });

    expect(await count(w.mo.actor)).toEqual(new Map([[placement.id, 1]]));
    expect(await count(w.schoolBStaff.actor)).toEqual(new Map([[placement.id, 1]]));
    // School A shares that incident, but the student is not theirs.
    expect(await count(w.schoolAStaff.actor)).toEqual(new Map());
    expect(await count(w.quality.actor)).toEqual(new Map());
  });
});

describe("chronology", () => {
  it("lists the incidents for the school, provider and MO, not another school", async () => {
    const { id, reference } = await log({ type: "OTHER", otherType: "Spitting" });

    for (const who of [w.schoolAStaff, w.tutor, w.mo]) {
      const { events } = await callerFor(who.actor).student.chronology({
        studentId: w.amy.id,
        kinds: ["BEHAVIOUR"],
      });
      const event = events.find((e) => e.link === `/behaviour/${id}`);
      expect(event, who.email).toMatchObject({
        kind: "BEHAVIOUR",
        type: "behaviour.incident",
        title: "Behaviour incident: Other: Spitting",
        detail: `${reference}, High severity`,
        by: w.provider.name,
        at: OCCURRED,
      });
    }
    // School B reads its own student's chronology: the shared incident is there too.
    const forB = await callerFor(w.schoolBStaff.actor).student.chronology({
      studentId: w.ben.id,
      kinds: ["BEHAVIOUR"],
    });
    expect(forB.events.some((e) => e.link === `/behaviour/${id}`)).toBe(true);
    const error = await rejection(
      callerFor(w.schoolBStaff.actor).student.chronology({ studentId: w.amy.id }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("keeps a withdrawn incident, marked", async () => {
    const { id } = await log({ studentIds: [w.amy.id] });
    await callerFor(w.tutor.actor).behaviour.withdraw({ incidentId: id, reason: "Duplicate" });
    const { events } = await callerFor(w.mo.actor).student.chronology({
      studentId: w.amy.id,
      kinds: ["BEHAVIOUR"],
    });
    const event = events.find((e) => e.link === `/behaviour/${id}`);
    expect(event?.type).toBe("behaviour.withdrawnIncident");
    expect(event?.detail).toMatch(/Withdrawn: Duplicate$/);
  });
});
