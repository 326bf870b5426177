import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, it } from "vitest";
import type { ConcernRaiseInput } from "@/lib/schemas/concern";
import type { PoliceIntelligenceCreateInput } from "@/lib/schemas/police-intelligence";
import type { Actor } from "@/server/auth/roles";
import type { Organisation } from "@/server/db/generated/client";
import {
  callerFor,
  makeCourse,
  makeOrganisation,
  makeStudent,
  makeUser,
  setupTestDatabase,
} from "./harness";
import { fieldMessages, rejection } from "./helpers";

const db = await setupTestDatabase();

function fieldOf(error: TRPCError): string | undefined {
  return (error.cause as { field?: string } | undefined)?.field;
}

/** The provider's tutor raises concerns; everybody else is here to be allowed or refused. */
async function world() {
  const service = await makeOrganisation(db, {
    kind: "SERVICE",
    name: "Onward Test Alternative Provision",
    email: "safeguarding@service.example.test",
  });
  const school = await makeOrganisation(db, { kind: "SCHOOL" });
  const otherSchool = await makeOrganisation(db, { kind: "SCHOOL" });
  const provider = await makeOrganisation(db, {
    kind: "PROVIDER",
    name: "Quillfeather Training Workshop",
  });
  const otherProvider = await makeOrganisation(db, { kind: "PROVIDER" });
  const student = await makeStudent(db, {
    homeSchool: school,
    legalFirstName: "Robin",
    legalLastName: "Ashdown",
    dateOfBirth: new Date("2010-03-14"),
    yearGroup: 10,
    senStatus: "EHC_PLAN",
    lookedAfter: true,
    childProtectionPlan: true,
  });
  const course = await makeCourse(db, { provider });
  await db.referral.create({
    data: {
      reference: `REF-${crypto.randomUUID().slice(0, 8)}`,
      studentId: student.id,
      courseId: course.id,
      schoolId: school.id,
      providerId: provider.id,
      requestedDays: ["MONDAY"],
      requestedStartDate: new Date("2026-09-07"),
      reasons: "r",
      needs: "n",
      riskLevel: "LOW",
      riskAssessment: "a",
      createdById: "test",
    },
  });
  const user = (organisation: Organisation, roles: Parameters<typeof makeUser>[1]["roles"]) =>
    makeUser(db, { organisation, roles });
  return {
    service,
    school,
    provider,
    student,
    tutor: await user(provider, ["PROVIDER_STAFF"]),
    providerDsl: await user(provider, ["PROVIDER_DSL"]),
    otherProviderDsl: await user(otherProvider, ["PROVIDER_DSL"]),
    schoolDsl: await user(school, ["SCHOOL_DSL"]),
    otherSchoolDsl: await user(otherSchool, ["SCHOOL_DSL"]),
    mo: await user(service, ["MONITORING_OFFICER"]),
    admin: await user(service, ["SERVICE_ADMIN"]),
    serviceDsl: await user(service, ["SERVICE_DSL"]),
    lead: await user(service, ["SERVICE_LEAD"]),
  };
}

type World = Awaited<ReturnType<typeof world>>;

async function raise(w: World, overrides: Partial<ConcernRaiseInput> = {}) {
  const { id } = await callerFor(w.tutor.actor).concern.raise({
    studentId: w.student.id,
    occurredAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
    location: "Workshop, break time",
    categories: ["CHILD_CRIMINAL_EXPLOITATION", "MENTAL_HEALTH"],
    whatWasSeenOrHeard: "Collected at lunch by two older youths in a grey hatchback.",
    disclosure: "They said I owe them.",
    immediateAction: "Told the provider DSL.",
    whoWasTold: "Provider DSL",
    riskLevel: "HIGH",
    ...overrides,
  });
  return id;
}

function intelligence(concernId: string): PoliceIntelligenceCreateInput {
  return {
    concernId,
    subjectName: "Known as 'Dee'",
    subjectDescription: "Male, about 20, slim, short black hair",
    subjectAssociates: "A second male, younger, in a red jacket",
    subjectVehicles: "Grey hatchback, partial plate AB12",
    subjectLocations: "Car park behind the leisure centre",
    subjectHandles: "Snapchat: dee_runs",
    whatWasSeenOrHeard: "Waited outside the gate at 12:30 and drove the student away.",
    observedAt: new Date(Date.now() - 60 * 60 * 1000),
    observedWhere: "Outside the main gate, Mill Lane",
  };
}

