import { beforeEach, describe, expect, it } from "vitest";
import type { ConcernRaiseInput } from "@/lib/schemas/concern";
import type { Organisation } from "@/server/db/generated/client";
import { callerFor, makeOrganisation, makeStudent, makeUser, setupTestDatabase } from "./harness";
import { daysFromToday, referTo } from "./helpers";

// The work queues behind the dashboard's safeguarding counts and the concern list's queue
// links: each count and its list use one rule, scoped to the concerns the caller may see.

const db = await setupTestDatabase();

/** Service DSLs see every concern in the database: each test starts with none. */
async function clearConcerns() {
  await db.schoolDslAlert.deleteMany();
  await db.concernDecision.deleteMany();
  await db.concernEntry.deleteMany();
  await db.concern.deleteMany();
}

async function world() {
  await clearConcerns();
  const school = await makeOrganisation(db, { kind: "SCHOOL" });
  const otherSchool = await makeOrganisation(db, { kind: "SCHOOL" });
  const provider = await makeOrganisation(db, { kind: "PROVIDER" });
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  const student = await makeStudent(db, { homeSchool: school });
  await referTo(db, student, provider);
  const user = (organisation: Organisation, roles: Parameters<typeof makeUser>[1]["roles"]) =>
    makeUser(db, { organisation, roles });
  return {
    student,
    tutor: await user(provider, ["PROVIDER_STAFF"]),
    providerDsl: await user(provider, ["PROVIDER_DSL"]),
    schoolDsl: await user(school, ["SCHOOL_DSL"]),
    otherSchoolDsl: await user(otherSchool, ["SCHOOL_DSL"]),
    mo: await user(service, ["MONITORING_OFFICER"]),
    serviceDsl: await user(service, ["SERVICE_DSL"]),
    secondServiceDsl: await user(service, ["SERVICE_DSL"]),
    lead: await user(service, ["SERVICE_LEAD"]),
    deactivated: await user(service, ["SERVICE_DSL"]),
  };
}

type World = Awaited<ReturnType<typeof world>>;

function concernInput(w: World, overrides: Partial<ConcernRaiseInput> = {}): ConcernRaiseInput {
  return {
    studentId: w.student.id,
    occurredAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
    location: "Yard",
    categories: ["PHYSICAL_ABUSE"],
    whatWasSeenOrHeard: "Bruising on the wrist.",
    immediateAction: "Told the DSL.",
    whoWasTold: "Provider DSL",
    riskLevel: "MEDIUM",
    ...overrides,
  };
}

/**
 * Four concerns from the provider: one awaiting a decision, one alerted and unread and
 * monitored with a review already past, one whose monitoring was overtaken by a referral,
 * one assigned to the first service DSL.
 */
async function fourConcerns(w: World) {
  const raise = () => callerFor(w.tutor.actor).concern.raise(concernInput(w));
  const dsl = callerFor(w.providerDsl.actor).concern;
  const awaiting = await raise();
  const overdue = await raise();
  await dsl.recordSchoolAlert({
    concernId: overdue.id,
    alertedAt: new Date(Date.now() - 60 * 60 * 1000),
    method: "PHONE",
    alertedWhom: "Ms Head, school DSL",
  });
  await dsl.decide({
    concernId: overdue.id,
    outcome: "MONITOR",
    reviewDate: daysFromToday(7),
    rationale: "Watch and review",
  });
  // The review date has since passed (decisions refuse a past review date when made).
  await db.concernDecision.updateMany({
    where: { concernId: overdue.id },
    data: { reviewDate: new Date(`${daysFromToday(-1)}T00:00:00Z`) },
  });
  const referred = await raise();
  await dsl.decide({
    concernId: referred.id,
    outcome: "MONITOR",
    reviewDate: daysFromToday(7),
    rationale: "Watch",
  });
  await db.concernDecision.updateMany({
    where: { concernId: referred.id },
    data: { reviewDate: new Date(`${daysFromToday(-2)}T00:00:00Z`) },
  });
  await dsl.decide({
    concernId: referred.id,
    outcome: "MASH_REFERRAL",
    referredOn: daysFromToday(0),
    reference: "MASH-1",
    rationale: "Threshold met",
  });
  const assigned = await raise();
  await callerFor(w.serviceDsl.actor).concern.assign({
    concernId: assigned.id,
    assigneeId: w.serviceDsl.id,
  });
  return { awaiting, overdue, referred, assigned };
}

