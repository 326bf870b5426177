import { describe, expect, it } from "vitest";
import { checkIssues } from "@/server/services/quality/staff-checks/check-gaps";
import { buildSeedData } from "./build";
import { createContext } from "./context";

const TODAY = "2026-12-04";
const data = buildSeedData(createContext(TODAY), "not-a-real-hash", 40);
const { staffPolicies, orgs } = data;

function statesOf(providerId: string) {
  return staffPolicies.staffChecks
    .filter((row) => row.providerId === providerId)
    .map((row) => checkIssues(row as never, TODAY).state)
    .sort();
}

describe("single central record demo data", () => {
  it("gives the first provider one gap, one expiring and a leaver, and the second none", () => {
    expect(statesOf(orgs.providers[0].id)).toEqual(["COMPLETE", "EXPIRING", "GAPS", "LEFT"]);
    expect(statesOf(orgs.providers[1].id)).toEqual(["COMPLETE", "COMPLETE"]);
  });
});

describe("policy bank demo data", () => {
  it("has two policies, one at version 2 that the first provider has not answered", () => {
    const { policies, versions, adoptions } = staffPolicies;
    expect(policies).toHaveLength(2);
    const latest = versions.filter((v) => v.version === 2);
    expect(latest).toHaveLength(1);
    const answered = adoptions.filter((a) => a.policyVersionId === latest[0].id);
    expect(answered.map((a) => a.providerId)).not.toContain(orgs.providers[0].id);
    expect(new Set(adoptions.map((a) => a.status))).toEqual(
      new Set(["ADOPTED", "AWAITING_ACCEPTANCE", "ACCEPTED", "RETURNED"]),
    );
  });
});
