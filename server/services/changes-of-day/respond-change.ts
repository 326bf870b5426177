import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { formatDate } from "@/lib/dates";
import type { respondChangeOfDaySchema } from "@/lib/schemas/change-of-day";
import { toDateOnly } from "@/lib/schemas/common";
import { CHANGE_OF_DAY_WORKING_DAYS, dueOnAfter } from "@/server/calendar/request-deadlines";
import {
  notifyOrganisation,
  notifyServiceRoles,
} from "@/server/services/notifications/notify-organisation";
import { assertChangeStatus, findChangeInScope, moveChange } from "./change-access";

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: z.output<typeof respondChangeOfDaySchema>;
  now?: Date;
}

/**
 * The provider agrees or declines, with its reason and its view of the effect on the
 * student. Only an agreed change reaches the admin, whose 2 working days start now.
 */
export async function respondToChangeOfDay({ db, actor, input, now = new Date() }: Options) {
  const { requestId, decision } = input;
  const agreed = decision === "AGREED";
  const dueOn = agreed ? dueOnAfter(now, CHANGE_OF_DAY_WORKING_DAYS) : null;

  const request = await db.$transaction(async (tx) => {
    const found = await findChangeInScope(tx, actor, requestId, {});
    assertChangeStatus(found, "PROPOSED");
    await moveChange(
      tx,
      found,
      {
        status: decision,
        respondedAt: now,
        respondedById: actor.userId,
        providerReason: input.reason,
        providerImpactAchievement: input.impactAchievement,
        providerImpactHealth: input.impactHealth,
        providerImpactWellbeing: input.impactWellbeing,
        dueOn: dueOn ? toDateOnly(dueOn) : null,
        // A declined change is closed: the day is free for another proposal.
        openSlot: agreed ? found.openSlot : null,
      },
      "Someone else has just answered this change of day",
    );
    await recordAudit(tx, actor, {
      action: "changeOfDay.respond",
      recordType: "ChangeOfDayRequest",
      recordId: requestId,
      detail: { decision, dueOn },
    });
    return found;
  });

  const link = `/changes-of-day/${request.id}`;
  await notifyOrganisation(db, request.schoolId, {
    kind: agreed ? "changeOfDay.agreed" : "changeOfDay.declined",
    title: `Change of day ${request.reference} ${agreed ? "agreed" : "declined"} by the provider`,
    body: agreed
      ? "The service will update its records and confirm the change."
      : "The provider's reason is on the request.",
    link,
  });
  if (agreed) {
    await notifyServiceRoles(db, ["SERVICE_ADMIN"], {
      kind: "changeOfDay.toProcess",
      title: `Change of day ${request.reference} to process`,
      body: `Process it by ${formatDate(dueOn!)} (2 working days).`,
      link,
    });
  }
  return { requestId, status: decision, dueOn };
}
