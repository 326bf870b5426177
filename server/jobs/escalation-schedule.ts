import { getDb } from "@/server/db";
import { logger } from "@/server/logger";
import { escalateUnreadAlerts } from "@/server/services/safeguarding/escalate-unread-alerts";

const MINUTE = 60_000;
const DEFAULT_MINUTES = 5;

/**
 * Minutes between escalation runs from `ESCALATION_INTERVAL_MINUTES`: the default when
 * unset, null (off) for "0" or "off", and off under test so tests decide when it runs.
 */
export function escalationIntervalMinutes(env: NodeJS.ProcessEnv = process.env): number | null {
  if (env.NODE_ENV === "test") {
    return null;
  }
  const text = env.ESCALATION_INTERVAL_MINUTES?.trim().toLowerCase();
  if (!text) {
    return DEFAULT_MINUTES;
  }
  if (text === "off" || text === "0") {
    return null;
  }
  const minutes = Number(text);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_MINUTES;
}

// Kept on globalThis so a `next dev` reload does not start a second timer.
const holder = globalThis as unknown as { capEscalationTimer?: NodeJS.Timeout };

/**
 * Runs `escalateUnreadAlerts` every few minutes while the app is up, so unread school DSL
 * alerts reach the service DSLs without anyone starting `npm run safeguarding:escalate`.
 * Each alert is claimed under a guard, so overlapping runs (two app processes, or this and
 * a cron entry) still escalate it once; a run still going when the next is due is skipped.
 */
export function startEscalationSchedule(env: NodeJS.ProcessEnv = process.env): void {
  const minutes = escalationIntervalMinutes(env);
  const log = logger.child({ job: "safeguarding.escalate" });
  if (minutes === null) {
    log.info("escalation schedule off");
    return;
  }
  if (holder.capEscalationTimer) {
    return;
  }

  let running = false;
  const run = async () => {
    if (running) {
      return;
    }
    running = true;
    try {
      const { escalated, concernIds } = await escalateUnreadAlerts({ db: await getDb() });
      if (escalated > 0) {
        log.info({ escalated, concernIds }, "escalated unread school DSL alerts");
      }
    } catch (err) {
      log.error({ err }, "escalation run failed");
    } finally {
      running = false;
    }
  };
  holder.capEscalationTimer = setInterval(() => void run(), minutes * MINUTE);
  // The timer alone must not keep a process alive that is otherwise shutting down.
  holder.capEscalationTimer.unref();
  log.info({ minutes }, "escalation schedule started");
}
