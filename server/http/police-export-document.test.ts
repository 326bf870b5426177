import { describe, expect, it } from "vitest";
import { renderPoliceExport, type PoliceExport } from "./police-export-document";

const REPORT: PoliceExport = {
  reference: "INT-000007",
  writtenOn: new Date("2026-12-01T10:00:00Z"),
  submittingAgency: {
    name: "Coventry Alternative Provision",
    email: "safeguarding@example.test",
    phone: null,
    address: null,
  },
  subject: {
    name: "Known as <Dee>",
    description: "Slim, about 20",
    dateOfBirth: null,
    associates: null,
    vehicles: "Grey hatchback",
    locations: null,
    handles: null,
  },
  information: {
    whatWasSeenOrHeard: 'Said "get in" & drove off',
    observedAt: new Date("2026-12-01T13:30:00Z"),
    observedWhere: "Mill Lane",
  },
};

describe("renderPoliceExport", () => {
  const html = renderPoliceExport(REPORT, "/concerns/a/police-intelligence/b");

  it("names the service as the submitting agency and shows the facts", () => {
    expect(html).toContain("<dt>Agency</dt><dd>Coventry Alternative Provision</dd>");
    expect(html).toContain("<h1>Intelligence report INT-000007</h1>");
    expect(html).toContain("1 December 2026 at 1:30pm");
    expect(html).toContain("<dt>Date of birth</dt><dd>Not known</dd>");
  });

  it("escapes everything typed, so no text becomes markup", () => {
    expect(html).toContain("Known as &lt;Dee&gt;");
    expect(html).toContain("Said &quot;get in&quot; &amp; drove off");
    expect(html).not.toContain("<Dee>");
  });

  it("hides the link back to the portal when printed, and runs no script", () => {
    expect(html).toMatch(/@media print[\s\S]*\.screen-only \{ display: none; \}/);
    expect(html).not.toContain("<script");
  });
});
