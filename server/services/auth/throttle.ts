import type { PrismaClient } from "@/server/db/generated/client";

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
}

/**
 * Whether an attempt may be checked, given the count after this attempt was taken: up to
 * five attempts without a success in the window are checked; the sixth is refused and locks
 * the address for 15 minutes.
 */
export function attemptAllowed(state: ThrottleState, now: Date): boolean {
  if (state.lockedUntil && state.lockedUntil > now) {
    return false;
  }
  return state.failures <= MAX_FAILURES;
}

/**
 * Takes one attempt for an address, atomically: the count is raised in the same statement
 * that reads it, so attempts sent at once each get their own number and cannot all slip
 * through on a stale count. A success clears the row (`clearAttempts`).
 */
export async function takeAttempt(db: PrismaClient, email: string, now: Date): Promise<boolean> {
  const windowOpenedAfter = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const [state] = await db.$queryRaw<ThrottleState[]>`
    INSERT INTO "SignInThrottle" ("email", "failures", "windowStart")
    VALUES (${email}, 1, ${now})
    ON CONFLICT ("email") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" <= ${windowOpenedAfter}
        THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" <= ${windowOpenedAfter}
        THEN ${now} ELSE "SignInThrottle"."windowStart" END
    RETURNING "failures", "lockedUntil"`;
  if (attemptAllowed(state, now)) {
    return true;
  }
  if (!state.lockedUntil || state.lockedUntil <= now) {
    const lockedUntil = new Date(now.getTime() + LOCK_MS);
    await db.signInThrottle.update({ where: { email }, data: { lockedUntil } });
  }
  return false;
}

export async function clearAttempts(db: PrismaClient, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { email } });
}
