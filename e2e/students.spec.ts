// Students: a school finds its own students and nobody else's; another school opening a
// student's address gets the same "Page not found" as for a record that does not exist.
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test, type AccountName } from "./fixtures";

interface ListedStudent {
  href: string;
  name: string;
  upn: string;
}

/** The first student on /students for whoever `page` is signed in as. */
async function firstListedStudent(page: Page): Promise<ListedStudent> {
  await page.goto("/students");
  const row = page
    .getByRole("table", { name: /^\d+ students?$/ })
    .locator("tbody tr")
    .first();
  const link = row.getByRole("rowheader").getByRole("link");
  return {
    href: (await link.getAttribute("href")) ?? "",
    name: (await link.textContent()) ?? "",
    upn: (await row.locator("td").first().textContent()) ?? "",
  };
}

async function search(page: Page, text: string) {
  await page.getByLabel("Search by name or UPN").fill(text);
  await page.getByRole("button", { name: "Search", exact: true }).click();
}

/**
 * A page signed in as another demo account, in a context of its own. The context starts
 * with no cookies on purpose: a context made inside a test otherwise inherits the test's
 * signed-in state, and the sign-in page would send it straight to the dashboard.
 */
async function pageAs(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test.describe("students: school staff", () => {
  test.use({ account: "schoolStaff" });

  test("lists, searches and opens their own students", async ({ page }) => {
    const student = await firstListedStudent(page);
    await expect(page).toHaveTitle("Students – CAP Portal");
    expect(student.upn).toMatch(/^[A-Z]\d{12}$/);

    await search(page, student.upn);
    const results = page.getByRole("table", { name: `1 student matches “${student.upn}”` });
    await expect(results).toBeVisible();

    const surname = student.name.split(" (")[0].split(" ").pop()!;
    await search(page, surname.toLowerCase());
    await expect(page.getByRole("link", { name: student.name, exact: true })).toBeVisible();

    await page.getByRole("link", { name: student.name, exact: true }).click();
    await expect(page).toHaveTitle("Student details – CAP Portal");
    await expect(page.getByRole("heading", { level: 1, name: student.name })).toBeVisible();
    await expect(page.locator(".govuk-summary-list")).toContainText(student.upn);
    const contacts = page.getByRole("heading", { level: 2, name: "Parents and carers" });
    await expect(contacts).toBeVisible();
  });

  test("does not find another school's student", async ({ page, browser }) => {
    const other = await pageAs(browser, "otherSchoolStaff");
    const theirs = await firstListedStudent(other);
    await other.context().close();

    await page.goto("/students");
    await search(page, theirs.upn);

    await expect(page.getByText(`No students match “${theirs.upn}”.`)).toBeVisible();
  });

  test("another school opening the student's page gets Page not found", async ({
    page,
    browser,
  }) => {
    const ours = await firstListedStudent(page);
    expect(ours.href).toMatch(/^\/students\/[0-9a-f-]{36}$/);

    const other = await pageAs(browser, "otherSchoolStaff");
    await other.goto(ours.href);

    await expect(other.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(other.getByText(ours.upn)).toHaveCount(0);
    await other.context().close();
  });
});

test.describe("students: quality officer", () => {
  test.use({ account: "qualityOfficer" });

  test("has no student records to open", async ({ page }) => {
    await page.goto("/students");

    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main sections" })).not.toContainText(
      "Students",
    );
  });
});
