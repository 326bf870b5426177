// Registers, against the seeded demo data: the seed leaves the demo provider's last
// afternoon register unkept (server/seed/registers.ts), so the dashboard has one to chase.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** A date `days` before today, `YYYY-MM-DD`, in UK time. */
function daysAgo(days: number): string {
  const day = new Date(Date.now() - days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(day);
}

function missingRegisters(page: Page) {
  return page.getByRole("region", { name: "Registers missing", exact: true });
}

// The officer's test needs the register the provider's test keeps, so it runs first: with
// two workers the two would otherwise race for it.
test.describe.configure({ mode: "serial" });

test.describe("the student's monitoring officer", () => {
  test.use({ account: "monitoringOfficer" });

  test("sees the missing registers of their caseload's providers", async ({ page }) => {
    await page.goto("/dashboard");
    const table = missingRegisters(page).getByRole("table");
    await expect(table.getByRole("columnheader", { name: "Provider" })).toBeVisible();
    await expect(table.locator("tbody tr").first()).toBeVisible();
  });
});

test.describe("provider staff", () => {
  test.use({ account: "providerStaff" });

  test("keep a missing register with an absence, then correct it", async ({ page }) => {
    await page.goto("/dashboard");
    const missing = missingRegisters(page);
    await expect(missing.getByRole("row")).toHaveCount(2);
    await missing.getByRole("link", { name: "Keep this register" }).click();

    const heading = page.getByRole("heading", { level: 2, name: /^Afternoon register, / });
    await expect(heading).toBeVisible();
    await expect(page.getByText(/expected; 0 marked so far\.$/)).toBeVisible();
    const students = page.locator(".cap-register-row");
    const count = await students.count();
    expect(count).toBeGreaterThan(0);

    // Late without minutes is refused beside the field, and nothing is saved.
    const first = students.nth(0);
    await first.getByRole("radio", { name: "Late" }).check();
    await page.getByRole("button", { name: "Save register" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    // Each line of the summary says whose mark it is about (a name may end "(known as …)").
    await expect(summary).toContainText(/\S: Enter how many minutes late the student arrived/);
    await expect(first.getByText("Enter how many minutes late the student arrived")).toBeVisible();

    await first.getByRole("radio", { name: "Absent" }).check();
    await expect(first.getByRole("combobox", { name: /^Reason for absence/ })).toHaveValue(
      "NOT_KNOWN",
    );
    await page.getByRole("button", { name: "Mark everyone not yet marked as present" }).click();
    await page.getByRole("button", { name: "Save register" }).click();
    await expect(page.getByText(`${count} new ${count === 1 ? "mark" : "marks"}.`)).toBeVisible();
    await expect(page.getByText(`expected; ${count} marked so far.`)).toBeVisible();

    await first.getByRole("radio", { name: "Present" }).check();
    await page.getByRole("button", { name: "Save register" }).click();
    const unchanged = count - 1;
    await expect(
      page.getByText(unchanged ? `1 correction, ${unchanged} unchanged.` : "1 correction."),
    ).toBeVisible();

    await page.goto("/dashboard");
    await expect(missingRegisters(page)).toContainText(
      "Every register in the last two weeks has been kept.",
    );
  });
});

test.describe("school staff", () => {
  test.use({ account: "schoolStaff" });

  test("download their students' marks with the codes for their MIS", async ({ page }) => {
    await page.goto("/attendance");
    await page.getByLabel("First date").fill("2026-11-10");
    await page.getByLabel("Last date").fill("2026-11-09");
    await page.getByRole("button", { name: "Choose these dates" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText(
      "The last date must be the same as or after the first date",
    );
    await expect(page.getByLabel("First date")).toHaveValue("2026-11-10");

    // The seed's registers run up to yesterday, whatever day the suite runs.
    const from = daysAgo(21);
    const to = daysAgo(1);
    await page.getByLabel("First date").fill(from);
    await page.getByLabel("Last date").fill(to);
    await page.getByRole("button", { name: "Choose these dates" }).click();
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: /^Download marks from / }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`register-marks-${from}-to-${to}.csv`);
    const text = await readFile((await download.path())!, "utf8");
    const [header, ...rows] = text.trim().split("\n");
    expect(header).toBe("UPN,Surname,Forename,Date,Session,Code,Mark,Note,Provider,Course");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/,\d{4}-\d{2}-\d{2},(AM|PM),(K|B|I|M|R|E|Y1|C|G|O|N),/);
    }
  });

  test("cannot open registers, which the provider keeps", async ({ page }) => {
    await page.goto("/registers");
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Registers" })).toHaveCount(0);
  });
});
