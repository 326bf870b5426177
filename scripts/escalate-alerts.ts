import { databaseTarget } from "@/server/db/connection";
import { openDatabase } from "@/server/db/open";
import { escalateUnreadAlerts } from "@/server/services/safeguarding/escalate-unread-alerts";
import { describeTarget, ensureParentFolder, loadEnv } from "./lib/env";

/**
 * Escalates school DSL alerts left unread for one working day to the service DSLs. Safe to
 * run as often as wanted (each alert escalates once); meant for a scheduler, e.g. every
 * 15 minutes. Prints counts only: never a child's name or a concern's text.
 */
async function main() {
  loadEnv();
  const target = databaseTarget();
  ensureParentFolder(target);
  const db = await openDatabase(target);
  try {
    const { escalated } = await escalateUnreadAlerts({ db: db.prisma });
    console.log(`${describeTarget(target)}: escalated ${escalated} unread school DSL alert(s)`);
  } finally {
    // An unclosed PGlite folder can make the next process that opens it hang.
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
