import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, it } from "vitest";
import { ukToday } from "@/lib/dates";
import type { AllegationReportInput, AllegationThresholdsInput } from "@/lib/schemas/allegation";
import type { Organisation, Student } from "@/server/db/generated/client";
import {
  callerFor,
  makeOrganisation,
  makeStudent,
  makeUser,
  setupTestDatabase,
  type TestUser,
} from "./harness";
import { referTo, rejection } from "./helpers";

const db = await setupTestDatabase();

const WHAT_HAPPENED = "Grabbed a learner by the collar in the car park";
const ADULT = "Morwenna Quillfeather";

function fieldOf(error: TRPCError): string | undefined {
  const cause = error.cause as { issues?: { path: PropertyKey[] }[]; field?: string } | undefined;
  return cause?.issues ? cause.issues[0]?.path.join(".") : cause?.field;
}

interface World {
  school: Organisation;
  provider: Organisation;
  service: Organisation;
  student: Student;
  reporter: TestUser;
  colleague: TestUser;
  providerDsl: TestUser;
  schoolDsl: TestUser;
  lead: TestUser;
  serviceDsl: TestUser;
  admin: TestUser;
  mo: TestUser;
  quality: TestUser;
}

let w: World;

beforeEach(async () => {
  const school = await makeOrganisation(db, { kind: "SCHOOL" });
  const provider = await makeOrganisation(db, { kind: "PROVIDER" });
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  const student = await makeStudent(db, { homeSchool: school });
  await referTo(db, student, provider);
  const user = (roles: Parameters<typeof makeUser>[1]["roles"], organisation: Organisation) =>
    makeUser(db, { roles, organisation });
  w = {
    school,
    provider,
    service,
    student,
    reporter: await user(["PROVIDER_STAFF"], provider),
    colleague: await user(["PROVIDER_STAFF"], provider),
    providerDsl: await user(["PROVIDER_DSL"], provider),
    schoolDsl: await user(["SCHOOL_DSL"], school),
    lead: await user(["SERVICE_LEAD"], service),
    serviceDsl: await user(["SERVICE_DSL"], service),
    admin: await user(["SERVICE_ADMIN"], service),
    mo: await user(["MONITORING_OFFICER"], service),
    quality: await user(["QUALITY_OFFICER"], service),
  };
});

function report(overrides: Partial<AllegationReportInput> = {}): AllegationReportInput {
  return {
    adultName: ADULT,
    adultRole: "Workshop tutor",
    employerId: w.provider.id,
    occurredAt: new Date("2026-11-03T13:10:00Z"),
    location: "Car park",
    whatHappened: WHAT_HAPPENED,
    childrenInvolved: "A Year 10 learner and two friends who saw it",
    studentIds: [w.student.id],
    immediateAction: "Separated them and told the manager",
    whoWasTold: "Centre manager",
    ...overrides,
  };
}

async function reported(by: TestUser = w.reporter, overrides: Partial<AllegationReportInput> = {}) {
  return callerFor(by.actor).allegation.report(report(overrides));
}

const THRESHOLDS: Omit<AllegationThresholdsInput, "allegationId"> = {
  harmedChild: "MET",
  harmedChildNote: "Physical contact that may have hurt the learner",
  criminalOffence: "NOT_MET",
  criminalOffenceNote: "No offence suggested at this stage",
  riskOfHarm: "MET",
  riskOfHarmNote: "Lost temper with a child",
  unsuitable: "MET",
  unsuitableNote: "Conduct below what working with children needs",
};

