import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { endSession, resolveSession } from "@/server/services/auth/resolve-session";
import { signIn } from "@/server/services/auth/sign-in";
import { makeUser, setupTestDatabase, TEST_PASSWORD } from "./harness";

const db = await setupTestDatabase();
const t0 = new Date("2026-12-04T09:00:00Z");
const minutesLater = (n: number) => new Date(t0.getTime() + n * 60_000);

describe("signing in", () => {
  it("signs in with the right password and carries organisation and roles", async () => {
    const user = await makeUser(db, { roles: ["MONITORING_OFFICER", "SERVICE_DSL"] });

    const result = await signIn({
      db,
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
      now: t0,
    });

    expect(result?.actor).toEqual(user.actor);
    const session = await db.userSession.findUniqueOrThrow({ where: { id: result!.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(
      await db.auditEvent.count({ where: { action: "session.start", recordId: session.id } }),
    ).toBe(1);
  });

  it("refuses a wrong password and an unknown address alike", async () => {
    const user = await makeUser(db, { roles: ["SCHOOL_STAFF"] });

    expect(await signIn({ db, email: user.email, password: "wrong", now: t0 })).toBeNull();
    expect(
      await signIn({ db, email: "nobody@example.test", password: "wrong", now: t0 }),
    ).toBeNull();
  });

  it("locks the address after five failures, even for the right password", async () => {
    const user = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    for (let i = 0; i < 5; i += 1) {
      await signIn({ db, email: user.email, password: "wrong", now: minutesLater(i) });
    }

    const locked = signIn({ db, email: user.email, password: TEST_PASSWORD, now: minutesLater(5) });
    await expect(locked).rejects.toBeInstanceOf(AppError);
    await expect(locked).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const later = await signIn({
      db,
      email: user.email,
      password: TEST_PASSWORD,
      now: minutesLater(20),
    });
    expect(later?.actor.userId).toBe(user.id);
  });

  it("checks at most five of many attempts sent at once", async () => {
    const user = await makeUser(db, { roles: ["SERVICE_DSL"] });
    const attempts = Array.from({ length: 12 }, () =>
      signIn({ db, email: user.email, password: "guess", now: t0 }),
    );

    const results = await Promise.allSettled(attempts);
    const checked = results.filter((r) => r.status === "fulfilled");
    const throttled = results.filter(
      (r) => r.status === "rejected" && (r.reason as AppError).code === "TOO_MANY_REQUESTS",
    );
    expect([checked.length, throttled.length]).toEqual([5, 7]);
  });

  it("refuses a deactivated user", async () => {
    const user = await makeUser(db, { roles: ["SCHOOL_STAFF"], deactivatedAt: t0 });
    expect(await signIn({ db, email: user.email, password: TEST_PASSWORD, now: t0 })).toBeNull();
  });
});

describe("server-side sessions", () => {
  it("ends a DSL's session after 30 idle minutes", async () => {
    const user = await makeUser(db, { roles: ["PROVIDER_DSL"] });
    const { sessionId } = (await signIn({
      db,
      email: user.email,
      password: TEST_PASSWORD,
      now: t0,
    }))!;

    expect(await resolveSession(db, sessionId, minutesLater(25))).not.toBeNull();
    expect(await resolveSession(db, sessionId, minutesLater(54))).not.toBeNull();
    expect(await resolveSession(db, sessionId, minutesLater(90))).toBeNull();
    const session = await db.userSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.endReason).toBe("IDLE");
  });

  it("stops a session at sign-out, whatever the browser still holds", async () => {
    const user = await makeUser(db, { roles: ["SCHOOL_STAFF"] });
    const { sessionId } = (await signIn({
      db,
      email: user.email,
      password: TEST_PASSWORD,
      now: t0,
    }))!;

    await endSession(db, sessionId, minutesLater(1));

    expect(await resolveSession(db, sessionId, minutesLater(2))).toBeNull();
    const audit = await db.auditEvent.findMany({ where: { recordId: sessionId } });
    expect(audit.map((row) => [row.action, row.actorUserId])).toEqual([
      ["session.start", user.id],
      ["session.end", user.id],
    ]);
  });

  it("reads roles afresh, so a removed role stops working at once", async () => {
    const user = await makeUser(db, { roles: ["SERVICE_ADMIN", "SERVICE_DSL"] });
    const { sessionId } = (await signIn({
      db,
      email: user.email,
      password: TEST_PASSWORD,
      now: t0,
    }))!;
    await db.user.update({ where: { id: user.id }, data: { roles: ["SERVICE_ADMIN"] } });

    const resolved = await resolveSession(db, sessionId, minutesLater(1));
    expect(resolved?.actor.roles).toEqual(["SERVICE_ADMIN"]);
  });
});
