import { expect, test } from "./fixtures";
import { pageFor } from "./referral-helpers";

// The directory of the service's DSLs and helplines: the service lead keeps it, everyone
// signed in reads it from the footer, and nobody else can open its forms.

test.describe("safeguarding contacts", () => {
  test.use({ account: "serviceLead" });

  test("the lead adds and changes a contact; staff read it; others get no form", async ({
    page,
    browser,
  }) => {
    // Three people's sessions in one journey: more than the default budget on two busy cores.
    test.slow();
    const name = `Test helpline ${Date.now()}`;
    await page.goto("/safeguarding-contacts");
    await page.getByRole("link", { name: "Add a contact" }).click();
    await page.getByRole("button", { name: "Add the contact" }).click();
    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Select the kind of contact");
    await expect(summary).toContainText("Enter the phone number");

    await page.getByLabel("Helpline or team").check();
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("What the contact is for").fill("Advice on county lines");
    await page.getByLabel("Phone number").fill("01632 960199");
    await page.getByLabel("Email address (optional)").fill("not-an-address");
    await page.getByRole("button", { name: "Add the contact" }).click();
    await expect(summary).toContainText("Enter an email address in the correct format");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
    await page.getByLabel("Email address (optional)").fill("");
    await page.getByRole("button", { name: "Add the contact" }).click();
    await expect(page.locator(".govuk-notification-banner--success")).toContainText(
      "Contact added",
    );
    await expect(page.locator("main")).toContainText(name);

    await page.getByRole("link", { name: `Change ${name}` }).click();
    await page.getByLabel("When they can be reached (optional)").fill("Weekdays, 9am to 5pm");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator(".govuk-notification-banner--success")).toContainText(
      "Contact changed",
    );
    const row = page.locator("main tbody tr", { hasText: name });
    await expect(row).toContainText("Weekdays, 9am to 5pm");
    const changeUrl = new URL(
      (await row.getByRole("link", { name: `Change ${name}` }).getAttribute("href"))!,
      page.url(),
    ).pathname;

    const staff = await pageFor(browser, "schoolStaff");
    await staff
      .getByRole("contentinfo")
      .getByRole("link", { name: /Safeguarding contacts/ })
      .click();
    await expect(staff.locator("main")).toContainText(name);
    await expect(staff.getByRole("link", { name: "Add a contact" })).toHaveCount(0);
    await expect(staff.getByRole("link", { name: `Change ${name}` })).toHaveCount(0);
    for (const path of ["/safeguarding-contacts/new", changeUrl]) {
      await staff.goto(path);
      await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
    await staff.context().close();
  });
});
