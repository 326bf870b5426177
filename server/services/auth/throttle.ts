export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return Boolean(state?.lockedUntil && state.lockedUntil > now);
}

/** The state after one more failed attempt: the fifth failure in 15 minutes locks 15 minutes. */
export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const windowOpen = state && now.getTime() - state.windowStart.getTime() < FAILURE_WINDOW_MS;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStart = windowOpen ? state.windowStart : now;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null;
  return { failures, windowStart, lockedUntil };
}
