import "server-only";
import { openDatabase, type OpenDatabase } from "./open";

// One database per server process. Kept on globalThis so `next dev` reloads reuse it:
// PGlite must never be opened twice on the same folder.
const holder = globalThis as unknown as { capDatabase?: Promise<OpenDatabase> };

export async function getDb() {
  holder.capDatabase ??= openDatabase();
  return (await holder.capDatabase).prisma;
}

export type { PrismaClient } from "./generated/client";
