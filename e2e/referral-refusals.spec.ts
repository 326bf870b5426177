import { expect, test } from "./fixtures";
import { FIRST_PROVIDER, pageFor } from "./referral-helpers";

test.describe("as another provider", () => {
  test.use({ account: "providerStaff" });

  test("a referral to one provider is not found by another", async ({ page, browser }) => {
    test.setTimeout(60_000);
    await page.goto("/referrals?status=SUBMITTED");
    const link = page.locator("main table a").first();
    const reference = await link.innerText();
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(FIRST_PROVIDER);
    const url = page.url();

    const otherPage = await pageFor(browser, "otherProviderStaff");
    await otherPage.goto(url);
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(otherPage.locator("main")).not.toContainText(reference);
    await otherPage.goto(`/referrals?search=${reference}`);
    await expect(otherPage.locator("main")).toContainText("No referrals match these filters.");
  });
});

test.describe("the referral form", () => {
  test.use({ account: "schoolStaff" });

  test("shows what is wrong beside each field and keeps what was typed", async ({ page }) => {
    await page.goto("/referrals/new");
    await page.getByLabel("Reasons for the referral").fill("Typed reasons stay");
    await page.getByRole("button", { name: "Send referral" }).click();

    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Choose a student");
    await expect(summary).toContainText("Choose a course");
    await expect(summary).toContainText("Select the days wanted");
    await expect(page.locator("#courseId-error")).toContainText("Choose a course");
    await expect(page.getByLabel("Reasons for the referral")).toHaveValue("Typed reasons stay");
    await expect(page).toHaveTitle(/^Error: /);
  });

  test("refuses a file that only pretends to be a PDF, beside the field", async ({ page }) => {
    await page.goto("/referrals/new");
    await page.getByLabel("Upload the risk assessment").setInputFiles({
      name: "risk.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("just some text, not a PDF"),
    });
    await expect(page.locator("#paperwork-RISK_ASSESSMENT-error")).toContainText(
      "risk.pdf must be a PDF, Word document, JPEG or PNG",
    );
  });
});
