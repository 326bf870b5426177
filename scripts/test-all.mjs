#!/usr/bin/env node
// `npm test`: every check the project has, cheapest first, stopping at the first failure.
//   npm test                      all steps
//   npm test -- unit integration  only the steps whose names start with these words
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const BIN = path.resolve("node_modules", ".bin");
const CHROMIUM = "/usr/bin/chromium";
const INITDB = "/usr/lib/postgresql/15/bin/initdb";

// An empty DATABASE_URL selects PGlite even when `.env` names a PostgreSQL database:
// neither the scripts nor Next let `.env` override a variable that is already set.
const PGLITE = { DATABASE_URL: "" };
const WITH_POSTGRES = ["node", "scripts/with-postgres.mjs"];

const STEPS = [
  { name: "install check", run: checkInstall },
  { name: "prisma generate", command: ["prisma", "generate"] },
  { name: "lint", command: ["eslint", "."] },
  { name: "typecheck", command: ["tsc", "--noEmit"] },
  { name: "drift check", command: ["tsx", "scripts/db-drift.ts"] },
  { name: "unit", command: ["vitest", "run", "--project", "unit"] },
  {
    name: "integration (PGlite)",
    command: ["vitest", "run", "--project", "integration"],
    env: PGLITE,
  },
  {
    name: "integration (PostgreSQL)",
    command: [...WITH_POSTGRES, "vitest", "run", "--project", "integration"],
  },
  { name: "build", command: ["next", "build"], env: PGLITE },
  { name: "e2e (PGlite)", command: ["playwright", "test"], env: PGLITE },
  { name: "e2e (PostgreSQL)", command: [...WITH_POSTGRES, "playwright", "test"] },
];

function checkInstall() {
  const missing = [
    [path.join(BIN, "next"), "node_modules: run `npm ci`"],
    [CHROMIUM, "Chromium: `apt-get install chromium` (or run .ci/run)"],
    [INITDB, "PostgreSQL 15: `apt-get install postgresql` (or run .ci/run)"],
  ].filter(([file]) => !existsSync(file));
  for (const [, advice] of missing) {
    console.error(`  missing ${advice}`);
  }
  return missing.length === 0 ? 0 : 1;
}

function runCommand([command, ...args], extraEnv = {}) {
  const env = {
    ...process.env,
    ...extraEnv,
    NEXT_TELEMETRY_DISABLED: "1",
    PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ""}`,
  };
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", (error) => {
      console.error(error.message);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function banner(index, step) {
  const what = step.command ? step.command.join(" ") : "node_modules, Chromium, PostgreSQL";
  const title = `[${index + 1}/${STEPS.length}] ${step.name}`;
  console.log(`\n${"━".repeat(78)}\n${title}  —  ${what}\n${"━".repeat(78)}`);
}

function summary(results) {
  console.log(`\n${"━".repeat(78)}`);
  for (const { name, seconds, ok } of results) {
    console.log(`${ok ? "✔" : "✖"} ${name.padEnd(28)} ${seconds.toFixed(1).padStart(7)} s`);
  }
  const total = results.reduce((sum, result) => sum + result.seconds, 0);
  console.log(`  ${"total".padEnd(28)} ${total.toFixed(1).padStart(7)} s`);
}

function selectedSteps(filters) {
  if (filters.length === 0) {
    return STEPS;
  }
  return STEPS.filter((step) => filters.some((filter) => step.name.startsWith(filter)));
}

async function main() {
  // Ctrl-C reaches the running step directly; this process only waits for it to finish.
  process.on("SIGINT", () => undefined);
  const results = [];
  for (const step of selectedSteps(process.argv.slice(2))) {
    banner(STEPS.indexOf(step), step);
    const started = performance.now();
    const code = step.run ? step.run() : await runCommand(step.command, step.env);
    const seconds = (performance.now() - started) / 1000;
    results.push({ name: step.name, seconds, ok: code === 0 });
    if (code !== 0) {
      summary(results);
      console.error(`\n✖ ${step.name} failed (exit ${code}). Later steps were not run.`);
      return code;
    }
  }
  summary(results);
  console.log("\n✔ all steps passed");
  return 0;
}

main().then((code) => process.exit(code));
