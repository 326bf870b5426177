import { describe, expect, it } from "vitest";
import { actionDueState } from "@/lib/quality-action-due";
import { buildSeedData } from "./build";
import { createContext } from "./context";

const TODAY = "2026-12-04";
const { qualityActions: records, orgs } = buildSeedData(createContext(TODAY), "hash", 300);

describe("demo quality actions", () => {
  it("give the first provider one action in each state the demo shows", () => {
    expect(records?.providerId).toBe(orgs.providers[0].id);
    expect(records?.startYear).toBe(2026);
    const states = records!.actions.map((action) => [
      action.status ?? "OPEN",
      actionDueState(action.dueOn as Date, action.status ?? "OPEN", TODAY),
    ]);
    expect(states).toEqual([
      ["OPEN", "OVERDUE"],
      ["EVIDENCE_SUBMITTED", null],
      ["CLOSED", null],
      ["OPEN", "DUE_SOON"],
    ]);
  });

  it("keeps the closed action's history: returned once, then closed, each with a file", () => {
    const closed = records!.actions[2];
    const history = records!.submissions.filter((s) => s.actionId === closed.id);
    expect(history.map((s) => s.decision)).toEqual(["RETURNED", "CLOSED"]);
    for (const submission of history) {
      expect(records!.documents.filter((d) => d.actionSubmissionId === submission.id)).toHaveLength(
        1,
      );
    }
  });
});
