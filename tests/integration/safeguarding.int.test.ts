import { beforeEach, describe, expect, it } from "vitest";
import type { ConcernDecisionInput, ConcernRaiseInput } from "@/lib/schemas/concern";
import type { Organisation } from "@/server/db/generated/client";
import { escalateUnreadAlerts } from "@/server/services/safeguarding/escalate-unread-alerts";
import { callerFor, makeOrganisation, makeStudent, makeUser, setupTestDatabase } from "./harness";
import { daysFromToday, fieldMessages, referTo, rejection } from "./helpers";

const db = await setupTestDatabase();

async function world() {
  const school = await makeOrganisation(db, { kind: "SCHOOL" });
  const otherSchool = await makeOrganisation(db, { kind: "SCHOOL" });
  const provider = await makeOrganisation(db, { kind: "PROVIDER" });
  const otherProvider = await makeOrganisation(db, { kind: "PROVIDER" });
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  const student = await makeStudent(db, { homeSchool: school });
  await referTo(db, student, provider);
  const user = (organisation: Organisation, roles: Parameters<typeof makeUser>[1]["roles"]) =>
    makeUser(db, { organisation, roles });
  return {
    school,
    provider,
    otherProvider,
    service,
    student,
    tutor: await user(provider, ["PROVIDER_STAFF"]),
    colleague: await user(provider, ["PROVIDER_STAFF"]),
    providerDsl: await user(provider, ["PROVIDER_DSL"]),
    otherProviderDsl: await user(otherProvider, ["PROVIDER_DSL"]),
    schoolStaff: await user(school, ["SCHOOL_STAFF"]),
    schoolDsl: await user(school, ["SCHOOL_DSL"]),
    otherSchoolDsl: await user(otherSchool, ["SCHOOL_DSL"]),
    mo: await user(service, ["MONITORING_OFFICER"]),
    deputyDsl: await user(service, ["MONITORING_OFFICER", "SERVICE_DSL"]),
    admin: await user(service, ["SERVICE_ADMIN"]),
    serviceDsl: await user(service, ["SERVICE_DSL"]),
    lead: await user(service, ["SERVICE_LEAD"]),
  };
}

type World = Awaited<ReturnType<typeof world>>;

const DISCLOSURE = '  He said "don\'t tell my mum",\nthen: I have to carry it for them.  ';

function concernInput(w: World, overrides: Partial<ConcernRaiseInput> = {}): ConcernRaiseInput {
  return {
    studentId: w.student.id,
    occurredAt: new Date(Date.now() - 60 * 60 * 1000),
    location: "Workshop, break time",
    categories: ["CHILD_CRIMINAL_EXPLOITATION", "COUNTY_LINES"],
    whatWasSeenOrHeard: "New phone and cash; collected by older youths in a car.",
    disclosure: DISCLOSURE,
    immediateAction: "Kept the student in the centre; told the provider DSL.",
    whoWasTold: "Provider DSL by phone",
    riskLevel: "HIGH",
    ...overrides,
  };
}

async function raised(w: World, overrides: Partial<ConcernRaiseInput> = {}) {
  return callerFor(w.tutor.actor).concern.raise(concernInput(w, overrides));
}

