import { describe, expect, it } from "vitest";
import { attemptAllowed } from "./throttle";

const now = new Date("2026-12-04T09:00:00Z");

describe("sign-in throttle", () => {
  it("checks the first five attempts in the window and refuses the sixth", () => {
    expect(attemptAllowed({ failures: 5, lockedUntil: null }, now)).toBe(true);
    expect(attemptAllowed({ failures: 6, lockedUntil: null }, now)).toBe(false);
  });

  it("refuses every attempt while the address is locked", () => {
    const lockedUntil = new Date("2026-12-04T09:10:00Z");
    expect(attemptAllowed({ failures: 1, lockedUntil }, now)).toBe(false);
    expect(attemptAllowed({ failures: 1, lockedUntil: now }, now)).toBe(true);
  });
});
