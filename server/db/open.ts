import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseTarget, type DatabaseTarget } from "./connection";
import { PrismaClient } from "./generated/client";
import { pgliteAdapterFactory } from "./pglite-adapter";

export interface OpenDatabase {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** Runs a parameterless SQL script (used by the migrator). */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens the database chosen by the environment, with a Prisma client over it. */
export async function openDatabase(target = databaseTarget()): Promise<OpenDatabase> {
  if (target.engine === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      prisma,
      target,
      async execScript(sql) {
        await pool.query(sql);
      },
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  if (!target.dataDir.startsWith("memory://")) {
    // PGlite creates its own folder but not the ones above it (`.data/` on a fresh clone).
    await mkdir(path.dirname(target.dataDir), { recursive: true });
  }
  const client = await PGlite.create(target.dataDir);
  const prisma = new PrismaClient({ adapter: pgliteAdapterFactory(client) });
  return {
    prisma,
    target,
    async execScript(sql) {
      await client.exec(sql);
    },
    async close() {
      await prisma.$disconnect();
      await client.close();
    },
  };
}
