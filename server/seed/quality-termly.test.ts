import { describe, expect, it } from "vitest";
import { buildOrganisations } from "./organisations";
import { buildPeople } from "./people";
import { buildTermly } from "./quality-termly";
import { createContext } from "./context";

function build(today: string) {
  const ctx = createContext(today);
  const orgs = buildOrganisations(ctx);
  const people = buildPeople(ctx, orgs, "not-a-real-hash");
  return { orgs, people, termly: buildTermly(ctx, orgs, people) };
}

describe("the termly confirmation seed", () => {
  it("leaves the demo provider to confirm this term while the second provider has", () => {
    const { orgs, termly } = build("2026-12-04");
    expect(termly.items).toHaveLength(7);
    const confirmedNow = termly.confirmations.filter((row) => row.term === "Autumn term 2026");
    const providers = new Set(confirmedNow.map((row) => row.providerId));
    expect(providers.has(orgs.providers[0].id)).toBe(false);
    expect(providers.has(orgs.providers[1].id)).toBe(true);
    expect(providers.size).toBe(Math.floor(orgs.providers.length / 2));
    for (const row of confirmedNow) {
      expect(row.confirmedAt.getTime()).toBeLessThan(Date.parse("2026-12-04T00:00:00Z"));
      expect(row.confirmedItems).toEqual(termly.items.map((item) => item.text));
    }
  });

  it("has every provider but the third confirm the earlier terms", () => {
    const { orgs, termly } = build("2027-04-20");
    const spring = termly.confirmations.filter((row) => row.term === "Spring term 2027");
    const autumn = termly.confirmations.filter((row) => row.term === "Autumn term 2026");
    expect(spring.map((row) => row.providerId)).not.toContain(orgs.providers[2].id);
    expect(spring).toHaveLength(orgs.providers.length - 1);
    expect(autumn).toHaveLength(orgs.providers.length);
  });
});
