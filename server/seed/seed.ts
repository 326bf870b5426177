import bcrypt from "bcryptjs";
import type { PrismaClient } from "@/server/db/generated/client";
import type { PlacementStatus, ReferralStatus } from "@/server/db/generated/enums";
import { buildSeedData, type SeedData } from "./build";
import { createContext, DEFAULT_SEED } from "./context";
import { DEMO_PASSWORD } from "./demo-accounts";
import { seedQualityReviews } from "./quality-reviews";
import { writeSeedData } from "./write";

export interface SeedOptions {
  /** The day the demo is set around, `YYYY-MM-DD`; dates are placed relative to it. */
  today: string;
  /** The faker seed; the same seed and day give the same data. */
  seed?: number;
  /** How many students to create (the demo school always gets its scripted ones). */
  students?: number;
}

export interface SeedSummary {
  organisations: { schools: number; providers: number; service: number };
  users: number;
  courses: number;
  students: number;
  contacts: number;
  referrals: Record<ReferralStatus, number> & { total: number };
  placements: Record<PlacementStatus, number> & { total: number };
  notifications: number;
  auditEvents: number;
  concerns: number;
  safeguardingContacts: number;
  allegations: number;
  registerMarks: number;
  behaviourIncidents: number;
  meetings: number;
  withdrawals: number;
  changesOfDay: number;
}

export const DEFAULT_STUDENT_COUNT = 300;

// The production cost. Hashed once and shared, since every demo account has one password.
const BCRYPT_COST = 12;

/** Refusal to seed over existing data; its message says what to do instead. */
export class DatabaseNotEmptyError extends Error {
  constructor(organisations: number) {
    super(
      `The database already holds data (${organisations} organisations), so the demo seed ` +
        "was not loaded. It only fills an empty database: run `npm run db:reset` first.",
    );
    this.name = "DatabaseNotEmptyError";
  }
}

/** Loads the demo collaboration into an empty, migrated database. */
export async function seedDemoData(
  prisma: PrismaClient,
  options: SeedOptions,
): Promise<SeedSummary> {
  const { today, seed = DEFAULT_SEED, students = DEFAULT_STUDENT_COUNT } = options;

  const existing = await prisma.organisation.count();
  if (existing > 0) {
    throw new DatabaseNotEmptyError(existing);
  }

  const ctx = createContext(today, seed);
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, BCRYPT_COST);
  const data = buildSeedData(ctx, passwordHash, students);
  await writeSeedData(prisma, data);
  await seedQualityReviews(prisma, today);

  return summarise(data);
}

function countBy<K extends string>(keys: readonly K[], values: K[]) {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  values.forEach((value) => {
    counts[value] += 1;
  });
  return { ...counts, total: values.length };
}

const REFERRAL_STATUSES: ReferralStatus[] = [
  "SUBMITTED",
  "ACCEPTED",
  "DECLINED",
  "PLACED",
  "CLOSED",
  "WITHDRAWN",
];
const PLACEMENT_STATUSES: PlacementStatus[] = ["ACTIVE", "COMPLETED", "WITHDRAWN"];

function summarise({ orgs, people, students, records, ...data }: SeedData): SeedSummary {
  return {
    organisations: { schools: orgs.schools.length, providers: orgs.providers.length, service: 1 },
    users: people.users.length,
    courses: orgs.courses.length,
    students: students.length,
    contacts: students.reduce((sum, student) => sum + student.contacts.length, 0),
    referrals: countBy(
      REFERRAL_STATUSES,
      records.referrals.map((r) => r.status ?? "SUBMITTED"),
    ),
    placements: countBy(
      PLACEMENT_STATUSES,
      records.placements.map((p) => p.status ?? "ACTIVE"),
    ),
    notifications: data.notifications.length,
    auditEvents: data.audit.length,
    concerns: data.safeguarding.concerns.length,
    safeguardingContacts: data.safeguarding.contacts.length,
    allegations: data.allegations.allegations.length,
    registerMarks: data.registerMarks.length,
    behaviourIncidents: data.behaviour.incidents.length,
    meetings: data.meetings.meetings.length,
    withdrawals: data.requests.withdrawals.length,
    changesOfDay: data.requests.changes.length,
  };
}
