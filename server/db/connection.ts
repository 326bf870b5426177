import path from "node:path";

/**
 * Which database the process uses. DATABASE_URL (postgres:// or postgresql://) selects
 * PostgreSQL; otherwise the embedded PGlite database lives in PGLITE_DIR
 * (default `.data/pglite`). `memory://` keeps PGlite in memory (tests).
 */
export type DatabaseTarget =
  { engine: "postgres"; url: string } | { engine: "pglite"; dataDir: string };

export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    return { engine: "postgres", url };
  }
  const dir = env.PGLITE_DIR?.trim() || ".data/pglite";
  // The ignore comment keeps Next's file tracing from copying the whole project into the
  // server bundle because of a path only known at run time.
  const dataDir = dir.startsWith("memory://") ? dir : path.resolve(/*turbopackIgnore: true*/ dir);
  return { engine: "pglite", dataDir };
}