describe("reporting", () => {
  it("numbers, stores and audits the report, and tells the lead without names", async () => {
    const { id, reference } = await reported();

    expect(reference).toMatch(/^ALG-\d{6}$/);
    const stored = await db.allegation.findUniqueOrThrow({
      where: { id },
      include: { students: true },
    });
    expect(stored).toMatchObject({ status: "OPEN", reportedById: w.reporter.id });
    expect(stored.students.map((s) => s.id)).toEqual([w.student.id]);
    const audit = await db.auditEvent.findMany({ where: { recordId: id } });
    expect(audit.map((row) => [row.action, row.actorUserId])).toEqual([
      ["allegation.report", w.reporter.id],
    ]);
    expect(JSON.stringify(audit)).not.toContain(ADULT);

    const toLead = await db.notification.findMany({ where: { userId: w.lead.id } });
    expect(toLead).toHaveLength(1);
    expect(toLead[0].link).toBe(`/allegations/${id}`);
    const text = JSON.stringify(toLead);
    expect(text).not.toContain(ADULT);
    expect(text).not.toContain(w.student.legalLastName);
    expect(text).not.toContain(WHAT_HAPPENED);
    const toOthers = await db.notification.count({
      where: { userId: { in: [w.serviceDsl.id, w.providerDsl.id, w.admin.id] } },
    });
    expect(toOthers).toBe(0);
  });

  it("lets every role report, a quality officer naming children in words", async () => {
    const { id } = await reported(w.quality, { studentIds: [] });
    expect(id).toBeDefined();
    const error = await rejection(reported(w.quality));
    expect(error.code).toBe("NOT_FOUND");
    expect(fieldOf(error)).toBe("studentIds");
  });

  it("refuses to link a student the reporter's organisation does not work with", async () => {
    const stranger = await makeStudent(db);
    const error = await rejection(reported(w.reporter, { studentIds: [stranger.id] }));
    expect(error.code).toBe("NOT_FOUND");
    expect(fieldOf(error)).toBe("studentIds");
    expect(await db.allegation.count({ where: { reportedById: w.reporter.id } })).toBe(0);
  });

  it("names the field at fault in a refused report", async () => {
    const blank = await rejection(reported(w.reporter, { adultName: " " }));
    expect(blank.code).toBe("BAD_REQUEST");
    expect(fieldOf(blank)).toBe("adultName");
    const future = await rejection(
      reported(w.reporter, { occurredAt: new Date(Date.now() + 86_400_000) }),
    );
    expect(fieldOf(future)).toBe("occurredAt");
    const employer = await rejection(reported(w.reporter, { employerId: crypto.randomUUID() }));
    expect(fieldOf(employer)).toBe("employerId");
  });

  it("lists every open organisation as a possible employer", async () => {
    const employers = await callerFor(w.reporter.actor).allegation.employers();
    const ids = employers.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([w.school.id, w.provider.id, w.service.id]));
  });
});

