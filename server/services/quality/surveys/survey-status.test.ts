import { describe, expect, it } from "vitest";
import { surveyStatus } from "./survey-status";

const opened = new Date("2026-11-02T09:00:00Z");
const closesOn = new Date("2026-12-04T00:00:00Z");

describe("surveyStatus", () => {
  it("is a draft until opened, whatever its dates", () => {
    expect(surveyStatus({ openedAt: null, closedAt: null, closesOn }, "2027-01-01")).toBe("DRAFT");
  });

  it("takes answers all through the closing day", () => {
    const survey = { openedAt: opened, closedAt: null, closesOn };
    expect(surveyStatus(survey, "2026-12-04")).toBe("OPEN");
    expect(surveyStatus(survey, "2026-12-05")).toBe("CLOSED");
  });

  it("is closed once the officer closes it, before its closing date", () => {
    const survey = { openedAt: opened, closedAt: new Date("2026-11-20T10:00:00Z"), closesOn };
    expect(surveyStatus(survey, "2026-11-21")).toBe("CLOSED");
  });
});
