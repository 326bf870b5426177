import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import type { Organisation } from "@/server/db/generated/client";
import { formatDate, ukToday } from "@/lib/dates";
import { addDays, latestDueOn } from "@/lib/quality-action-due";
import { readDocument, storeDocument } from "@/server/services/documents/store-document";
import { giveFeedback as giveFeedbackService } from "@/server/services/quality/reviews/give-feedback";
import { callerFor, makeOrganisation, makeUser, setupTestDatabase, type TestUser } from "./harness";
import { daysFromToday, fieldMessages, rejection } from "./helpers";

// The review cycle (DOMAIN.md workflow 5; docs/decisions/0014-quality-reviews.md): the
// officer opens Quality Review 1, the provider answers with evidence and submits, the
// officer marks each requirement and gives feedback with actions; the site visit and the
// follow-up. Every refusal the issue names has its test here.

const db = await setupTestDatabase();
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const YEAR = 2026;

let service: Organisation;
let officer: TestUser;
const requirementIds: string[] = [];

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "cap-review-uploads-"));
  service = await makeOrganisation(db, { kind: "SERVICE" });
  officer = await makeUser(db, { organisation: service, roles: ["QUALITY_OFFICER"] });
  const add = callerFor(officer.actor).qualityRequirement.add;
  for (const [title, asksExpiry] of [
    ["Safeguarding policy and named DSL", false],
    ["Employer's liability insurance", true],
    ["Fire risk assessment", false],
  ] as const) {
    requirementIds.push((await add({ title, asksExpiry })).requirementId);
  }
});

afterAll(async () => {
  await rm(process.env.UPLOAD_DIR!, { recursive: true, force: true });
});

/** A provider with its staff member and DSL. */
async function providerWithStaff() {
  const provider = await makeOrganisation(db, { kind: "PROVIDER" });
  const staff = await makeUser(db, { organisation: provider, roles: ["PROVIDER_STAFF"] });
  const dsl = await makeUser(db, { organisation: provider, roles: ["PROVIDER_DSL"] });
  return { provider, staff, dsl };
}

async function openQr1(provider: Organisation, startYear = YEAR) {
  return callerFor(officer.actor).review.open({
    providerId: provider.id,
    startYear,
    kind: "QR1",
    dueOn: `${startYear}-12-18`,
  });
}

function upload(user: TestUser, name = "evidence.pdf") {
  return storeDocument({
    db,
    actor: user.actor,
    kind: QUALITY_DOCUMENT_KIND.EVIDENCE,
    name,
    bytes: PDF,
  });
}

/** Every requirement answered (the insurance with its expiry) and submitted. */
async function answeredAndSubmitted(staff: TestUser, reviewId: string) {
  const review = await callerFor(staff.actor).review.read({ reviewId });
  await callerFor(staff.actor).review.answer({
    reviewId,
    answers: review.items.map((item) => ({
      itemId: item.id,
      statement: `Our answer to ${item.title}`,
      expiresOn: item.asksExpiry ? "2027-08-31" : undefined,
      evidenceIds: [],
    })),
  });
  await callerFor(staff.actor).review.submit({ reviewId });
  return review.items;
}