describe("who sees an allegation", () => {
  const outsiders = () => ({
    "the reporter's own DSL": w.providerDsl,
    "a colleague of the reporter": w.colleague,
    "the student's school DSL": w.schoolDsl,
    "a service DSL": w.serviceDsl,
    "a service admin": w.admin,
    "a monitoring officer": w.mo,
    "a quality officer": w.quality,
  });

  it("answers NOT_FOUND to all but the reporter and the lead, as if missing", async () => {
    const { id } = await reported();
    const missing = await rejection(
      callerFor(w.lead.actor).allegation.get({ allegationId: crypto.randomUUID() }),
    );
    for (const [who, user] of Object.entries(outsiders())) {
      const error = await rejection(callerFor(user.actor).allegation.get({ allegationId: id }));
      expect([who, error.code, error.message]).toEqual([who, "NOT_FOUND", missing.message]);
      const list = await callerFor(user.actor).allegation.list({ page: 1 });
      expect([who, list.total]).toEqual([who, 0]);
      expect(JSON.stringify(list)).not.toContain(ADULT);
    }
  });

  it("refuses outsiders additions, and the lead's steps to all but the lead", async () => {
    const { id } = await reported();
    for (const user of Object.values(outsiders())) {
      const entry = callerFor(user.actor).allegation.addEntry({ allegationId: id, text: "x" });
      expect((await rejection(entry)).code).toBe("NOT_FOUND");
    }
    for (const user of [w.reporter, w.serviceDsl, w.admin, w.providerDsl]) {
      const caller = callerFor(user.actor).allegation;
      const steps = [
        () => caller.recordThresholds({ allegationId: id, ...THRESHOLDS }),
        () =>
          caller.recordLadoContact({
            allegationId: id,
            consultedOn: ukToday(),
            ladoName: "L",
            advice: "A",
          }),
        () =>
          caller.recordOutcome({
            allegationId: id,
            outcome: "FALSE",
            outcomeOn: ukToday(),
            rationale: "R",
          }),
        () => caller.countOpen(),
      ];
      for (const step of steps) {
        expect((await rejection(step())).code).toBe("FORBIDDEN");
      }
    }
  });

  it("gives the lead every allegation, open first, and the reporter only their own", async () => {
    const first = await reported();
    const second = await reported(w.colleague);
    await callerFor(w.lead.actor).allegation.recordOutcome({
      allegationId: first.id,
      outcome: "UNFOUNDED",
      outcomeOn: ukToday(),
      rationale: "Nothing supports it",
    });

    const lead = await callerFor(w.lead.actor).allegation.list({ page: 1 });
    const ours = lead.rows.filter((row) => [first.id, second.id].includes(row.id));
    expect(ours.map((row) => [row.id, row.status])).toEqual([
      [second.id, "OPEN"],
      [first.id, "CLOSED"],
    ]);
    expect(ours[1].outcome).toBe("UNFOUNDED");
    const mine = await callerFor(w.reporter.actor).allegation.list({ page: 1 });
    expect(mine.rows.map((row) => [row.id, row.status, row.outcome])).toEqual([
      [first.id, "CLOSED", null],
    ]);
    const open = await callerFor(w.lead.actor).allegation.countOpen();
    expect(open.open).toBe(await db.allegation.count({ where: { status: "OPEN" } }));
  });
});

