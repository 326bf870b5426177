import type { Prisma } from "@/server/db/generated/client";

/**
 * The next human-readable reference of a kind of record (BEH-000124, MTG-000007), taken
 * inside the caller's transaction so two records never share one: the counter row is
 * locked by the increment until that transaction ends. Demo data that writes references
 * itself sets the counter to the highest it used (server/seed).
 */
export async function nextReference(
  tx: Prisma.TransactionClient,
  counter: string,
  prefix: string,
): Promise<string> {
  const { value } = await tx.counter.upsert({
    where: { name: counter },
    create: { name: counter, value: 1 },
    update: { value: { increment: 1 } },
  });
  return `${prefix}-${String(value).padStart(6, "0")}`;
}
