import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openFreshDatabase, type FreshDatabase } from "@/tests/integration/test-database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { DatabaseNotEmptyError, seedDemoData, type SeedSummary } from "./seed";

let fresh: FreshDatabase;
let summary: SeedSummary;

beforeAll(async () => {
  fresh = await openFreshDatabase();
  summary = await seedDemoData(fresh.db.prisma, { today: "2026-12-04" });
});

afterAll(async () => {
  await fresh?.dispose();
});

describe("seedDemoData", () => {
  it("writes what its summary reports", async () => {
    const { prisma } = fresh.db;
    expect(await prisma.student.count()).toBe(summary.students);
    expect(await prisma.referral.count()).toBe(summary.referrals.total);
    expect(await prisma.placement.count({ where: { status: "ACTIVE" } })).toBe(
      summary.placements.ACTIVE,
    );
    const counter = await prisma.counter.findUnique({ where: { name: "referral" } });
    expect(counter?.value).toBe(summary.referrals.total);
    expect(await prisma.concern.count()).toBe(summary.concerns);
    expect(await prisma.safeguardingContact.count()).toBe(summary.safeguardingContacts);
    const concerns = await prisma.counter.findUnique({ where: { name: "concern" } });
    expect(concerns?.value).toBe(summary.concerns);
    expect(await prisma.allegation.count()).toBe(summary.allegations);
    const allegations = await prisma.counter.findUnique({ where: { name: "allegation" } });
    expect(allegations?.value).toBe(summary.allegations);
    expect(await prisma.registerMark.count()).toBe(summary.registerMarks);
    expect(await prisma.behaviourIncident.count()).toBe(summary.behaviourIncidents);
    const incidents = await prisma.counter.findUnique({ where: { name: "behaviour" } });
    expect(incidents?.value).toBe(summary.behaviourIncidents);
    expect(await prisma.studentMeeting.count()).toBe(summary.meetings);
    const meetings = await prisma.counter.findUnique({ where: { name: "meeting" } });
    expect(meetings?.value).toBe(summary.meetings);
    expect(await prisma.withdrawalRequest.count()).toBe(summary.withdrawals);
    const withdrawals = await prisma.counter.findUnique({ where: { name: "withdrawal" } });
    expect(withdrawals?.value).toBe(summary.withdrawals);
    expect(await prisma.changeOfDayRequest.count()).toBe(summary.changesOfDay);
    const changes = await prisma.counter.findUnique({ where: { name: "changeOfDay" } });
    expect(changes?.value).toBe(summary.changesOfDay);
  });

  it("creates every demo account in its organisation with the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await fresh.db.prisma.user.findUniqueOrThrow({
        where: { email: account.email },
        include: { organisation: true },
      });
      expect(user.roles).toEqual(account.roles);
      expect(user.organisation.name).toBe(account.organisationName);
    }
    const [first] = DEMO_ACCOUNTS;
    const user = await fresh.db.prisma.user.findUniqueOrThrow({ where: { email: first.email } });
    expect(await bcrypt.compare(DEMO_PASSWORD, user.passwordHash)).toBe(true);
  });

  it("refuses to seed a database that already holds data", async () => {
    await expect(seedDemoData(fresh.db.prisma, { today: "2026-12-04" })).rejects.toBeInstanceOf(
      DatabaseNotEmptyError,
    );
  });
});

describe("the quality reviews seed", () => {
  it("gives three providers this year's Quality Review 1, the first one's marked with its actions", async () => {
    const prisma = fresh.db.prisma;
    const reviews = await prisma.qualityReview.findMany({
      where: { kind: "QR1" },
      orderBy: { reference: "asc" },
      include: {
        items: { include: { actions: true } },
        reviewYear: true,
        provider: { include: { users: true } },
      },
    });
    expect(reviews.map((review) => [review.reference, review.status])).toEqual([
      ["QR-000001", "FEEDBACK_GIVEN"],
      ["QR-000003", "SUBMITTED"],
      ["QR-000004", "OPEN"],
    ]);
    expect(reviews.every((review) => review.reviewYear.startYear === 2026)).toBe(true);
    const [first, second, third] = reviews;
    expect(first.provider.users.map((user) => user.email)).toContain(
      "provider.staff@demo.cap.test",
    );
    expect(first.items).toHaveLength(13);
    expect(first.items.every((item) => item.statement && item.judgement)).toBe(true);
    const shortfalls = first.items.filter((item) => item.judgement !== "MET");
    expect(shortfalls.map((item) => [item.title, item.actions.length])).toEqual([
      ["Prevent duty training", 1],
      ["Fire risk assessment", 1],
      ["First aid", 1],
      ["Complaints procedure", 1],
    ]);
    expect(second.provider.users.map((user) => user.email)).toContain(
      "other-provider.staff@demo.cap.test",
    );
    expect(second.items.filter((item) => item.judgement)).toHaveLength(8);
    expect(second.items.every((item) => item.statement)).toBe(true);
    expect(third.items.filter((item) => item.statement)).toHaveLength(5);
    const counters = await prisma.counter.findMany({
      where: { name: { in: ["qualityReview", "qualityAction"] } },
      orderBy: { name: "asc" },
    });
    expect(counters.map((counter) => [counter.name, counter.value])).toEqual([
      ["qualityAction", 4],
      ["qualityReview", 4],
    ]);
  });
});
