import { describe, expect, it } from "vitest";
import { headerPerson, qualitySectionsFor, sectionsFor } from "./shell";

const hrefs = (roles: Parameters<typeof sectionsFor>[0]) => sectionsFor(roles).map((s) => s.href);

describe("sectionsFor", () => {
  it("opens every case section to school staff, concerns included", () => {
    expect(hrefs(["SCHOOL_STAFF"])).toEqual([
      "/dashboard",
      "/students",
      "/referrals",
      "/placements",
      "/withdrawals",
      "/changes-of-day",
      "/attendance",
      "/behaviour",
      "/meetings",
      "/concerns",
      "/allegations",
      "/notifications",
    ]);
  });

  it("keeps case records from a quality officer, who may still report an adult", () => {
    expect(hrefs(["QUALITY_OFFICER"])).toEqual([
      "/dashboard",
      "/allegations",
      "/quality",
      "/notifications",
    ]);
  });

  it("opens allegations to everyone who may list them, the lead included", () => {
    expect(hrefs(["SERVICE_LEAD"])).toContain("/allegations");
    expect(hrefs(["PROVIDER_STAFF"])).toContain("/allegations");
  });

  it("opens concerns to everyone who may raise one, and to no quality officer", () => {
    for (const role of ["PROVIDER_STAFF", "MONITORING_OFFICER", "SERVICE_ADMIN", "SERVICE_DSL"]) {
      expect(hrefs([role as "SERVICE_DSL"]), role).toContain("/concerns");
    }
    expect(hrefs(["QUALITY_OFFICER"])).not.toContain("/concerns");
  });

  it("gives providers their registers", () => {
    expect(hrefs(["PROVIDER_STAFF"])).toEqual([
      "/dashboard",
      "/students",
      "/referrals",
      "/placements",
      "/withdrawals",
      "/changes-of-day",
      "/registers",
      "/behaviour",
      "/meetings",
      "/concerns",
      "/allegations",
      "/quality",
      "/notifications",
    ]);
  });

  it("opens behaviour to schools, providers and casework roles, not quality officers", () => {
    for (const role of ["SCHOOL_DSL", "PROVIDER_DSL", "MONITORING_OFFICER", "SERVICE_ADMIN"]) {
      expect(hrefs([role as "SERVICE_DSL"]), role).toContain("/behaviour");
    }
    expect(hrefs(["QUALITY_OFFICER"])).not.toContain("/behaviour");
  });

  it("opens meetings to the case roles and to no quality officer", () => {
    expect(hrefs(["MONITORING_OFFICER"])).toContain("/meetings");
    expect(hrefs(["SCHOOL_DSL"])).toContain("/meetings");
    expect(hrefs(["QUALITY_OFFICER"])).not.toContain("/meetings");
  });

  it("shows only the dashboard to someone with no role", () => {
    expect(hrefs([])).toEqual(["/dashboard"]);
  });

  it("marks the notifications section for its unread count", () => {
    const notifications = sectionsFor(["SERVICE_ADMIN"]).find((s) => s.href === "/notifications");
    expect(notifications?.badge).toBe("unread-notifications");
  });
});

describe("headerPerson", () => {
  const session = {
    name: "Sam Teacher",
    email: "sam@example.test",
    organisationName: "Riverside Academy",
    actor: { userId: "u", organisationId: "o", organisationKind: "SCHOOL" as const, roles: [] },
  };

  it("shows the person's name and organisation", () => {
    expect(headerPerson(session)).toEqual({
      name: "Sam Teacher",
      organisationName: "Riverside Academy",
    });
  });
});

describe("qualitySectionsFor", () => {
  const quality = (roles: Parameters<typeof qualitySectionsFor>[0]) =>
    qualitySectionsFor(roles).map((s) => s.href);

  it("opens every part of quality assurance to the quality officer", () => {
    expect(quality(["QUALITY_OFFICER"])).toEqual([
      "/quality/reviews",
      "/quality/actions",
      "/quality/indicators",
      "/quality/staff-checks",
      "/quality/termly",
      "/quality/policies",
      "/quality/surveys",
      "/quality/consent",
      "/quality/courses",
    ]);
  });

  it("gives the admin only course content, and a school nothing", () => {
    expect(quality(["SERVICE_ADMIN"])).toEqual(["/quality/courses"]);
    expect(hrefs(["SERVICE_ADMIN"])).toContain("/quality");
    expect(quality(["SCHOOL_STAFF"])).toEqual([]);
    expect(hrefs(["SCHOOL_STAFF"])).not.toContain("/quality");
  });
});
