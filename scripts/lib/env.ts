import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "@/server/db/connection";

/**
 * tsx never reads `.env`, and Prisma's CLI skips it once prisma.config.ts exists, so the
 * scripts load it themselves. Variables already set in the environment win, which lets
 * scripts/with-postgres.mjs and the test runner choose the database.
 */
export function loadEnv(file = ".env"): void {
  if (existsSync(file)) {
    process.loadEnvFile(file);
  }
}

/** Where a target points, for messages: never prints a password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.engine === "pglite") {
    return `PGlite at ${target.dataDir}`;
  }
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}

/** PGlite creates its data folder but not the folders above it (`.data/` on a fresh clone). */
export function ensureParentFolder(target: DatabaseTarget): void {
  if (target.engine === "pglite" && !target.dataDir.startsWith("memory://")) {
    mkdirSync(path.dirname(target.dataDir), { recursive: true });
  }
}
