import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { placementScope, withdrawalScope } from "@/server/auth/scope";
import type { Placement, Prisma, PrismaClient, Weekday } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { ukToday } from "@/lib/dates";
import { dayChoiceText, toDateOnly } from "@/lib/schemas/common";
import type { requestWithdrawalSchema } from "@/lib/schemas/withdrawal";
import type { z } from "zod";
import {
  keptRegistersMessage,
  latestKeptRegister,
} from "@/server/services/placements/kept-registers";
import { OPEN_CHANGE } from "@/server/services/changes-of-day/change-access";
import { assertWorkingEffectiveDate } from "@/server/services/placements/effective-date";
import { nextReference } from "@/server/services/references/next-reference";
import { OPEN_WITHDRAWAL } from "./withdrawal-access";

type Tx = Prisma.TransactionClient;
type Input = z.output<typeof requestWithdrawalSchema>;

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: Input;
  now?: Date;
}

const EFFECTIVE_DATE = "the date the withdrawal takes effect";

/**
 * A school or provider starts a withdrawal request (a draft until submitted) for one or more
 * active placements of one student at one provider, from every day or only some. The draft
 * holds no placement yet: the open slot is taken at submission (ADR 0013).
 */
export async function requestWithdrawal({ db, actor, input, now = new Date() }: Options) {
  const party = requestingParty(actor);
  if (party === "SCHOOL") {
    assertMoAnswered(input, now);
  }
  assertWorkingEffectiveDate(input.effectiveDate, EFFECTIVE_DATE);

  return db.$transaction(async (tx) => {
    const placements = await placementsToWithdraw(tx, actor, input);
    const items = placements.map((placement) => itemFor(placement, input));
    await assertNoOpenChange(tx, input.placementIds);
    await assertRegistersNotKept(tx, items, toDateOnly(input.effectiveDate));
    const reference = await nextReference(tx, "withdrawal", "WDR");
    const request = await tx.withdrawalRequest.create({
      data: {
        reference,
        studentId: placements[0].studentId,
        schoolId: placements[0].schoolId,
        providerId: placements[0].providerId,
        requestedBy: party,
        requestedById: actor.userId,
        effectiveDate: toDateOnly(input.effectiveDate),
        reason: input.reason,
        impactAchievement: input.impactAchievement,
        impactHealth: input.impactHealth,
        impactWellbeing: input.impactWellbeing,
        moConsulted: party === "SCHOOL" ? input.moConsulted === "YES" : null,
        moConsultedOn:
          party === "SCHOOL" && input.moConsultedOn ? toDateOnly(input.moConsultedOn) : null,
        placements: { create: items },
      },
    });
    await recordAudit(tx, actor, {
      action: "withdrawal.request",
      recordType: "WithdrawalRequest",
      recordId: request.id,
      detail: { placementIds: input.placementIds, extent: input.extent },
    });
    return { id: request.id, reference };
  });
}

/** A school says whether it consulted the MO, and when: a date not yet come is refused. */
function assertMoAnswered(input: Input, now: Date) {
  if (!input.moConsulted) {
    throw AppError.invalid(
      "moConsulted",
      "Select whether you consulted the monitoring officer about this withdrawal",
    );
  }
  if (input.moConsulted === "YES" && input.moConsultedOn && input.moConsultedOn > ukToday(now)) {
    throw AppError.invalid(
      "moConsultedOn",
      "The date the monitoring officer was consulted must be today or in the past",
    );
  }
}

function requestingParty(actor: Actor): "SCHOOL" | "PROVIDER" {
  if (actor.organisationKind === "SERVICE") {
    throw new AppError("FORBIDDEN", "Withdrawals are requested by the school or the provider");
  }
  return actor.organisationKind;
}

/** The placements named, each the actor's, active, of one student at one provider, free. */
async function placementsToWithdraw(tx: Tx, actor: Actor, input: Input) {
  const ids = [...new Set(input.placementIds)];
  const placements = await tx.placement.findMany({
    where: { AND: [{ id: { in: ids } }, placementScope(actor)] },
  });
  if (placements.length !== ids.length) {
    throw AppError.notFound("Placement");
  }
  const [first] = placements;
  const mixed = placements.some(
    (p) => p.studentId !== first.studentId || p.providerId !== first.providerId,
  );
  if (mixed) {
    throw AppError.invalid(
      "placementIds",
      "Choose placements of one student at one provider: make a request for each provider",
    );
  }
  const effective = toDateOnly(input.effectiveDate);
  for (const placement of placements) {
    assertWithdrawable(placement, effective);
  }
  await assertNoOpenRequest(tx, actor, ids);
  return placements;
}

function assertWithdrawable(placement: Placement, effective: Date) {
  if (placement.status !== "ACTIVE") {
    throw AppError.invalid("placementIds", "Only an active placement can be withdrawn from");
  }
  if (effective < placement.startDate || effective > placement.plannedEndDate) {
    throw AppError.invalid(
      "effectiveDate",
      "The date the withdrawal takes effect must be within the placement's dates",
    );
  }
}

/**
 * A request the actor can open already covers one of these placements: a submitted one
 * (either party's; it holds the placement's slot) or the actor's own draft. Another
 * organisation's draft does not count: the actor cannot see it, and whichever request is
 * submitted first takes the slot (ADR 0013).
 */
async function assertNoOpenRequest(tx: Tx, actor: Actor, placementIds: string[]) {
  const open = await tx.withdrawalPlacement.findFirst({
    where: {
      placementId: { in: placementIds },
      request: { AND: [{ status: { in: [...OPEN_WITHDRAWAL] } }, withdrawalScope(actor)] },
    },
    select: { request: { select: { reference: true } } },
  });
  if (open) {
    throw AppError.invalid(
      "placementIds",
      `There is already an open withdrawal request for this placement (${open.request.reference})`,
    );
  }
}

function itemFor(placement: Placement, input: Input) {
  const allDays = input.extent === "ALL_DAYS";
  const days: Weekday[] = allDays ? [] : placement.days.filter((d) => input.days.includes(d));
  if (!allDays && days.length === 0) {
    throw AppError.invalid(
      "days",
      `The placement runs on ${dayChoiceText(placement.days)}: select one of those days`,
    );
  }
  return { placementId: placement.id, allDays, days };
}

type Item = ReturnType<typeof itemFor>;

/** Registers kept on a withdrawn day from the effective date on would drop out (ADR 0013). */
async function assertRegistersNotKept(tx: Tx, items: Item[], effective: Date) {
  for (const item of items) {
    const days = item.allDays ? "ALL" : item.days;
    const kept = await latestKeptRegister(tx, item.placementId, effective, days);
    if (kept) {
      throw AppError.invalid("effectiveDate", keptRegistersMessage(kept));
    }
  }
}

/**
 * A withdrawal waits until an open change of day of its placements is closed: it is
 * about the days the placement has now (ADR 0013).
 */
export async function assertNoOpenChange(
  tx: Tx,
  placementIds: string[],
  refuse: (message: string) => AppError = (message) => AppError.invalid("placementIds", message),
) {
  const open = await tx.changeOfDayRequest.findFirst({
    where: { placementId: { in: placementIds }, status: { in: [...OPEN_CHANGE] } },
    select: { reference: true },
  });
  if (open) {
    throw refuse(
      `The change of day ${open.reference} for this placement is still open: ` +
        "it must be processed, declined or rejected first",
    );
  }
}
