import { afterAll } from "vitest";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { createContext, type Context } from "@/server/trpc/context";
import { createCallerFactory } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/router";
import { openFreshDatabase } from "./test-database";

export {
  makeCourse,
  makeIncident,
  makeMeeting,
  makeOrganisation,
  makePlacement,
  makeStudent,
  makeUser,
  TEST_PASSWORD,
} from "./factories";
export type { TestUser } from "./factories";

// Vitest gives every test file its own module registry, so this is one database per file.
let current: PrismaClient | undefined;

/**
 * Opens a fresh migrated database for this test file and closes (and, on PostgreSQL, drops)
 * it after the file's last test. Call it once at the top of the file:
 *   const db = await setupTestDatabase();
 */
export async function setupTestDatabase(): Promise<PrismaClient> {
  if (current) {
    return current;
  }
  const fresh = await openFreshDatabase();
  afterAll(async () => {
    current = undefined;
    await fresh.dispose();
  });
  current = fresh.db.prisma;
  return current;
}

const createCaller = createCallerFactory(appRouter);

/** A request context on this file's database; `null` is someone not signed in. */
export function contextFor(actor: Actor | null): Context {
  if (!current) {
    throw new Error("Call `await setupTestDatabase()` at the top of the test file first");
  }
  return createContext(current, actor);
}

/** The API as `actor` would call it over HTTP, with the same middleware and errors. */
export function callerFor(actor: Actor | null) {
  return createCaller(contextFor(actor));
}
