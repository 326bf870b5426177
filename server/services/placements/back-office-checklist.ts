import type { Actor } from "@/server/auth/roles";
import type { ChecklistStep } from "@/lib/schemas/withdrawal";

/**
 * Ticking one system as updated: the columns to write (who and when) and the condition
 * that it is not ticked yet, so two admins ticking at once leave one tick and one refusal.
 */
export function checklistTick(step: ChecklistStep, actor: Actor, now: Date) {
  return step === "CLM"
    ? {
        data: { clmUpdatedAt: now, clmUpdatedById: actor.userId },
        unticked: { clmUpdatedAt: null },
      }
    : {
        data: { capitaUpdatedAt: now, capitaUpdatedById: actor.userId },
        unticked: { capitaUpdatedAt: null },
      };
}
