// A behaviour incident from logging to withdrawal, against the seeded demo data: the demo
// provider's tutor logs one incident about a first-school student and a student of another
// school; the first school sees it with only its own student named; the monitoring officer
// sees both; the tutor withdraws it and it stays, marked withdrawn.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { SCHOOLS } from "@/server/seed/catalogue";
import { expect, signIn, test, type AccountName } from "./fixtures";

const FIRST_SCHOOL = SCHOOLS[0].name;
const DESCRIPTION = "Threw a hammer across the workshop towards K.M.; nobody was hurt.";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help}`),
    `axe on ${where}`,
  ).toEqual([]);
}

async function pageAs(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** Five minutes ago as a datetime-local value, in the browser's own time zone. */
function fiveMinutesAgo(page: Page): Promise<string> {
  return page.evaluate(() => {
    const at = new Date(Date.now() - 5 * 60_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
    return `${day}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  });
}

/** Ticks a first-school student and a student of another school; returns their names. */
async function chooseTwoStudents(page: Page) {
  const fieldset = page.getByRole("group", { name: "Students involved" });
  const items = fieldset.locator(".govuk-checkboxes__item");
  const ours = items.filter({ hasText: FIRST_SCHOOL }).first();
  const theirs = items.filter({ hasNotText: FIRST_SCHOOL }).first();
  const names = [
    (await ours.locator("label").innerText()).trim(),
    (await theirs.locator("label").innerText()).trim(),
  ];
  await ours.getByRole("checkbox").check();
  await theirs.getByRole("checkbox").check();
  return { ours: names[0], theirs: names[1] };
}

test.describe("a behaviour incident", () => {
  test.use({ account: "providerStaff" });
  test.setTimeout(120_000);

  test("is logged by the provider, seen by each party as it may, and withdrawn", async ({
    page,
    browser,
  }) => {
    // 1. The tutor logs it; a refusal keeps what was typed.
    await page.goto("/behaviour");
    await page.getByRole("link", { name: "Log a behaviour incident" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log a behaviour incident");
    await expect(page.getByText("refer to any other student by their initials only")).toBeVisible();
    const { ours, theirs } = await chooseTwoStudents(page);
    await page.getByLabel("When it happened").fill(await fiveMinutesAgo(page));
    await page.getByLabel("Where it happened").fill("Joinery workshop");
    await page.getByRole("radio", { name: "Other" }).check();
    await page.getByRole("radio", { name: "High" }).check();
    await page.getByLabel("What happened").fill(DESCRIPTION);
    await page.getByLabel("Action taken").fill("Workshop cleared; both spoken to separately");
    await page
      .getByRole("group", { name: "Has the parent or carer been told?" })
      .getByLabel("Yes")
      .check();
    await page
      .getByRole("group", { name: /^Has the school been told/ })
      .getByLabel("No")
      .check();
    await page.getByRole("button", { name: "Log the incident" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toContainText("Enter what kind of incident it was");
    await expect(page.getByLabel("What happened")).toHaveValue(DESCRIPTION);
    await expectNoAxeViolations(page, "the incident form showing its error summary");

    await page.getByLabel("What kind of incident was it?").fill("Throwing tools");
    await page.getByRole("button", { name: "Log the incident" }).click();
    const banner = page.getByRole("alert").filter({ hasText: /Incident BEH-\d{6} logged/ });
    await expect(banner).toContainText(/Incident BEH-\d{6} logged/);
    const reference = (await banner.innerText()).match(/BEH-\d{6}/)![0];
    const url = page.url().replace(/\?.*$/, "");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Other: Throwing tools");
    await expect(page.locator("main dl")).toContainText(ours);
    await expect(page.locator("main dl")).toContainText(theirs);
    await expectNoAxeViolations(page, "the incident record with the withdraw form");

    // 2. The first school finds it in its list, with only its own student named.
    const school = await pageAs(browser, "schoolStaff");
    await school.goto("/behaviour");
    const row = school.getByRole("row").filter({ hasText: reference });
    await expect(row).toContainText(ours);
    await expect(row).toContainText("and 1 student from another school");
    await expect(row).not.toContainText(theirs);
    await row.getByRole("link", { name: reference }).click();
    await expect(school.locator("main")).toContainText(DESCRIPTION);
    await expect(school.locator("main")).not.toContainText(theirs);
    await school.goto("/notifications");
    await expect(
      school.getByText(`Behaviour incident ${reference} logged`, { exact: true }),
    ).toBeVisible();

    // 3. The monitoring officer sees both students.
    const mo = await pageAs(browser, "monitoringOfficer");
    await mo.goto(url);
    await expect(mo.locator("main dl")).toContainText(ours);
    await expect(mo.locator("main dl")).toContainText(theirs);
    await expect(mo.getByRole("button", { name: "Withdraw the incident" })).toHaveCount(0);

    // 4. Another provider cannot open it.
    const stranger = await pageAs(browser, "otherProviderStaff");
    await stranger.goto(url);
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Page not found");

    // 5. The tutor withdraws it, giving a reason; it stays, marked withdrawn.
    await page.getByRole("button", { name: "Withdraw the incident" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText(
      "Enter why the incident is being withdrawn",
    );
    await page.getByLabel("Why are you withdrawing it?").fill("Logged against the wrong group");
    await page.getByRole("button", { name: "Withdraw the incident" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: `Incident ${reference} withdrawn` }),
    ).toBeVisible();
    await expect(page.getByText("Reason: Logged against the wrong group")).toBeVisible();
    await school.goto("/behaviour");
    await expect(school.getByRole("row").filter({ hasText: reference })).toContainText("Withdrawn");
  });
});

test.describe("a student's page, for the provider", () => {
  test.use({ account: "providerStaff" });

  test("logs an incident about that student and lists their incidents", async ({ page }) => {
    // The form offers the students whose placements are under way; take the first.
    await page.goto("/behaviour/new");
    const first = page.getByRole("group", { name: "Students involved" }).getByRole("checkbox");
    const studentId = await first.first().getAttribute("value");
    await page.goto(`/students/${studentId}`);
    const name = (await page.getByRole("heading", { level: 1 }).innerText()).trim();

    await page.getByRole("link", { name: "Log a behaviour incident" }).click();
    await expect(page.getByRole("checkbox", { name, exact: true })).toBeChecked();

    await page.goBack();
    await page.getByRole("link", { name: "Behaviour incidents" }).click();
    await expect(page.getByText(`Showing incidents involving ${name}.`)).toBeVisible();
  });
});
