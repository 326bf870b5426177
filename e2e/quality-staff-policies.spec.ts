// The single central record and the policy bank, against the seeded demo data (ADR 0017):
// the provider adds a staff member with a check missing and sees it flagged; the school sees
// the provider's gap on its placement and referral screens; the quality officer publishes a
// new version of a policy, the provider adopts it, and the officer's grid follows.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./request-helpers";
import { daysFromToday, FIRST_PROVIDER, PDF_BYTES, pageFor } from "./referral-helpers";

const POLICY = "Behaviour and anti-bullying";

async function answer(page: Page, question: string, choice: string) {
  await page.getByRole("group", { name: question }).getByLabel(choice, { exact: true }).check();
}

async function addStaffWithGap(provider: Page, name: string) {
  await provider.goto("/quality/staff-checks");
  await provider.getByRole("link", { name: "Add a staff member" }).click();
  await provider.getByLabel("Full name").fill(name);
  await provider.getByLabel("Role", { exact: true }).fill("Motor vehicle tutor");
  await provider.getByLabel("Date they started").fill(daysFromToday(-60));
  await provider.getByLabel("Identity checked on").fill(daysFromToday(-70));
  await provider.getByLabel("Enhanced DBS certificate number").fill("1234");
  await provider.getByLabel("DBS certificate issued on").fill(daysFromToday(-75));
  await answer(provider, "Do they subscribe to the DBS update service?", "No");
  // The barred list check is left blank: a gap.
  await provider.getByLabel("Prohibition from teaching checked on").fill(daysFromToday(-70));
  await answer(provider, "Are overseas checks needed?", "No");
  await answer(provider, "Does the role need qualifications checked?", "No");
  await provider.getByLabel("Right to work checked on").fill(daysFromToday(-70));
  await provider.getByLabel("Who made the checks").fill("Centre manager");
  await provider.getByLabel("Date the record was checked").fill(daysFromToday(-65));
  await provider.getByRole("button", { name: "Add the staff member" }).click();

  const summary = provider.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("The DBS certificate number must be 12 digits");
  await expectAccessible(provider, "the refused staff check form");

  await provider.getByLabel("Enhanced DBS certificate number").fill("0011 2233 4455");
  await provider.getByRole("button", { name: "Add the staff member" }).click();
  await expect(provider.getByText("Staff member's checks saved")).toBeVisible();
  await expect(provider.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(provider.locator("main .govuk-tag").first()).toHaveText("Gaps");
  await expect(provider.getByText("Barred list check missing")).toBeVisible();
  await expectAccessible(provider, "a staff member's checks");

  await provider.goto("/quality/staff-checks");
  const row = provider.locator("main tbody tr", { hasText: name });
  await expect(row.locator(".govuk-tag")).toHaveText("Gaps");
  await expectAccessible(provider, "the provider's single central record");
}

async function schoolSeesGap(school: Page) {
  await school.goto("/placements?status=ACTIVE");
  const warning = school.locator(".govuk-warning-text", { hasText: FIRST_PROVIDER });
  await expect(warning).toContainText(/gaps in \d+ staff records?/);
  const row = school.locator("main tbody tr", { hasText: FIRST_PROVIDER }).first();
  await row.getByRole("link", { name: /REF-\d+/ }).click();
  await expect(school.locator(".govuk-warning-text")).toContainText(`${FIRST_PROVIDER}: gaps in`);
  await expectAccessible(school, "a referral with the provider's gap warning");
}

async function publishVersion(officer: Page) {
  await officer.goto("/quality/policies");
  await officer.getByRole("link", { name: POLICY, exact: true }).click();
  await officer.getByLabel("What has changed").fill("Adds online bullying");
  await officer.getByLabel("Upload the new version").setInputFiles({
    name: "behaviour-v2.pdf",
    mimeType: "application/pdf",
    buffer: PDF_BYTES,
  });
  await expect(officer.getByText("Uploaded behaviour-v2.pdf")).toBeVisible();
  await officer.getByRole("button", { name: "Publish version 2" }).click();
  await expect(officer.getByRole("heading", { name: "Publish version 3" })).toBeVisible();
  await expect(officer.getByRole("cell", { name: "Adds online bullying" })).toBeVisible();
  await expectAccessible(officer, "a policy after publishing a version");
}

async function gridCell(officer: Page) {
  await officer.goto("/quality/policies/grid");
  const row = officer.locator("main tbody tr", { hasText: FIRST_PROVIDER });
  // Policies run in title order: the behaviour policy is the first column.
  return row.locator("td").first();
}

async function adoptAsProvider(provider: Page) {
  await provider.goto("/quality/policies");
  const row = provider.locator("main tbody tr", { hasText: POLICY });
  await expect(row.locator(".govuk-tag")).toHaveText("Not adopted");
  await row.getByRole("link", { name: POLICY, exact: true }).click();
  await answer(
    provider,
    "How does your organisation answer this policy?",
    "We adopt the service's policy as it stands",
  );
  await provider.getByRole("button", { name: "Send your answer" }).click();
  await expect(provider.locator("main .govuk-tag").first()).toHaveText("Adopted");
  await expectAccessible(provider, "the provider's answer to a policy");
}

test("the single central record flags a gap, which the placing school sees", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const provider = await pageFor(browser, "providerStaff");
  const school = await pageFor(browser, "schoolStaff");
  const name = `Casey Gap${Date.now() % 100000}`;

  await test.step("provider adds a staff member with a check missing", () =>
    addStaffWithGap(provider, name));
  await test.step("school sees the gap on placements and the referral", () =>
    schoolSeesGap(school));
});

test("a new policy version resets adoption until the provider answers it", async ({ browser }) => {
  test.setTimeout(120_000);
  const officer = await pageFor(browser, "qualityOfficer");
  const provider = await pageFor(browser, "providerStaff");

  await test.step("the grid shows the provider's seeded answer", async () => {
    await expect(await gridCell(officer)).toHaveText("Own policy accepted");
  });
  await test.step("officer publishes version 2", () => publishVersion(officer));
  await test.step("the grid resets the provider to not adopted", async () => {
    await expect(await gridCell(officer)).toHaveText("Not adopted");
    await expectAccessible(officer, "the providers and policies grid");
  });
  await test.step("provider adopts the new version", () => adoptAsProvider(provider));
  await test.step("the grid shows the adoption", async () => {
    await expect(await gridCell(officer)).toHaveText("Adopted");
  });
});
