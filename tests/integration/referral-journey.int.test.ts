import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, it } from "vitest";
import { PAPERWORK_KINDS } from "@/lib/schemas/referral";
import { ukToday } from "@/lib/dates";
import {
  callerFor,
  makeCourse,
  makeOrganisation,
  makeStudent,
  makeUser,
  setupTestDatabase,
} from "./harness";
import { daysFromToday, rejection } from "./helpers";

const db = await setupTestDatabase();

/** The first `weekday` (1 = Monday … 5 = Friday) at least `days` days from today. */
function weekdayFromToday(days: number, weekday: number): string {
  const date = new Date(`${daysFromToday(days)}T00:00:00Z`);
  while (date.getUTCDay() !== weekday) {
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return date.toISOString().slice(0, 10);
}

async function world() {
  const school = await makeOrganisation(db, { kind: "SCHOOL" });
  const provider = await makeOrganisation(db, { kind: "PROVIDER" });
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  const schoolStaff = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
  const providerStaff = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
  const admin = await makeUser(db, { organisation: service, roles: ["SERVICE_ADMIN"] });
  const course = await makeCourse(db, { provider, daysOffered: ["MONDAY", "WEDNESDAY", "FRIDAY"] });
  const student = await makeStudent(db, {
    homeSchool: school,
    dateOfBirth: new Date("2011-09-01"),
  });
  return { school, provider, service, schoolStaff, providerStaff, admin, course, student };
}

type World = Awaited<ReturnType<typeof world>>;

function referralInput(w: World, overrides: Record<string, unknown> = {}) {
  return {
    student: { mode: "existing" as const, studentId: w.student.id },
    courseId: w.course.id,
    requestedDays: ["MONDAY" as const, "WEDNESDAY" as const],
    requestedStartDate: weekdayFromToday(14, 1),
    reasons: "Disengaged from the mainstream timetable; motivated by practical work.",
    needs: "Needs short tasks and a quiet space to reset.",
    riskLevel: "MEDIUM" as const,
    riskAssessment: "Known to leave lessons when frustrated; no risk to others.",
    paperwork: [],
    ...overrides,
  };
}

async function readyForResponse(w: World) {
  const { id } = await callerFor(w.schoolStaff.actor).referral.create(referralInput(w));
  const provider = callerFor(w.providerStaff.actor);
  for (const kind of PAPERWORK_KINDS) {
    await provider.referral.markPaperwork({ referralId: id, kind, received: true });
  }
  await provider.referral.recordInterview({
    referralId: id,
    heldOn: ukToday(),
    attendees: "Student, parent, provider tutor",
    notes: "Keen to start; agreed expectations.",
  });
  return id;
}

describe("referral to placement", () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it("refers an existing student, with four paperwork items and an audit row", async () => {
    const { id, reference } = await callerFor(w.schoolStaff.actor).referral.create(
      referralInput(w),
    );

    expect(reference).toMatch(/^REF-\d{6}$/);
    const referral = await db.referral.findUniqueOrThrow({
      where: { id },
      include: { paperwork: true },
    });
    expect(referral.status).toBe("SUBMITTED");
    expect(referral.providerId).toBe(w.provider.id);
    expect(referral.paperwork.map((item) => item.kind).sort()).toEqual([...PAPERWORK_KINDS].sort());
    const audit = await db.auditEvent.findMany({ where: { recordId: id } });
    expect(audit.map((row) => [row.action, row.actorUserId])).toEqual([
      ["referral.create", w.schoolStaff.id],
    ]);
  });

  it("gives successive referrals successive references", async () => {
    const caller = callerFor(w.schoolStaff.actor);
    const first = await caller.referral.create(referralInput(w));
    const other = await makeCourse(db, { provider: w.provider, daysOffered: ["MONDAY"] });
    const second = await caller.referral.create(
      referralInput(w, { courseId: other.id, requestedDays: ["MONDAY"] }),
    );

    expect(Number(second.reference.slice(4))).toBe(Number(first.reference.slice(4)) + 1);
  });

  it("refers a new student with the DOMAIN.md fields", async () => {
    const input = referralInput(w, {
      student: {
        mode: "new",
        student: {
          upn: "R331205312001",
          legalFirstName: "Robin",
          legalLastName: "Fairweather",
          preferredName: "Rob",
          dateOfBirth: "2011-10-12",
          yearGroup: 10,
          senStatus: "SEN_SUPPORT",
          lookedAfter: true,
          childProtectionPlan: false,
          childInNeedPlan: true,
          contacts: [
            {
              name: "Sam Fairweather",
              relationship: "Mother",
              phone: "07700 900123",
              email: "",
              hasParentalResponsibility: true,
            },
          ],
        },
      },
    });
    const { id } = await callerFor(w.schoolStaff.actor).referral.create(input);

    const referral = await db.referral.findUniqueOrThrow({
      where: { id },
      include: { student: { include: { contacts: true } } },
    });
    expect(referral.student.homeSchoolId).toBe(w.school.id);
    expect(referral.student.lookedAfter).toBe(true);
    expect(referral.student.contacts.map((c) => c.phone)).toEqual(["07700 900123"]);
  });

  it("refuses days the course does not run, naming the field", async () => {
    const error = await rejection(
      callerFor(w.schoolStaff.actor).referral.create(
        referralInput(w, {
          requestedDays: ["TUESDAY"],
          requestedStartDate: weekdayFromToday(14, 2),
        }),
      ),
    );

    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Select only days the course runs: Monday, Wednesday, Friday");
    expect(await db.referral.count({ where: { studentId: w.student.id } })).toBe(0);
  });

  it("refuses a start date that is not one of the days wanted", async () => {
    const saturday = weekdayFromToday(14, 6);
    const error = await rejection(
      callerFor(w.schoolStaff.actor).referral.create(
        referralInput(w, { requestedStartDate: saturday }),
      ),
    );

    const shape = error.cause as unknown as { issues: { path: string[]; message: string }[] };
    expect(shape.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["requestedStartDate", "The start date must be a Monday or Wednesday"],
    ]);
  });

  it("refuses a second referral while the student is placed on the course", async () => {
    const id = await readyForResponse(w);
    await callerFor(w.providerStaff.actor).referral.respond({
      referralId: id,
      decision: "ACCEPTED",
      confirmedDays: ["MONDAY"],
      confirmedStartDate: weekdayFromToday(21, 1),
      explanation: "Place available.",
    });
    await callerFor(w.admin.actor).referral.process({ referralId: id });

    const error = await rejection(callerFor(w.schoolStaff.actor).referral.create(referralInput(w)));
    const { reference } = await db.referral.findUniqueOrThrow({ where: { id } });
    expect(error.message).toBe(
      `This student already has an active placement on this course (${reference})`,
    );
  });

  it("lets only one of two identical referrals sent at once through", async () => {
    const school = callerFor(w.schoolStaff.actor);
    const results = await Promise.allSettled([
      school.referral.create(referralInput(w)),
      school.referral.create(referralInput(w)),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.referral.count({ where: { studentId: w.student.id } })).toBe(1);
  });

  it("refuses a student on another school's roll as if it did not exist", async () => {
    const elsewhere = await makeStudent(db);
    const error = await rejection(
      callerFor(w.schoolStaff.actor).referral.create(
        referralInput(w, { student: { mode: "existing", studentId: elsewhere.id } }),
      ),
    );

    expect(error.message).toBe("Choose a student on your school's roll");
  });

  it("refuses a response before paperwork and interview, saying what is missing", async () => {
    const { id } = await callerFor(w.schoolStaff.actor).referral.create(referralInput(w));
    const provider = callerFor(w.providerStaff.actor);
    await provider.referral.markPaperwork({
      referralId: id,
      kind: "PARENTAL_CONSENT",
      received: true,
    });
    await provider.referral.markPaperwork({
      referralId: id,
      kind: "RISK_ASSESSMENT",
      received: true,
    });

    const error = await rejection(
      provider.referral.respond({
        referralId: id,
        decision: "DECLINED",
        declineGround: "NEED",
        explanation: "x",
      }),
    );

    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      "Before you respond, mark the paperwork received (Attendance and behaviour record, " +
        "Student profile and SEN information) and record the interview with the student",
    );
    expect(await db.applicationResponse.count({ where: { referralId: id } })).toBe(0);
  });

  it("accepts, then the admin processes it into a placement and the school is told", async () => {
    const id = await readyForResponse(w);
    await callerFor(w.providerStaff.actor).referral.respond({
      referralId: id,
      decision: "ACCEPTED",
      confirmedDays: ["MONDAY"],
      confirmedStartDate: weekdayFromToday(21, 1),
      explanation: "Place available on Mondays.",
    });

    const result = await callerFor(w.admin.actor).referral.process({ referralId: id });

    expect(result.status).toBe("PLACED");
    const placement = await db.placement.findUniqueOrThrow({ where: { referralId: id } });
    expect(placement.days).toEqual(["MONDAY"]);
    expect(placement.schoolId).toBe(w.school.id);
    expect(placement.startDate.toISOString().slice(0, 10)).toBe(weekdayFromToday(21, 1));
    const kindsFor = async (userId: string) =>
      (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map(
        (n) => n.kind,
      );
    expect(await kindsFor(w.schoolStaff.id)).toEqual(["referral.placed"]);
    expect(await kindsFor(w.providerStaff.id)).toEqual(["referral.received"]);
    expect(await kindsFor(w.admin.id)).toContain("referral.responded");
    const dashboard = await callerFor(w.schoolStaff.actor).dashboard.school();
    expect(dashboard.recentOutcomes.map((r) => r.id)).toEqual([id]);
  });

  it("declines on grounds of risk, and the admin closes it", async () => {
    const id = await readyForResponse(w);
    await callerFor(w.providerStaff.actor).referral.respond({
      referralId: id,
      decision: "DECLINED",
      declineGround: "RISK",
      explanation: "Cannot meet the supervision level needed.",
    });

    expect((await callerFor(w.admin.actor).referral.process({ referralId: id })).status).toBe(
      "CLOSED",
    );
    expect(await db.placement.count({ where: { referralId: id } })).toBe(0);
    const notes = await db.notification.findMany({ where: { userId: w.schoolStaff.id } });
    expect(notes.map((n) => n.title)).toEqual([
      `Referral ${(await db.referral.findUniqueOrThrow({ where: { id } })).reference} declined`,
    ]);
  });

  it("refuses to process before a response exists", async () => {
    const { id } = await callerFor(w.schoolStaff.actor).referral.create(referralInput(w));
    const error = await rejection(callerFor(w.admin.actor).referral.process({ referralId: id }));

    expect(error.code).toBe("CONFLICT");
    expect(await db.placement.count({ where: { referralId: id } })).toBe(0);
  });

  it("lets only one of two concurrent processings win", async () => {
    const id = await readyForResponse(w);
    await callerFor(w.providerStaff.actor).referral.respond({
      referralId: id,
      decision: "ACCEPTED",
      confirmedDays: ["WEDNESDAY"],
      confirmedStartDate: weekdayFromToday(7, 3),
      explanation: "Wednesday place.",
    });
    const admin = callerFor(w.admin.actor);
    const results = await Promise.allSettled([
      admin.referral.process({ referralId: id }),
      admin.referral.process({ referralId: id }),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.placement.count({ where: { referralId: id } })).toBe(1);
  });

  it("answers CONFLICT, not a failure, to the loser of two responses sent at once", async () => {
    const id = await readyForResponse(w);
    const provider = callerFor(w.providerStaff.actor);
    const decline = () =>
      provider.referral.respond({
        referralId: id,
        decision: "DECLINED",
        declineGround: "RISK",
        explanation: "Cannot supervise.",
      });

    const results = await Promise.allSettled([decline(), decline()]);
    const codes = results.map((r) =>
      r.status === "fulfilled" ? "OK" : (r.reason as TRPCError).code,
    );
    expect(codes.sort()).toEqual(["CONFLICT", "OK"]);
  });

  it("keeps the interview record a correction replaces", async () => {
    const id = await readyForResponse(w);
    const provider = callerFor(w.providerStaff.actor);
    await provider.referral.recordInterview({
      referralId: id,
      heldOn: ukToday(),
      attendees: "Student and father",
      notes: "Corrected notes.",
    });

    const interview = await db.interview.findUniqueOrThrow({
      where: { referralId: id },
      include: { revisions: true },
    });
    expect(interview.notes).toBe("Corrected notes.");
    expect(interview.revisions.map((r) => [r.notes, r.replacedById])).toEqual([
      ["Keen to start; agreed expectations.", w.providerStaff.id],
    ]);
  });

  it("refuses an interview dated before the referral", async () => {
    const { id } = await callerFor(w.schoolStaff.actor).referral.create(referralInput(w));
    const error = await rejection(
      callerFor(w.providerStaff.actor).referral.recordInterview({
        referralId: id,
        heldOn: "1900-01-01",
        attendees: "x",
        notes: "y",
      }),
    );
    expect(error.message).toBe("The date of the interview must be on or after the referral");
  });

  it("keeps the provider's steps closed after the response", async () => {
    const id = await readyForResponse(w);
    const provider = callerFor(w.providerStaff.actor);
    await provider.referral.respond({
      referralId: id,
      decision: "DECLINED",
      declineGround: "NEED",
      explanation: "No.",
    });

    const error = await rejection(
      provider.referral.markPaperwork({ referralId: id, kind: "RISK_ASSESSMENT", received: false }),
    );
    expect(error.code).toBe("CONFLICT");
  });

  it("hides a referral from another provider as if it did not exist", async () => {
    const { id } = await callerFor(w.schoolStaff.actor).referral.create(referralInput(w));
    const stranger = await makeUser(db, { roles: ["PROVIDER_STAFF"] });

    const error = await rejection(callerFor(stranger.actor).referral.get({ referralId: id }));
    expect(error.code).toBe("NOT_FOUND");
    const missing = await rejection(
      callerFor(stranger.actor).referral.get({ referralId: crypto.randomUUID() }),
    );
    expect(missing.message).toBe(error.message);
  });

  it("names the field when the form's input is wrong", async () => {
    const error = await rejection(
      callerFor(w.schoolStaff.actor).referral.create(
        referralInput(w, { reasons: "  ", requestedDays: [] }),
      ),
    );

    expect(error.code).toBe("BAD_REQUEST");
    const shape = error.cause as unknown as { issues: { path: string[]; message: string }[] };
    const messages = Object.fromEntries(shape.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({
      reasons: "Enter the reasons for the referral",
      requestedDays: "Select the days wanted",
    });
  });
});
