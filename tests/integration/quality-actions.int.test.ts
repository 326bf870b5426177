import { beforeEach, describe, expect, it } from "vitest";
import type { Organisation, QualityReview, ReviewYear } from "@/server/db/generated/client";
import {
  listQualityActions,
  summariseQualityActions,
} from "@/server/services/quality/actions/list-actions";
import { readQualityAction } from "@/server/services/quality/actions/read-action";
import { callerFor, makeOrganisation, makeUser, setupTestDatabase, type TestUser } from "./harness";
import { fieldMessages, rejection } from "./helpers";
import {
  makeAction,
  makeEvidenceUpload,
  makeJudgedRequirement,
  makeReview,
  makeReviewYear,
} from "./quality-factories";

// Quality actions after they are set (DOMAIN.md workflow 5, ADR 0015): the provider's
// evidence, the officer's decision, overdue actions, revisits at later reviews, refusals.

const db = await setupTestDatabase();

let provider: Organisation;
let staff: TestUser;
let dsl: TestUser;
let officer: TestUser;
let secondOfficer: TestUser;
let otherStaff: TestUser;
let school: TestUser;
let year: ReviewYear;
let qr1: QualityReview;

beforeEach(async () => {
  provider = await makeOrganisation(db, { kind: "PROVIDER" });
  const service = await makeOrganisation(db, { kind: "SERVICE" });
  staff = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
  dsl = await makeUser(db, { organisation: provider, roles: ["PROVIDER_DSL"] });
  officer = await makeUser(db, { organisation: service, roles: ["QUALITY_OFFICER"] });
  secondOfficer = await makeUser(db, { organisation: service, roles: ["QUALITY_OFFICER"] });
  otherStaff = await makeUser(db, { roles: ["PROVIDER_STAFF"] });
  school = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
  year = await makeReviewYear(db, { provider, officer });
  qr1 = await makeReview(db, { year, officer });
});

async function submit(user: TestUser, actionId: string, statement = "Assessment renewed") {
  const upload = await makeEvidenceUpload(db, user);
  return callerFor(user.actor).qualityAction.submitEvidence({
    actionId,
    statement,
    evidenceIds: [upload.id],
  });
}

async function notificationsOf(user: TestUser) {
  return db.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
}

