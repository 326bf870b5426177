// An allegation about an adult (the LADO route): provider staff report it, the service lead
// alone works it, and nobody else, not even the reporter's own DSL, learns it exists.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { pageFor } from "./referral-helpers";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectAccessible(page: Page, where: string) {
  await expect.soft(page.locator("h1"), `exactly one <h1> on ${where}`).toHaveCount(1);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const problems = violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.length})`);
  expect.soft(problems, `axe found WCAG problems on ${where}`).toEqual([]);
}

/** A yesterday morning, as a datetime-local field takes it. */
function yesterdayMorning(): string {
  const date = new Date(Date.now() - 86_400_000);
  return `${date.toISOString().slice(0, 10)}T09:30`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const ADULT = `Ignatius Wetherby-${Date.now().toString(36)}`;
const WHAT = "Pushed a learner against the workshop door and swore at them";

/** A student the reporter works with: the first on their students list. */
async function firstStudent(page: Page) {
  await page.goto("/students");
  const row = page.locator("main table tbody tr").first();
  return {
    name: await row.locator("a").innerText(),
    upn: await row.locator("td").nth(0).innerText(),
  };
}

async function report(page: Page) {
  const student = await firstStudent(page);
  await page.goto("/allegations/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Report an allegation about an adult",
  );
  await expect(page.locator("main")).toContainText("goes only to the service lead");
  await expect(page.getByRole("link", { name: "raise a concern about a child" })).toBeVisible();
  await expectAccessible(page, "the allegation form");

  await page.getByRole("button", { name: "Send to the service lead" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter the adult's name");
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessible(page, "the allegation form with errors");

  await page.getByLabel("Their name").fill(ADULT);
  await page.getByLabel("Their role").fill("Workshop assistant");
  await page.getByLabel("Who they work for").selectOption({ index: 1 });
  await page.getByLabel("When it happened").fill(yesterdayMorning());
  await page.getByLabel("Where it happened").fill("Workshop");
  await page.getByLabel("What happened", { exact: true }).fill(WHAT);
  await page.getByLabel("Children involved (optional)").fill("One Year 11 learner");
  await page.getByLabel("Link a student record (optional)").fill(student.upn);
  await page.getByRole("group", { name: "Students to link" }).getByRole("checkbox").first().check();
  await page.getByLabel("What was done straight away").fill("Learner taken to the office");
  await page.getByLabel("Who has been told").fill("Nobody else yet");
  await page.getByRole("button", { name: "Send to the service lead" }).click();

  await expect(page.locator(".govuk-notification-banner")).toContainText(
    "sent to the service lead",
  );
  await expect(page.locator("main")).toContainText(WHAT);
  await expect(page.getByRole("link", { name: student.name })).toBeVisible();
  await expect(page).not.toHaveTitle(new RegExp(ADULT));
  await expectAccessible(page, "the reporter's view of an allegation");
  return page.url().replace(/\?.*$/, "");
}

async function recordThresholds(lead: Page) {
  const judgements = [
    ["harmed a child", "Met", "harm"],
    ["criminal offence", "Not met", "a criminal offence"],
    ["risk of harm", "Met", "risk of harm"],
    ["unfit to work", "Met", "suitability"],
  ] as const;
  for (const [legend, choice, short] of judgements) {
    await lead
      .getByRole("group", { name: new RegExp(legend) })
      .getByLabel(choice, { exact: true })
      .check();
    await lead.getByLabel(`Note on ${short}`, { exact: true }).fill(`Judged ${choice}`);
  }
  await lead.getByRole("button", { name: "Record thresholds" }).click();
  const form = lead.locator("form[aria-labelledby='thresholds-heading']");
  await expect(form.locator(".govuk-notification-banner")).toContainText("Thresholds recorded");
}

async function recordConsultation(lead: Page) {
  const form = lead.locator("form[aria-labelledby='lado-heading']");
  await form.getByLabel("Date of the consultation").fill(today());
  await form.getByLabel("LADO's name").fill("Duty LADO");
  await form.getByLabel("LADO reference (optional)").fill("LADO-E2E-1");
  await form.getByLabel("The LADO's advice").fill("Provider to suspend from contact");
  await form.getByRole("button", { name: "Record consultation" }).click();
  await expect(form.locator(".govuk-notification-banner")).toContainText(
    "LADO consultation recorded",
  );
  await expect(lead.locator("main")).toContainText("LADO-E2E-1");
}

async function recordOutcome(lead: Page) {
  const form = lead.locator("form[aria-labelledby='outcome-heading']");
  await form.getByLabel("Substantiated", { exact: true }).check();
  await form.getByLabel("Date of the outcome").fill(today());
  await form.getByLabel("Rationale").fill("Witnessed by two staff");
  await form.getByRole("button", { name: "Record outcome and close" }).click();
  const banner = lead.locator(".govuk-notification-banner", { hasText: "Outcome recorded" });
  await expect(banner).toBeVisible();
  await expect(lead.locator("main")).toContainText("Substantiated");
}

async function expectNotFound(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator("main")).not.toContainText(ADULT);
  await page.goto("/allegations");
  await expect(page.locator("main")).not.toContainText(ADULT);
}

test.describe("an allegation about an adult", () => {
  test.use({ account: "providerStaff" });

  test("goes to the lead alone, who records thresholds, the LADO and the outcome", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const url = await report(page);

    const lead = await pageFor(browser, "serviceLead");
    await lead.goto("/dashboard");
    await expect(lead.locator("main")).toContainText(/allegations? (is|are) open/);
    await lead.goto("/allegations");
    await expectAccessible(lead, "the lead's allegations list");
    await lead
      .getByRole("row", { name: new RegExp(ADULT) })
      .getByRole("link")
      .click();
    await expect(lead).toHaveURL(url);
    await expectAccessible(lead, "the lead's view of an allegation");
    await recordThresholds(lead);
    await recordConsultation(lead);
    await recordOutcome(lead);
    await expectAccessible(lead, "a closed allegation");
    await lead.context().close();

    await page.reload();
    await expect(page.locator("main")).toContainText("Closed");
    await expect(page.locator("main")).not.toContainText("Substantiated");
    await expect(page.locator("main")).not.toContainText("LADO-E2E-1");

    for (const account of ["serviceDsl", "providerDsl"] as const) {
      const other = await pageFor(browser, account);
      await expectNotFound(other, url);
      await other.context().close();
    }
  });
});
