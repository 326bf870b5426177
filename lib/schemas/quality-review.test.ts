import { describe, expect, it } from "vitest";
import {
  academicStartYearOf,
  academicYearLabel,
  answerReviewSchema,
  dueTooLate,
  giveFeedbackSchema,
  judgeReviewSchema,
  openReviewSchema,
} from "./quality-review";

const ID = "7b0c9a43-6d7f-4c39-9b38-2d2f7d3e0a11";
const OTHER = "0f4f3f5e-3b8a-4b57-8c36-0d8e36a4c1b2";

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
}

describe("review years", () => {
  it("start in September", () => {
    expect(academicStartYearOf("2026-09-01")).toBe(2026);
    expect(academicStartYearOf("2027-08-31")).toBe(2026);
    expect(academicYearLabel(2026)).toBe("2026/27");
    expect(academicYearLabel(2099)).toBe("2099/00");
  });
});

describe("openReviewSchema", () => {
  it("asks how a follow-up takes place, and takes an unchosen mode as none", () => {
    const base = { providerId: ID, startYear: "2026", dueOn: "2027-06-15", mode: null };
    expect(messages(openReviewSchema.safeParse({ ...base, kind: "FOLLOW_UP" }))).toEqual({
      mode: "Select whether the follow-up is on site or virtual",
    });
    const qr1 = openReviewSchema.parse({ ...base, kind: "QR1" });
    expect(qr1.startYear).toBe(2026);
  });
});

describe("judgeReviewSchema", () => {
  it("needs a comment for partly met and not met, and at least one mark", () => {
    const judged = judgeReviewSchema.safeParse({
      reviewId: ID,
      judgements: [
        { itemId: ID, judgement: "MET", comment: "", judgedAt: null },
        { itemId: OTHER, judgement: "PARTLY_MET", comment: "  ", judgedAt: null },
      ],
    });
    expect(messages(judged)).toEqual({
      "judgements.1.comment": "Enter a comment saying what is missing",
    });
    const none = judgeReviewSchema.safeParse({
      reviewId: ID,
      judgements: [{ itemId: ID, judgement: null, comment: "", judgedAt: null }],
    });
    expect(messages(none)).toEqual({ judgements: "Mark at least one requirement" });
  });

  it("needs each entry to say when it was last marked as the officer saw it", () => {
    const unsaid = judgeReviewSchema.safeParse({
      reviewId: ID,
      judgements: [{ itemId: ID, judgement: "MET" }],
    });
    expect(messages(unsaid)).toEqual({
      "judgements.0.judgedAt": "Reload the page and mark the requirement again",
    });
  });
});

describe("answerReviewSchema", () => {
  it("keeps a field left out apart from one sent blank", () => {
    const parsed = answerReviewSchema.parse({
      reviewId: ID,
      answers: [{ itemId: ID }, { itemId: OTHER, statement: "  ", expiresOn: "" }],
    });
    expect(parsed.answers[0].statement).toBeUndefined();
    expect(parsed.answers[0].expiresOn).toBeUndefined();
    expect(parsed.answers[1]).toMatchObject({ statement: null, expiresOn: null });
  });
});

describe("dueTooLate", () => {
  it("allows up to twelve months from today", () => {
    expect(dueTooLate("2027-12-04", "2026-12-04")).toBeNull();
    expect(dueTooLate("2027-12-05", "2026-12-04")).toBe(
      "The date the action is due must be within 12 months of today (4 December 2027 or earlier)",
    );
  });
});

describe("giveFeedbackSchema", () => {
  it("reads an action's blank requirement as none", () => {
    const parsed = giveFeedbackSchema.parse({
      reviewId: ID,
      summary: "Good",
      actions: [
        { description: "Do it", owner: "Manager", dueOn: "2027-01-10", reviewRequirementId: "" },
      ],
    });
    expect(parsed.actions[0].reviewRequirementId).toBeUndefined();
    expect(parsed.actions[0].providerPlanReference).toBeUndefined();
  });
});
