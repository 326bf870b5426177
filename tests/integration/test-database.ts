import { randomUUID } from "node:crypto";
import pg from "pg";
import { databaseTarget, type DatabaseTarget } from "@/server/db/connection";
import { applyMigrations } from "@/server/db/migrate";
import { openDatabase, type OpenDatabase } from "@/server/db/open";

export interface FreshDatabase {
  db: OpenDatabase;
  /** Closes the connection and deletes whatever the database held. */
  dispose(): Promise<void>;
}

/**
 * A new, migrated, empty database. PGlite in memory by default; with DATABASE_URL set
 * (scripts/with-postgres.mjs), a new database on that server, so test files running side
 * by side never see each other's rows.
 */
export async function openFreshDatabase(): Promise<FreshDatabase> {
  const base = databaseTarget({ ...process.env, PGLITE_DIR: "memory://" });
  if (base.engine === "pglite") {
    const db = await migrated({ engine: "pglite", dataDir: "memory://" });
    return { db, dispose: () => db.close() };
  }

  const name = `cap_it_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  await administer(base.url, `CREATE DATABASE "${name}"`);
  const url = new URL(base.url);
  url.pathname = `/${name}`;
  const db = await migrated({ engine: "postgres", url: url.toString() });

  return {
    db,
    async dispose() {
      await db.close();
      await dropWhenDisconnected(base.url, name);
    },
  };
}

async function migrated(target: DatabaseTarget): Promise<OpenDatabase> {
  const db = await openDatabase(target);
  try {
    await applyMigrations(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** CREATE/DROP DATABASE cannot run inside a transaction, so each gets its own client. */
async function administer(serverUrl: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/**
 * A closed pool's last backends can outlive `pool.end()` by a few milliseconds, and forcing
 * them off makes their clients report an error into the test run. Wait for them instead;
 * force only a connection that a test leaked.
 */
async function dropWhenDisconnected(serverUrl: string, name: string): Promise<void> {
  const countSql = "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1";
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { rows } = await administer(serverUrl, countSql, [name]);
    if (rows[0].n === 0) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await administer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