describe("the list of requirements", () => {
  it("is kept by the officer; edits and retirements leave opened reviews as asked", async () => {
    const { provider, staff } = await providerWithStaff();
    const officerCalls = callerFor(officer.actor).qualityRequirement;
    const { requirementId } = await officerCalls.add({ title: "Complaints", asksExpiry: false });
    const { reviewId } = await openQr1(provider);

    await officerCalls.edit({ requirementId, title: "Complaints procedure", asksExpiry: false });
    await officerCalls.reorder({ requirementId, direction: "UP" });
    const listed = await callerFor(staff.actor).qualityRequirement.list({});
    expect(listed.map((r) => r.title).slice(-2)).toEqual([
      "Complaints procedure",
      "Fire risk assessment",
    ]);
    const top = await rejection(
      officerCalls.reorder({ requirementId: requirementIds[0], direction: "UP" }),
    );
    expect(fieldMessages(top)).toEqual({
      direction: "This requirement is already first in the list",
    });

    await officerCalls.retire({ requirementId });
    const asked = await callerFor(staff.actor).review.read({ reviewId });
    expect(asked.items.map((item) => item.title)).toContain("Complaints");
    expect((await officerCalls.list({})).map((r) => r.id)).not.toContain(requirementId);
    expect((await officerCalls.list({ includeRetired: true })).map((r) => r.id)).toContain(
      requirementId,
    );
    const again = await rejection(
      officerCalls.edit({ requirementId, title: "X", asksExpiry: false }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(await db.qualityRequirement.count({ where: { id: requirementId } })).toBe(1);

    const refused = await rejection(
      callerFor(staff.actor).qualityRequirement.add({ title: "Mine", asksExpiry: false }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });
});

describe("Quality Review 1", () => {
  it("runs from opening to feedback with actions", async () => {
    const { provider, staff, dsl } = await providerWithStaff();
    const { reviewId, reference } = await openQr1(provider);
    expect(reference).toMatch(/^QR-\d{6}$/);
    const opened = await db.notification.findMany({
      where: { kind: "review.opened", link: `/quality/reviews/${reviewId}` },
    });
    expect(opened.map((n) => n.userId).sort()).toEqual([staff.id, dsl.id].sort());

    const review = await callerFor(staff.actor).review.read({ reviewId });
    expect(review.items.map((item) => item.title)).toEqual([
      "Safeguarding policy and named DSL",
      "Employer's liability insurance",
      "Fire risk assessment",
    ]);
    const [policy, insurance, fire] = review.items;
    const files = [
      await upload(staff, "policy.pdf"),
      await upload(staff, "dsl.pdf"),
      await upload(dsl, "cert.pdf"),
    ];
    await callerFor(staff.actor).review.answer({
      reviewId,
      answers: [
        {
          itemId: policy.id,
          statement: "Policy reviewed in September",
          evidenceIds: [files[0].id, files[1].id],
        },
        { itemId: fire.id, statement: "Assessment attached", evidenceIds: [] },
      ],
    });
    await callerFor(dsl.actor).review.answer({
      reviewId,
      answers: [
        {
          itemId: insurance.id,
          statement: "Cover to August",
          expiresOn: "2027-08-31",
          evidenceIds: [files[2].id],
        },
      ],
    });
    await callerFor(staff.actor).review.submit({ reviewId });
    const toOfficer = await db.notification.findFirst({
      where: { userId: officer.id, kind: "review.submitted", link: `/quality/reviews/${reviewId}` },
    });
    expect(toOfficer?.title).toBe(`Quality Review 1 ${reference} submitted`);

    await callerFor(officer.actor).review.judge({
      reviewId,
      judgements: [
        { itemId: policy.id, judgement: "MET", judgedAt: null },
        {
          itemId: insurance.id,
          judgement: "PARTLY_MET",
          comment: "Public liability missing",
          judgedAt: null,
        },
        {
          itemId: fire.id,
          judgement: "NOT_MET",
          comment: "The assessment is three years old",
          judgedAt: null,
        },
      ],
    });
    await callerFor(officer.actor).review.giveFeedback({
      reviewId,
      summary: "A well-run provider with two gaps.",
      actions: [
        {
          description: "Send the public liability certificate",
          owner: "Centre manager",
          dueOn: daysFromToday(30),
          providerPlanReference: "SAR 2.3",
          reviewRequirementId: insurance.id,
        },
        {
          description: "Renew the fire risk assessment",
          owner: "Site lead",
          dueOn: daysFromToday(60),
          reviewRequirementId: fire.id,
        },
      ],
    });

    const done = await callerFor(dsl.actor).review.read({ reviewId });
    expect(done.status).toBe("FEEDBACK_GIVEN");
    expect(done.feedbackSummary).toBe("A well-run provider with two gaps.");
    expect(done.items[0].evidence.map((file) => file.originalName)).toEqual([
      "policy.pdf",
      "dsl.pdf",
    ]);
    expect(done.items[1].expiresOn?.toISOString().slice(0, 10)).toBe("2027-08-31");
    expect(done.items.map((item) => item.judgement)).toEqual(["MET", "PARTLY_MET", "NOT_MET"]);
    expect(done.actions).toHaveLength(2);
    expect(done.actions[0]).toMatchObject({
      owner: "Centre manager",
      providerPlanReference: "SAR 2.3",
      status: "OPEN",
      reviewRequirementId: insurance.id,
    });
    expect(done.actions.every((action) => /^QA-\d{6}$/.test(action.reference))).toBe(true);
    const feedback = await db.notification.count({
      where: { kind: "review.feedback", link: `/quality/reviews/${reviewId}` },
    });
    expect(feedback).toBe(2);
    const audit = await db.auditEvent.findMany({
      where: { recordId: reviewId },
      orderBy: { at: "asc" },
    });
    expect(audit.map((event) => event.action)).toEqual([
      "review.open",
      "review.answer",
      "review.answer",
      "review.submit",
      "review.judge",
      "review.giveFeedback",
    ]);

    const late = await rejection(
      callerFor(officer.actor).review.judge({
        reviewId,
        judgements: [{ itemId: policy.id, judgement: "NOT_MET", comment: "x", judgedAt: null }],
      }),
    );
    expect(late.code).toBe("CONFLICT");
  });

  it("refuses a second Quality Review 1 for the same provider and year", async () => {
    const { provider } = await providerWithStaff();
    await openQr1(provider);
    const refused = await rejection(openQr1(provider));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(fieldMessages(refused).kind).toMatch(
      /^Quality Review 1 is already open for this provider in 2026\/27 \(QR-\d{6}\)$/,
    );
    expect(await db.reviewYear.count({ where: { providerId: provider.id } })).toBe(1);
    await openQr1(provider, YEAR + 1);
    expect(await db.reviewYear.count({ where: { providerId: provider.id } })).toBe(2);
  });

  it("refuses a due date outside the review year", async () => {
    const { provider } = await providerWithStaff();
    const refused = await rejection(
      callerFor(officer.actor).review.open({
        providerId: provider.id,
        startYear: YEAR,
        kind: "QR1",
        dueOn: "2026-07-01",
      }),
    );
    expect(fieldMessages(refused)).toEqual({
      dueOn: "The date must fall in the 2026/27 review year (1 September 2026 to 31 August 2027)",
    });
    expect(await db.reviewYear.count({ where: { providerId: provider.id } })).toBe(0);
  });

  it("refuses to submit while a statement or an expiry date is missing, naming it", async () => {
    const { provider, staff } = await providerWithStaff();
    const { reviewId } = await openQr1(provider);
    const { items } = await callerFor(staff.actor).review.read({ reviewId });
    await callerFor(staff.actor).review.answer({
      reviewId,
      answers: [
        { itemId: items[0].id, statement: "Done", evidenceIds: [] },
        { itemId: items[1].id, statement: "Insured", evidenceIds: [] },
      ],
    });

    const refused = await rejection(callerFor(staff.actor).review.submit({ reviewId }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(fieldMessages(refused)).toEqual({
      answers:
        "Answer every requirement before submitting. Still to answer: " +
        "Employer's liability insurance (the expiry date); Fire risk assessment (a statement)",
    });
    expect((await db.qualityReview.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe(
      "OPEN",
    );
  });

  it("leaves a saved statement and expiry date alone when an answer leaves them out", async () => {
    const { provider, staff } = await providerWithStaff();
    const { reviewId } = await openQr1(provider);
    const { items } = await callerFor(staff.actor).review.read({ reviewId });
    const insurance = items[1];
    const calls = callerFor(staff.actor).review;
    await calls.answer({
      reviewId,
      answers: [{ itemId: insurance.id, statement: "Policy with Acme", expiresOn: "2027-08-31" }],
    });
    const file = await upload(staff);
    await calls.answer({ reviewId, answers: [{ itemId: insurance.id, evidenceIds: [file.id] }] });
    const stored = () => db.reviewRequirement.findUniqueOrThrow({ where: { id: insurance.id } });
    expect((await stored()).statement).toBe("Policy with Acme");
    expect((await stored()).expiresOn?.toISOString().slice(0, 10)).toBe("2027-08-31");

    // Sent blank, as the form sends a cleared field, they are cleared.
    await calls.answer({
      reviewId,
      answers: [{ itemId: insurance.id, statement: " ", expiresOn: "" }],
    });
    expect((await stored()).statement).toBeNull();
    expect((await stored()).expiresOn).toBeNull();
  });

  it("refuses answers once submitted, and marks before submission", async () => {
    const { provider, staff } = await providerWithStaff();
    const { reviewId } = await openQr1(provider);
    const { items } = await callerFor(staff.actor).review.read({ reviewId });

    const early = await rejection(
      callerFor(officer.actor).review.judge({
        reviewId,
        judgements: [{ itemId: items[0].id, judgement: "MET", judgedAt: null }],
      }),
    );
    expect(early.code).toBe("CONFLICT");
    expect(early.message).toBe("The provider has not submitted this review yet");

    await answeredAndSubmitted(staff, reviewId);
    const after = await rejection(
      callerFor(staff.actor).review.answer({
        reviewId,
        answers: [{ itemId: items[0].id, statement: "Changed my mind", evidenceIds: [] }],
      }),
    );
    expect(after.code).toBe("CONFLICT");
    const stored = await db.reviewRequirement.findUniqueOrThrow({ where: { id: items[0].id } });
    expect(stored.statement).toBe(`Our answer to ${items[0].title}`);
  });

  it("never lets a provider mark its own review", async () => {
    const { provider, staff, dsl } = await providerWithStaff();
    const { reviewId } = await openQr1(provider);
    const items = await answeredAndSubmitted(staff, reviewId);
    for (const member of [staff, dsl]) {
      const refused = await rejection(
        callerFor(member.actor).review.judge({
          reviewId,
          judgements: [{ itemId: items[0].id, judgement: "MET", judgedAt: null }],
        }),
      );
      expect(refused.code).toBe("FORBIDDEN");
      const feedback = await rejection(
        callerFor(member.actor).review.giveFeedback({ reviewId, summary: "Great", actions: [] }),
      );
      expect(feedback.code).toBe("FORBIDDEN");
    }
    expect(
      await db.reviewRequirement.count({ where: { reviewId, judgement: { not: null } } }),
    ).toBe(0);
  });

  it("refuses a mark made over another officer's, telling the second to reload", async () => {
    const { provider, staff } = await providerWithStaff();
    const { reviewId } = await openQr1(provider);
    const [policy] = await answeredAndSubmitted(staff, reviewId);
    const second = await makeUser(db, { organisation: service, roles: ["QUALITY_OFFICER"] });
    // Both open the marking page while the policy is unmarked.
    const seenByBoth = (await callerFor(officer.actor).review.read({ reviewId })).items[0];
    expect(seenByBoth.judgedAt).toBeNull();

    await callerFor(officer.actor).review.judge({
      reviewId,
      judgements: [{ itemId: policy.id, judgement: "MET", judgedAt: null }],
    });
    const refused = await rejection(
      callerFor(second.actor).review.judge({
        reviewId,
        judgements: [
          { itemId: policy.id, judgement: "NOT_MET", comment: "No DSL named", judgedAt: null },
        ],
      }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe(
      "Safeguarding policy and named DSL has been marked by someone else since you opened " +
        "this page. Reload the page to see their mark, then make your changes again",
    );
    const kept = await db.reviewRequirement.findUniqueOrThrow({ where: { id: policy.id } });
    expect(kept).toMatchObject({ judgement: "MET", judgedById: officer.id });

    // Reloaded, the second officer sees the first's mark and may change it.
    const reloaded = (await callerFor(second.actor).review.read({ reviewId })).items[0];
    await callerFor(second.actor).review.judge({
      reviewId,
      judgements: [
        {
          itemId: policy.id,
          judgement: "NOT_MET",
          comment: "No DSL named",
          judgedAt: reloaded.judgedAt!.toISOString(),
        },
      ],
    });
    const changed = await db.reviewRequirement.findUniqueOrThrow({ where: { id: policy.id } });
    expect(changed).toMatchObject({ judgement: "NOT_MET", judgedById: second.id });
  });

  it("needs a comment for a requirement partly met or not met", async () => {
    const { provider, staff } = await providerWithStaff();
    const { reviewId } = await openQr1(provider);
    const items = await answeredAndSubmitted(staff, reviewId);
    const refused = await rejection(
      callerFor(officer.actor).review.judge({
        reviewId,
        judgements: [
          { itemId: items[0].id, judgement: "MET", judgedAt: null },
          { itemId: items[1].id, judgement: "NOT_MET", judgedAt: null },
        ],
      }),
    );
    expect(fieldMessages(refused)).toEqual({
      "judgements.1.comment": "Enter a comment saying what is missing",
    });
  });

  it("refuses feedback before all are marked, and without an action for each gap", async () => {
    const { provider, staff } = await providerWithStaff();
    const { reviewId } = await openQr1(provider);
    const [policy, insurance, fire] = await answeredAndSubmitted(staff, reviewId);
    const officerCalls = callerFor(officer.actor).review;
    await officerCalls.judge({
      reviewId,
      judgements: [
        { itemId: policy.id, judgement: "MET", judgedAt: null },
        { itemId: insurance.id, judgement: "NOT_MET", comment: "Expired", judgedAt: null },
      ],
    });

    const unmarked = await rejection(
      officerCalls.giveFeedback({ reviewId, summary: "Summary", actions: [] }),
    );
    expect(fieldMessages(unmarked)).toEqual({
      summary:
        "Mark every requirement before giving feedback. Not yet marked: Fire risk assessment",
    });

    await officerCalls.judge({
      reviewId,
      judgements: [{ itemId: fire.id, judgement: "PARTLY_MET", comment: "Old", judgedAt: null }],
    });
    const uncovered = await rejection(
      officerCalls.giveFeedback({
        reviewId,
        summary: "Summary",
        actions: [
          {
            description: "Renew cover",
            owner: "Manager",
            dueOn: daysFromToday(14),
            reviewRequirementId: insurance.id,
          },
        ],
      }),
    );
    expect(fieldMessages(uncovered)).toEqual({
      actions:
        "Set an action for each requirement not fully met. Without an action: Fire risk assessment",
    });
    const onMet = await rejection(
      officerCalls.giveFeedback({
        reviewId,
        summary: "Summary",
        actions: [
          {
            description: "Nothing",
            owner: "Manager",
            dueOn: daysFromToday(14),
            reviewRequirementId: policy.id,
          },
        ],
      }),
    );
    expect(fieldMessages(onMet)).toEqual({
      "actions.0.reviewRequirementId":
        "Choose a requirement of this review marked partly met or not met",
    });
    expect(await db.qualityAction.count({ where: { reviewId } })).toBe(0);
    expect((await db.qualityReview.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe(
      "SUBMITTED",
    );
  });
});

describe("action due dates", () => {
  it("are refused past twelve months from today, naming the action's due date", async () => {
    const { provider, staff } = await providerWithStaff();
    const { reviewId } = await openQr1(provider);
    const [policy, insurance, fire] = await answeredAndSubmitted(staff, reviewId);
    const officerCalls = callerFor(officer.actor).review;
    await officerCalls.judge({
      reviewId,
      judgements: [
        { itemId: policy.id, judgement: "MET", judgedAt: null },
        { itemId: insurance.id, judgement: "MET", judgedAt: null },
        { itemId: fire.id, judgement: "NOT_MET", comment: "Missing", judgedAt: null },
      ],
    });
    const latest = latestDueOn(ukToday());
    const feedback = (dueOn: string) =>
      officerCalls.giveFeedback({
        reviewId,
        summary: "One gap",
        actions: [{ description: "Assess", owner: "Manager", dueOn, reviewRequirementId: fire.id }],
      });
    for (const dueOn of ["9999-12-31", addDays(latest, 1)]) {
      const refused = await rejection(feedback(dueOn));
      expect(fieldMessages(refused)).toEqual({
        "actions.0.dueOn":
          `The date the action is due must be within 12 months of today ` +
          `(${formatDate(latest)} or earlier)`,
      });
    }
    expect(await db.qualityAction.count({ where: { reviewId } })).toBe(0);

    await feedback(latest);
    const [action] = await db.qualityAction.findMany({ where: { reviewId } });
    expect(action.dueOn.toISOString().slice(0, 10)).toBe(latest);
  });

  it("are checked by the service against its own clock too", async () => {
    const { provider, staff } = await providerWithStaff();
    const { reviewId } = await openQr1(provider);
    const [policy, insurance, fire] = await answeredAndSubmitted(staff, reviewId);
    await callerFor(officer.actor).review.judge({
      reviewId,
      judgements: [
        { itemId: policy.id, judgement: "MET", judgedAt: null },
        { itemId: insurance.id, judgement: "MET", judgedAt: null },
        { itemId: fire.id, judgement: "NOT_MET", comment: "Missing", judgedAt: null },
      ],
    });
    const now = new Date("2026-09-15T10:00:00Z");
    const refused = giveFeedbackService({
      db,
      actor: officer.actor,
      now,
      input: {
        reviewId,
        summary: "One gap",
        actions: [
          {
            description: "Assess",
            owner: "Manager",
            dueOn: "2027-09-16",
            providerPlanReference: undefined,
            reviewRequirementId: fire.id,
          },
        ],
      },
    });
    await expect(refused).rejects.toMatchObject({
      field: "actions.0.dueOn",
      userMessage:
        "The date the action is due must be within 12 months of today " +
        "(15 September 2027 or earlier)",
    });
  });
});

describe("evidence", () => {
  it("is never read by another provider, nor the review it belongs to", async () => {
    const { provider, staff } = await providerWithStaff();
    const stranger = (await providerWithStaff()).staff;
    const { reviewId } = await openQr1(provider);
    const { items } = await callerFor(staff.actor).review.read({ reviewId });
    const file = await upload(staff);
    await callerFor(staff.actor).review.answer({
      reviewId,
      answers: [{ itemId: items[0].id, statement: "See file", evidenceIds: [file.id] }],
    });

    const read = await rejection(callerFor(stranger.actor).review.read({ reviewId }));
    expect(read.code).toBe("NOT_FOUND");
    const openActions = await rejection(
      callerFor(stranger.actor).review.yearOpenActions({ reviewId }),
    );
    expect(openActions.code).toBe("NOT_FOUND");
    await expect(
      readDocument({ db, actor: stranger.actor, documentId: file.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const listed = await callerFor(stranger.actor).review.list({});
    expect(listed.map((row) => row.id)).not.toContain(reviewId);
    const answered = await rejection(
      callerFor(stranger.actor).review.answer({
        reviewId,
        answers: [{ itemId: items[0].id, statement: "Mine", evidenceIds: [] }],
      }),
    );
    expect(answered.code).toBe("NOT_FOUND");

    const own = await readDocument({ db, actor: officer.actor, documentId: file.id });
    expect(own.name).toBe("evidence.pdf");
  });

  it("can be taken off a requirement by the provider before submitting, never after", async () => {
    const { provider, staff } = await providerWithStaff();
    const stranger = (await providerWithStaff()).staff;
    const { reviewId } = await openQr1(provider);
    const { items } = await callerFor(staff.actor).review.read({ reviewId });
    const wrong = await upload(staff, "wrong-pupil-list.pdf");
    const right = await upload(staff, "safeguarding-policy.pdf");
    const answer = (change: { evidenceIds?: string[]; removeEvidenceIds?: string[] }) => ({
      reviewId,
      answers: [{ itemId: items[0].id, statement: "See the policy", ...change }],
    });
    await callerFor(staff.actor).review.answer(answer({ evidenceIds: [wrong.id, right.id] }));

    // Another provider cannot even reach the review; a file not on this requirement is refused.
    const foreign = await rejection(
      callerFor(stranger.actor).review.answer(answer({ removeEvidenceIds: [wrong.id] })),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    const elsewhere = await rejection(
      callerFor(staff.actor).review.answer({
        reviewId,
        answers: [{ itemId: items[1].id, statement: "Cover", removeEvidenceIds: [wrong.id] }],
      }),
    );
    expect(fieldMessages(elsewhere)).toEqual({
      "answers.0.removeEvidenceIds": "Choose only files attached to Employer's liability insurance",
    });

    await callerFor(staff.actor).review.answer(answer({ removeEvidenceIds: [wrong.id] }));
    const read = await callerFor(officer.actor).review.read({ reviewId });
    expect(read.items[0].evidence.map((file) => file.originalName)).toEqual([
      "safeguarding-policy.pdf",
    ]);
    // Kept, not deleted: the file only leaves the review, and the audit says so.
    const kept = await db.document.findUniqueOrThrow({ where: { id: wrong.id } });
    expect(kept.reviewRequirementId).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "review.detachEvidence", recordId: wrong.id },
    });
    expect(audit.actorUserId).toBe(staff.id);

    await callerFor(staff.actor).review.answer({
      reviewId,
      answers: items.map((item) => ({
        itemId: item.id,
        statement: "Answered",
        expiresOn: item.asksExpiry ? "2027-08-31" : undefined,
      })),
    });
    await callerFor(staff.actor).review.submit({ reviewId });
    const late = await rejection(
      callerFor(staff.actor).review.answer(answer({ removeEvidenceIds: [right.id] })),
    );
    expect(late.message).toBe(
      "This review has been submitted, so the answers can no longer be changed",
    );
    const still = await db.document.findUniqueOrThrow({ where: { id: right.id } });
    expect(still.reviewRequirementId).toBe(items[0].id);
  });

  it("that cannot be claimed refuses the whole answer, leaving nothing half-saved", async () => {
    const { provider, staff } = await providerWithStaff();
    const { reviewId } = await openQr1(provider);
    const { items } = await callerFor(staff.actor).review.read({ reviewId });
    const file = await upload(staff);

    const refused = await rejection(
      callerFor(staff.actor).review.answer({
        reviewId,
        answers: [
          { itemId: items[0].id, statement: "Policy attached", evidenceIds: [file.id] },
          {
            itemId: items[2].id,
            statement: "Assessment attached",
            evidenceIds: [crypto.randomUUID()],
          },
        ],
      }),
    );
    expect(fieldMessages(refused)).toEqual({
      "answers.1.evidenceIds": "One of the files could not be found. Remove it and upload it again",
    });
    const stored = await db.reviewRequirement.findMany({
      where: { reviewId, statement: { not: null } },
    });
    expect(stored).toHaveLength(0);
    const document = await db.document.findUniqueOrThrow({ where: { id: file.id } });
    expect(document.reviewRequirementId).toBeNull();
  });

  it("uploaded by someone else cannot be claimed", async () => {
    const { provider, staff } = await providerWithStaff();
    const stranger = (await providerWithStaff()).staff;
    const { reviewId } = await openQr1(provider);
    const { items } = await callerFor(staff.actor).review.read({ reviewId });
    const theirs = await upload(stranger);
    const refused = await rejection(
      callerFor(staff.actor).review.answer({
        reviewId,
        answers: [{ itemId: items[0].id, statement: "Ours", evidenceIds: [theirs.id] }],
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(
      (await db.document.findUniqueOrThrow({ where: { id: theirs.id } })).reviewRequirementId,
    ).toBeNull();
  });
});

/** A provider whose Quality Review 1 has had feedback with one action still open. */
async function afterFirstReview() {
  const world = await providerWithStaff();
  const { reviewId } = await openQr1(world.provider);
  const [policy, insurance, fire] = await answeredAndSubmitted(world.staff, reviewId);
  await callerFor(officer.actor).review.judge({
    reviewId,
    judgements: [
      { itemId: policy.id, judgement: "MET", judgedAt: null },
      { itemId: insurance.id, judgement: "MET", judgedAt: null },
      { itemId: fire.id, judgement: "NOT_MET", comment: "Missing", judgedAt: null },
    ],
  });
  await callerFor(officer.actor).review.giveFeedback({
    reviewId,
    summary: "One gap",
    actions: [
      {
        description: "Do the fire risk assessment",
        owner: "Manager",
        dueOn: daysFromToday(20),
        reviewRequirementId: fire.id,
      },
    ],
  });
  return { ...world, qr1Id: reviewId };
}

describe("the site visit and the follow-up", () => {
  it("records the visit and observations, shows review 1's open actions", async () => {
    const { provider, staff, qr1Id } = await afterFirstReview();
    const officerCalls = callerFor(officer.actor).review;
    const { reviewId } = await officerCalls.open({
      providerId: provider.id,
      startYear: YEAR,
      kind: "QR2",
      dueOn: "2026-12-01",
    });
    const visit = await officerCalls.read({ reviewId });
    expect(visit.mode).toBe("ON_SITE");
    expect(visit.yearOpenActions.map((action) => action.review.id)).toEqual([qr1Id]);
    expect(visit.yearOpenActions[0].description).toBe("Do the fire risk assessment");

    const early = await rejection(
      officerCalls.giveFeedback({ reviewId, summary: "Good", actions: [] }),
    );
    const [fireAction] = visit.yearOpenActions;
    expect(fieldMessages(early)).toEqual({
      summary:
        "Record the visit before giving feedback. Still missing: the date of the visit; " +
        "at least one lesson observation; the safeguarding spot-check; the site spot-check; " +
        `a revisit note for action ${fireAction.reference}`,
    });

    await officerCalls.recordVisit({
      reviewId,
      visitedOn: "2026-12-01",
      visitors: "Quality officer and monitoring officer",
      learnerVoice: "Learners enjoy the practical work",
      safeguardingSpotCheck: "DSL named on posters in every room",
      siteSpotCheck: "Fire exits clear",
    });
    for (const session of ["Level 1 carpentry", "Functional skills maths"]) {
      await officerCalls.addObservation({
        reviewId,
        observedOn: "2026-12-01",
        session,
        observer: "Quality officer",
        strengths: "Clear demonstrations",
        areasToDevelop: "Check understanding more often",
      });
    }
    const future = await rejection(
      officerCalls.recordVisit({ reviewId, visitedOn: daysFromToday(3), visitors: "Me" }),
    );
    expect(fieldMessages(future)).toEqual({
      visitedOn: "The date of the visit must be today or in the past",
    });

    const unrevisited = await rejection(
      officerCalls.giveFeedback({ reviewId, summary: "Teaching is good", actions: [] }),
    );
    expect(fieldMessages(unrevisited)).toEqual({
      summary:
        "Record the visit before giving feedback. Still missing: " +
        `a revisit note for action ${fireAction.reference}`,
    });
    // Revisited at this visit, before its feedback, from the action's page.
    await callerFor(officer.actor).qualityAction.revisit({
      actionId: fireAction.id,
      reviewId,
      note: "Assessment booked for January",
    });
    await officerCalls.giveFeedback({ reviewId, summary: "Teaching is good", actions: [] });
    const done = await callerFor(staff.actor).review.read({ reviewId });
    expect(done.status).toBe("FEEDBACK_GIVEN");
    expect(done.observations.map((o) => o.session)).toEqual([
      "Level 1 carpentry",
      "Functional skills maths",
    ]);
    expect(done.learnerVoice).toBe("Learners enjoy the practical work");

    const closed = await rejection(
      officerCalls.addObservation({
        reviewId,
        observedOn: "2026-12-01",
        session: "Late",
        observer: "Officer",
        strengths: "s",
        areasToDevelop: "a",
      }),
    );
    expect(closed.code).toBe("CONFLICT");
  });

  it("refuses a site visit's feedback without the spot-checks, naming each", async () => {
    const { provider } = await afterFirstReview();
    const officerCalls = callerFor(officer.actor).review;
    const { reviewId } = await officerCalls.open({
      providerId: provider.id,
      startYear: YEAR,
      kind: "QR2",
      dueOn: "2026-12-01",
    });
    const [action] = (await officerCalls.read({ reviewId })).yearOpenActions;
    await callerFor(officer.actor).qualityAction.revisit({
      actionId: action.id,
      reviewId,
      note: "Still open",
    });
    await officerCalls.recordVisit({ reviewId, visitedOn: "2026-12-01", visitors: "Officer" });
    await officerCalls.addObservation({
      reviewId,
      observedOn: "2026-12-01",
      session: "English",
      observer: "Officer",
      strengths: "Pace",
      areasToDevelop: "Questioning",
    });
    const refused = await rejection(
      officerCalls.giveFeedback({ reviewId, summary: "Good", actions: [] }),
    );
    expect(fieldMessages(refused)).toEqual({
      summary:
        "Record the visit before giving feedback. Still missing: " +
        "the safeguarding spot-check; the site spot-check",
    });
    expect((await db.qualityReview.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe(
      "OPEN",
    );
  });

  it("refuses a follow-up's feedback until the visit date and every open action are in", async () => {
    const { provider } = await afterFirstReview();
    const officerCalls = callerFor(officer.actor).review;
    const { reviewId } = await officerCalls.open({
      providerId: provider.id,
      startYear: YEAR,
      kind: "FOLLOW_UP",
      mode: "VIRTUAL",
      dueOn: "2027-06-15",
    });
    const [action] = (await officerCalls.read({ reviewId })).yearOpenActions;
    const refused = await rejection(
      officerCalls.giveFeedback({ reviewId, summary: "Done", actions: [] }),
    );
    // No observation or spot-check is asked of a follow-up, which may be virtual.
    expect(fieldMessages(refused)).toEqual({
      summary:
        "Record the visit before giving feedback. Still missing: the date of the visit; " +
        `a revisit note for action ${action.reference}`,
    });
    await db.qualityReview.update({
      where: { id: reviewId },
      data: { visitedOn: new Date("2027-06-15T00:00:00Z"), visitors: "Officer" },
    });
    await callerFor(officer.actor).qualityAction.revisit({
      actionId: action.id,
      reviewId,
      note: "Done",
    });
    await officerCalls.giveFeedback({ reviewId, summary: "Done", actions: [] });
    const done = await db.qualityReview.findUniqueOrThrow({ where: { id: reviewId } });
    expect(done.status).toBe("FEEDBACK_GIVEN");
  });

  it("needs Quality Review 1 before the site visit", async () => {
    const { provider } = await providerWithStaff();
    const refused = await rejection(
      callerFor(officer.actor).review.open({
        providerId: provider.id,
        startYear: YEAR,
        kind: "QR2",
        dueOn: "2027-02-01",
      }),
    );
    expect(fieldMessages(refused)).toEqual({
      kind: "Open Quality Review 1 for this provider's 2026/27 year first",
    });
  });

  it("opens a follow-up only in the summer term and only while actions remain open", async () => {
    const { provider } = await providerWithStaff();
    await openQr1(provider);
    const followUp = {
      providerId: provider.id,
      startYear: YEAR,
      kind: "FOLLOW_UP" as const,
      mode: "VIRTUAL" as const,
    };
    const none = await rejection(
      callerFor(officer.actor).review.open({ ...followUp, dueOn: "2027-06-15" }),
    );
    expect(fieldMessages(none)).toEqual({
      kind:
        "A follow-up visit is for actions that remain open, and this provider has none " +
        "open in 2026/27",
    });

    const withActions = await afterFirstReview();
    const outside = await rejection(
      callerFor(officer.actor).review.open({
        ...followUp,
        providerId: withActions.provider.id,
        dueOn: "2027-02-01",
      }),
    );
    expect(fieldMessages(outside).dueOn).toMatch(
      /^A follow-up visit takes place in the summer term/,
    );
    const opened = await callerFor(officer.actor).review.open({
      ...followUp,
      providerId: withActions.provider.id,
      dueOn: "2027-06-15",
    });
    const read = await callerFor(withActions.staff.actor).review.read({
      reviewId: opened.reviewId,
    });
    expect(read.mode).toBe("VIRTUAL");
    expect(read.yearOpenActions).toHaveLength(1);
  });
});

describe("the review list", () => {
  it("shows a provider only its own reviews, the officer every provider's", async () => {
    const first = await providerWithStaff();
    const second = await providerWithStaff();
    const mine = await openQr1(first.provider);
    const theirs = await openQr1(second.provider);

    const own = await callerFor(first.staff.actor).review.list({});
    expect(own.map((row) => row.id)).toEqual([mine.reviewId]);
    expect(own[0]).toMatchObject({ requirements: 3, answered: 0, judged: 0, openActions: 0 });
    const filtered = await callerFor(officer.actor).review.list({ providerId: second.provider.id });
    expect(filtered.map((row) => row.id)).toEqual([theirs.reviewId]);
    const providers = await callerFor(first.dsl.actor).review.providers();
    expect(providers).toEqual([{ id: first.provider.id, name: first.provider.name }]);
  });
});
