import { beforeEach, describe, expect, it } from "vitest";
import type { ProposeChangeOfDayInput } from "@/lib/schemas/change-of-day";
import type { Organisation, Placement } from "@/server/db/generated/client";
import { respondToChangeOfDay } from "@/server/services/changes-of-day/respond-change";
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

let service: Organisation;
let placement: Placement;
let schoolStaff: TestUser;
let tutor: TestUser;
let admin: TestUser;
let otherSchoolStaff: TestUser;
let otherTutor: TestUser;

beforeEach(async () => {
  const school = await makeOrganisation(db, { kind: "SCHOOL" });
  const provider = await makeOrganisation(db, { kind: "PROVIDER" });
  service = await makeOrganisation(db, { kind: "SERVICE" });
  const course = await makeCourse(db, {
    provider,
    daysOffered: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"],
  });
  const student = await makeStudent(db, { homeSchool: school });
  placement = await makePlacement(db, { student, course, days: ["MONDAY", "WEDNESDAY"] });
  schoolStaff = await makeUser(db, { organisation: school, roles: ["SCHOOL_STAFF"] });
  tutor = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
  admin = await makeUser(db, { organisation: service, roles: ["SERVICE_ADMIN"] });
  otherSchoolStaff = await makeUser(db, {
    organisation: await makeOrganisation(db, { kind: "SCHOOL" }),
    roles: ["SCHOOL_STAFF"],
  });
  otherTutor = await makeUser(db, {
    organisation: await makeOrganisation(db, { kind: "PROVIDER" }),
    roles: ["PROVIDER_STAFF"],
  });
});

function proposalOf(overrides: Partial<ProposeChangeOfDayInput> = {}): ProposeChangeOfDayInput {
  return {
    placementId: placement.id,
    fromDay: "WEDNESDAY",
    toDay: "THURSDAY",
    effectiveDate: "2026-11-19",
    reason: "The student has a hospital appointment every Wednesday",
    impactAchievement: "Keeps the same hours on the course",
    impactHealth: "Can attend the appointments",
    impactWellbeing: "Less worried about missing sessions",
    ...overrides,
  };
}

const ANSWER = {
  reason: "Thursday's group has room",
  impactAchievement: "Same tutor on Thursday",
  impactHealth: "None",
  impactWellbeing: "Knows two of the Thursday group",
};

async function agreed() {
  const { id } = await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
  await callerFor(tutor.actor).changeOfDay.respond({
    requestId: id,
    decision: "AGREED",
    ...ANSWER,
  });
  return id;
}

async function ticked() {
  const id = await agreed();
  await callerFor(admin.actor).changeOfDay.tickChecklist({ requestId: id, step: "CLM" });
  await callerFor(admin.actor).changeOfDay.tickChecklist({ requestId: id, step: "CAPITA" });
  return id;
}

const sheet = (date: string) =>
  callerFor(tutor.actor)
    .register.sheet({ date, session: "AM" })
    .then((found) => found.rows.map((row) => row.id));