describe("safeguarding dashboard counts", () => {
  let w: World;
  let c: Awaited<ReturnType<typeof fourConcerns>>;
  beforeEach(async () => {
    w = await world();
    c = await fourConcerns(w);
  });

  it("gives the provider DSL their decisions, unread alerts and overdue reviews", async () => {
    const { concerns } = await callerFor(w.providerDsl.actor).dashboard.safeguarding();
    expect(concerns).toEqual({
      open: 4,
      toDecide: 2,
      unreadAlerts: 1,
      unassigned: null,
      assignedToMe: null,
      overdueReviews: 1,
    });
  });

  it("gives the school DSL the unread alert, and no decision that is not theirs", async () => {
    const { concerns } = await callerFor(w.schoolDsl.actor).dashboard.safeguarding();
    expect(concerns).toMatchObject({ open: 4, toDecide: 0, unreadAlerts: 1, overdueReviews: 1 });
    const other = await callerFor(w.otherSchoolDsl.actor).dashboard.safeguarding();
    expect(other.concerns).toMatchObject({ open: 0, toDecide: 0, unreadAlerts: 0 });
  });

  it("gives the service DSLs the triage counts", async () => {
    const mine = await callerFor(w.serviceDsl.actor).dashboard.safeguarding();
    expect(mine.concerns).toEqual({
      open: 4,
      toDecide: 2,
      unreadAlerts: 1,
      unassigned: 3,
      assignedToMe: 1,
      overdueReviews: 1,
    });
    const theirs = await callerFor(w.secondServiceDsl.actor).dashboard.safeguarding();
    expect(theirs.concerns.assignedToMe).toBe(0);
  });

  it("drops a concern from every count once it is closed or the alert is read", async () => {
    await callerFor(w.schoolDsl.actor).concern.acknowledgeAlert({ concernId: c.overdue.id });
    await callerFor(w.lead.actor).concern.close({ concernId: c.awaiting.id, rationale: "Done" });
    const { concerns } = await callerFor(w.lead.actor).dashboard.safeguarding();
    expect(concerns).toMatchObject({ open: 3, toDecide: 1, unreadAlerts: 0, unassigned: 2 });
  });
});

describe("the concern list's queues", () => {
  let w: World;
  let c: Awaited<ReturnType<typeof fourConcerns>>;
  beforeEach(async () => {
    w = await world();
    c = await fourConcerns(w);
  });

  const ids = async (who: World["tutor"], queue: Parameters<typeof listQueue>[1]) =>
    (await listQueue(who, queue)).rows.map((row) => row.id).sort();
  function listQueue(
    who: World["tutor"],
    queue: "TO_DECIDE" | "UNREAD_ALERT" | "UNASSIGNED" | "ASSIGNED_TO_ME" | "REVIEW_OVERDUE",
  ) {
    return callerFor(who.actor).concern.list({ page: 1, queue });
  }

  it("lists what each count counts", async () => {
    expect(await ids(w.serviceDsl, "UNASSIGNED")).toEqual(
      [c.awaiting.id, c.overdue.id, c.referred.id].sort(),
    );
    expect(await ids(w.serviceDsl, "ASSIGNED_TO_ME")).toEqual([c.assigned.id]);
    expect(await ids(w.schoolDsl, "UNREAD_ALERT")).toEqual([c.overdue.id]);
    expect(await ids(w.providerDsl, "REVIEW_OVERDUE")).toEqual([c.overdue.id]);
  });

  it("tells a raiser nothing about alerts, reviews or triage", async () => {
    for (const queue of ["TO_DECIDE", "UNREAD_ALERT", "UNASSIGNED", "REVIEW_OVERDUE"] as const) {
      expect(await ids(w.tutor, queue), queue).toEqual([]);
    }
    const { rows } = await callerFor(w.tutor.actor).concern.list({ page: 1 });
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.schoolAlerts).toEqual([]);
      expect(row.assignedTo).toBeNull();
    }
  });

  it("shows the school DSL which alerts are unread on the list itself", async () => {
    const { rows } = await callerFor(w.schoolDsl.actor).concern.list({ page: 1 });
    const unread = rows.filter((row) => row.schoolAlerts.some((alert) => !alert.readAt));
    expect(unread.map((row) => row.id)).toEqual([c.overdue.id]);
  });
});

describe("who a concern can be assigned to", () => {
  it("lists active service DSLs and leads, by name, to the service DSLs", async () => {
    const w = await world();
    await db.user.update({ where: { id: w.deactivated.id }, data: { deactivatedAt: new Date() } });

    const people = await callerFor(w.serviceDsl.actor).concern.assignees();
    const listed = people.map((person) => person.id);
    expect(listed).toEqual(
      expect.arrayContaining([w.serviceDsl.id, w.secondServiceDsl.id, w.lead.id]),
    );
    expect(listed).not.toContain(w.deactivated.id);
    expect(listed).not.toContain(w.mo.id);
    expect(people.map((p) => p.name)).toEqual([...people.map((p) => p.name)].sort());
    await expect(callerFor(w.providerDsl.actor).concern.assignees()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