describe("the Child Exploitation Indicator Tool", () => {
  let w: World;
  let concernId: string;
  beforeEach(async () => {
    w = await world();
    concernId = await raise(w);
  });

  it("computes the risk on the server and keeps every assessment as history", async () => {
    const dsl = callerFor(w.providerDsl.actor);
    const first = await dsl.exploitation.assess({
      concernId,
      indicators: [{ code: "OLDER_ASSOCIATES", weight: "SIGNIFICANT", timing: "PAST_SIX_MONTHS" }],
    });
    const second = await callerFor(w.serviceDsl.actor).exploitation.assess({
      concernId,
      indicators: [
        { code: "OLDER_ASSOCIATES", weight: "SIGNIFICANT", timing: "CURRENT" },
        { code: "SEVERAL_PHONES", weight: "MEDIUM", timing: "CURRENT" },
      ],
      notes: "Seen with the same car twice this week.",
    });

    expect([first.riskLevel, second.riskLevel]).toEqual(["MEDIUM", "HIGH"]);
    const history = await dsl.exploitation.history({ concernId });
    expect(history.assessments.map((a) => [a.id, a.riskLevel, a.assessedBy])).toEqual([
      [second.id, "HIGH", w.serviceDsl.name],
      [first.id, "MEDIUM", w.providerDsl.name],
    ]);
    expect(history.assessments[1].indicators).toMatchObject([
      { code: "OLDER_ASSOCIATES", weight: "SIGNIFICANT", timing: "PAST_SIX_MONTHS" },
    ]);
    const audit = await db.auditEvent.findMany({ where: { recordId: concernId } });
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(["exploitation.assess", "exploitation.read"]),
    );
  });

  it("takes an assessment that finds no indicator only with notes saying why", async () => {
    const dsl = callerFor(w.providerDsl.actor);
    const error = await rejection(dsl.exploitation.assess({ concernId, indicators: [] }));
    expect(fieldMessages(error)).toEqual({
      notes: "Tick the indicators that apply, or explain in the notes why none does",
    });

    const result = await dsl.exploitation.assess({
      concernId,
      indicators: [],
      notes: "Spoke with the student and family; nothing points to exploitation",
    });
    expect(result.riskLevel).toBe("LOW");
  });

  it("is only for concerns about exploitation, and only while the concern is open", async () => {
    const neglect = await raise(w, { categories: ["NEGLECT"] });
    const dsl = callerFor(w.providerDsl.actor);
    const none = { indicators: [], notes: "No indicator applies" };
    const wrong = await rejection(dsl.exploitation.assess({ concernId: neglect, ...none }));
    expect(wrong.code).toBe("CONFLICT");

    await callerFor(w.serviceDsl.actor).concern.close({ concernId, rationale: "Done" });
    const closed = await rejection(dsl.exploitation.assess({ concernId, ...none }));
    expect(closed.code).toBe("CONFLICT");
  });
});

