import { describe, expect, it } from "vitest";
import { afterFailure, isLocked } from "./throttle";

const t0 = new Date("2026-12-04T09:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("sign-in throttle", () => {
  it("locks for 15 minutes on the fifth failure within 15 minutes", () => {
    let state = afterFailure(null, t0);
    for (const minute of [1, 2, 3]) {
      state = afterFailure(state, at(minute));
    }
    expect(state.failures).toBe(4);
    expect(isLocked(state, at(4))).toBe(false);
    state = afterFailure(state, at(4));
    expect(state.lockedUntil).toEqual(at(19));
    expect(isLocked(state, at(18))).toBe(true);
    expect(isLocked(state, at(19))).toBe(false);
  });

  it("starts counting again once the window has passed", () => {
    let state = afterFailure(null, t0);
    state = afterFailure(state, at(5));
    state = afterFailure(state, at(16));
    expect(state).toEqual({ failures: 1, windowStart: at(16), lockedUntil: null });
  });
});