describe("the lead's record", () => {
  it("records thresholds, LADO consultations and the outcome, each with who and when", async () => {
    const { id } = await reported();
    const lead = callerFor(w.lead.actor).allegation;

    await lead.recordThresholds({ allegationId: id, ...THRESHOLDS });
    await lead.recordThresholds({ allegationId: id, ...THRESHOLDS, criminalOffence: "MET" });
    await lead.recordLadoContact({
      allegationId: id,
      consultedOn: ukToday(),
      ladoName: "Ada Lado",
      reference: "LADO-77",
      advice: "Suspend from contact with learners while the provider investigates",
    });
    await lead.recordOutcome({
      allegationId: id,
      outcome: "SUBSTANTIATED",
      outcomeOn: ukToday(),
      rationale: "Witnesses and footage agree",
    });

    const record = await lead.get({ allegationId: id });
    expect(record.access).toBe("LEAD");
    expect(record.status).toBe("CLOSED");
    expect(record.outcome).toBe("SUBSTANTIATED");
    expect(record.assessments.map((a) => [a.criminalOffence, a.recordedById])).toEqual([
      [false, w.lead.id],
      [true, w.lead.id],
    ]);
    expect(record.consultations[0]).toMatchObject({ ladoName: "Ada Lado", reference: "LADO-77" });
    const actions = await db.auditEvent.findMany({
      where: { recordId: id, actorUserId: w.lead.id },
      orderBy: { at: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "allegation.thresholds.record",
      "allegation.thresholds.record",
      "allegation.ladoContact.record",
      "allegation.outcome.record",
      "allegation.read",
    ]);
  });

  it("records the outcome once; a closed allegation takes nothing more", async () => {
    const { id } = await reported();
    const lead = callerFor(w.lead.actor).allegation;
    const outcome = { allegationId: id, outcomeOn: ukToday(), rationale: "Made up" } as const;
    await lead.recordOutcome({ ...outcome, outcome: "MALICIOUS" });

    const again = await rejection(lead.recordOutcome({ ...outcome, outcome: "FALSE" }));
    expect(again.code).toBe("CONFLICT");
    const entry = callerFor(w.reporter.actor).allegation.addEntry({ allegationId: id, text: "x" });
    expect((await rejection(entry)).code).toBe("CONFLICT");
    const stored = await db.allegation.findUniqueOrThrow({ where: { id } });
    expect(stored.outcome).toBe("MALICIOUS");
  });

  it("refuses a future date and a threshold without a note, naming the field", async () => {
    const { id } = await reported();
    const lead = callerFor(w.lead.actor).allegation;
    const future = await rejection(
      lead.recordLadoContact({
        allegationId: id,
        consultedOn: "2999-01-01",
        ladoName: "L",
        advice: "A",
      }),
    );
    expect(fieldOf(future)).toBe("consultedOn");
    const noNote = await rejection(
      lead.recordThresholds({ allegationId: id, ...THRESHOLDS, unsuitableNote: "" }),
    );
    expect(fieldOf(noNote)).toBe("unsuitableNote");
  });
});

describe("the reporter's view and additions", () => {
  it("appends further information with author and time, never overwriting", async () => {
    const { id } = await reported();
    await callerFor(w.reporter.actor).allegation.addEntry({ allegationId: id, text: "First" });
    await callerFor(w.lead.actor).allegation.addEntry({ allegationId: id, text: "Lead note" });
    await callerFor(w.reporter.actor).allegation.addEntry({ allegationId: id, text: "Second" });

    const entries = await db.allegationEntry.findMany({
      where: { allegationId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((e) => [e.text, e.authorId])).toEqual([
      ["First", w.reporter.id],
      ["Lead note", w.lead.id],
      ["Second", w.reporter.id],
    ]);
    const stored = await db.allegation.findUniqueOrThrow({ where: { id } });
    expect(stored.whatHappened).toBe(WHAT_HAPPENED);
  });

  it("shows the reporter their report and whether it is open, not the lead's work", async () => {
    const { id } = await reported();
    const lead = callerFor(w.lead.actor).allegation;
    await lead.addEntry({ allegationId: id, text: "Lead's private note" });
    await lead.recordThresholds({ allegationId: id, ...THRESHOLDS });
    await lead.recordLadoContact({
      allegationId: id,
      consultedOn: ukToday(),
      ladoName: "Ada Lado",
      advice: "Secret advice",
    });
    await lead.recordOutcome({
      allegationId: id,
      outcome: "UNSUBSTANTIATED",
      outcomeOn: ukToday(),
      rationale: "Secret rationale",
    });

    const view = await callerFor(w.reporter.actor).allegation.get({ allegationId: id });
    expect(view).toMatchObject({
      access: "REPORTER",
      status: "CLOSED",
      whatHappened: WHAT_HAPPENED,
      outcome: null,
      assessments: [],
      consultations: [],
      entries: [],
    });
    const text = JSON.stringify(view);
    for (const secret of ["Lead's private note", "Secret advice", "Secret rationale"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain(THRESHOLDS.riskOfHarmNote);
  });

  it("audits every read, by the reporter and the lead, and every list", async () => {
    const { id } = await reported();
    await callerFor(w.reporter.actor).allegation.get({ allegationId: id });
    await callerFor(w.lead.actor).allegation.get({ allegationId: id });
    await callerFor(w.lead.actor).allegation.list({ page: 1 });

    const reads = await db.auditEvent.findMany({
      where: { recordId: id, action: "allegation.read" },
      orderBy: { at: "asc" },
    });
    expect(reads.map((r) => [r.actorUserId, (r.detail as { access: string }).access])).toEqual([
      [w.reporter.id, "REPORTER"],
      [w.lead.id, "LEAD"],
    ]);
    const lists = await db.auditEvent.findMany({
      where: { action: "allegation.list", actorUserId: w.lead.id },
    });
    expect(lists).toHaveLength(1);
    expect(JSON.stringify(lists[0].detail)).toContain(id);
  });
});