describe("police intelligence for the FIB", () => {
  let w: World;
  let concernId: string;
  beforeEach(async () => {
    w = await world();
    concernId = await raise(w);
  });

  it("exports the facts under the service's name, never who supplied them", async () => {
    const dsl = callerFor(w.providerDsl.actor);
    const { id: reportId, reference } = await dsl.policeIntelligence.create(
      intelligence(concernId),
    );

    const exported = await dsl.policeIntelligence.export({ concernId, reportId });
    const text = JSON.stringify(exported);
    expect(exported.reference).toBe(reference);
    expect(exported.submittingAgency.name).toBe(w.service.name);
    expect(exported.subject.name).toBe("Known as 'Dee'");
    expect(exported.information.observedWhere).toBe("Outside the main gate, Mill Lane");
    for (const identity of [
      w.tutor.name,
      w.tutor.email,
      w.tutor.id,
      w.providerDsl.name,
      w.providerDsl.email,
      w.providerDsl.id,
      w.provider.name,
      w.provider.id,
      "Workshop, break time",
    ]) {
      expect(text).not.toContain(identity);
    }
    const audit = await db.auditEvent.findMany({ where: { recordId: reportId } });
    expect(audit.map((row) => [row.action, row.actorUserId])).toEqual([
      ["policeIntelligence.export", w.providerDsl.id],
    ]);
  });

  /** "Test User 7" as "7, Test User": a name written surname first. */
  function surnameFirst(name: string): string {
    const words = name.split(" ");
    return `${words.at(-1)}, ${words.slice(0, -1).join(" ")}`;
  }

  it("refuses text naming the raiser, the writer or the raising organisation", async () => {
    const dsl = callerFor(w.providerDsl.actor);
    const cases: [Partial<PoliceIntelligenceCreateInput>, string][] = [
      [{ whatWasSeenOrHeard: `${w.tutor.name} saw the car.` }, "whatWasSeenOrHeard"],
      [{ subjectHandles: `Told to ${w.providerDsl.email}` }, "subjectHandles"],
      [{ observedWhere: `Outside ${w.provider.name}` }, "observedWhere"],
      // Spacing, punctuation, case and order do not hide a name.
      [{ whatWasSeenOrHeard: w.tutor.name.replaceAll(" ", "  ") }, "whatWasSeenOrHeard"],
      [{ whatWasSeenOrHeard: w.tutor.name.replaceAll(" ", "\u00a0") }, "whatWasSeenOrHeard"],
      [
        { whatWasSeenOrHeard: w.tutor.name.toUpperCase().replaceAll(" ", "\n") },
        "whatWasSeenOrHeard",
      ],
      [{ observedWhere: w.provider.name.replaceAll(" ", "-") }, "observedWhere"],
      [{ subjectHandles: surnameFirst(w.providerDsl.name) }, "subjectHandles"],
    ];
    for (const [change, field] of cases) {
      const error = await rejection(
        dsl.policeIntelligence.create({ ...intelligence(concernId), ...change }),
      );
      expect([error.code, fieldOf(error)]).toEqual(["BAD_REQUEST", field]);
    }
    expect(await db.policeIntelligenceReport.count({ where: { concernId } })).toBe(0);
  });

  it("records when it was sent and by whom, inside the portal only", async () => {
    const dsl = callerFor(w.providerDsl.actor);
    const { id: reportId } = await dsl.policeIntelligence.create(intelligence(concernId));
    const sentAt = new Date();
    await callerFor(w.serviceDsl.actor).policeIntelligence.markSent({
      concernId,
      reportId,
      sentAt,
    });

    const report = await dsl.policeIntelligence.get({ concernId, reportId });
    expect([report.sentAt, report.sentBy, report.createdBy]).toEqual([
      sentAt,
      w.serviceDsl.name,
      w.providerDsl.name,
    ]);
    const again = await rejection(dsl.policeIntelligence.markSent({ concernId, reportId, sentAt }));
    expect(again.code).toBe("CONFLICT");
    const exported = await dsl.policeIntelligence.export({ concernId, reportId });
    expect(JSON.stringify(exported)).not.toContain(w.serviceDsl.name);
    const list = await dsl.policeIntelligence.list({ concernId });
    expect(list.reports.map((row) => row.id)).toEqual([reportId]);
  });

  it("refuses a report from a time still to come", async () => {
    const error = await rejection(
      callerFor(w.providerDsl.actor).policeIntelligence.create({
        ...intelligence(concernId),
        observedAt: new Date(Date.now() + 60 * 60 * 1000),
      }),
    );
    expect([error.code, fieldOf(error)]).toEqual(["BAD_REQUEST", "observedAt"]);
  });
});

