import { describe, expect, it } from "vitest";
import {
  meetingRecordSchema,
  meetingRuleIssues,
  needsReviewDate,
  type MeetingRecordInput,
} from "./meeting";

const PLACEMENT = "5f0c1a9e-3b1d-4c2e-9f7a-1b2c3d4e5f60";
const TARGET = "0b6f2c1e-8a4d-4f3b-9c2e-7d6a5b4c3d21";

// A meeting on Wednesday 2 December 2026 at 2pm UK time (UTC in winter).
const VALID: MeetingRecordInput = {
  placementId: PLACEMENT,
  heldAt: new Date("2026-12-02T14:00:00Z"),
  type: "ATTENDANCE",
  attendees: [
    { party: "SERVICE", name: "Morag Officer", attended: true },
    { party: "PARENT_CARER", name: "Pat", attended: false },
  ],
  discussion: "Attendance has fallen.",
  studentView: "The bus is late.",
  targets: [
    { description: "Attend", ownerName: "Student", ownerParty: "STUDENT", dueOn: "2026-12-09" },
  ],
  outcome: "REVIEW",
  reviewOn: "2026-12-16",
};

/** Field → message of a refused input. */
function problems(input: MeetingRecordInput): Record<string, string> {
  const result = meetingRecordSchema.safeParse(input);
  if (result.success) {
    return {};
  }
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("the student meeting form", () => {
  it("accepts a complete meeting", () => {
    expect(problems(VALID)).toEqual({});
  });

  it("refuses a meeting in the future", () => {
    const later = new Date(Date.now() + 60_000);
    expect(problems({ ...VALID, heldAt: later, targets: [], reviewOn: "2099-01-01" })).toEqual({
      heldAt: "The meeting must be now or in the past",
    });
  });

  it("needs someone who attended, and a party and name for each person", () => {
    const nobody = VALID.attendees.map((a) => ({ ...a, attended: false }));
    expect(problems({ ...VALID, attendees: nobody })).toEqual({
      attendees: "At least one person must have attended",
    });
    expect(problems({ ...VALID, attendees: [] })).toEqual({
      attendees: "Add the people invited to the meeting",
    });
    const unnamed = [{ party: "SCHOOL" as const, name: "  ", attended: true }];
    expect(problems({ ...VALID, attendees: unnamed })).toEqual({
      "attendees.0.name": "Enter the attendee's name",
    });
    const noParty = [{ name: "Sam", attended: true } as never];
    expect(problems({ ...VALID, attendees: noParty })).toEqual({
      "attendees.0.party": "Select whom the person came for",
    });
  });

  it("needs each target's description, owner and a due date from the meeting's day on", () => {
    const early = [{ ...VALID.targets![0], dueOn: "2026-12-01" }];
    expect(problems({ ...VALID, targets: early })).toEqual({
      "targets.0.dueOn": "The target's due date must be on or after the date of the meeting",
    });
    const sameDay = [{ ...VALID.targets![0], dueOn: "2026-12-02" }];
    expect(problems({ ...VALID, targets: sameDay })).toEqual({});
    const blank = [{ ...VALID.targets![0], description: "", ownerName: "" }];
    expect(problems({ ...VALID, targets: blank })).toEqual({
      "targets.0.description": "Enter what the target is",
      "targets.0.ownerName": "Enter who owns the target",
    });
  });

  it("needs a review date with targets or a REVIEW outcome, not otherwise", () => {
    expect(problems({ ...VALID, reviewOn: "" })).toEqual({ reviewOn: "Enter the review date" });
    expect(problems({ ...VALID, targets: [], reviewOn: "" })).toEqual({
      reviewOn: "Enter the review date",
    });
    expect(problems({ ...VALID, targets: [], outcome: "CONTINUE", reviewOn: "" })).toEqual({});
    const withdrawal = { ...VALID, targets: [], outcome: "CONSIDER_WITHDRAWAL" as const };
    expect(problems({ ...withdrawal, reviewOn: "" })).toEqual({});
    expect(needsReviewDate({ targets: [], outcome: "CONTINUE" })).toBe(false);
  });

  it("puts the review date after the meeting and on or after the last target's due date", () => {
    expect(problems({ ...VALID, targets: [], reviewOn: "2026-12-02" })).toEqual({
      reviewOn: "The review date must be after the date of the meeting",
    });
    expect(problems({ ...VALID, reviewOn: "2026-12-08" })).toEqual({
      reviewOn: "The review date must be on or after the last target's due date",
    });
    expect(problems({ ...VALID, reviewOn: "2026-12-09" })).toEqual({});
  });

  it("compares dates in UK time: 11:30pm in summer is the next UTC day", () => {
    const late = {
      ...VALID,
      heldAt: new Date("2026-06-30T22:30:00Z"),
      targets: [],
      reviewedTargets: [],
    };
    // 11:30pm on 30 June UK: a review on 1 July is the next day, so it is after the meeting.
    expect(meetingRuleIssues({ ...late, reviewOn: "2026-07-01" } as never, new Date())).toEqual([]);
    expect(
      meetingRuleIssues({ ...late, reviewOn: "2026-06-30" } as never, new Date()).map(
        (i) => i.path,
      ),
    ).toEqual([["reviewOn"]]);
  });

  it("takes a status for each reviewed target on a review meeting only", () => {
    const reviewed = [{ targetId: TARGET, status: "MET" as const }];
    expect(problems({ ...VALID, reviewedTargets: reviewed })).toEqual({
      reviewedTargets: "Targets are reviewed only at a review meeting",
    });
    const review = { ...VALID, reviewOfId: TARGET };
    expect(problems({ ...review, reviewedTargets: reviewed })).toEqual({});
    const noStatus = [{ targetId: TARGET } as never];
    expect(problems({ ...review, reviewedTargets: noStatus })).toEqual({
      "reviewedTargets.0.status": "Select whether the target was met, partly met or not met",
    });
  });
});
