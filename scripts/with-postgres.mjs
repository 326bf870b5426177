#!/usr/bin/env node
// Runs a command against a throw-away PostgreSQL 15 cluster:
//   node scripts/with-postgres.mjs vitest run --project integration
// The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port, and is
// stopped and deleted whatever happens to the command (including Ctrl-C). Settings that
// trade durability for speed (fsync off) are for tests only.
import { spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const DATABASE = "cap_test";
const LOCAL_BIN = path.resolve("node_modules", ".bin");

/** initdb refuses to run as root, so as root the cluster belongs to the postgres user. */
function clusterOwner() {
  if (process.getuid?.() !== 0) {
    return {};
  }
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  if (!line) {
    throw new Error("Running as root needs a `postgres` user (apt-get install postgresql)");
  }
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function runAs(owner, binary, args) {
  const run = spawnSync(path.join(PG_BIN, binary), args, { ...owner, encoding: "utf8" });
  if (run.error) {
    throw new Error(`${binary}: ${run.error.message} (is PostgreSQL 15 installed?)`);
  }
  if (run.status !== 0) {
    throw new Error(`${binary} failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  }
}

function startCluster(owner, dir, port) {
  const data = path.join(dir, "data");
  runAs(owner, "initdb", [
    "-D", data, "-U", "postgres", "--auth=trust", "--no-sync",
    "--encoding=UTF8", "--locale=C.UTF-8",
  ]);
  const options = [
    "-c listen_addresses=127.0.0.1",
    `-p ${port}`,
    `-c unix_socket_directories=${dir}`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  const log = path.join(dir, "server.log");
  runAs(owner, "pg_ctl", ["-D", data, "-l", log, "-o", options, "-w", "start"]);
  return data;
}

async function createDatabase(port) {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "postgres",
    database: "postgres",
  });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  return `postgresql://postgres@127.0.0.1:${port}/${DATABASE}`;
}

/** Resolves with the exit code; a command killed by a signal reports 128 + its number. */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", (error) => {
      console.error(`with-postgres: cannot run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 0));
    });
  });
}

/** Stops the server unless a Ctrl-C already did, then deletes the folder. */
function stopCluster(owner, dir, data) {
  if (data && existsSync(path.join(data, "postmaster.pid"))) {
    const args = ["-D", data, "-m", "fast", "-w", "stop"];
    spawnSync(path.join(PG_BIN, "pg_ctl"), args, { ...owner, stdio: "ignore" });
  }
  if (data && existsSync(path.join(data, "postmaster.pid"))) {
    console.error(`with-postgres: the server in ${dir} did not stop; see server.log there`);
    return;
  }
  rmSync(dir, { recursive: true, force: true });
}

async function main(argv) {
  if (argv.length === 0) {
    console.error("Usage: node scripts/with-postgres.mjs <command> [args...]");
    return 2;
  }
  const owner = clusterOwner();
  const dir = mkdtempSync(path.join(os.tmpdir(), "cap-pg-"));
  if (owner.uid !== undefined) {
    chownSync(dir, owner.uid, owner.gid);
  }
  let data;
  // Until the command starts, Ctrl-C must still stop the cluster: note it and stop after.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const port = await freePort();
    data = startCluster(owner, dir, port);
    const env = { ...process.env, DATABASE_URL: await createDatabase(port) };
    env.PATH = `${LOCAL_BIN}${path.delimiter}${env.PATH ?? ""}`;
    const migrated = await run(path.join(LOCAL_BIN, "tsx"), ["scripts/db-migrate.ts"], env);
    if (migrated !== 0 || interrupted) {
      return interrupted ? 130 : migrated;
    }
    return await run(argv[0], argv.slice(1), env);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    stopCluster(owner, dir, data);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`with-postgres: ${error.message}`);
    process.exit(1);
  },
);