describe("the Prevent referral", () => {
  let w: World;
  let concernId: string;
  beforeEach(async () => {
    w = await world();
    concernId = await raise(w, { categories: ["RADICALISATION", "MENTAL_HEALTH"] });
  });

  it("starts prefilled from the student, the concern and the DSL making it", async () => {
    const dsl = callerFor(w.providerDsl.actor);
    await dsl.prevent.start({ concernId });

    const { referral } = await dsl.prevent.get({ concernId });
    expect(referral).toMatchObject({
      individualName: "Robin Ashdown",
      individualDateOfBirth: new Date("2010-03-14"),
      individualSchool: w.school.name,
      individualYearGroup: 10,
      individualSenStatus: "EHC_PLAN",
      individualLookedAfter: true,
      referrerName: w.providerDsl.name,
      referrerEmail: w.providerDsl.email,
      referrerOrganisation: w.provider.name,
      referrerRole: "Provider DSL",
    });
    expect(referral?.concerns).toContain("Radicalisation or extremism, Mental health");
    expect(referral?.concerns).toContain("grey hatchback");
    expect(referral?.concerns).toContain("They said I owe them.");
    expect(referral?.complexNeeds?.split("\n")).toEqual([
      "Education, health and care (EHC) plan",
      "Looked-after child",
      "Child protection plan",
      "This concern records worries about their mental health",
    ]);
    const again = await rejection(dsl.prevent.start({ concernId }));
    expect(again.code).toBe("CONFLICT");
    const reads = await db.auditEvent.count({
      where: { recordId: referral!.id, action: "prevent.read" },
    });
    expect(reads).toBe(1);
  });

  it("is edited until sent, then fixed; its outcome follows the sending", async () => {
    const dsl = callerFor(w.providerDsl.actor);
    await dsl.prevent.start({ concernId });
    const { referral } = await dsl.prevent.get({ concernId });
    const form = {
      concernId,
      individualName: "Robin Ashdown",
      individualDateOfBirth: "2010-03-14",
      individualSchool: w.school.name,
      individualYearGroup: 10,
      individualSenStatus: "EHC_PLAN" as const,
      individualLookedAfter: "NO" as const,
      referrerName: referral!.referrerName,
      referrerRole: "Designated safeguarding lead",
      referrerOrganisation: w.provider.name,
      referrerEmail: referral!.referrerEmail,
      referrerPhone: "01632 960555",
      concerns: "Shared extremist videos in class.",
      complexNeeds: "",
      otherInformation: "Parent is aware.",
    };
    await dsl.prevent.update(form);
    const early = await rejection(
      dsl.prevent.recordOutcome({ concernId, outcome: "CHANNEL_PANEL" }),
    );
    expect(early.code).toBe("CONFLICT");

    const today = new Date().toISOString().slice(0, 10);
    await dsl.prevent.markSent({ concernId, sentOn: today });
    const late = await rejection(dsl.prevent.update(form));
    expect(late.code).toBe("CONFLICT");
    await callerFor(w.lead.actor).prevent.recordOutcome({
      concernId,
      outcome: "CHANNEL_PANEL",
      outcomeNotes: "Panel meets next week",
    });

    const { referral: after } = await dsl.prevent.get({ concernId });
    expect(after).toMatchObject({
      referrerRole: "Designated safeguarding lead",
      individualLookedAfter: false,
      complexNeeds: null,
      concerns: "Shared extremist videos in class.",
      outcome: "CHANNEL_PANEL",
      sentRecordedBy: w.providerDsl.name,
      outcomeRecordedBy: w.lead.name,
    });
    const summary = await dsl.onward.summary({ concernId });
    expect(summary.prevent).toMatchObject({ status: "OUTCOME", outcome: "CHANNEL_PANEL" });
    const summaryReads = await db.auditEvent.count({
      where: { recordId: concernId, action: "onward.summary.read", actorUserId: w.providerDsl.id },
    });
    expect(summaryReads).toBe(1);
  });
});

describe("who may use the onward referral tools", () => {
  let w: World;
  let concernId: string;
  let reportId: string;
  beforeEach(async () => {
    w = await world();
    concernId = await raise(w, { categories: ["COUNTY_LINES"] });
    const dsl = callerFor(w.providerDsl.actor);
    reportId = (await dsl.policeIntelligence.create(intelligence(concernId))).id;
    await dsl.prevent.start({ concernId });
  });

  /** One read of each tool, as `actor`; each must give the same refusal. */
  /** Each call as a thunk, so each starts only when the one before has settled. */
  function readsAs(actor: Actor): (() => Promise<unknown>)[] {
    const caller = callerFor(actor);
    return [
      () => caller.onward.summary({ concernId }),
      () => caller.exploitation.history({ concernId }),
      () =>
        caller.exploitation.assess({ concernId, indicators: [], notes: "No indicator applies" }),
      () => caller.policeIntelligence.list({ concernId }),
      () => caller.policeIntelligence.export({ concernId, reportId }),
      () => caller.policeIntelligence.create(intelligence(concernId)),
      () => caller.prevent.get({ concernId }),
    ];
  }

  it("lets the raising provider's DSL, the service DSLs and the lead in", async () => {
    for (const who of ["providerDsl", "serviceDsl", "lead"] as const) {
      for (const call of readsAs(w[who].actor)) {
        await expect(call(), who).resolves.toBeDefined();
      }
    }
  });

  it.each([
    ["tutor", "FORBIDDEN"],
    ["mo", "FORBIDDEN"],
    ["admin", "FORBIDDEN"],
    ["schoolDsl", "FORBIDDEN"],
    ["otherProviderDsl", "NOT_FOUND"],
    ["otherSchoolDsl", "NOT_FOUND"],
  ] as const)("refuses %s with %s and leaks nothing", async (who, code) => {
    for (const call of readsAs(w[who].actor)) {
      const error = await rejection(call());
      expect(error.code, who).toBe(code);
      expect(JSON.stringify(error)).not.toContain("Dee");
    }
    const audit = await db.auditEvent.count({
      where: { actorUserId: w[who].id, action: { not: "concern.raise" } },
    });
    expect(audit).toBe(0);
  });
});
