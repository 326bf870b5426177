import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { OpenDatabase } from "./open";

const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

// Same table and columns as Prisma Migrate, so an operator with internet access can still
// run `prisma migrate deploy` against a database this migrator prepared, and vice versa.
const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      return { name, sql, checksum };
    }),
  );
}

/**
 * Applies every migration not yet recorded, each in its own transaction. Refuses to run
 * when an applied migration's file has changed since, as Prisma Migrate does.
 */
export async function applyMigrations(db: OpenDatabase): Promise<string[]> {
  await db.execScript(CREATE_TABLE);
  const applied = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
  );
  const byName = new Map(applied.map((row) => [row.migration_name, row.checksum]));
  const done: string[] = [];
  for (const migration of await readMigrations()) {
    const previous = byName.get(migration.name);
    if (previous && previous !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was edited after it was applied`);
    }
    if (previous) {
      continue;
    }
    const record = `INSERT INTO "_prisma_migrations"
      (id, checksum, finished_at, migration_name, applied_steps_count)
      VALUES ('${randomUUID()}', '${migration.checksum}', now(), '${migration.name}', 1);`;
    try {
      await db.execScript(`BEGIN;\n${migration.sql}\n${record}\nCOMMIT;`);
    } catch (error) {
      await db.execScript("ROLLBACK;").catch(() => undefined);
      throw error;
    }
    done.push(migration.name);
  }
  return done;
}
