import { rm } from "node:fs/promises";
import { databaseTarget, type DatabaseTarget } from "@/server/db/connection";
import { applyMigrations } from "@/server/db/migrate";
import { openDatabase } from "@/server/db/open";
import { describeTarget, ensureParentFolder, loadEnv } from "./lib/env";

/**
 * Empties the database the environment selects and migrates it again. Seeding is a
 * separate step (`npm run db:seed`).
 */
async function main() {
  loadEnv();
  const target = databaseTarget();
  refuseInProduction();

  await emptyDatabase(target);
  ensureParentFolder(target);
  const db = await openDatabase(target);
  try {
    const applied = await applyMigrations(db);
    console.log(`${describeTarget(target)}: reset, applied ${applied.length} migrations`);
  } finally {
    await db.close();
  }
}

function refuseInProduction() {
  if (process.env.NODE_ENV === "production" && process.env.CAP_ALLOW_RESET !== "1") {
    throw new Error("Refusing to reset with NODE_ENV=production (set CAP_ALLOW_RESET=1)");
  }
}

async function emptyDatabase(target: DatabaseTarget) {
  if (target.engine === "pglite") {
    // An in-memory database starts empty anyway; a folder is simply deleted.
    if (!target.dataDir.startsWith("memory://")) {
      await rm(target.dataDir, { recursive: true, force: true });
    }
    return;
  }
  const db = await openDatabase(target);
  try {
    await db.execScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
