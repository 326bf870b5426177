import { effectiveRoles, type Actor } from "@/server/auth/roles";
import { databaseTarget, type DatabaseTarget } from "@/server/db/connection";
import type { PrismaClient } from "@/server/db/generated/client";
import { applyMigrations } from "@/server/db/migrate";
import { openDatabase } from "@/server/db/open";
import { isWorkingDay } from "@/server/calendar/working-days";
import { submitRegister } from "@/server/services/monitoring/submit-register";
import { registerSubmitSchema, type RegisterSubmission } from "@/lib/schemas/register";
import { describeTarget, loadEnv } from "./lib/env";

/**
 * Benchmark, not a test: how much a morning register of 30 students costs through the
 * service (checks, one mark per student and session, revisions, audit, one transaction)
 * against the same 30 rows written by one raw multi-row INSERT. Reports medians and their
 * ratio; nothing here passes or fails.
 *
 *   npm run bench:register                                    embedded PGlite, in memory
 *   node scripts/with-postgres.mjs npm run bench:register     a throw-away PostgreSQL
 *   BENCH_ROUNDS=50 npm run bench:register                    more rounds (default 20)
 *
 * It writes only into an empty database (in memory by default), never into one with data.
 */
const STUDENTS = 30;
const WARM_UP = 3;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const FIRST_DAY = "2026-09-07";

interface Fixture {
  actor: Actor;
  placementIds: string[];
  studentIds: string[];
  schoolId: string;
}

async function main() {
  loadEnv();
  const target = benchTarget();
  const db = await openDatabase(target);
  try {
    await applyMigrations(db);
    await assertEmpty(db.prisma);
    const fixture = await createFixture(db.prisma);
    const dates = workingDaysFrom(FIRST_DAY, 2 * (WARM_UP + ROUNDS));
    const [serviceDates, rawDates] = [
      dates.slice(0, WARM_UP + ROUNDS),
      dates.slice(WARM_UP + ROUNDS),
    ];

    const service = await timeRounds(serviceDates, (date) =>
      submitThroughService(db.prisma, fixture, date),
    );
    const resubmit = await timeRounds(serviceDates, (date) =>
      submitThroughService(db.prisma, fixture, date),
    );
    const raw = await timeRounds(rawDates, (date) => insertRaw(db.prisma, fixture, date));

    report(target, { service, resubmit, raw });
  } finally {
    await db.close();
  }
}

/** PostgreSQL when DATABASE_URL names one (with-postgres.mjs); otherwise PGlite in memory. */
function benchTarget(): DatabaseTarget {
  const target = databaseTarget();
  return target.engine === "postgres" ? target : { engine: "pglite", dataDir: "memory://" };
}

async function assertEmpty(prisma: PrismaClient) {
  if ((await prisma.organisation.count()) > 0) {
    throw new Error("The benchmark writes test rows: point it at an empty database.");
  }
}

async function createFixture(prisma: PrismaClient): Promise<Fixture> {
  const [school, provider] = await Promise.all([
    prisma.organisation.create({ data: { kind: "SCHOOL", name: "Bench school", urn: "900001" } }),
    prisma.organisation.create({
      data: { kind: "PROVIDER", name: "Bench provider", ukprn: "19000001" },
    }),
  ]);
  const user = await prisma.user.create({
    data: {
      email: "bench@example.test",
      name: "Bench",
      passwordHash: "-",
      roles: ["PROVIDER_STAFF"],
      organisationId: provider.id,
    },
  });
  const course = await prisma.course.create({
    data: {
      providerId: provider.id,
      title: "Bench course",
      subject: "Construction",
      qualification: "Certificate",
      level: "Entry 3",
      daysOffered: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
      places: STUDENTS,
      minAge: 14,
      maxAge: 16,
      location: "Bench site",
    },
  });
  const placements = [];
  for (let index = 0; index < STUDENTS; index += 1) {
    placements.push(await createPlacement(prisma, { index, schoolId: school.id, course }));
  }
  const actor: Actor = {
    userId: user.id,
    organisationId: provider.id,
    organisationKind: "PROVIDER",
    roles: effectiveRoles("PROVIDER", user.roles),
  };
  return {
    actor,
    placementIds: placements.map((placement) => placement.id),
    studentIds: placements.map((placement) => placement.studentId),
    schoolId: school.id,
  };
}

interface PlacementOptions {
  index: number;
  schoolId: string;
  course: { id: string; providerId: string; daysOffered: RegisterDays };
}
type RegisterDays = ("MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY")[];

