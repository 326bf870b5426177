#!/usr/bin/env node
// `npm run demo`: from a fresh clone to the app with demo data on http://localhost:3000.
// Installs what is missing, prepares the embedded database (PGlite in .data/pglite), seeds
// it once, builds, and serves. Uses only Node's own modules until the install has run.
// A database that already holds data is kept: delete .data/pglite (or run `npm run db:reset`)
// to start again from the demo data.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const PORT = process.env.PORT ?? "3000";
// The demo data looks like children's case records: it is served to this machine only,
// unless HOST says otherwise (e.g. HOST=0.0.0.0 to show it on a trusted network).
const HOST = process.env.HOST ?? "127.0.0.1";
const BIN = path.resolve("node_modules", ".bin");
const SECRET_FILE = path.resolve(".data", "auth-secret");
const DATA_DIR = path.resolve(".data", "pglite");

// The demo is always the embedded database, whatever .env says about PostgreSQL.
const env = {
  ...process.env,
  DATABASE_URL: "",
  PGLITE_DIR: DATA_DIR,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
};

function say(text) {
  process.stdout.write(`\n▶ ${text}\n`);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    process.stderr.write(`\n✗ \`${command} ${args.join(" ")}\` failed (exit ${result.status})\n`);
    process.exit(result.status ?? 1);
  }
}

/** A secret kept in .data so sessions survive a restart of the demo. */
function authSecret() {
  if (!existsSync(SECRET_FILE)) {
    mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(SECRET_FILE, "utf8").trim();
}

if (!existsSync(path.join(BIN, "next"))) {
  say("Installing npm packages (npm ci)");
  run("npm", ["ci"]);
}

// Always, not only after an install: after a pull the schema may have changed, and a copy
// of node_modules from elsewhere has no client for this checkout. It takes a second.
say("Generating the database client (prisma generate)");
run("npm", ["run", "--silent", "generate"]);

say(existsSync(DATA_DIR) ? "Updating the embedded database" : "Creating the embedded database");
run("npm", ["run", "--silent", "db:migrate"]);
say("Adding the demo data (only into an empty database)");
run("npm", ["run", "--silent", "db:seed", "--", "--if-empty"]);

say("Building the app");
run(path.join(BIN, "next"), ["build"]);

say(`Starting CAP Portal on http://localhost:${PORT} (demo accounts: see README.md)`);
const server = spawn(path.join(BIN, "next"), ["start", "-p", PORT, "-H", HOST], {
  stdio: "inherit",
  env: { ...env, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? authSecret() },
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
