import { diffMigrationsToSchema } from "./lib/prisma-diff";

/**
 * Fails when prisma/schema.prisma and prisma/migrations disagree: someone edited the schema
 * without authoring a migration, or edited a migration by hand.
 */
function main() {
  // --exit-code: 0 means no difference, 2 a difference, anything else an error.
  const { status, sql, stderr } = diffMigrationsToSchema(["--exit-code"]);

  if (status === 0) {
    console.log("No drift: prisma/migrations matches prisma/schema.prisma.");
    return;
  }
  if (status === 2) {
    console.error("Drift: prisma/schema.prisma differs from prisma/migrations.");
    console.error("The migration still needed would be:\n");
    console.error(sql.trim());
    console.error("\nRun `npm run db:new-migration -- <name>` and commit the new folder.");
    process.exit(1);
  }
  console.error(`prisma migrate diff failed (exit ${status}):\n${stderr}`);
  process.exit(1);
}

main();