async function createPlacement(
  prisma: PrismaClient,
  { index, schoolId, course }: PlacementOptions,
) {
  const student = await prisma.student.create({
    data: {
      upn: `B${String(index).padStart(12, "0")}`,
      legalFirstName: "Bench",
      legalLastName: `Student ${index}`,
      dateOfBirth: new Date(Date.UTC(2011, 8, 1)),
      yearGroup: 10,
      homeSchoolId: schoolId,
    },
  });
  const common = {
    studentId: student.id,
    courseId: course.id,
    schoolId,
    providerId: course.providerId,
    createdById: "bench",
  };
  const referral = await prisma.referral.create({
    data: {
      ...common,
      reference: `REF-B${String(index).padStart(6, "0")}`,
      requestedDays: course.daysOffered,
      requestedStartDate: new Date(`${FIRST_DAY}T00:00:00Z`),
      reasons: "-",
      needs: "-",
      riskLevel: "LOW",
      riskAssessment: "-",
      status: "PLACED",
    },
  });
  return prisma.placement.create({
    data: {
      ...common,
      referralId: referral.id,
      days: course.daysOffered,
      startDate: new Date(`${FIRST_DAY}T00:00:00Z`),
      plannedEndDate: new Date("2027-07-16T00:00:00Z"),
    },
  });
}

/** A typical morning, parsed as the router would: most present, two late, one ill. */
function morningRegister(fixture: Fixture, date: string): RegisterSubmission {
  const marks = fixture.placementIds.map((placementId, index) => {
    if (index === 0) {
      return { placementId, mark: "ABSENT" as const, absenceReason: "ILLNESS" as const };
    }
    if (index <= 2) {
      return { placementId, mark: "LATE" as const, lateMinutes: 10 };
    }
    return { placementId, mark: "PRESENT" as const };
  });
  return registerSubmitSchema.parse({ date, session: "AM", marks });
}

async function submitThroughService(prisma: PrismaClient, fixture: Fixture, date: string) {
  const input = morningRegister(fixture, date);
  await submitRegister({ db: prisma, actor: fixture.actor, input, now: new Date() });
}

/** The same rows as the service writes, in one statement, with no checks at all. */
async function insertRaw(prisma: PrismaClient, fixture: Fixture, date: string) {
  const input = morningRegister(fixture, date);
  const values: unknown[] = [];
  const rows = input.marks.map((item, index) => {
    values.push(
      crypto.randomUUID(),
      item.placementId,
      fixture.studentIds[index],
      fixture.actor.organisationId,
      fixture.schoolId,
      date,
      item.mark,
      item.lateMinutes ?? null,
      item.absenceReason ?? null,
      fixture.actor.userId,
    );
    const at = index * 10;
    const p = (n: number) => `$${at + n}`;
    return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}::date, ${p(7)}::"AttendanceMark",
      'AM'::"RegisterSession", ${p(8)}::int, ${p(9)}::"AbsenceReason", ${p(10)}, now())`;
  });
  const sql = `INSERT INTO "RegisterMark" ("id", "placementId", "studentId", "providerId",
    "schoolId", "date", "mark", "session", "lateMinutes", "absenceReason", "recordedById",
    "recordedAt") VALUES ${rows.join(", ")}`;
  await prisma.$executeRawUnsafe(sql, ...values);
}

/** Runs `work` once per date; the first WARM_UP runs are not counted. Milliseconds. */
async function timeRounds(dates: string[], work: (date: string) => Promise<void>) {
  const times: number[] = [];
  for (const [index, date] of dates.entries()) {
    const started = performance.now();
    await work(date);
    if (index >= WARM_UP) {
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

function workingDaysFrom(first: string, count: number): string[] {
  const days: string[] = [];
  const cursor = new Date(`${first}T00:00:00Z`);
  while (days.length < count) {
    const date = cursor.toISOString().slice(0, 10);
    if (isWorkingDay(date)) {
      days.push(date);
    }
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function report(target: DatabaseTarget, results: Record<string, number[]>) {
  const raw = quantile(results.raw, 0.5);
  const line = (label: string, times: number[]) => {
    const median = quantile(times, 0.5);
    const ratio = (median / raw).toFixed(1);
    const figures = `median ${median.toFixed(1)} ms, p90 ${quantile(times, 0.9).toFixed(1)} ms`;
    return `  ${label.padEnd(34)} ${figures.padEnd(34)} ${ratio}× raw`;
  };
  console.log(
    `Morning register of ${STUDENTS} students, ${ROUNDS} rounds, ${describeTarget(target)}`,
  );
  console.log(line("service, first submission", results.service));
  console.log(line("service, same register again", results.resubmit));
  console.log(line("raw multi-row INSERT", results.raw));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
