import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

type Tx = Prisma.TransactionClient;

interface Options<I> {
  db: PrismaClient;
  actor: Actor;
  input: I;
  now?: Date;
}

interface RequirementFields {
  title: string;
  guidance?: string;
  asksExpiry: boolean;
}

/**
 * The requirements in the order Quality Review 1 asks them. Providers and the officer see
 * the active list; the officer may ask for the retired ones too (they stay, for the reviews
 * that asked them).
 */
export async function listRequirements(options: { db: PrismaClient; includeRetired?: boolean }) {
  const { db, includeRetired } = options;
  return db.qualityRequirement.findMany({
    where: includeRetired ? {} : { retiredAt: null },
    orderBy: [{ retiredAt: { sort: "desc", nulls: "first" } }, { position: "asc" }],
  });
}

/** Adds a requirement at the end of the list; reviews opened from now on ask it. */
export async function addRequirement({ db, actor, input }: Options<RequirementFields>) {
  return db.$transaction(async (tx) => {
    const last = await tx.qualityRequirement.aggregate({ _max: { position: true } });
    const requirement = await tx.qualityRequirement.create({
      data: {
        title: input.title,
        guidance: input.guidance ?? null,
        asksExpiry: input.asksExpiry,
        position: (last._max.position ?? 0) + 1,
      },
    });
    await recordAudit(tx, actor, {
      action: "qualityRequirement.add",
      recordType: "QualityRequirement",
      recordId: requirement.id,
    });
    return { requirementId: requirement.id };
  });
}

/**
 * Rewords a requirement. Reviews already opened keep the wording they asked (each review
 * copies the title), so an edit never rewrites what a provider answered.
 */
export async function editRequirement(
  options: Options<RequirementFields & { requirementId: string }>,
) {
  const { db, actor, input } = options;
  return db.$transaction(async (tx) => {
    const requirement = await findActive(tx, input.requirementId);
    await tx.qualityRequirement.update({
      where: { id: requirement.id },
      data: { title: input.title, guidance: input.guidance ?? null, asksExpiry: input.asksExpiry },
    });
    await recordAudit(tx, actor, {
      action: "qualityRequirement.edit",
      recordType: "QualityRequirement",
      recordId: requirement.id,
    });
    return { requirementId: requirement.id };
  });
}

/** Swaps a requirement with its neighbour among the active ones. */
export async function reorderRequirement(
  options: Options<{ requirementId: string; direction: "UP" | "DOWN" }>,
) {
  const { db, actor, input } = options;
  return db.$transaction(async (tx) => {
    const requirement = await findActive(tx, input.requirementId);
    const up = input.direction === "UP";
    const neighbour = await tx.qualityRequirement.findFirst({
      where: {
        retiredAt: null,
        position: up ? { lt: requirement.position } : { gt: requirement.position },
      },
      orderBy: { position: up ? "desc" : "asc" },
    });
    if (!neighbour) {
      const where = up ? "first" : "last";
      throw AppError.invalid("direction", `This requirement is already ${where} in the list`);
    }
    await tx.qualityRequirement.update({
      where: { id: requirement.id },
      data: { position: neighbour.position },
    });
    await tx.qualityRequirement.update({
      where: { id: neighbour.id },
      data: { position: requirement.position },
    });
    await recordAudit(tx, actor, {
      action: "qualityRequirement.reorder",
      recordType: "QualityRequirement",
      recordId: requirement.id,
      detail: { direction: input.direction },
    });
    return { requirementId: requirement.id };
  });
}

/** Takes a requirement off the list for reviews opened from now on; nothing is deleted. */
export async function retireRequirement(options: Options<{ requirementId: string }>) {
  const { db, actor, input, now = new Date() } = options;
  return db.$transaction(async (tx) => {
    const requirement = await findActive(tx, input.requirementId);
    await tx.qualityRequirement.update({
      where: { id: requirement.id },
      data: { retiredAt: now },
    });
    await recordAudit(tx, actor, {
      action: "qualityRequirement.retire",
      recordType: "QualityRequirement",
      recordId: requirement.id,
    });
    return { requirementId: requirement.id };
  });
}

async function findActive(tx: Tx, requirementId: string) {
  const requirement = await tx.qualityRequirement.findUnique({ where: { id: requirementId } });
  if (!requirement) {
    throw AppError.notFound("Requirement");
  }
  if (requirement.retiredAt) {
    throw new AppError("CONFLICT", "This requirement has been retired, so it cannot be changed");
  }
  return requirement;
}
