import type { Actor } from "@/server/auth/roles";
import { recordAudit } from "@/server/audit/record-audit";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

type Tx = Prisma.TransactionClient;

interface Options<Input> {
  db: PrismaClient;
  actor: Actor;
  input: Input;
  now?: Date;
}

const ITEM = "Checklist item";

/** The active checklist, in the order providers read it. */
export function activeChecklist(db: PrismaClient | Tx) {
  return db.termlyChecklistItem.findMany({
    where: { retiredAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, text: true, position: true },
  });
}

/** The checklist for the confirmation page; the quality roles also see what was retired. */
export async function readChecklist({ db, actor }: { db: PrismaClient; actor: Actor }) {
  const active = await activeChecklist(db);
  const retired =
    actor.organisationKind === "SERVICE"
      ? await db.termlyChecklistItem.findMany({
          where: { retiredAt: { not: null } },
          orderBy: { retiredAt: "desc" },
          select: { id: true, text: true, retiredAt: true },
        })
      : [];
  return { active, retired };
}

/** Adds an item at the end of the checklist. */
export async function addChecklistItem({ db, actor, input }: Options<{ text: string }>) {
  return db.$transaction(async (tx) => {
    const last = await tx.termlyChecklistItem.aggregate({ _max: { position: true } });
    const item = await tx.termlyChecklistItem.create({
      data: { text: input.text, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "termly.addItem",
      recordType: "TermlyChecklistItem",
      recordId: item.id,
    });
    return { itemId: item.id };
  });
}

/**
 * Rewords an active item. Confirmations already given keep the words they confirmed
 * (they store the text), so an edit never rewrites what a provider signed.
 */
export async function editChecklistItem(options: Options<{ itemId: string; text: string }>) {
  const { db, actor, input } = options;
  return db.$transaction(async (tx) => {
    await findActive(tx, input.itemId);
    await tx.termlyChecklistItem.update({
      where: { id: input.itemId },
      data: { text: input.text },
    });
    await recordAudit(tx, actor, {
      action: "termly.editItem",
      recordType: "TermlyChecklistItem",
      recordId: input.itemId,
    });
    return { itemId: input.itemId };
  });
}

/** Swaps an active item with its neighbour above or below. */
export async function moveChecklistItem(
  options: Options<{ itemId: string; direction: "UP" | "DOWN" }>,
) {
  const { db, actor, input } = options;
  return db.$transaction(async (tx) => {
    const items = await activeChecklist(tx);
    const index = items.findIndex((item) => item.id === input.itemId);
    if (index === -1) {
      throw AppError.notFound(ITEM);
    }
    const other = items[input.direction === "UP" ? index - 1 : index + 1];
    if (!other) {
      const end = input.direction === "UP" ? "first" : "last";
      throw AppError.invalid("direction", `This item is already ${end} on the checklist`);
    }
    await renumber(tx, items, index, items.indexOf(other));
    await recordAudit(tx, actor, {
      action: "termly.moveItem",
      recordType: "TermlyChecklistItem",
      recordId: input.itemId,
      detail: { direction: input.direction },
    });
    return { itemId: input.itemId };
  });
}

/** Writes positions 1…n in the new order, so gaps and ties left by retirements go away. */
async function renumber(tx: Tx, items: { id: string }[], from: number, to: number) {
  const order = [...items];
  [order[from], order[to]] = [order[to], order[from]];
  for (const [index, item] of order.entries()) {
    await tx.termlyChecklistItem.update({ where: { id: item.id }, data: { position: index + 1 } });
  }
}

/** Retires an item: providers stop being asked it; past confirmations keep its text. */
export async function retireChecklistItem(options: Options<{ itemId: string }>) {
  const { db, actor, input, now = new Date() } = options;
  return db.$transaction(async (tx) => {
    await findActive(tx, input.itemId);
    await tx.termlyChecklistItem.update({ where: { id: input.itemId }, data: { retiredAt: now } });
    await recordAudit(tx, actor, {
      action: "termly.retireItem",
      recordType: "TermlyChecklistItem",
      recordId: input.itemId,
    });
    return { itemId: input.itemId };
  });
}

async function findActive(tx: Tx, itemId: string) {
  const item = await tx.termlyChecklistItem.findUnique({ where: { id: itemId } });
  if (!item) {
    throw AppError.notFound(ITEM);
  }
  if (item.retiredAt) {
    throw new AppError("CONFLICT", "This checklist item has been retired and can no longer change");
  }
  return item;
}
