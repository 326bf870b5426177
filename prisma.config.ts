import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { defineConfig } from "prisma/config";
import { pgliteAdapterFactory } from "./server/db/pglite-adapter";

// The CLI is only used to generate the client and to author migrations by diffing
// (scripts/db-new-migration.ts, scripts/db-drift.ts). It always talks to a throw-away
// in-memory PGlite, never to live data: migrations are applied by server/db/migrate.ts.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return pgliteAdapterFactory(new PGlite());
  },
});
