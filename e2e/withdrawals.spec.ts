// A provider-requested withdrawal, against the seeded demo data: the provider records its
// meeting with the service and the school before it may submit; the admin ticks CLM and
// Capita and processes it; the school receives the record. The spec takes the demo school's
// last active placement at the demo provider (e2e/change-of-day.spec.ts avoids that one).
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { daysFromToday, pageFor } from "./referral-helpers";
import {
  dateTextIn,
  effectiveAfter,
  expectAccessible,
  referenceOn,
  schoolRowsAtFirstProvider,
  studentOf,
} from "./request-helpers";

async function requestAsProvider(provider: Page, student: string) {
  await provider.goto("/placements?status=ACTIVE");
  const row = provider.locator("main tbody tr", { hasText: student }).first();
  await row.getByRole("link", { name: `Request withdrawal for ${student}` }).click();
  await expect(provider.getByRole("heading", { name: "Request a withdrawal" })).toBeVisible();

  await provider.getByRole("button", { name: "Save the request" }).click();
  const summary = provider.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Select whether the student leaves every day or only some");
  await expectAccessible(provider, "the refused withdrawal form");

  await provider.getByLabel("Every day of the course").check();
  const since = await provider.locator(".govuk-checkboxes__hint").first().innerText();
  const effective = effectiveAfter(dateTextIn(since), 21);
  await provider.getByLabel("Date the withdrawal takes effect").fill(effective);
  await provider.getByLabel("Reason for the withdrawal").fill("Moving to a college course");
  await provider.getByLabel("Effect on the student's achievement").fill("Keeps maths");
  await provider.getByLabel("Effect on the student's health").fill("None expected");
  await provider.getByLabel("Effect on the student's well-being").fill("Relieved");
  await provider.getByRole("button", { name: "Save the request" }).click();
  await expect(provider.getByText("Withdrawal request saved")).toBeVisible();
  return referenceOn(provider, /WDR-\d{6}/);
}

async function meetingFirst(provider: Page) {
  await provider.getByRole("button", { name: "Submit the request" }).click();
  await expect(provider.locator(".govuk-error-summary")).toContainText(
    "Record the meeting with the service and the school before submitting the request",
  );

  await provider.getByLabel("Date of the meeting").fill(daysFromToday(0));
  await provider.getByLabel("Who attended").fill("Tutor, school SENCo, CAP officer");
  await provider.getByRole("button", { name: "Save the meeting" }).click();
  await expect(provider.getByText("Meeting saved")).toBeVisible();
  await expectAccessible(provider, "the provider's draft request");

  await provider.getByRole("button", { name: "Submit the request" }).click();
  await expect(provider.getByText("Withdrawal request submitted to the service")).toBeVisible();
  await expect(provider.locator("main .govuk-tag").first()).toHaveText("Submitted");
  const due = provider.locator(".govuk-summary-list__row", { hasText: "Due to be processed" });
  await expect(due).toContainText(/\d{1,2} \w+ \d{4}/);
}

async function processAsAdmin(admin: Page, reference: string) {
  await admin.goto("/withdrawals?status=SUBMITTED");
  await admin.getByRole("link", { name: reference }).click();
  await expect(admin.getByText("Leaves every day of the course")).toBeVisible();

  await admin.getByRole("button", { name: "Process the withdrawal" }).click();
  await expect(admin.locator(".govuk-error-summary")).toContainText(
    "Tick CLM and Capita as updated before processing",
  );
  await admin.getByRole("button", { name: "Mark CLM as updated" }).click();
  await expect(admin.getByRole("button", { name: "Mark CLM as updated" })).toBeHidden();
  await admin.getByRole("button", { name: "Mark Capita as updated" }).click();
  await expect(admin.getByRole("button", { name: "Mark Capita as updated" })).toBeHidden();
  const checklist = admin.locator(".govuk-summary-list__row", { hasText: "Capita" });
  await expect(checklist).toContainText("Updated by");
  await expectAccessible(admin, "the admin's processing steps");

  await admin.getByRole("button", { name: "Process the withdrawal" }).click();
  await expect(admin.getByText(/^Withdrawal processed/)).toBeVisible();
  await expect(admin.locator("main .govuk-tag").first()).toHaveText("Processed");
}

async function exportAsAdmin(admin: Page, reference: string) {
  await admin.goto("/withdrawals");
  await admin.getByLabel("Processed from").fill(daysFromToday(1));
  await admin.getByLabel("Processed to").fill(daysFromToday(0));
  await admin.getByRole("button", { name: "Download the export" }).click();
  await expect(admin.locator(".govuk-error-summary")).toContainText(
    "The last date processed must be the same as or after the first",
  );
  await expect(admin.locator("#to-error")).toContainText("must be the same as or after");
  await admin.getByLabel("Processed from").fill(daysFromToday(-30));
  await admin.getByLabel("Processed to").fill(daysFromToday(0));
  const download = admin.waitForEvent("download");
  await admin.getByRole("button", { name: "Download the export" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv.split("\n")[0]).toMatch(/^UPN,Surname,Forename,School,/);
  expect(csv).toContain(reference);
}

async function seeRecordAsSchool(school: Page, reference: string, student: string) {
  await school.goto("/notifications");
  await school
    .getByRole("link", { name: new RegExp(`Withdrawal record ${reference} from the provider`) })
    .first()
    .click();
  await expect(school.locator("main .govuk-tag").first()).toHaveText("Processed");
  await expect(school.getByText("Tutor, school SENCo, CAP officer")).toBeVisible();
  await school.goto("/placements?status=WITHDRAWN");
  await expect(school.locator("main tbody tr", { hasText: student }).first()).toBeVisible();
}

test("a provider's withdrawal: meeting first, then the admin processes it", async ({ browser }) => {
  test.setTimeout(120_000);
  const school = await pageFor(browser, "schoolStaff");
  const provider = await pageFor(browser, "providerStaff");
  const admin = await pageFor(browser, "serviceAdmin");
  const student = await studentOf((await schoolRowsAtFirstProvider(school)).at(-1)!);

  const reference = await test.step("provider requests", () =>
    requestAsProvider(provider, student));
  await test.step("provider records the meeting, then submits", () => meetingFirst(provider));
  await test.step("admin ticks CLM and Capita, processes", () => processAsAdmin(admin, reference));
  await test.step("admin exports it for the back office", () => exportAsAdmin(admin, reference));
  await test.step("the school has the record", () => seeRecordAsSchool(school, reference, student));
});
