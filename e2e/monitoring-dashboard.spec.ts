// The monitoring officer's caseload and the school's slice of it, on the seeded demo data:
// the seed allocates the demo provider's placements to the demo MO and makes one
// demo-school student's attendance drop over the last three weeks (server/seed/registers.ts).
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

function caseloadRegion(page: Page): Locator {
  return page.getByRole("region", { name: "Your caseload", exact: true });
}

/** The tables of students, one per provider, captioned with the provider's name. */
function providerTables(region: Locator): Locator {
  return region
    .getByRole("table")
    .filter({ has: region.page().getByRole("columnheader", { name: "Weekly attendance" }) });
}

test.describe("monitoring officer", () => {
  test.use({ account: "monitoringOfficer" });

  test("sees the caseload's trend, and a row for each student with their sparkline", async ({
    page,
  }) => {
    await page.goto("/dashboard");
    const caseload = caseloadRegion(page);

    await expect(
      caseload.getByText(/^\d+ students? on \d+ placements?, with \d+ providers?\.$/),
    ).toBeVisible();
    const chart = caseload.getByRole("img", {
      name: /^Caseload attendance by week, column chart\. 8 weeks, beginning .+: from \d/,
    });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(/A dashed line marks 90%, the persistent absence/);

    const rows = providerTables(caseload).locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    await expect(rows.first().getByRole("link").first()).toHaveAttribute(
      "href",
      /^\/students\/[0-9a-f-]{36}$/,
    );
    // The demo student whose attendance fell: a sparkline that ends lower than it began.
    const trends = await rows
      .getByRole("img", { name: /^Attendance by week: from \d/ })
      .evaluateAll((images) => images.map((image) => image.getAttribute("aria-label") ?? ""));
    const drops = trends.filter((label) => {
      const [first, latest] = [...label.matchAll(/(\d+(?:\.\d)?)%/g)].map((m) => Number(m[1]));
      return latest < first && latest <= 50;
    });
    expect(drops.length, "a student whose attendance dropped").toBeGreaterThan(0);

    await caseload.getByText("Weekly figures", { exact: true }).click();
    const figures = caseload.getByRole("table", { name: /weekly figures$/ });
    await expect(figures.locator("tbody tr")).toHaveCount(8);
  });

  test("filters the caseload by provider", async ({ page }) => {
    await page.goto("/dashboard");
    const caseload = caseloadRegion(page);
    const select = caseload.getByLabel("Provider", { exact: true });
    const options = await select.locator("option").allTextContents();
    expect(options[0]).toBe("All providers");
    expect(options.length, "the caseload spans several providers").toBeGreaterThan(2);
    const chosen = options[2];

    await select.selectOption({ label: chosen });
    await caseload.getByRole("button", { name: "Apply filters" }).click();

    await expect(page).toHaveURL(/\/dashboard\?provider=[0-9a-f-]{36}/);
    const tables = providerTables(caseloadRegion(page));
    await expect(tables).toHaveCount(1);
    await expect(tables.locator("caption")).toHaveText(chosen);
    await expect(caseloadRegion(page).getByLabel("Provider", { exact: true })).toHaveValue(
      /^[0-9a-f-]{36}$/,
    );

    await caseloadRegion(page).getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    expect(await providerTables(caseloadRegion(page)).count()).toBeGreaterThan(1);
  });

  test("is told which filter is wrong when the address carries a bad one", async ({ page }) => {
    await page.goto("/dashboard?provider=not-a-provider");

    await expect(caseloadRegion(page).getByText("Choose a provider from the list")).toBeVisible();
    expect(await providerTables(caseloadRegion(page)).count()).toBeGreaterThan(1);
  });
});

test.describe("school staff", () => {
  test.use({ account: "schoolStaff" });

  test("sees their own students on placement, with trends and what is due", async ({ page }) => {
    await page.goto("/dashboard");
    const school = page.getByRole("region", { name: "Your school", exact: true });

    await expect(school.getByRole("heading", { name: "Your students on placement" })).toBeVisible();
    await expect(
      school.getByRole("img", { name: /^Attendance by week, column chart\./ }),
    ).toBeVisible();
    const rows = providerTables(school).locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    await expect(rows.first().getByRole("img", { name: /^Attendance by week: / })).toBeVisible();
    await expect(school.getByRole("heading", { name: "Reviews due" })).toBeVisible();
    await expect(school.getByRole("heading", { name: "Targets due this week" })).toBeVisible();
    // A school has no school to choose, only the providers its students are placed with.
    await expect(school.getByLabel("School", { exact: true })).toHaveCount(0);
  });
});
