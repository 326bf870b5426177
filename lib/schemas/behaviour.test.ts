import { describe, expect, it } from "vitest";
import { behaviourListSchema, behaviourLogSchema, behaviourTypeText } from "./behaviour";

const A = "6f1c1a52-8a1e-4a8e-9d59-1f7e0e0c6b11";
const B = "0b5d7c1e-2f4a-4c3b-8e6d-9a1b2c3d4e5f";

const VALID = {
  studentIds: [A, B],
  occurredAt: "2026-11-02T10:15",
  location: "Workshop",
  type: "VERBAL_ABUSE",
  severity: "LOW",
  description: "Swore at the tutor when asked to put tools away; J.S. was present.",
  actionTaken: "Time out, spoke with the student",
  parentCarerInformed: "YES",
  schoolInformed: "NO",
};

function issues(input: Record<string, unknown>) {
  const result = behaviourLogSchema.safeParse({ ...VALID, ...input });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("behaviourLogSchema", () => {
  it("accepts a complete incident, with yes and no as booleans", () => {
    const parsed = behaviourLogSchema.parse(VALID);
    expect(parsed).toMatchObject({ parentCarerInformed: true, schoolInformed: false });
    expect(parsed.occurredAt).toBeInstanceOf(Date);
    expect(parsed.otherType).toBeUndefined();
  });

  it("asks what kind of incident it was when the type is other", () => {
    expect(issues({ type: "OTHER", otherType: "  " })).toEqual({
      otherType: "Enter what kind of incident it was",
    });
    expect(
      behaviourLogSchema.parse({ ...VALID, type: "OTHER", otherType: "Spitting" }),
    ).toMatchObject({ type: "OTHER", otherType: "Spitting" });
  });

  it("drops an other type left over from another choice", () => {
    expect(behaviourLogSchema.parse({ ...VALID, otherType: "Spitting" }).otherType).toBeUndefined();
  });

  it("refuses a time in the future", () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect(issues({ occurredAt: tomorrow })).toEqual({
      occurredAt: "When it happened must be now or in the past",
    });
  });

  it("asks for when it happened when it is blank", () => {
    expect(issues({ occurredAt: "" })).toEqual({ occurredAt: "Enter when it happened" });
  });

  it("needs at least one student, each once", () => {
    expect(issues({ studentIds: [] })).toEqual({
      studentIds: "Select at least one student involved",
    });
    expect(issues({ studentIds: [A, A] })).toEqual({ studentIds: "Select each student once" });
  });

  it("names every field left blank", () => {
    expect(
      issues({
        location: "",
        type: undefined,
        severity: undefined,
        description: " ",
        actionTaken: "",
        parentCarerInformed: undefined,
        schoolInformed: undefined,
      }),
    ).toEqual({
      location: "Enter where it happened",
      type: "Select the type of incident",
      severity: "Select how serious the incident was",
      description: "Enter what happened",
      actionTaken: "Enter the action taken",
      parentCarerInformed: "Select whether the parent or carer was told",
      schoolInformed: "Select whether the school was told",
    });
  });
});

describe("behaviourListSchema", () => {
  it("refuses a to date before the from date", () => {
    const result = behaviourListSchema.safeParse({ from: "2026-11-03", to: "2026-11-02" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["to"],
      message: "The to date must be the same as or after the from date",
    });
  });
});

describe("behaviourTypeText", () => {
  it("names the other type when there is one", () => {
    expect(behaviourTypeText("OTHER", "Spitting")).toBe("Other: Spitting");
    expect(behaviourTypeText("DAMAGE", null)).toBe("Damage to property");
  });
});

describe("a form the browser has already parsed", () => {
  it("parses again on the server to the same values", () => {
    const once = behaviourLogSchema.parse({ ...VALID, type: "OTHER", otherType: "Spitting" });
    expect(behaviourLogSchema.parse(once)).toEqual(once);
  });
});
