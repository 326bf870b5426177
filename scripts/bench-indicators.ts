import type { Actor } from "@/server/auth/roles";
import { databaseTarget, type DatabaseTarget } from "@/server/db/connection";
import { applyMigrations } from "@/server/db/migrate";
import { openDatabase } from "@/server/db/open";
import { seedDemoData } from "@/server/seed/seed";
import { listIndicators } from "@/server/services/quality/indicators/read-indicators";
import { describeTarget, loadEnv } from "./lib/env";

/**
 * Benchmark, not a test: what the officer's indicator page costs to compute (every
 * provider's five indicators and the medians, ADR 0016) over the demo collaboration. It
 * seeds the demo data into an empty database (in memory by default) and reports the
 * median and p90 of the computation; nothing here passes or fails.
 *
 *   npm run bench:indicators                                  embedded PGlite, in memory
 *   node scripts/with-postgres.mjs npm run bench:indicators   a throw-away PostgreSQL
 *   BENCH_STUDENTS=1500 npm run bench:indicators              a larger collaboration
 */
const TODAY = "2026-12-04";
const NOW = new Date(`${TODAY}T12:00:00Z`);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 300);
const WARM_UP = 3;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

async function main() {
  loadEnv();
  const target = benchTarget();
  const db = await openDatabase(target);
  try {
    await applyMigrations(db);
    const summary = await seedDemoData(db.prisma, { today: TODAY, students: STUDENTS });
    const service = await db.prisma.organisation.findFirstOrThrow({ where: { kind: "SERVICE" } });
    const actor: Actor = {
      userId: "bench",
      organisationId: service.id,
      organisationKind: "SERVICE",
      roles: ["QUALITY_OFFICER"],
    };
    const times: number[] = [];
    for (let round = 0; round < WARM_UP + ROUNDS; round += 1) {
      const started = performance.now();
      await listIndicators({ db: db.prisma, actor, now: NOW });
      if (round >= WARM_UP) {
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    process.stdout.write(
      `${describeTarget(target)}: ${summary.organisations.providers} providers, ` +
        `${summary.students} students, ${summary.registerMarks} register marks, ` +
        `${summary.placements.total} placements\n` +
        `every provider's indicators: median ${at(0.5).toFixed(1)} ms, ` +
        `p90 ${at(0.9).toFixed(1)} ms over ${ROUNDS} rounds\n`,
    );
  } finally {
    await db.close();
  }
}

/** PostgreSQL when DATABASE_URL names one (with-postgres.mjs); otherwise PGlite in memory. */
function benchTarget(): DatabaseTarget {
  const target = databaseTarget();
  return target.engine === "postgres" ? target : { engine: "pglite", dataDir: "memory://" };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