describe("raising a concern", () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it("keeps the disclosure verbatim, numbers and audits it, tells the provider DSLs", async () => {
    const { id, reference } = await raised(w);

    expect(reference).toMatch(/^CON-\d{6}$/);
    const concern = await db.concern.findUniqueOrThrow({ where: { id } });
    expect(concern.disclosure).toBe(DISCLOSURE);
    expect(concern.schoolId).toBe(w.school.id);
    expect(concern.raisedByOrganisationId).toBe(w.provider.id);
    expect(concern.status).toBe("AWAITING_DECISION");
    const audit = await db.auditEvent.findMany({ where: { recordId: id } });
    expect(audit.map((row) => [row.action, row.actorUserId])).toEqual([
      ["concern.raise", w.tutor.id],
    ]);
    expect(JSON.stringify(audit)).not.toContain("carry it");
    const told = await db.notification.findMany({ where: { link: `/concerns/${id}` } });
    expect(told.map((n) => n.userId)).toEqual([w.providerDsl.id]);
    expect(JSON.stringify(told)).not.toContain(w.student.legalLastName);
  });

  it("lets school staff and a monitoring officer raise one too", async () => {
    await callerFor(w.schoolStaff.actor).concern.raise(concernInput(w));
    const byMo = await callerFor(w.mo.actor).concern.raise(concernInput(w));

    const concern = await db.concern.findUniqueOrThrow({ where: { id: byMo.id } });
    expect(concern.raisedByOrganisationId).toBe(w.service.id);
  });

  it("refuses a student the raiser's organisation does not work with", async () => {
    const stranger = await makeStudent(db);
    const error = await rejection(raised(w, { studentId: stranger.id }));
    expect(error.code).toBe("NOT_FOUND");
    const other = await rejection(
      callerFor(w.otherProviderDsl.actor).concern.raise(concernInput(w)),
    );
    expect(other.code).toBe("NOT_FOUND");
  });

  it("refuses a time in the future and an empty category list, naming the field", async () => {
    const future = await rejection(raised(w, { occurredAt: new Date(Date.now() + 3_600_000) }));
    expect(future.code).toBe("BAD_REQUEST");
    expect(fieldMessages(future)).toEqual({
      occurredAt: "When it happened must be now or in the past",
    });
    const none = await rejection(raised(w, { categories: [] }));
    expect(fieldMessages(none)).toEqual({ categories: "Select at least one category" });
  });

  it("links other students only when the raiser may see them", async () => {
    const classmate = await makeStudent(db, { homeSchool: w.school });
    await referTo(db, classmate, w.provider);
    const { id } = await raised(w, { linkedStudentIds: [classmate.id] });
    const linked = await db.concern.findUniqueOrThrow({
      where: { id },
      include: { linkedStudents: true },
    });
    expect(linked.linkedStudents.map((s) => s.id)).toEqual([classmate.id]);

    const stranger = await makeStudent(db);
    const error = await rejection(raised(w, { linkedStudentIds: [stranger.id] }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("who may read a concern", () => {
  let w: World;
  let concernId: string;
  beforeEach(async () => {
    w = await world();
    concernId = (await raised(w)).id;
  });

  const get = (actor: World["tutor"]["actor"], id: string) =>
    callerFor(actor).concern.get({ concernId: id });

  it("shows it in full to the DSLs entitled to it", async () => {
    for (const who of ["providerDsl", "schoolDsl", "serviceDsl", "lead", "deputyDsl"] as const) {
      const concern = await get(w[who].actor, concernId);
      expect(concern.access, who).toBe("FULL");
      expect(concern.disclosure).toBe(DISCLOSURE);
    }
  });

  it("answers NOT_FOUND to everyone else", async () => {
    const refused = [
      "colleague",
      "schoolStaff",
      "mo",
      "admin",
      "otherSchoolDsl",
      "otherProviderDsl",
    ] as const;
    for (const who of refused) {
      const error = await rejection(get(w[who].actor, concernId));
      expect(error.code, who).toBe("NOT_FOUND");
    }
  });

  it("refuses a reporter reading a concern someone else raised", async () => {
    const colleagues = (await callerFor(w.colleague.actor).concern.raise(concernInput(w))).id;
    const error = await rejection(get(w.tutor.actor, colleagues));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("gives the raiser back only what they raised", async () => {
    const tutor = callerFor(w.tutor.actor);
    const dsl = callerFor(w.providerDsl.actor);
    await tutor.concern.addEntry({ concernId, kind: "FURTHER_INFORMATION", text: "Tutor's note" });
    await dsl.concern.addEntry({ concernId, kind: "ACTION", text: "DSL's own note" });
    await dsl.concern.decide({ concernId, outcome: "NO_FURTHER_ACTION", rationale: "Checked" });
    await callerFor(w.serviceDsl.actor).concern.assign({ concernId, assigneeId: w.deputyDsl.id });

    const concern = await get(w.tutor.actor, concernId);
    expect(concern.access).toBe("RAISER");
    expect(concern.disclosure).toBe(DISCLOSURE);
    expect(concern.entries.map((e) => e.text)).toEqual(["Tutor's note"]);
    expect(concern.decisions).toEqual([]);
    expect(concern.schoolAlerts).toEqual([]);
    expect([concern.assignedTo, concern.assignedToId]).toEqual([null, null]);
    const [row] = (await tutor.concern.list({})).rows;
    expect(row).toMatchObject({ id: concernId, assignedTo: null });
  });

  it("records every read, and shows the DSLs who viewed the student's record", async () => {
    await get(w.schoolDsl.actor, concernId);
    await get(w.serviceDsl.actor, concernId);
    await get(w.serviceDsl.actor, concernId);

    const reads = await db.auditEvent.findMany({
      where: { recordId: concernId, action: "concern.read" },
    });
    expect(reads.map((r) => r.actorUserId).sort()).toEqual(
      [w.schoolDsl.id, w.serviceDsl.id, w.serviceDsl.id].sort(),
    );
    const viewers = await callerFor(w.lead.actor).concern.viewers({ studentId: w.student.id });
    expect(viewers.map((v) => v.userName)).toEqual([
      w.serviceDsl.name,
      w.serviceDsl.name,
      w.schoolDsl.name,
    ]);
    expect(viewers[0].concernId).toBe(concernId);
  });

  it("refuses the viewers list to an MO and to another school's DSL", async () => {
    const mo = await rejection(callerFor(w.mo.actor).concern.viewers({ studentId: w.student.id }));
    expect(mo.code).toBe("FORBIDDEN");
    const other = await rejection(
      callerFor(w.otherSchoolDsl.actor).concern.viewers({ studentId: w.student.id }),
    );
    expect(other.code).toBe("NOT_FOUND");
  });
});

describe("additions", () => {
  it("appends entries with author and time, never overwriting", async () => {
    const w = await world();
    const { id: concernId } = await raised(w);
    const tutor = callerFor(w.tutor.actor);
    await tutor.concern.addEntry({ concernId, kind: "FURTHER_INFORMATION", text: "First" });
    await callerFor(w.providerDsl.actor).concern.addEntry({
      concernId,
      kind: "ACTION",
      text: "Second",
    });
    await tutor.concern.addEntry({ concernId, kind: "FURTHER_INFORMATION", text: "Third" });

    const concern = await callerFor(w.providerDsl.actor).concern.get({ concernId });
    expect(concern.entries.map((e) => [e.text, e.author.id])).toEqual([
      ["First", w.tutor.id],
      ["Second", w.providerDsl.id],
      ["Third", w.tutor.id],
    ]);
    expect(concern.entries.every((e) => e.createdAt instanceof Date)).toBe(true);
    const original = await db.concern.findUniqueOrThrow({ where: { id: concernId } });
    expect(original.whatWasSeenOrHeard).toBe(concernInput(w).whatWasSeenOrHeard);
  });

  it("refuses additions from someone who may not see the concern", async () => {
    const w = await world();
    const { id: concernId } = await raised(w);
    const error = await rejection(
      callerFor(w.mo.actor).concern.addEntry({ concernId, kind: "ACTION", text: "x" }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("the provider DSL's decision", () => {
  let w: World;
  let concernId: string;
  beforeEach(async () => {
    w = await world();
    concernId = (await raised(w)).id;
  });

  type WithoutId<T> = T extends unknown ? Omit<T, "concernId"> : never;
  const decide = (input: WithoutId<ConcernDecisionInput>) =>
    callerFor(w.providerDsl.actor).concern.decide({ concernId, ...input });

  it.each([
    [{ outcome: "MONITOR", reviewDate: daysFromToday(14) }, { reviewDate: true }],
    [
      {
        outcome: "MASH_REFERRAL",
        referredOn: daysFromToday(0),
        reference: "MASH/2026/0042",
        referralOutcome: "Strategy discussion held",
      },
      {
        referredOn: true,
        reference: "MASH/2026/0042",
        referralOutcome: "Strategy discussion held",
      },
    ],
    [
      { outcome: "POLICE", referredOn: daysFromToday(-1), reference: "CR/123" },
      { referredOn: true, reference: "CR/123" },
    ],
    [{ outcome: "PREVENT", referredOn: daysFromToday(0) }, { referredOn: true }],
    [{ outcome: "LADO", referredOn: daysFromToday(0) }, { referredOn: true }],
    [{ outcome: "NO_FURTHER_ACTION" }, {}],
  ] as const)("records %o with its rationale", async (input, expected) => {
    const { id } = await decide({ ...input, rationale: "Why, in the DSL's words" } as never);

    const decision = await db.concernDecision.findUniqueOrThrow({ where: { id } });
    expect(decision.outcome).toBe(input.outcome);
    expect(decision.rationale).toBe("Why, in the DSL's words");
    expect(decision.decidedById).toBe(w.providerDsl.id);
    for (const [field, value] of Object.entries(expected)) {
      const stored = decision[field as keyof typeof decision];
      expect(stored, field).toEqual(value === true ? expect.any(Date) : value);
    }
    const concern = await db.concern.findUniqueOrThrow({ where: { id: concernId } });
    expect(concern.status).toBe("DECIDED");
  });

  it("keeps every decision and applies the DSL's risk level", async () => {
    await decide({ outcome: "MONITOR", reviewDate: daysFromToday(7), rationale: "Watch" });
    await decide({
      outcome: "MASH_REFERRAL",
      referredOn: daysFromToday(0),
      reference: "M-1",
      rationale: "Escalated",
      riskLevel: "MEDIUM",
    });
    const concern = await callerFor(w.providerDsl.actor).concern.get({ concernId });
    expect(concern.decisions.map((d) => d.outcome)).toEqual(["MONITOR", "MASH_REFERRAL"]);
    expect(concern.riskLevel).toBe("MEDIUM");
  });

  it("shows the raiser the risk level they gave, never the one a DSL set", async () => {
    await decide({
      outcome: "MONITOR",
      reviewDate: daysFromToday(7),
      rationale: "Watch",
      riskLevel: "LOW",
    });

    const asRaiser = callerFor(w.tutor.actor).concern;
    expect((await asRaiser.get({ concernId })).riskLevel).toBe("HIGH");
    const { rows } = await asRaiser.list({ page: 1 });
    expect(rows.find((row) => row.id === concernId)?.riskLevel).toBe("HIGH");
    const asDsl = await callerFor(w.providerDsl.actor).concern.get({ concernId });
    expect(asDsl.riskLevel).toBe("LOW");
  });

  it.each([
    [{ outcome: "NO_FURTHER_ACTION", rationale: " " }, "rationale"],
    [{ outcome: "MONITOR", rationale: "r" }, "reviewDate"],
    [{ outcome: "MONITOR", rationale: "r", reviewDate: daysFromToday(0) }, "reviewDate"],
    [{ outcome: "MASH_REFERRAL", rationale: "r", referredOn: daysFromToday(0) }, "reference"],
    [
      { outcome: "POLICE", rationale: "r", referredOn: daysFromToday(2), reference: "x" },
      "referredOn",
    ],
  ] as const)("refuses %o, naming %s", async (input, field) => {
    const error = await rejection(decide(input as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(fieldMessages(error))).toContain(field);
  });

  it("is the raising organisation's DSL's alone", async () => {
    const input = { concernId, outcome: "NO_FURTHER_ACTION" as const, rationale: "r" };
    const school = await rejection(callerFor(w.schoolDsl.actor).concern.decide(input));
    expect(school.code).toBe("FORBIDDEN");
    const other = await rejection(callerFor(w.otherProviderDsl.actor).concern.decide(input));
    expect(other.code).toBe("NOT_FOUND");
    const staff = await rejection(callerFor(w.tutor.actor).concern.decide(input));
    expect(staff.code).toBe("FORBIDDEN");
  });
});

describe("alerting the school DSL", () => {
  let w: World;
  let concernId: string;
  beforeEach(async () => {
    w = await world();
    concernId = (await raised(w)).id;
  });

  const alert = (overrides: Record<string, unknown> = {}) =>
    callerFor(w.providerDsl.actor).concern.recordSchoolAlert({
      concernId,
      alertedAt: new Date(Date.now() - 10 * 60 * 1000),
      method: "PHONE",
      alertedWhom: "Ms Patel, DSL",
      ...overrides,
    });

  it("records the alert, tells the school DSLs, and takes their read receipt once", async () => {
    const { id } = await alert();
    const told = await db.notification.findMany({
      where: { link: `/concerns/${concernId}`, kind: "concern.schoolAlert" },
    });
    expect(told.map((n) => n.userId)).toEqual([w.schoolDsl.id]);

    const school = callerFor(w.schoolDsl.actor);
    expect(await school.concern.acknowledgeAlert({ concernId })).toEqual({ acknowledged: 1 });
    const first = await db.schoolDslAlert.findUniqueOrThrow({ where: { id } });
    expect(first.readById).toBe(w.schoolDsl.id);
    expect(await school.concern.acknowledgeAlert({ concernId })).toEqual({ acknowledged: 0 });
    const again = await db.schoolDslAlert.findUniqueOrThrow({ where: { id } });
    expect(again.readAt).toEqual(first.readAt);
  });

  it("refuses an alert in the future or before the concern happened", async () => {
    const future = await rejection(alert({ alertedAt: new Date(Date.now() + 3_600_000) }));
    expect(Object.keys(fieldMessages(future))).toEqual(["alertedAt"]);
    const early = await rejection(alert({ alertedAt: new Date(Date.now() - 86_400_000) }));
    expect(fieldMessages(early)).toEqual({
      alertedAt: "When the school DSL was alerted must be after the concern happened",
    });
  });

  it("refuses an acknowledgement before any alert, and from another school", async () => {
    const early = await rejection(
      callerFor(w.schoolDsl.actor).concern.acknowledgeAlert({ concernId }),
    );
    expect(early.code).toBe("CONFLICT");
    await alert();
    const other = await rejection(
      callerFor(w.otherSchoolDsl.actor).concern.acknowledgeAlert({ concernId }),
    );
    expect(other.code).toBe("NOT_FOUND");
  });

  it("lets the school DSL decide a concern the school raised itself", async () => {
    const own = await callerFor(w.schoolStaff.actor).concern.raise(concernInput(w));
    const { outcome } = await callerFor(w.schoolDsl.actor).concern.decide({
      concernId: own.id,
      outcome: "MONITOR",
      reviewDate: daysFromToday(7),
      rationale: "Known to the school; watch attendance",
    });
    expect(outcome).toBe("MONITOR");
  });

  it("lets a service DSL alert the school about a concern an MO raised", async () => {
    const byMo = await callerFor(w.mo.actor).concern.raise(concernInput(w));
    const alertInput = {
      concernId: byMo.id,
      alertedAt: new Date(Date.now() - 60_000),
      method: "PHONE" as const,
      alertedWhom: "School DSL",
    };
    await callerFor(w.serviceDsl.actor).concern.recordSchoolAlert(alertInput);
    const error = await rejection(
      callerFor(w.providerDsl.actor).concern.recordSchoolAlert(alertInput),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("escalating an unread school alert", () => {
  it("tells the service DSLs after one working day, once", async () => {
    const w = await world();
    const { id: concernId } = await raised(w, { occurredAt: new Date("2026-12-01T08:00:00Z") });
    const { id: alertId } = await callerFor(w.providerDsl.actor).concern.recordSchoolAlert({
      concernId,
      alertedAt: new Date("2026-12-01T09:00:00Z"),
      method: "EMAIL",
      alertedWhom: "School DSL inbox",
    });
    // Recorded on Tuesday 1 December 2026 at 09:00 UK time.
    await db.schoolDslAlert.update({
      where: { id: alertId },
      data: { recordedAt: new Date("2026-12-01T09:00:00Z") },
    });

    const early = await escalateUnreadAlerts({ db, now: new Date("2026-12-02T08:59:00Z") });
    expect(early.concernIds).not.toContain(concernId);
    const due = await escalateUnreadAlerts({ db, now: new Date("2026-12-02T09:00:00Z") });
    expect(due.concernIds).toContain(concernId);
    const repeat = await escalateUnreadAlerts({ db, now: new Date("2026-12-03T09:00:00Z") });
    expect(repeat.concernIds).not.toContain(concernId);

    const told = await db.notification.findMany({
      where: { link: `/concerns/${concernId}`, kind: "concern.alertEscalated" },
    });
    // Every world in this file has its own service; look at this one's people only.
    const here = new Set([w.serviceDsl, w.deputyDsl, w.mo, w.admin, w.lead].map((u) => u.id));
    const toHere = told.map((n) => n.userId).filter((id) => here.has(id));
    expect(toHere.sort()).toEqual([w.serviceDsl.id, w.deputyDsl.id].sort());
    const audit = await db.auditEvent.count({
      where: { recordId: concernId, action: "concern.schoolAlert.escalate" },
    });
    expect(audit).toBe(1);
  });

  it("leaves a read alert alone", async () => {
    const w = await world();
    const { id: concernId } = await raised(w, { occurredAt: new Date("2026-12-01T08:00:00Z") });
    const { id: alertId } = await callerFor(w.providerDsl.actor).concern.recordSchoolAlert({
      concernId,
      alertedAt: new Date("2026-12-01T09:00:00Z"),
      method: "PHONE",
      alertedWhom: "School DSL",
    });
    await db.schoolDslAlert.update({
      where: { id: alertId },
      data: { recordedAt: new Date("2026-12-01T09:00:00Z") },
    });
    await callerFor(w.schoolDsl.actor).concern.acknowledgeAlert({ concernId });

    const result = await escalateUnreadAlerts({ db, now: new Date("2026-12-09T09:00:00Z") });
    expect(result.concernIds).not.toContain(concernId);
  });
});

describe("triage by the service DSLs", () => {
  it("queues by risk then age, filters, and keeps each DSL to their own", async () => {
    const w = await world();
    const low = await raised(w, { riskLevel: "LOW", categories: ["ONLINE_SAFETY"] });
    const highOld = await raised(w, { riskLevel: "HIGH" });
    const highNew = await raised(w, { riskLevel: "HIGH" });
    const bySchool = await callerFor(w.schoolStaff.actor).concern.raise(
      concernInput(w, { riskLevel: "MEDIUM" }),
    );
    const mine = [low.id, highOld.id, highNew.id, bySchool.id];

    const queue = await callerFor(w.serviceDsl.actor).concern.list({ schoolId: w.school.id });
    expect(queue.rows.map((r) => r.id)).toEqual([highOld.id, highNew.id, bySchool.id, low.id]);
    expect(JSON.stringify(queue)).not.toContain("carry it");

    const online = await callerFor(w.lead.actor).concern.list({ category: "ONLINE_SAFETY" });
    expect(online.rows.map((r) => r.id)).toEqual([low.id]);
    const fromProvider = await callerFor(w.lead.actor).concern.list({ providerId: w.provider.id });
    expect(fromProvider.rows.map((r) => r.id).sort()).toEqual(
      [low.id, highOld.id, highNew.id].sort(),
    );

    const providerQueue = await callerFor(w.providerDsl.actor).concern.list({});
    expect(providerQueue.rows.map((r) => r.id).sort()).toEqual(
      [low.id, highOld.id, highNew.id].sort(),
    );
    const schoolQueue = await callerFor(w.schoolDsl.actor).concern.list({});
    expect(schoolQueue.rows.map((r) => r.id).sort()).toEqual([...mine].sort());
    for (const who of ["otherSchoolDsl", "otherProviderDsl", "mo", "admin"] as const) {
      const rows = (await callerFor(w[who].actor).concern.list({})).rows;
      expect(
        rows.filter((r) => mine.includes(r.id)),
        who,
      ).toEqual([]);
    }
    const tutorQueue = await callerFor(w.tutor.actor).concern.list({});
    expect(tutorQueue.rows.map((r) => r.id).sort()).toEqual(
      [low.id, highOld.id, highNew.id].sort(),
    );
  });

  it("assigns to a service DSL, closes with a rationale, and then keeps it closed", async () => {
    const w = await world();
    const { id: concernId } = await raised(w);
    const triage = callerFor(w.serviceDsl.actor);

    await triage.concern.assign({ concernId, assigneeId: w.deputyDsl.id });
    const told = await db.notification.findMany({ where: { userId: w.deputyDsl.id } });
    expect(told.map((n) => n.kind)).toContain("concern.assigned");
    const toMo = await rejection(triage.concern.assign({ concernId, assigneeId: w.mo.id }));
    expect(Object.keys(fieldMessages(toMo))).toEqual(["assigneeId"]);

    const blank = await rejection(triage.concern.close({ concernId, rationale: "  " }));
    expect(fieldMessages(blank)).toEqual({
      rationale: "Enter the reason for closing the concern",
    });
    await triage.concern.close({ concernId, rationale: "MASH outcome received; no role for us" });

    const closed = await db.concern.findUniqueOrThrow({ where: { id: concernId } });
    expect(closed).toMatchObject({ status: "CLOSED", closedById: w.serviceDsl.id });
    expect(closed.assignedToId).toBe(w.deputyDsl.id);
    const later = await rejection(
      callerFor(w.tutor.actor).concern.addEntry({ concernId, kind: "ACTION", text: "x" }),
    );
    expect(later.code).toBe("CONFLICT");
    const hidden = await triage.concern.list({ schoolId: w.school.id });
    expect(hidden.rows.map((r) => r.id)).not.toContain(concernId);
    const shown = await triage.concern.list({ schoolId: w.school.id, status: "CLOSED" });
    expect(shown.rows.map((r) => r.id)).toContain(concernId);
  });

  it("refuses triage to a provider DSL", async () => {
    const w = await world();
    const { id: concernId } = await raised(w);
    const error = await rejection(
      callerFor(w.providerDsl.actor).concern.close({ concernId, rationale: "r" }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("safeguarding contacts", () => {
  it("are kept by the lead and read by everyone signed in", async () => {
    const w = await world();
    const lead = callerFor(w.lead.actor);
    const created = await lead.safeguardingContact.upsert({
      kind: "HELPLINE",
      name: "Test NSPCC helpline",
      description: "Advice for adults worried about a child",
      phone: "0808 800 5000",
      availability: "Monday to Friday, 8am to 10pm",
    });
    const everyone = await callerFor(w.tutor.actor).safeguardingContact.list();
    expect(everyone.map((c) => c.id)).toContain(created.id);

    await lead.safeguardingContact.upsert({
      ...created,
      email: "",
      availability: "",
      active: false,
    });
    const after = await callerFor(w.schoolStaff.actor).safeguardingContact.list();
    expect(after.map((c) => c.id)).not.toContain(created.id);
    // Only the lead can list the contacts taken out of the directory, to restore one.
    const asked = { includeInactive: true };
    const forLead = await lead.safeguardingContact.list(asked);
    expect(forLead.find((c) => c.id === created.id)?.active).toBe(false);
    const forStaff = await callerFor(w.schoolStaff.actor).safeguardingContact.list(asked);
    expect(forStaff.map((c) => c.id)).not.toContain(created.id);
    const audit = await db.auditEvent.findMany({ where: { recordId: created.id } });
    expect(audit.map((a) => a.action)).toEqual([
      "safeguardingContact.create",
      "safeguardingContact.update",
    ]);

    const error = await rejection(
      callerFor(w.serviceDsl.actor).safeguardingContact.upsert({
        kind: "HELPLINE",
        name: "x",
        description: "x",
        phone: "1",
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("refuses a position too large to be meant, naming the field", async () => {
    const w = await world();
    const error = await rejection(
      callerFor(w.lead.actor).safeguardingContact.upsert({
        kind: "HELPLINE",
        name: "Test helpline",
        description: "Advice",
        phone: "0808 800 5000",
        sortOrder: 2_147_483_648,
      }),
    );

    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldMessages(error)).toEqual({ sortOrder: "The position must be 999 or less" });
  });
});