describe("a change of day agreed by both sides", () => {
  it("moves the register days from the effective date, and both get the confirmation", async () => {
    const id = await agreed();
    const waiting = await callerFor(admin.actor).changeOfDay.get({ requestId: id });
    expect(waiting.status).toBe("AGREED");
    expect(waiting.providerReason).toBe("Thursday's group has room");
    expect(waiting.dueOn).not.toBeNull();
    const early = await rejection(callerFor(admin.actor).changeOfDay.process({ requestId: id }));
    expect(fieldMessages(early)).toEqual({
      checklist: "Tick CLM and Capita as updated before processing",
    });
    await callerFor(admin.actor).changeOfDay.tickChecklist({ requestId: id, step: "CLM" });
    await callerFor(admin.actor).changeOfDay.tickChecklist({ requestId: id, step: "CAPITA" });

    await callerFor(admin.actor).changeOfDay.process({ requestId: id });

    const moved = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(moved.days).toEqual(["MONDAY", "THURSDAY"]);
    expect(await sheet("2026-11-18")).toEqual([placement.id]); // Wednesday before
    expect(await sheet("2026-11-12")).toEqual([]); // Thursday before
    expect(await sheet("2026-11-19")).toEqual([placement.id]); // Thursday from the date
    expect(await sheet("2026-11-25")).toEqual([]); // Wednesday after
    expect(await sheet("2026-11-23")).toEqual([placement.id]); // Monday throughout
    for (const user of [schoolStaff, tutor]) {
      const confirmation = await db.notification.findFirst({
        where: { userId: user.id, kind: "changeOfDay.processed" },
      });
      expect(confirmation?.body).toBe(
        "From 19 November 2026 the student attends on Thursday instead of Wednesday.",
      );
    }
  });

  it("is due 2 working days after agreement, skipping the Boxing Day substitute", async () => {
    const { id } = await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
    const { dueOn } = await respondToChangeOfDay({
      db,
      actor: tutor.actor,
      input: { requestId: id, decision: "AGREED", ...ANSWER },
      now: new Date("2026-12-24T15:00:00Z"),
    });
    expect(dueOn).toBe("2026-12-30");

    const monday = await callerFor(schoolStaff.actor).changeOfDay.propose(
      proposalOf({ fromDay: "MONDAY", toDay: "TUESDAY", effectiveDate: "2026-11-24" }),
    );
    const late = await respondToChangeOfDay({
      db,
      actor: tutor.actor,
      input: { requestId: monday.id, decision: "AGREED", ...ANSWER },
      now: new Date("2026-11-20T15:00:00Z"),
    });
    expect(late.dueOn).toBe("2026-11-24");
    const due = await callerFor(admin.actor).changeOfDay.list({ dueOrLate: true });
    expect(due.rows.map((row) => row.id)).toContain(monday.id);
  });
});

describe("a declined change of day", () => {
  it("never reaches the admin and frees the day for another proposal", async () => {
    const { id } = await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
    await callerFor(tutor.actor).changeOfDay.respond({
      requestId: id,
      decision: "DECLINED",
      ...ANSWER,
      reason: "Thursday's group is full",
    });
    const process = await rejection(callerFor(admin.actor).changeOfDay.process({ requestId: id }));
    expect(process.code).toBe("CONFLICT");
    const tick = await rejection(
      callerFor(admin.actor).changeOfDay.tickChecklist({ requestId: id, step: "CLM" }),
    );
    expect(tick.message).toBe("This change of day is not agreed and waiting to be processed");
    const seen = await callerFor(schoolStaff.actor).changeOfDay.get({ requestId: id });
    expect(seen.providerReason).toBe("Thursday's group is full");
    await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
  });
});

