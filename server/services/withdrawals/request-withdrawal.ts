import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { placementScope } from "@/server/auth/scope";
import type { Placement, Prisma, PrismaClient, Weekday } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { dayChoiceText, toDateOnly } from "@/lib/schemas/common";
import type { requestWithdrawalSchema } from "@/lib/schemas/withdrawal";
import type { z } from "zod";
import {
  keptRegistersMessage,
  latestKeptRegister,
} from "@/server/services/placements/kept-registers";
import { OPEN_CHANGE } from "@/server/services/changes-of-day/change-access";
import { nextReference } from "@/server/services/references/next-reference";
import { OPEN_WITHDRAWAL } from "./withdrawal-access";

type Tx = Prisma.TransactionClient;
type Input = z.output<typeof requestWithdrawalSchema>;

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: Input;
}

/**
 * A school or provider starts a withdrawal request (a draft until submitted) for one or more
 * active placements of one student at one provider, from every day or only some.
 */
export async function requestWithdrawal({ db, actor, input }: Options) {
  const party = requestingParty(actor);
  if (party === "SCHOOL" && !input.moConsulted) {
    throw AppError.invalid(
      "moConsulted",
      "Select whether you consulted the monitoring officer about this withdrawal",
    );
  }

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
  await assertNoOpenRequest(tx, ids);
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
 * The friendly check; the unique open slot (ADR 0013) is what holds when two requests race,
 * and the loser then gets the CONFLICT message of init.ts.
 */
async function assertNoOpenRequest(tx: Tx, placementIds: string[]) {
  const open = await tx.withdrawalPlacement.findFirst({
    where: {
      placementId: { in: placementIds },
      request: { status: { in: [...OPEN_WITHDRAWAL] } },
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
  return { placementId: placement.id, allDays, days, openPlacementId: placement.id };
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
        "it must be processed or declined first",
    );
  }
}
