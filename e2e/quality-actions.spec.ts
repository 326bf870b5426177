// A quality action through its evidence loop, against the seeded demo data
// (server/seed/quality-actions.ts): the first provider's overdue action stands out on both
// sides; the provider submits evidence with a file, the quality officer returns it with a
// comment, the provider submits again and the officer closes it. Another provider cannot
// open it.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./request-helpers";
import { PDF_BYTES, pageFor } from "./referral-helpers";

const OVERDUE_ACTION = "Renew the fire risk assessment with a competent assessor and act on it";

/** The overdue action's row in the list, with its red tag; opens it and returns its address. */
async function openOverdueAction(page: Page): Promise<string> {
  await page.goto("/quality/actions?overdue=1");
  const row = page.locator("main tbody tr", { hasText: OVERDUE_ACTION });
  await expect(row.locator(".govuk-tag--red")).toHaveText("Overdue");
  await row.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Quality action QA-/ })).toBeVisible();
  return page.url();
}

async function submitEvidence(page: Page, statement: string, file: string) {
  await page.getByLabel("What has been done").fill(statement);
  await page.getByLabel("Evidence files").setInputFiles({
    name: file,
    mimeType: "application/pdf",
    buffer: PDF_BYTES,
  });
  await expect(page.getByText(`${file} (`)).toBeVisible();
  await page.getByRole("button", { name: "Submit the evidence" }).click();
  await expect(
    page.getByText("Evidence submitted: the quality officer has been told"),
  ).toBeVisible();
  await expect(page.locator("main p .govuk-tag").first()).toHaveText("Evidence submitted");
}

async function providerSubmitsFirst(provider: Page): Promise<string> {
  await provider.goto("/dashboard");
  const summary = provider.getByRole("region", { name: "Quality actions", exact: true });
  await expect(summary.getByRole("link", { name: /\d+ actions? overdue/ })).toBeVisible();
  await expect(summary.locator(".govuk-tag--red")).toHaveText("Overdue");

  const address = await openOverdueAction(provider);
  await expectAccessible(provider, "the provider's action page");
  await provider.getByRole("button", { name: "Submit the evidence" }).click();
  const errors = provider.locator(".govuk-error-summary");
  await expect(errors).toBeFocused();
  await expect(errors).toContainText("Enter what has been done to complete the action");
  await expect(errors).toContainText("Attach at least one file as evidence");
  await expectAccessible(provider, "the refused evidence form");

  await submitEvidence(
    provider,
    "An assessor visited on Monday; the report is attached.",
    "fra.pdf",
  );
  return address;
}

async function officerReturns(officer: Page, address: string) {
  await officer.goto("/dashboard");
  const summary = officer.getByRole("region", { name: "Quality actions", exact: true });
  await expect(summary.locator(".govuk-tag--red")).toHaveText("Overdue");
  await officer.goto(address);
  await expect(officer.getByRole("link", { name: "fra.pdf" })).toBeVisible();
  await officer.getByLabel("No: return it to the provider").check();
  await officer.getByRole("button", { name: "Save the decision" }).click();
  await expect(officer.locator(".govuk-error-summary")).toContainText(
    "Enter a comment saying what more the provider needs to do",
  );
  await officer.getByLabel("Comment").fill("The report is unsigned: send the signed copy.");
  await officer.getByRole("button", { name: "Save the decision" }).click();
  await expect(
    officer.getByText("Evidence returned to the provider with your comment"),
  ).toBeVisible();
  await expect(officer.locator("main p .govuk-tag").first()).toHaveText("Open");
  await expectAccessible(officer, "the officer's action page after returning");
}

async function providerSubmitsAgain(provider: Page, address: string) {
  await provider.goto(address);
  await expect(provider.getByText("The report is unsigned: send the signed copy.")).toBeVisible();
  await expect(provider.getByRole("heading", { name: "Submit the evidence again" })).toBeVisible();
  await submitEvidence(provider, "The signed report is attached.", "fra-signed.pdf");
}

async function officerCloses(officer: Page, address: string) {
  await officer.goto(address);
  await officer.getByLabel("Yes: close the action").check();
  await officer.getByRole("button", { name: "Save the decision" }).click();
  await expect(officer.getByText("Action closed: the provider has been told")).toBeVisible();
  await expect(officer.locator("main p .govuk-tag")).toHaveText(["Closed"]);
  const closed = officer.locator(".govuk-summary-list__row", {
    has: officer.locator(".govuk-summary-list__key", { hasText: /^Closed$/ }),
  });
  await expect(closed).toContainText(/^ClosedBy .+ on \d{1,2} \w+ \d{4}/);
}

test("a quality action: evidence, returned, evidence again, closed", async ({ browser }) => {
  test.setTimeout(120_000);
  const provider = await pageFor(browser, "providerStaff");
  const officer = await pageFor(browser, "qualityOfficer");

  const address = await test.step("provider sees it overdue and submits evidence", () =>
    providerSubmitsFirst(provider));
  await test.step("another provider cannot open it", async () => {
    const other = await pageFor(browser, "otherProviderStaff");
    await other.goto(address);
    await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
  await test.step("officer returns it with a comment", () => officerReturns(officer, address));
  await test.step("provider submits again", () => providerSubmitsAgain(provider, address));
  await test.step("officer closes it", () => officerCloses(officer, address));
});