describe("refusals", () => {
  it("refuses a second open change for the same day, by field", async () => {
    await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
    const second = await rejection(callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf()));
    expect(fieldMessages(second).fromDay).toMatch(
      /^There is already an open change of day for Wednesday \(CHD-\d{6}\)$/,
    );
    const otherDay = await callerFor(schoolStaff.actor).changeOfDay.propose(
      proposalOf({ fromDay: "MONDAY", toDay: "TUESDAY", effectiveDate: "2026-11-24" }),
    );
    expect(otherDay.reference).toMatch(/^CHD-\d{6}$/);
  });

  it("holds one open change per placement day in the database too", async () => {
    const { id } = await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
    const stored = await db.changeOfDayRequest.findUniqueOrThrow({ where: { id } });
    const { id: _id, reference: _reference, ...copy } = stored;
    const duplicate = db.changeOfDayRequest.create({ data: { ...copy, reference: "CHD-RAW001" } });
    const failure = await duplicate.then(
      () => null,
      (error: unknown) => error,
    );
    expect(JSON.stringify(failure)).toMatch(/P2002|23505/);
  });

  it("checks the days against the placement and the course", async () => {
    const cases: [Partial<ProposeChangeOfDayInput>, Record<string, string>][] = [
      [
        { fromDay: "FRIDAY", toDay: "THURSDAY" },
        { fromDay: "The placement runs on Monday or Wednesday: choose one of those days" },
      ],
      [
        { toDay: "MONDAY", effectiveDate: "2026-11-23" },
        { toDay: "The student already attends on Monday" },
      ],
      [
        { toDay: "FRIDAY", effectiveDate: "2026-11-20" },
        {
          toDay:
            "The course runs on Monday, Tuesday, Wednesday or Thursday: choose one of those days",
        },
      ],
      [
        { effectiveDate: "2026-11-18" },
        { effectiveDate: "The date of the first session on the new day must be a Thursday" },
      ],
      [
        { toDay: "WEDNESDAY" },
        { toDay: "Select a different day from the one the student attends now" },
      ],
    ];
    for (const [overrides, expected] of cases) {
      const refused = await rejection(
        callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf(overrides)),
      );
      expect(fieldMessages(refused), JSON.stringify(overrides)).toEqual(expected);
    }
  });

  it("answers NOT_FOUND to another organisation", async () => {
    const notMine = await rejection(
      callerFor(otherSchoolStaff.actor).changeOfDay.propose(proposalOf()),
    );
    expect(notMine.code).toBe("NOT_FOUND");
    const { id } = await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
    const answer = await rejection(
      callerFor(otherTutor.actor).changeOfDay.respond({
        requestId: id,
        decision: "AGREED",
        ...ANSWER,
      }),
    );
    expect(answer.code).toBe("NOT_FOUND");
    const read = await rejection(
      callerFor(otherSchoolStaff.actor).changeOfDay.get({ requestId: id }),
    );
    expect(read.code).toBe("NOT_FOUND");
    expect((await callerFor(otherTutor.actor).changeOfDay.list({})).rows).toEqual([]);
  });

  it("lets only the provider answer, and only once", async () => {
    const { id } = await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
    const bySchool = await rejection(
      callerFor(schoolStaff.actor).changeOfDay.respond({
        requestId: id,
        decision: "AGREED",
        ...ANSWER,
      }),
    );
    expect(bySchool.code).toBe("FORBIDDEN");
    await callerFor(tutor.actor).changeOfDay.respond({
      requestId: id,
      decision: "AGREED",
      ...ANSWER,
    });
    const again = await rejection(
      callerFor(tutor.actor).changeOfDay.respond({
        requestId: id,
        decision: "DECLINED",
        ...ANSWER,
      }),
    );
    expect(again.message).toBe("The provider has already answered this change of day");
  });

  it("refuses an answer without a reason, by field", async () => {
    const { id } = await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
    const refused = await rejection(
      callerFor(tutor.actor).changeOfDay.respond({
        requestId: id,
        decision: "DECLINED",
        ...ANSWER,
        reason: " ",
      }),
    );
    expect(fieldMessages(refused)).toEqual({ reason: "Enter the reason for your answer" });
  });
});

