// Provider indicators and termly confirmation against the demo data: the quality officer
// compares every provider with the collaboration's median; a provider sees only its own
// figures; the demo provider (not yet confirmed this term in the seed) confirms the term and
// the officer sees it confirmed.
import type { Page } from "@playwright/test";
import { PROVIDERS } from "@/server/seed/catalogue";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./request-helpers";
import { pageFor } from "./referral-helpers";

const FIRST = PROVIDERS[0].name;
const SECOND = PROVIDERS[1].name;
const PERCENT_OR_NO_DATA = /^(\d+(\.\d)?%|No data)$/;

async function providerLinkHref(officer: Page, name: string) {
  await officer.goto("/quality/indicators");
  return officer.getByRole("link", { name, exact: true }).getAttribute("href");
}

test("the officer compares every provider with the median", async ({ browser }) => {
  test.setTimeout(90_000);
  const officer = await pageFor(browser, "qualityOfficer");
  await officer.goto("/quality/termly");
  await officer
    .getByRole("navigation", { name: "Quality assurance" })
    .getByRole("link", { name: "Indicators" })
    .click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText("Provider indicators");

  const row = officer.locator("main table").first().locator("tbody tr", { hasText: FIRST });
  await expect(row.locator("td").first()).toHaveText(/^\d+(\.\d)?%$/);
  const median = officer.locator("main table", { hasText: "median" }).locator("tr", {
    hasText: "Attendance",
  });
  await expect(median.locator("td").first()).toHaveText(/^\d+(\.\d+)?%$/);
  await expect(officer.getByRole("img", { name: /^Attendance, bar chart\./ })).toBeVisible();
  await expectAccessible(officer, "the officer's indicators");

  await row.getByRole("link", { name: FIRST }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(FIRST);
  const figures = officer.locator("main table", { hasText: "Collaboration median" });
  await expect(figures.locator("tr", { hasText: "Attendance" }).locator("td").first()).toHaveText(
    PERCENT_OR_NO_DATA,
  );
  await expectAccessible(officer, "one provider's indicators");
});

test("a provider sees only its own figures beside the median", async ({ browser }) => {
  test.setTimeout(90_000);
  const officer = await pageFor(browser, "qualityOfficer");
  const secondHref = await providerLinkHref(officer, SECOND);
  const provider = await pageFor(browser, "providerStaff");

  await provider.goto("/quality/indicators");
  await expect(provider.getByRole("heading", { level: 1 })).toHaveText(FIRST);
  await expect(provider.locator("main")).toContainText("Collaboration median");
  for (const other of PROVIDERS.slice(1)) {
    await expect(provider.locator("main")).not.toContainText(other.name);
  }
  await expectAccessible(provider, "the provider's own indicators");

  await provider.goto(secondHref!);
  await expect(provider.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a provider confirms the term and the officer sees it", async ({ browser }) => {
  test.setTimeout(90_000);
  const provider = await pageFor(browser, "providerStaff");
  await provider.goto("/quality/termly");
  await expect(
    provider.getByText(/is due: your organisation has not confirmed it yet/),
  ).toBeVisible();

  await provider.getByRole("button", { name: "Confirm the term" }).click();
  const summary = provider.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(/^[\s\S]*Tick "Our designated safeguarding lead/);
  await expectAccessible(provider, "the refused confirmation");

  const statements = provider.getByRole("group", { name: "We confirm that this term" });
  for (const box of await statements.getByRole("checkbox").all()) {
    await box.check();
  }
  await provider.getByLabel("Anything the service should know (optional)").fill("New tutor");
  await provider.getByRole("button", { name: "Confirm the term" }).click();
  await expect(provider.getByRole("button", { name: "Confirm the term" })).toBeHidden();
  const history = provider.locator("main .govuk-summary-list__row").first();
  await expect(history).toContainText("Confirmed");
  await expectAccessible(provider, "the provider's confirmations");

  const officer = await pageFor(browser, "qualityOfficer");
  await officer.goto("/quality/termly");
  const current = officer.locator("main table").first();
  await expect(current.locator("tr", { hasText: FIRST })).toContainText("Confirmed");
  await expect(current.locator("tr", { hasText: FIRST })).toContainText("New tutor");
  await expect(current.getByText("Not confirmed").first()).toBeVisible();
  await expectAccessible(officer, "who has confirmed this term");

  await officer.getByRole("link", { name: /^Change the checklist/ }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Termly checklist");
  await officer.getByRole("link", { name: "Change statement 1" }).click();
  const statement = officer.getByRole("textbox", { name: "Statement 1" });
  await expect(statement).toHaveValue(/^Our designated safeguarding lead/);
  await expectAccessible(officer, "the checklist with a statement being changed");
});
