import { SHORT_SESSION_ROLES, type Role } from "./roles";

export const IDLE_LIMIT_MS = 30 * 60 * 1000;
export const ABSOLUTE_LIMIT_MS = 12 * 60 * 60 * 1000;
/** Other roles still sign in again after a working week. */
export const STANDARD_LIMIT_MS = 7 * 24 * 60 * 60 * 1000;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

export type SessionVerdict = { valid: true } | { valid: false; reason: "IDLE" | "ABSOLUTE" };

/** Whether a session may still be used at `now`, given the roles it carries. */
export function judgeSession(
  roles: readonly Role[],
  times: SessionTimes,
  now: Date,
): SessionVerdict {
  const short = roles.some((role) => SHORT_SESSION_ROLES.includes(role));
  const age = now.getTime() - times.createdAt.getTime();
  const idle = now.getTime() - times.lastSeenAt.getTime();
  if (age > (short ? ABSOLUTE_LIMIT_MS : STANDARD_LIMIT_MS)) {
    return { valid: false, reason: "ABSOLUTE" };
  }
  if (short && idle > IDLE_LIMIT_MS) {
    return { valid: false, reason: "IDLE" };
  }
  return { valid: true };
}
