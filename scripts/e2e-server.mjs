#!/usr/bin/env node
// The web server Playwright starts (playwright.config.ts): a dedicated database, reset,
// migrated and seeded, then `next start`. Built first when the build is missing or older
// than the sources. The database is PGlite in .data/e2e unless DATABASE_URL names a
// PostgreSQL database (scripts/with-postgres.mjs).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const PORT = process.env.E2E_PORT ?? "3100";
const BIN = path.resolve("node_modules", ".bin");
const SOURCES = ["app", "components", "lib", "server", "public", "styles", "proxy.ts",
  "next.config.ts", "package-lock.json"];

function step(command, args) {
  const run = spawnSync(command, args, { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`e2e-server: \`${command} ${args.join(" ")}\` failed (exit ${run.status})`);
    process.exit(1);
  }
}

function newestMtime(entry) {
  if (!existsSync(entry)) {
    return 0;
  }
  const stats = statSync(entry);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return readdirSync(entry)
    .map((name) => newestMtime(path.join(entry, name)))
    .reduce((newest, mtime) => Math.max(newest, mtime), stats.mtimeMs);
}

function buildIsStale() {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId) || process.env.E2E_REBUILD === "1") {
    return true;
  }
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

function start() {
  const server = spawn(path.join(BIN, "next"), ["start", "-p", PORT, "-H", "127.0.0.1"], {
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

step("npm", ["run", "--silent", "db:reset"]);
step("npm", ["run", "--silent", "db:seed"]);
if (buildIsStale()) {
  step(path.join(BIN, "next"), ["build"]);
}
start();
