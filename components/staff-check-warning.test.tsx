import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { checkStatusText, StaffCheckWarnings } from "./staff-check-warning";

describe("staff check warnings", () => {
  it("says how many staff records have gaps, and asks for written confirmation", () => {
    expect(checkStatusText({ providerName: "Forge", state: "GAPS", staffWithGaps: 2 })).toBe(
      "Forge: gaps in 2 staff records of its single central record. " +
        "Ask the provider for written confirmation of its checks.",
    );
  });

  it("warns only about providers whose checks are not complete, unless asked", () => {
    const statuses = [
      { providerName: "Forge", state: "COMPLETE" as const },
      { providerName: "Anvil", state: "EXPIRING" as const, staffExpiring: 1 },
    ];
    const html = renderToStaticMarkup(<StaffCheckWarnings statuses={statuses} />);
    expect(html).toContain("Anvil: checks expiring in 1 staff record");
    expect(html).not.toContain("Forge");
    const all = renderToStaticMarkup(<StaffCheckWarnings statuses={statuses} showComplete />);
    expect(all).toContain("Forge: staff pre-employment checks complete");
  });
});
