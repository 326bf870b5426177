import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { daysFromToday, FIRST_PROVIDER, pageFor } from "./referral-helpers";

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The latest date at least `days` ago that falls on `dayName` ("Monday"). */
function pastDayNamed(dayName: string, days: number): string {
  const date = new Date(`${daysFromToday(-days)}T00:00:00Z`);
  while (DAY_NAMES[date.getUTCDay()] !== dayName) {
    date.setUTCDate(date.getUTCDate() - 1);
  }
  return date.toISOString().slice(0, 10);
}

test.describe("as another provider", () => {
  test.use({ account: "providerStaff" });

  test("a referral to one provider is not found by another", async ({ page, browser }) => {
    await page.goto("/referrals?status=SUBMITTED");
    const link = page.locator("main table a").first();
    const reference = await link.innerText();
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(FIRST_PROVIDER);
    const student = await page.locator("main a[href^='/students/']").first().innerText();
    const url = page.url();

    const other = await pageFor(browser, "otherProviderStaff");
    await other.goto(url);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(other).toHaveTitle("Page not found – CAP Portal");
    await expect(other.locator("main")).not.toContainText(reference);
    await expect(other.locator("main")).not.toContainText(student);

    await other.goto(`/referrals?search=${reference}`);
    await expect(other.locator("main")).toContainText("No referrals match these filters.");
    await other.context().close();
  });
});

test.describe("the application response", () => {
  test.use({ account: "providerStaff" });

  test("says what to choose when nothing is chosen", async ({ page }) => {
    await page.goto("/referrals?status=SUBMITTED");
    // The oldest on the page is seeded: the newest may be the referral journey's own, which
    // that spec answers while this one runs beside it.
    await page.locator("main table tbody tr").last().locator("a").first().click();
    await page.getByRole("button", { name: "Submit application response" }).click();

    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Select whether you accept or decline the referral");
    await page.getByLabel("Decline the referral").check();
    await page.getByRole("button", { name: "Submit application response" }).click();
    await expect(summary).toContainText("Select the grounds for declining");
    await expect(summary).toContainText("Enter an explanation");
  });
});

/** An existing student of the school, and a course of the first provider on its first day. */
async function fillValidReferral(page: Page, start: (day: string) => string) {
  await page.getByLabel("A student already known to the portal").check();
  const student = page.getByLabel("Student", { exact: true });
  await expect(student.locator("option").nth(1)).toBeAttached();
  await student.selectOption({ index: 1 });
  const course = page.getByLabel("Course", { exact: true });
  const label = (await course.locator("option").allInnerTexts()).find((text) =>
    text.includes(FIRST_PROVIDER),
  )!;
  await course.selectOption({ label });
  const day = label.match(/\((\w+)/)![1];
  await page.getByRole("checkbox", { name: day, exact: true }).check();
  await page.getByLabel("Start date wanted").fill(start(day));
  await page.getByLabel("Reasons for the referral").fill("Typed reasons stay");
  await page.getByLabel("The student's needs").fill("Typed needs stay");
  await page.getByLabel("Low", { exact: true }).check();
  await page.getByRole("textbox", { name: "Risk assessment" }).fill("Typed risk stays");
}

test.describe("the referral form", () => {
  test.use({ account: "schoolStaff" });

  test("shows what is wrong beside each field and keeps what was typed", async ({ page }) => {
    await page.goto("/referrals/new");
    await page.getByLabel("Reasons for the referral").fill("Typed reasons stay");
    await page.getByRole("button", { name: "Send referral" }).click();

    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(
      "Select whether the student is already known to the portal or new",
    );
    await expect(summary).toContainText("Choose a course");
    await expect(summary).toContainText("Select the days wanted");
    await expect(summary).toContainText("Enter the student's needs");
    await expect(summary).not.toContainText("Enter the reasons for the referral");
    await expect(page.locator("#courseId-error")).toContainText("Choose a course");
    await expect(page.locator("#needs-error")).toContainText("Enter the student's needs");
    await expect(page.getByLabel("Reasons for the referral")).toHaveValue("Typed reasons stay");
    await expect(page).toHaveTitle(/^Error: Refer a student/);

    await summary.getByRole("link", { name: "Choose a course" }).click();
    await expect(page.getByLabel("Course", { exact: true })).toBeFocused();

    await page.getByLabel("A new student").check();
    await page.getByRole("button", { name: "Send referral" }).click();
    await expect(summary).toBeFocused();
    for (const message of [
      "Enter the unique pupil number (UPN)",
      "Enter the student's legal first name",
      "Enter the date of birth",
      "Enter the year group",
      "Enter the contact's full name",
    ]) {
      await expect(summary.getByRole("link", { name: message })).toBeVisible();
    }
    await expect(page.locator("#student-student-upn-error")).toContainText(
      "Enter the unique pupil number (UPN)",
    );
    await expect(page.getByLabel("Reasons for the referral")).toHaveValue("Typed reasons stay");
  });

  test("shows the server's refusal beside its field, keeping what was typed", async ({ page }) => {
    await page.goto("/referrals/new");
    await fillValidReferral(page, (day) => pastDayNamed(day, 7));
    await page.getByRole("button", { name: "Send referral" }).click();

    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toBeFocused();
    const message = "The start date wanted must be today or in the future";
    await expect(summary).toContainText(message);
    await expect(page.locator("#requestedStartDate-error")).toContainText(message);
    await expect(page).toHaveURL(/\/referrals\/new$/);
    await expect(page.getByLabel("Reasons for the referral")).toHaveValue("Typed reasons stay");
    await expect(page.getByRole("textbox", { name: "Risk assessment" })).toHaveValue(
      "Typed risk stays",
    );
  });

  test("refuses a file that only pretends to be a PDF, beside the field", async ({ page }) => {
    await page.goto("/referrals/new");
    await page.getByLabel("Upload the risk assessment").setInputFiles({
      name: "risk.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("just some text, not a PDF"),
    });
    const field = page.getByLabel("Upload the risk assessment");
    await expect(page.locator("#paperwork-RISK_ASSESSMENT-error")).toContainText(
      "risk.pdf must be a PDF, Word document, JPEG or PNG",
    );
    await expect(field).toHaveAttribute("aria-describedby", /paperwork-RISK_ASSESSMENT-error/);
    await expect(page.getByText("Uploaded risk.pdf")).toHaveCount(0);
  });
});

test.describe("roles that do not refer", () => {
  test.use({ account: "providerStaff" });

  test("a provider has no referral form and no button to it", async ({ page }) => {
    await page.goto("/referrals");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Referrals");
    await expect(page.getByRole("link", { name: "Refer a student" })).toHaveCount(0);
    await page.goto("/referrals/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