describe("the evidence loop", () => {
  it("runs submit, return with a comment, submit again, close", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    const first = await makeEvidenceUpload(db, staff, "fire-risk.pdf");
    const second = await makeEvidenceUpload(db, staff, "assessor.pdf");

    await callerFor(staff.actor).qualityAction.submitEvidence({
      actionId: action.id,
      statement: "We booked an assessor; the report is attached.",
      evidenceIds: [first.id, second.id],
    });
    expect((await db.qualityAction.findUniqueOrThrow({ where: { id: action.id } })).status).toBe(
      "EVIDENCE_SUBMITTED",
    );
    expect((await notificationsOf(officer)).map((n) => n.title)).toEqual([
      `Evidence submitted for action ${action.reference}`,
    ]);

    await callerFor(officer.actor).qualityAction.decide({
      actionId: action.id,
      decision: "RETURNED",
      comment: "The report is unsigned. Send the signed copy.",
    });
    const returned = await callerFor(staff.actor).qualityAction.read({ actionId: action.id });
    expect(returned.status).toBe("OPEN");
    expect(returned.submissions[0]).toMatchObject({
      decision: "RETURNED",
      decisionComment: "The report is unsigned. Send the signed copy.",
      decidedBy: { id: officer.id },
    });
    expect(returned.submissions[0].evidence.map((file) => file.originalName)).toEqual([
      "fire-risk.pdf",
      "assessor.pdf",
    ]);
    expect((await notificationsOf(dsl)).map((n) => n.title)).toEqual([
      `Evidence for action ${action.reference} returned`,
    ]);

    await submit(dsl, action.id, "The signed report is attached.");
    await callerFor(officer.actor).qualityAction.decide({
      actionId: action.id,
      decision: "CLOSED",
    });

    const closed = await callerFor(staff.actor).qualityAction.read({ actionId: action.id });
    expect(closed).toMatchObject({
      status: "CLOSED",
      closedBy: { id: officer.id },
      dueState: null,
    });
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(closed.submissions.map((s) => [s.statement, s.decision])).toEqual([
      ["We booked an assessor; the report is attached.", "RETURNED"],
      ["The signed report is attached.", "CLOSED"],
    ]);
    const audit = await db.auditEvent.findMany({
      where: { recordId: action.id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((row) => row.action)).toEqual([
      "qualityAction.submitEvidence",
      "qualityAction.decide",
      "qualityAction.submitEvidence",
      "qualityAction.decide",
    ]);
  });
});

describe("reading an action", () => {
  it("shows where it came from: the review, the requirement and the plan line", async () => {
    const item = await makeJudgedRequirement(db, { review: qr1, officer });
    const action = await makeAction(db, { review: qr1, officer, reviewRequirementId: item.id });

    const read = await callerFor(officer.actor).qualityAction.read({ actionId: action.id });
    expect(read).toMatchObject({
      reference: action.reference,
      providerPlanReference: "SAR 2026/27 line 4.2",
      provider: { id: provider.id },
      review: { id: qr1.id, kind: "QR1", reviewYear: { startYear: 2026 } },
      reviewRequirement: { title: "Fire risk assessment", judgement: "NOT_MET" },
      awaitingDecision: null,
    });
  });

  it("answers NOT_FOUND to another provider and FORBIDDEN to a school", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    const hidden = await rejection(
      callerFor(otherStaff.actor).qualityAction.read({ actionId: action.id }),
    );
    expect(hidden.code).toBe("NOT_FOUND");
    expect(hidden.message).toBe("Action not found");
    const refused = await rejection(
      callerFor(school.actor).qualityAction.read({ actionId: action.id }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });
});

describe("overdue actions", () => {
  it("stand out against a fixed today, in the list and the dashboard counts", async () => {
    const today = "2026-12-04";
    const late = await makeAction(db, { review: qr1, officer, dueOn: "2026-12-03" });
    const soon = await makeAction(db, { review: qr1, officer, dueOn: "2026-12-18" });
    const later = await makeAction(db, { review: qr1, officer, dueOn: "2026-12-19" });
    const closedLate = await makeAction(db, { review: qr1, officer, dueOn: "2026-11-01" });
    await db.qualityAction.update({
      where: { id: closedLate.id },
      data: { status: "CLOSED", closedAt: new Date(), closedById: officer.id },
    });

    const { actions } = await listQualityActions({ db, actor: staff.actor, today });
    const states = Object.fromEntries(actions.map((a) => [a.id, a.dueState]));
    expect(states).toEqual({
      [late.id]: "OVERDUE",
      [soon.id]: "DUE_SOON",
      [later.id]: null,
      [closedLate.id]: null,
    });
    const overdue = await listQualityActions({ db, actor: staff.actor, today, overdue: true });
    expect(overdue.actions.map((a) => a.id)).toEqual([late.id]);
    expect(await summariseQualityActions({ db, actor: staff.actor, today })).toEqual({
      overdue: 1,
      dueSoon: 1,
      awaitingDecision: 0,
      open: 3,
    });
    // The day before, nothing is overdue yet.
    const dayBefore = await summariseQualityActions({
      db,
      actor: staff.actor,
      today: "2026-12-03",
    });
    expect(dayBefore.overdue).toBe(0);
  });
});

describe("listing actions", () => {
  it("gives the officer every provider's, filtered; a provider only its own", async () => {
    const other = await makeOrganisation(db, { kind: "PROVIDER" });
    const otherYear = await makeReviewYear(db, { provider: other, officer });
    const otherQr1 = await makeReview(db, { year: otherYear, officer });
    const mine = await makeAction(db, { review: qr1, officer });
    const theirs = await makeAction(db, { review: otherQr1, officer });

    const all = await callerFor(officer.actor).qualityAction.list({});
    const ids = all.actions.map((a) => a.id);
    expect(ids).toContain(mine.id);
    expect(ids).toContain(theirs.id);
    const providerIds = all.providers.map((p) => p.id);
    expect(providerIds).toEqual(expect.arrayContaining([provider.id, other.id]));

    const one = await callerFor(officer.actor).qualityAction.list({ providerId: other.id });
    expect(one.actions.map((a) => a.id)).toEqual([theirs.id]);
    const submitted = await callerFor(officer.actor).qualityAction.list({
      providerId: provider.id,
      status: "EVIDENCE_SUBMITTED",
    });
    expect(submitted.actions).toEqual([]);

    const own = await callerFor(staff.actor).qualityAction.list({ providerId: other.id });
    expect(own.actions).toEqual([]);
    const unfiltered = await callerFor(staff.actor).qualityAction.list({});
    expect(unfiltered.actions.map((a) => a.id)).toEqual([mine.id]);
    expect(unfiltered.providers).toEqual([]);
  });
});

describe("the dashboard summary", () => {
  it("counts the provider's own actions, the officer's every provider's; a school none", async () => {
    const other = await makeOrganisation(db, { kind: "PROVIDER" });
    const otherQr1 = await makeReview(db, {
      year: await makeReviewYear(db, { provider: other, officer }),
      officer,
    });
    await makeAction(db, { review: qr1, officer, dueOn: "2026-01-05" });
    await makeAction(db, { review: otherQr1, officer, dueOn: "2026-01-05" });

    const own = await callerFor(staff.actor).qualityAction.summary();
    expect(own).toMatchObject({ overdue: 1, open: 1 });
    const all = await callerFor(officer.actor).qualityAction.summary();
    expect(all.overdue).toBeGreaterThanOrEqual(2);
    const refused = await rejection(callerFor(school.actor).qualityAction.summary());
    expect(refused.code).toBe("FORBIDDEN");
    const list = await rejection(callerFor(school.actor).qualityAction.list({}));
    expect(list.code).toBe("FORBIDDEN");
  });
});

describe("refusals", () => {
  it("answers NOT_FOUND to another provider submitting evidence", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    const refused = await rejection(submit(otherStaff, action.id));
    expect(refused.code).toBe("NOT_FOUND");
    expect(await db.actionSubmission.count({ where: { actionId: action.id } })).toBe(0);
  });

  it("refuses a provider deciding on its own evidence (FORBIDDEN)", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    await submit(staff, action.id);
    const refused = await rejection(
      callerFor(dsl.actor).qualityAction.decide({ actionId: action.id, decision: "CLOSED" }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });

  it("refuses evidence on a closed action and while evidence awaits a decision", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    await submit(staff, action.id);
    const waiting = await rejection(submit(dsl, action.id));
    expect(waiting.code).toBe("CONFLICT");
    expect(waiting.message).toBe(
      "Evidence for this action is already waiting for the quality officer's decision",
    );

    await callerFor(officer.actor).qualityAction.decide({
      actionId: action.id,
      decision: "CLOSED",
    });
    const closed = await rejection(submit(staff, action.id));
    expect(closed.code).toBe("CONFLICT");
    expect(closed.message).toBe("This action has been closed, so nothing more can be added to it");
    expect(await db.actionSubmission.count({ where: { actionId: action.id } })).toBe(1);
  });

  it("refuses a decision when nothing has been submitted", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    const refused = await rejection(
      callerFor(officer.actor).qualityAction.decide({ actionId: action.id, decision: "CLOSED" }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe("There is no evidence waiting for a decision on this action");
  });

  it("needs a comment to return evidence", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    await submit(staff, action.id);
    const refused = await rejection(
      callerFor(officer.actor).qualityAction.decide({ actionId: action.id, decision: "RETURNED" }),
    );
    expect(fieldMessages(refused)).toEqual({
      comment: "Enter a comment saying what more the provider needs to do",
    });
  });

  it("gives one winner when two officers decide at once", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    await submit(staff, action.id);

    const results = await Promise.allSettled([
      callerFor(officer.actor).qualityAction.decide({ actionId: action.id, decision: "CLOSED" }),
      callerFor(secondOfficer.actor).qualityAction.decide({
        actionId: action.id,
        decision: "RETURNED",
        comment: "Not enough",
      }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    const submissions = await db.actionSubmission.findMany({ where: { actionId: action.id } });
    expect(submissions.filter((s) => s.decision !== null)).toHaveLength(1);
  });

  it("refuses someone else's upload and leaves the action as it was", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    const theirs = await makeEvidenceUpload(db, otherStaff);
    const mine = await makeEvidenceUpload(db, staff);

    const refused = await rejection(
      callerFor(staff.actor).qualityAction.submitEvidence({
        actionId: action.id,
        statement: "Attached",
        evidenceIds: [mine.id, theirs.id],
      }),
    );
    expect(fieldMessages(refused)).toEqual({
      evidenceIds: "One of the files could not be found. Remove it and upload it again",
    });
    expect((await db.qualityAction.findUniqueOrThrow({ where: { id: action.id } })).status).toBe(
      "OPEN",
    );
    expect(await db.actionSubmission.count({ where: { actionId: action.id } })).toBe(0);
    expect(
      (await db.document.findUniqueOrThrow({ where: { id: mine.id } })).actionSubmissionId,
    ).toBeNull();
  });

  it("needs at least one evidence file", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    const refused = await rejection(
      callerFor(staff.actor).qualityAction.submitEvidence({
        actionId: action.id,
        statement: "Done",
        evidenceIds: [],
      }),
    );
    const message = "Attach at least one file as evidence";
    expect(fieldMessages(refused)).toEqual({ evidenceIds: message });
  });
});

describe("revisiting an action", () => {
  it("records a note at the year's QR2, once, and offers only reviews still open", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    const qr2 = await makeReview(db, { year, officer, kind: "QR2", status: "OPEN" });
    const before = await readQualityAction({ db, actor: officer.actor, actionId: action.id });
    expect(before.revisitReviews.map((r) => r.id)).toEqual([qr2.id]);

    await callerFor(officer.actor).qualityAction.revisit({
      actionId: action.id,
      reviewId: qr2.id,
      note: "Assessor booked for January; evidence expected then.",
    });
    const read = await callerFor(staff.actor).qualityAction.read({ actionId: action.id });
    expect(read.revisits).toMatchObject([
      { note: "Assessor booked for January; evidence expected then.", review: { id: qr2.id } },
    ]);
    expect(read.revisitReviews).toEqual([]);

    const twice = await rejection(
      callerFor(officer.actor).qualityAction.revisit({
        actionId: action.id,
        reviewId: qr2.id,
        note: "Again",
      }),
    );
    expect(twice.code).toBe("CONFLICT");
  });

  it("refuses a QR1, another year's or provider's review, and a complete one", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    const lastYear = await makeReviewYear(db, { provider, officer, startYear: 2025 });
    const oldQr2 = await makeReview(db, { year: lastYear, officer, kind: "QR2", status: "OPEN" });
    const other = await makeOrganisation(db, { kind: "PROVIDER" });
    const otherYear = await makeReviewYear(db, { provider: other, officer });
    const otherQr2 = await makeReview(db, {
      year: otherYear,
      officer,
      kind: "QR2",
      status: "OPEN",
    });
    const wrong =
      "Choose a quality review 2 or follow-up visit of the same provider and year, later " +
      "than the review that set the action";

    for (const reviewId of [qr1.id, oldQr2.id, otherQr2.id]) {
      const refused = await rejection(
        callerFor(officer.actor).qualityAction.revisit({
          actionId: action.id,
          reviewId,
          note: "n",
        }),
      );
      expect(fieldMessages(refused)).toEqual({ reviewId: wrong });
    }
    const done = await makeReview(db, { year, officer, kind: "FOLLOW_UP" });
    const complete = await rejection(
      callerFor(officer.actor).qualityAction.revisit({
        actionId: action.id,
        reviewId: done.id,
        note: "n",
      }),
    );
    expect(fieldMessages(complete)).toEqual({
      reviewId: "Feedback has been given for that review, so it is complete and cannot be added to",
    });
    expect(await db.actionRevisit.count({ where: { actionId: action.id } })).toBe(0);
  });

  it("is the officer's: a provider is refused (FORBIDDEN)", async () => {
    const action = await makeAction(db, { review: qr1, officer });
    const qr2 = await makeReview(db, { year, officer, kind: "QR2", status: "OPEN" });
    const refused = await rejection(
      callerFor(staff.actor).qualityAction.revisit({
        actionId: action.id,
        reviewId: qr2.id,
        note: "n",
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });
});
