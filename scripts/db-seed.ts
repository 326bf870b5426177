import { ukToday } from "@/lib/dates";
import { databaseTarget } from "@/server/db/connection";
import { openDatabase } from "@/server/db/open";
import { DatabaseNotEmptyError, seedDemoData, type SeedSummary } from "@/server/seed/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/server/seed/demo-accounts";
import { describeTarget, loadEnv } from "./lib/env";

/**
 * Loads the demo collaboration into an empty database. SEED_TODAY (YYYY-MM-DD) fixes the
 * day the data is placed around, for screenshots and tests; it defaults to today in the UK.
 * With `--if-empty` a database that already holds data is left alone and the script succeeds
 * (`npm run demo` uses it, so a restart keeps the data and an interrupted first run recovers).
 */
async function main() {
  loadEnv();
  const today = process.env.SEED_TODAY?.trim() || ukToday();
  const target = databaseTarget();
  const started = performance.now();

  const db = await openDatabase(target);
  try {
    const seedStarted = performance.now();
    const summary = await seedDemoData(db.prisma, { today });
    const seconds = (now: number, from: number) => ((now - from) / 1000).toFixed(1);
    const finished = performance.now();
    console.log(`${describeTarget(target)}: seeded the demo around ${today}`);
    console.log(describeSummary(summary));
    console.log(
      `Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.length}, e.g. ` +
        `${DEMO_ACCOUNTS[0].email}`,
    );
    console.log(
      `Took ${seconds(finished, seedStarted)} s (${seconds(finished, started)} s ` +
        "with opening the database)",
    );
  } finally {
    // An unclosed PGlite folder can make the next process that opens it hang.
    await db.close();
  }
}

function describeSummary(summary: SeedSummary): string {
  const { organisations, referrals, placements } = summary;
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([key]) => key !== "total")
      .map(([key, count]) => `${key.toLowerCase()} ${count}`)
      .join(", ");
  return [
    `  ${organisations.schools} schools, ${organisations.providers} providers, ` +
      `${summary.courses} courses, ${summary.users} users`,
    `  ${summary.students} students with ${summary.contacts} parent/carer contacts`,
    `  ${referrals.total} referrals: ${list(referrals)}`,
    `  ${placements.total} placements: ${list(placements)}`,
    `  ${summary.concerns} safeguarding concerns, ${summary.safeguardingContacts} contacts`,
    `  ${summary.registerMarks} register marks`,
    `  ${summary.notifications} notifications, ${summary.auditEvents} audit events`,
  ].join("\n");
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseNotEmptyError && process.argv.includes("--if-empty")) {
    console.log("The database already holds data; the demo seed was not loaded again.");
    process.exit(0);
  }
  if (error instanceof DatabaseNotEmptyError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
