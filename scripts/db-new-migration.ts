import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema, isEmptyScript } from "./lib/prisma-diff";

const USAGE = "Usage: npm run db:new-migration -- <name>   (e.g. add_course_capacity)";

/**
 * Authors a migration from the difference between prisma/migrations and schema.prisma.
 * `prisma migrate dev` fails with driver adapters, so this stands in for it (STACK.md).
 */
async function main() {
  const name = migrationName(process.argv[2]);
  const { status, sql, stderr } = diffMigrationsToSchema();

  if (status !== 0) {
    throw new Error(`prisma migrate diff failed (exit ${status}):\n${stderr}`);
  }
  if (isEmptyScript(sql)) {
    throw new Error("schema.prisma matches the migrations already: nothing to write.");
  }

  const folder = path.join("prisma", "migrations", `${utcStamp(new Date())}_${name}`);
  await mkdir(folder, { recursive: false });
  await writeFile(path.join(folder, "migration.sql"), sql);
  console.log(`Wrote ${folder}/migration.sql — read it before committing.`);
}

/** snake_case, as Prisma names migration folders. */
function migrationName(raw: string | undefined): string {
  const name = (raw ?? "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!name) {
    throw new Error(USAGE);
  }
  return name;
}

/** YYYYMMDDHHMMSS in UTC, so folders sort in the order they were written. */
function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
