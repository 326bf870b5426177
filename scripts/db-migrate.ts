import { databaseTarget } from "@/server/db/connection";
import { applyMigrations } from "@/server/db/migrate";
import { openDatabase } from "@/server/db/open";
import { describeTarget, ensureParentFolder, loadEnv } from "./lib/env";

/** Applies pending migrations to the database the environment selects. */
async function main() {
  loadEnv();
  const target = databaseTarget();
  ensureParentFolder(target);
  const db = await openDatabase(target);

  try {
    const applied = await applyMigrations(db);
    const summary = applied.length === 0 ? "already up to date" : `applied ${applied.join(", ")}`;
    console.log(`${describeTarget(target)}: ${summary}`);
  } finally {
    // An unclosed PGlite folder can make the next process that opens it hang.
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