describe("processing at the same time", () => {
  it("gives one winner; the other is told it was already processed", async () => {
    const id = await ticked();
    const second = await makeUser(db, { organisation: service, roles: ["SERVICE_ADMIN"] });

    const results = await Promise.allSettled([
      callerFor(admin.actor).changeOfDay.process({ requestId: id }),
      callerFor(second.actor).changeOfDay.process({ requestId: id }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((result) => result.status === "rejected");
    const reason = (lost as PromiseRejectedResult).reason as { code: string; message: string };
    expect(reason.code).toBe("CONFLICT");
    expect([
      "This change of day has already been processed",
      "Someone else has just processed or rejected this change of day",
    ]).toContain(reason.message);
    const changes = await db.placementDayChange.count({ where: { placementId: placement.id } });
    expect(changes).toBe(1);
  });
});

const mark = (date: string) =>
  callerFor(tutor.actor).register.submit({
    date,
    session: "AM",
    marks: [{ placementId: placement.id, mark: "PRESENT" }],
  });

describe("two changes to the same new day", () => {
  it("refuses the second proposal, so no day is dropped", async () => {
    const first = await callerFor(schoolStaff.actor).changeOfDay.propose(
      proposalOf({ fromDay: "MONDAY", effectiveDate: "2026-11-19" }),
    );
    const second = await rejection(callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf()));
    expect(fieldMessages(second)).toEqual({
      toDay: `${first.reference} already moves Monday to Thursday: choose another day`,
    });
  });

  it("will not process a change whose new day the placement already runs on", async () => {
    const id = await ticked(); // Wednesday to Thursday
    const stored = await db.changeOfDayRequest.findUniqueOrThrow({ where: { id } });
    const { id: _id, reference: _reference, ...copy } = stored;
    // One made before the rule: Monday to Thursday, agreed and ticked too.
    const older = await db.changeOfDayRequest.create({
      data: { ...copy, reference: "CHD-OLD001", fromDay: "MONDAY", openSlot: null },
    });
    await callerFor(admin.actor).changeOfDay.process({ requestId: id });

    const refused = await rejection(
      callerFor(admin.actor).changeOfDay.process({ requestId: older.id }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe(
      "The placement already runs on Thursday, so Monday cannot move to it",
    );
    const kept = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(kept.days).toEqual(["MONDAY", "THURSDAY"]);
    const still = await db.changeOfDayRequest.findUniqueOrThrow({ where: { id: older.id } });
    expect(still.status).toBe("AGREED");
  });
});

const WITHDRAWAL = {
  placementIds: [] as string[],
  extent: "SOME_DAYS" as const,
  days: ["WEDNESDAY" as const],
  effectiveDate: "2026-11-18",
  reason: "The student has a college place on Wednesdays",
  impactAchievement: "Keeps English at college",
  impactHealth: "None expected",
  impactWellbeing: "Happier",
  moConsulted: "YES" as const,
  moConsultedOn: "2026-11-02",
};

const requestWithdrawal = () =>
  callerFor(schoolStaff.actor).withdrawal.request({
    ...WITHDRAWAL,
    placementIds: [placement.id],
  });

describe("a change of day and a withdrawal of the same placement", () => {
  it("refuses a change while a withdrawal waits to be processed, naming it", async () => {
    const withdrawal = await requestWithdrawal();
    await callerFor(schoolStaff.actor).withdrawal.submit({ requestId: withdrawal.id });
    const refused = await rejection(callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf()));
    expect(fieldMessages(refused)).toEqual({
      placementId:
        `The withdrawal request ${withdrawal.reference} for this placement is waiting ` +
        "to be processed: its days cannot change until it is closed",
    });
  });

  it("refuses a withdrawal, or its submission, while a change is open", async () => {
    const draft = await requestWithdrawal();
    const change = await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
    const message =
      `The change of day ${change.reference} for this placement is still open: ` +
      "it must be processed, declined or rejected first";
    const submit = await rejection(
      callerFor(schoolStaff.actor).withdrawal.submit({ requestId: draft.id }),
    );
    expect(submit.code).toBe("CONFLICT");
    expect(submit.message).toBe(message);
    await callerFor(schoolStaff.actor).withdrawal.withdraw({ requestId: draft.id });
    const request = await rejection(requestWithdrawal());
    expect(fieldMessages(request)).toEqual({ placementIds: message });
  });

  it("will not process a withdrawal of a day the placement no longer runs on", async () => {
    const draft = await requestWithdrawal(); // Wednesday withdrawn from 18 November
    const id = await ticked(); // Wednesday moves to Thursday from 19 November
    await callerFor(admin.actor).changeOfDay.process({ requestId: id });
    await callerFor(schoolStaff.actor).withdrawal.submit({ requestId: draft.id });
    await callerFor(admin.actor).withdrawal.tickChecklist({ requestId: draft.id, step: "CLM" });
    await callerFor(admin.actor).withdrawal.tickChecklist({ requestId: draft.id, step: "CAPITA" });

    const refused = await rejection(
      callerFor(admin.actor).withdrawal.process({ requestId: draft.id }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe(
      "The placement no longer runs on Wednesday, so those days cannot be withdrawn",
    );
    const kept = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(kept.days).toEqual(["MONDAY", "THURSDAY"]);
    const still = await db.withdrawalRequest.findUniqueOrThrow({ where: { id: draft.id } });
    expect(still.status).toBe("SUBMITTED");
  });

  it("will not process a change once the placement is no longer active", async () => {
    const id = await ticked();
    await db.placement.update({ where: { id: placement.id }, data: { status: "COMPLETED" } });
    const refused = await rejection(callerFor(admin.actor).changeOfDay.process({ requestId: id }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe("The placement is no longer active, so its day cannot move");
  });
});

describe("the admin rejects an agreed change that can no longer be processed", () => {
  it("closes it with the reason, frees the day, and tells both parties", async () => {
    const id = await agreed();
    await db.placement.update({ where: { id: placement.id }, data: { status: "WITHDRAWN" } });
    const stuck = await rejection(callerFor(admin.actor).changeOfDay.process({ requestId: id }));
    expect(stuck.code).toBe("BAD_REQUEST"); // the checklist is not ticked either

    await callerFor(admin.actor).changeOfDay.reject({
      requestId: id,
      reason: "The placement was withdrawn before the change could be made",
    });

    const stored = await db.changeOfDayRequest.findUniqueOrThrow({ where: { id } });
    expect(stored.status).toBe("REJECTED");
    expect(stored.rejectionReason).toBe(
      "The placement was withdrawn before the change could be made",
    );
    expect(stored.closedById).toBe(admin.id);
    expect(stored.openSlot).toBeNull();
    const seen = await callerFor(schoolStaff.actor).changeOfDay.get({ requestId: id });
    expect(seen.closedBy?.name).toBe(admin.name);
    const audit = await db.auditEvent.findFirst({
      where: { action: "changeOfDay.reject", recordId: id },
    });
    expect(audit?.actorUserId).toBe(admin.id);
    for (const user of [schoolStaff, tutor]) {
      const told = await db.notification.findFirst({
        where: { userId: user.id, kind: "changeOfDay.rejected" },
      });
      expect(told?.title).toBe(`Change of day ${stored.reference} rejected`);
      expect(told?.body).toBe(
        "The service could not process the change, so Wednesday stays. " +
          "The reason is on the request.",
      );
    }
    const days = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(days.days).toEqual(["MONDAY", "WEDNESDAY"]);
    const listed = await callerFor(tutor.actor).changeOfDay.list({ status: "REJECTED" });
    expect(listed.rows.map((row) => [row.id, row.open])).toEqual([[id, false]]);
  });

  it("frees the old day for a new proposal", async () => {
    const id = await agreed();
    await callerFor(admin.actor).changeOfDay.reject({ requestId: id, reason: "Group closed" });
    const again = await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
    expect(again.reference).toMatch(/^CHD-\d{6}$/);
  });

  it("needs a reason, named by field", async () => {
    const id = await agreed();
    const refused = await rejection(
      callerFor(admin.actor).changeOfDay.reject({ requestId: id, reason: "  " }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(fieldMessages(refused)).toEqual({
      reason: "Enter the reason for rejecting the change of day",
    });
  });

  it("refuses a change not waiting for the admin, and every role but the back office", async () => {
    const { id: proposed } = await callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf());
    const early = await rejection(
      callerFor(admin.actor).changeOfDay.reject({ requestId: proposed, reason: "No" }),
    );
    expect(early.code).toBe("CONFLICT");
    expect(early.message).toBe("This change of day is not agreed and waiting to be processed");

    await callerFor(tutor.actor).changeOfDay.respond({
      requestId: proposed,
      decision: "AGREED",
      ...ANSWER,
    });
    for (const user of [schoolStaff, tutor]) {
      const refused = await rejection(
        callerFor(user.actor).changeOfDay.reject({ requestId: proposed, reason: "No" }),
      );
      expect(refused.code).toBe("FORBIDDEN");
    }
    await callerFor(admin.actor).changeOfDay.tickChecklist({ requestId: proposed, step: "CLM" });
    await callerFor(admin.actor).changeOfDay.tickChecklist({ requestId: proposed, step: "CAPITA" });
    await callerFor(admin.actor).changeOfDay.process({ requestId: proposed });
    const late = await rejection(
      callerFor(admin.actor).changeOfDay.reject({ requestId: proposed, reason: "No" }),
    );
    expect(late.code).toBe("CONFLICT");
    expect(late.message).toBe("This change of day has already been processed");
  });

  it("gives one winner when processing and rejecting at once", async () => {
    const id = await ticked();
    const second = await makeUser(db, { organisation: service, roles: ["SERVICE_LEAD"] });

    const results = await Promise.allSettled([
      callerFor(admin.actor).changeOfDay.process({ requestId: id }),
      callerFor(second.actor).changeOfDay.reject({ requestId: id, reason: "Group closed" }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((result) => result.status === "rejected");
    const reason = (lost as PromiseRejectedResult).reason as { code: string; message: string };
    expect(reason.code).toBe("CONFLICT");
    expect([
      "This change of day has already been processed",
      "This change of day has already been rejected",
      "Someone else has just processed or rejected this change of day",
    ]).toContain(reason.message);
    const stored = await db.changeOfDayRequest.findUniqueOrThrow({ where: { id } });
    const audits = await db.auditEvent.findMany({
      where: { recordId: id, action: { in: ["changeOfDay.process", "changeOfDay.reject"] } },
    });
    expect(audits.map((audit) => audit.action)).toEqual([
      stored.status === "PROCESSED" ? "changeOfDay.process" : "changeOfDay.reject",
    ]);
    const dayChanges = await db.placementDayChange.count({ where: { placementId: placement.id } });
    expect(dayChanges).toBe(stored.status === "PROCESSED" ? 1 : 0);
  });
});

describe("the effective date of a change", () => {
  it("refuses a bank holiday on the new day, naming why", async () => {
    await db.placement.update({
      where: { id: placement.id },
      data: { days: ["TUESDAY", "WEDNESDAY"] },
    });
    const boxingDay = await rejection(
      callerFor(schoolStaff.actor).changeOfDay.propose(
        proposalOf({ toDay: "MONDAY", effectiveDate: "2026-12-28" }),
      ),
    );
    expect(fieldMessages(boxingDay)).toEqual({
      effectiveDate:
        "The date of the first session on the new day must be a working day: " +
        "28 December 2026 is a bank holiday",
    });
    const next = await callerFor(schoolStaff.actor).changeOfDay.propose(
      proposalOf({ toDay: "MONDAY", effectiveDate: "2027-01-04" }),
    );
    expect(next.reference).toMatch(/^CHD-\d{6}$/);
  });
});

describe("registers already kept", () => {
  it("refuses a date that would hide kept marks on the old day; later dates work", async () => {
    await mark("2026-11-25"); // Wednesday
    await mark("2026-12-02"); // Wednesday
    await mark("2026-11-30"); // Monday: the day that stays
    const refused = await rejection(callerFor(schoolStaff.actor).changeOfDay.propose(proposalOf()));
    expect(fieldMessages(refused)).toEqual({
      effectiveDate:
        "Registers are kept up to 2 December 2026 for this placement: choose a date after that",
    });
    const later = await callerFor(schoolStaff.actor).changeOfDay.propose(
      proposalOf({ effectiveDate: "2026-12-03" }),
    );
    expect(later.reference).toMatch(/^CHD-\d{6}$/);
  });

  it("checks again when processing, and changes nothing", async () => {
    const id = await ticked(); // effective 19 November
    await mark("2026-11-25");
    const refused = await rejection(callerFor(admin.actor).changeOfDay.process({ requestId: id }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe(
      "Registers are kept up to 25 November 2026 for this placement, after the date this " +
        "takes effect (19 November 2026), so it cannot be processed",
    );
    const kept = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(kept.days).toEqual(["MONDAY", "WEDNESDAY"]);
    expect(await sheet("2026-11-25")).toEqual([placement.id]);
  });
});
