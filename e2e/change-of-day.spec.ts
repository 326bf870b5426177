// A change of day agreed by both sides, against the seeded demo data: the school proposes
// moving a day, the provider agrees with its reason, the admin ticks CLM and Capita and
// processes it, and both parties see the confirmation. It takes the first of the demo
// school's active placements at the demo provider whose course runs on a day the student
// does not attend, never the last one (e2e/withdrawals.spec.ts withdraws that one).
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { pageFor } from "./referral-helpers";
import {
  dateTextIn,
  effectiveAfter,
  expectAccessible,
  referenceOn,
  schoolRowsAtFirstProvider,
  studentOf,
  workingDayNamed,
} from "./request-helpers";

/** Opens the proposal form for a placement that has a day to move to; its student's name. */
async function openProposal(school: Page): Promise<string> {
  const rows = await schoolRowsAtFirstProvider(school);
  const candidates = rows.length > 1 ? rows.slice(0, -1) : rows;
  const links: [string, string][] = [];
  for (const row of candidates) {
    const student = await studentOf(row);
    const link = row.getByRole("link", { name: `Propose a change of day for ${student}` });
    links.push([student, (await link.getAttribute("href"))!]);
  }
  for (const [student, href] of links) {
    await school.goto(href);
    const newDay = school.getByRole("group", { name: "Day the student will attend instead" });
    if ((await newDay.getByRole("radio").count()) > 0) {
      return student;
    }
  }
  throw new Error("No seeded placement at the demo provider has a day to move to");
}

async function propose(school: Page) {
  const student = await openProposal(school);
  const fromDay = school.getByRole("group", { name: "Day the student attends now" });
  await fromDay.getByRole("radio").first().check();
  const toDay = school.getByRole("group", { name: "Day the student will attend instead" });
  const target = toDay.getByRole("radio").first();
  await target.check();
  const dayName = (await toDay.locator("label").first().innerText()).trim();

  const runs = await school.getByText(/^The placement runs on /).innerText();
  const soonest = effectiveAfter(dateTextIn(runs), 14);
  const day = (name: string) => workingDayNamed(name, soonest);
  const dateField = school.getByLabel("Date of the first session on the new day");
  await dateField.fill(day(dayName === "Monday" ? "Tuesday" : "Monday"));
  await school.getByLabel("Reason for the change").fill("A hospital appointment each week");
  await school.getByLabel("Effect on the student's achievement").fill("Same hours");
  await school.getByLabel("Effect on the student's health").fill("Can attend appointments");
  await school.getByLabel("Effect on the student's well-being").fill("Less anxious");
  await school.getByRole("button", { name: "Send to the provider" }).click();
  await expect(school.locator(".govuk-error-summary")).toContainText(
    `The date of the first session on the new day must be a ${dayName}`,
  );
  await expectAccessible(school, "the refused change-of-day form");

  await dateField.fill(day(dayName));
  await school.getByRole("button", { name: "Send to the provider" }).click();
  await expect(school.getByText("Change of day sent to the provider")).toBeVisible();
  return { student, reference: await referenceOn(school, /CHD-\d{6}/) };
}

async function agreeAsProvider(provider: Page, reference: string) {
  await provider.goto("/changes-of-day?status=PROPOSED");
  await provider.getByRole("link", { name: reference }).click();
  await expectAccessible(provider, "the provider's answer form");
  await provider.getByLabel("Yes, we agree").check();
  await provider.getByLabel("Reason for your answer").fill("The other group has room");
  await provider.getByLabel("Effect on the student's achievement").fill("Same tutor");
  await provider.getByLabel("Effect on the student's health").fill("None");
  await provider.getByLabel("Effect on the student's well-being").fill("Knows the group");
  await provider.getByRole("button", { name: "Send your answer" }).click();
  await expect(provider.getByText("Your answer has been sent to the school")).toBeVisible();
  await expect(provider.locator("main .govuk-tag").first()).toHaveText("Agreed");
}

async function processAsAdmin(admin: Page, reference: string) {
  await admin.goto("/changes-of-day?status=AGREED");
  await admin.getByRole("link", { name: reference }).click();
  await admin.getByRole("button", { name: "Mark CLM as updated" }).click();
  await expect(admin.getByRole("button", { name: "Mark CLM as updated" })).toBeHidden();
  await admin.getByRole("button", { name: "Mark Capita as updated" }).click();
  await expect(admin.getByRole("button", { name: "Mark Capita as updated" })).toBeHidden();
  await expectAccessible(admin, "the admin's change-of-day steps");
  await admin.getByRole("button", { name: "Process the change of day" }).click();
  await expect(admin.getByText(/^Change of day processed/)).toBeVisible();
  await expect(admin.locator("main .govuk-tag").first()).toHaveText("Processed");
}

async function seeConfirmation(page: Page, reference: string) {
  await page.goto("/notifications");
  await page
    .getByRole("link", { name: new RegExp(`Change of day ${reference} confirmed`) })
    .first()
    .click();
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Processed");
  await expect(page.getByText("The other group has room")).toBeVisible();
}

test("a change of day agreed by the school and the provider, processed by the admin", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const school = await pageFor(browser, "schoolStaff");
  const provider = await pageFor(browser, "providerStaff");
  const admin = await pageFor(browser, "serviceAdmin");

  const { reference } = await test.step("school proposes", () => propose(school));
  await test.step("provider agrees", () => agreeAsProvider(provider, reference));
  await test.step("admin processes", () => processAsAdmin(admin, reference));
  await test.step("the school has the confirmation", () => seeConfirmation(school, reference));
  await test.step("the provider has it too", () => seeConfirmation(provider, reference));
});

test("the admin rejects an agreed change that can no longer be processed", async ({ browser }) => {
  const admin = await pageFor(browser, "serviceAdmin");
  // Open requests come first, the longest overdue at the top: a seeded agreed change.
  await admin.goto("/changes-of-day?status=AGREED");
  const first = admin.locator("main tbody tr").first().getByRole("link", { name: /CHD-\d{6}/ });
  const reference = (await first.innerText()).trim();
  await first.click();

  await admin.getByRole("button", { name: "Reject the change of day" }).click();
  await expect(admin.locator(".govuk-error-summary")).toContainText(
    "Enter the reason for rejecting the change of day",
  );
  await expectAccessible(admin, "the refused rejection form");
  await admin.getByLabel("Reason for rejecting").fill("The placement ends before the new day");
  await admin.getByRole("button", { name: "Reject the change of day" }).click();
  await expect(admin.getByText(/^Change of day rejected/)).toBeVisible();
  await expect(admin.locator("main .govuk-tag").first()).toHaveText("Rejected");
  await expect(admin.getByText("The placement ends before the new day")).toBeVisible();

  await admin.goto("/changes-of-day?status=REJECTED");
  await expect(admin.getByRole("link", { name: reference })).toBeVisible();
});
