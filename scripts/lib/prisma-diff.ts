import { spawnSync } from "node:child_process";
import path from "node:path";

export interface DiffResult {
  status: number;
  sql: string;
  stderr: string;
}

const PRISMA_BIN = path.resolve("node_modules", ".bin", "prisma");

/**
 * Diffs the migration history against schema.prisma. The CLI replays the migrations into
 * a throw-away in-memory PGlite (prisma.config.ts), so it never touches live data.
 */
export function diffMigrationsToSchema(extraArgs: string[] = []): DiffResult {
  const args = [
    "migrate",
    "diff",
    "--from-migrations",
    path.join("prisma", "migrations"),
    "--to-schema-datamodel",
    path.join("prisma", "schema.prisma"),
    "--script",
    ...extraArgs,
  ];
  const run = spawnSync(PRISMA_BIN, args, {
    encoding: "utf8",
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (run.error) {
    throw run.error;
  }
  return { status: run.status ?? 1, sql: run.stdout, stderr: run.stderr };
}

/** True when a diff script holds nothing but comments and blank lines. */
export function isEmptyScript(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
