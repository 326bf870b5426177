import { describe, expect, it } from "vitest";
import { readMigrations } from "@/server/db/migrate";
import { createCallerFactory, createRouter, signedInProcedure } from "@/server/trpc/init";
import {
  contextFor,
  makeCourse,
  makeOrganisation,
  makeStudent,
  makeUser,
  setupTestDatabase,
} from "./harness";

const db = await setupTestDatabase();

// A one-procedure router, so the harness is tested without depending on the domain routers.
const probeRouter = createRouter({
  whoAmI: signedInProcedure.query(async ({ ctx }) => ({
    userId: ctx.actor.userId,
    users: await ctx.db.user.count(),
  })),
});

describe("integration harness", () => {
  it("starts from a database with every migration applied and no rows", async () => {
    const expected = (await readMigrations()).map((migration) => migration.name);
    const applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`;

    expect(applied.map((row) => row.migration_name)).toEqual(expected);
    expect(await db.organisation.count()).toBe(0);
  });

  it("filters on enum arrays on both engines (server/db/pglite-adapter.ts)", async () => {
    const organisation = await makeOrganisation(db, { kind: "SERVICE" });
    const dsl = await makeUser(db, { organisation, roles: ["MONITORING_OFFICER", "SERVICE_DSL"] });
    await makeUser(db, { organisation, roles: ["SERVICE_ADMIN"] });
    const inOrganisation = { organisationId: organisation.id };

    const some = await db.user.findMany({
      where: { ...inOrganisation, roles: { hasSome: ["SERVICE_DSL", "SERVICE_LEAD"] } },
    });
    const one = await db.user.findMany({
      where: { ...inOrganisation, roles: { has: "SERVICE_DSL" } },
    });
    expect(some.map((user) => user.id)).toEqual([dsl.id]);
    expect(one.map((user) => user.id)).toEqual([dsl.id]);
  });

  it("gives PostgreSQL runs a database of their own", async () => {
    // adapter-pg cannot read the `name` type, hence the cast.
    const [{ name }] = await db.$queryRaw<{ name: string }[]>`
      SELECT current_database()::text AS name`;

    // PGlite's single database is always called "postgres".
    const expected = process.env.DATABASE_URL ? /^cap_it_/ : /^postgres$/;
    expect(name).toMatch(expected);
  });

  it("creates an organisation and a user with roles", async () => {
    const before = await db.user.count();
    const school = await makeOrganisation(db, { kind: "SCHOOL" });
    const user = await makeUser(db, {
      organisation: school,
      roles: ["SCHOOL_STAFF", "SCHOOL_DSL"],
    });

    expect(await db.user.count()).toBe(before + 1);
    expect(await db.user.count({ where: { organisationId: school.id } })).toBe(1);
    expect(user.actor).toEqual({
      userId: user.id,
      organisationId: school.id,
      organisationKind: "SCHOOL",
      roles: ["SCHOOL_STAFF", "SCHOOL_DSL"],
    });
  });

  it("drops roles that belong to another kind of organisation from the actor", async () => {
    const user = await makeUser(db, { roles: ["PROVIDER_STAFF", "SERVICE_LEAD"] });

    expect(user.organisation.kind).toBe("PROVIDER");
    expect(user.actor.roles).toEqual(["PROVIDER_STAFF"]);
  });

  it("creates students and courses with unique identifiers", async () => {
    const [first, second] = [await makeStudent(db), await makeStudent(db)];
    const course = await makeCourse(db);

    expect(first.upn).not.toBe(second.upn);
    expect(first.homeSchoolId).not.toBe(second.homeSchoolId);
    const provider = await db.organisation.findUniqueOrThrow({ where: { id: course.providerId } });
    expect(provider.kind).toBe("PROVIDER");
  });

  it("hands callers this file's database and the actor", async () => {
    const user = await makeUser(db, { roles: ["SERVICE_ADMIN"] });
    const caller = createCallerFactory(probeRouter)(contextFor(user.actor));

    expect(await caller.whoAmI()).toEqual({ userId: user.id, users: await db.user.count() });
    const anonymous = createCallerFactory(probeRouter)(contextFor(null));
    await expect(anonymous.whoAmI()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
