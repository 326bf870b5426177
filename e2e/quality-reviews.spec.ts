// Quality assurance end to end, issue 5's proof (DOMAIN.md workflow 5): the quality officer
// opens a review for the second demo provider in the next academic year (the seed holds this
// year's); the provider answers every requirement, uploads evidence for several and submits;
// the officer marks one requirement not met and gives feedback with an action; the provider
// submits evidence against the action; the officer closes it; and the indicators show the
// provider with that action closed on time.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { daysFromToday, PDF_BYTES, pageFor } from "./referral-helpers";
import { expectAccessible, referenceOn } from "./request-helpers";

const PROVIDER = "Phoenix Motor Vehicle Academy";
const FIRE = "Fire risk assessment";
const EVIDENCE_FOR = [
  "Safeguarding policy and named designated safeguarding lead",
  "Employer's liability insurance",
  "First aid",
];

function nextAcademicYear(): number {
  const today = new Date();
  const start = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return start + 1;
}

async function openReview(officer: Page, year: number): Promise<string> {
  await officer.goto("/quality/reviews");
  await officer.getByRole("link", { name: "Open a review" }).click();
  await officer.getByRole("button", { name: "Open the review" }).click();
  const summary = officer.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Choose a provider");
  await expectAccessible(officer, "the refused open-review form");

  await officer.getByLabel("Provider").selectOption({ label: PROVIDER });
  await officer.getByLabel("Year the academic year starts").fill(String(year));
  await officer.getByLabel("Quality Review 1").check();
  await officer.getByLabel("Answers due by").fill(`${year}-10-15`);
  await officer.getByRole("button", { name: "Open the review" }).click();
  await expect(officer.getByText("Review opened: the provider has been told")).toBeVisible();
  return referenceOn(officer, /QR-\d{6}/);
}

async function answerAndSubmit(provider: Page, reference: string) {
  await provider.goto("/quality/reviews");
  await provider.getByRole("link", { name: reference }).click();
  await provider.getByRole("button", { name: "Submit for marking" }).click();
  await expect(provider.locator(".govuk-error-summary")).toContainText(
    "Answer every requirement before submitting",
  );

  await provider.getByRole("link", { name: "Answer the requirements" }).click();
  await expect(provider.getByRole("heading", { name: "Answer the requirements" })).toBeVisible();
  const statements = provider.getByRole("textbox", { name: /^How you meet: / });
  const count = await statements.count();
  expect(count).toBeGreaterThan(10);
  for (let index = 0; index < count; index += 1) {
    await statements.nth(index).fill(`Our evidence for requirement ${index + 1}`);
  }
  const expiries = provider.getByLabel(/^Expiry date: /);
  for (let index = 0; index < (await expiries.count()); index += 1) {
    await expiries.nth(index).fill(daysFromToday(200));
  }
  for (const title of EVIDENCE_FOR) {
    const name = `${title.slice(0, 12).replace(/\W+/g, "-")}.pdf`;
    await provider
      .getByLabel(`Evidence: ${title}`)
      .setInputFiles({ name, mimeType: "application/pdf", buffer: PDF_BYTES });
    await expect(provider.getByText(`${name} (`)).toBeVisible();
  }
  await expectAccessible(provider, "the provider's answer form");
  await provider.getByRole("button", { name: "Save the answers" }).click();
  await expect(provider.getByText("Answers saved")).toBeVisible();
  const evidence = provider.locator("main a[href^='/api/documents/']");
  await expect(evidence).toHaveCount(EVIDENCE_FOR.length);

  await provider.getByRole("button", { name: "Submit for marking" }).click();
  await expect(provider.getByText("Review submitted for marking").first()).toBeVisible();
  await expect(provider.getByRole("link", { name: "Answer the requirements" })).toBeHidden();
  await expectAccessible(provider, "the submitted review");
}

