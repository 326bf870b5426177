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
      await administer(base.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
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

/** CREATE/DROP DATABASE cannot run inside a transaction or a pool's prepared statement. */
async function administer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