async function markAndGiveFeedback(officer: Page, reference: string) {
  await officer.goto("/quality/reviews?status=SUBMITTED");
  await officer.getByRole("link", { name: reference }).click();
  await officer.getByRole("link", { name: "Mark the requirements" }).click();
  await expect(officer.getByRole("heading", { name: "Mark the requirements" })).toBeVisible();
  const groups = officer.getByRole("group", { name: /^Mark: / });
  for (let index = 0; index < (await groups.count()); index += 1) {
    await groups.nth(index).getByLabel("Met", { exact: true }).check();
  }
  await officer
    .getByRole("group", { name: `Mark: ${FIRE}` })
    .getByLabel("Not met")
    .check();
  await officer.getByRole("button", { name: "Save the marks" }).click();
  await expect(officer.locator(".govuk-error-summary")).toContainText(
    "Enter a comment saying what is missing",
  );
  await officer.getByLabel(`Comment: ${FIRE}`).fill("The assessment is two years old");
  await expectAccessible(officer, "the marking form");
  await officer.getByRole("button", { name: "Save the marks" }).click();
  await expect(officer.getByText("Marks saved")).toBeVisible();

  await officer.getByRole("link", { name: "Give feedback" }).click();
  await officer
    .getByLabel("Summary of the feedback")
    .fill("Strong answers; one gap on fire safety.");
  await officer
    .getByLabel("What the provider must do (action 1)")
    .fill("Renew the fire risk assessment");
  await officer.getByLabel("Owner at the provider (action 1)").fill("Centre manager");
  await officer.getByLabel("Due by (action 1)").fill(daysFromToday(30));
  await officer.getByLabel("Provider's action plan reference (action 1, optional)").fill("SAR 4.2");
  await expectAccessible(officer, "the feedback form");
  await officer.getByRole("button", { name: "Give feedback" }).click();
  await expect(officer.getByText("Feedback given: the provider has been told")).toBeVisible();
  const actions = officer.getByRole("table", { name: "Actions to be completed" });
  await expect(actions.getByRole("link", { name: /^QA-\d{6}$/ })).toBeVisible();
  await expect(actions).toContainText("Renew the fire risk assessment");
  await expect(actions).toContainText("SAR 4.2");
  await expectAccessible(officer, "the review with feedback");
}

/** The provider opens the action from its review and submits evidence with a file. */
async function submitActionEvidence(provider: Page, reference: string): Promise<string> {
  await provider.goto("/quality/reviews");
  await provider.getByRole("link", { name: reference }).click();
  await provider.getByRole("link", { name: /^QA-\d{6}$/ }).click();
  await expect(
    provider.getByRole("heading", { level: 1, name: /^Quality action QA-/ }),
  ).toBeVisible();
  await provider.getByLabel("What has been done").fill("A new assessment was done on Monday.");
  await provider.getByLabel("Evidence files").setInputFiles({
    name: "fire-assessment.pdf",
    mimeType: "application/pdf",
    buffer: PDF_BYTES,
  });
  await expect(provider.getByText("fire-assessment.pdf (")).toBeVisible();
  await provider.getByRole("button", { name: "Submit the evidence" }).click();
  await expect(
    provider.getByText("Evidence submitted: the quality officer has been told"),
  ).toBeVisible();
  return provider.url();
}

async function closeAction(officer: Page, address: string) {
  await officer.goto(address);
  await expect(officer.getByRole("link", { name: "fire-assessment.pdf" })).toBeVisible();
  await officer.getByLabel("Yes: close the action").check();
  await officer.getByRole("button", { name: "Save the decision" }).click();
  await expect(officer.getByText("Action closed: the provider has been told")).toBeVisible();
  await expect(officer.locator("main p .govuk-tag")).toHaveText(["Closed"]);
}

/** The provider's indicators: its one action, closed before it fell due, is on time. */
async function indicatorsShowProvider(officer: Page) {
  await officer.goto("/quality/indicators");
  await officer.getByRole("link", { name: PROVIDER, exact: true }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(PROVIDER);
  const row = officer.getByRole("row", { name: /^Actions on time/ });
  await expect(row).toContainText("100%");
  await expect(row).toContainText("1 of 1 action due");
  await expectAccessible(officer, "the provider's indicators");
}

test.describe("Quality Review 1", () => {
  test.use({ account: "qualityOfficer" });

  test("goes from opening to an action closed on evidence, and is counted", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const reference = await openReview(page, nextAcademicYear());
    await expectAccessible(page, "the newly opened review");

    const provider = await pageFor(browser, "otherProviderStaff");
    await answerAndSubmit(provider, reference);

    await markAndGiveFeedback(page, reference);

    const address = await submitActionEvidence(provider, reference);
    await expect(provider.getByText("The assessment is two years old")).toBeVisible();

    await closeAction(page, address);
    await indicatorsShowProvider(page);
    await provider.context().close();
  });

  test("is listed for the quality officer, and the requirement list is accessible", async ({
    page,
  }) => {
    await page.goto("/quality/reviews");
    await expect(page.getByRole("heading", { name: "Quality reviews" })).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Three Spires Construction Training");
    await expectAccessible(page, "the review list");
    await page.getByRole("link", { name: "Manage the requirements" }).click();
    await expect(page.getByRole("table").first()).toContainText(FIRE);
    await expectAccessible(page, "the requirement list");
  });
});
