import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  daysFromToday,
  FIRST_PROVIDER,
  freshUpn,
  nextDayNamed,
  pageFor,
  PDF_BYTES,
} from "./referral-helpers";

// DOMAIN.md workflow 1, each step as the role that does it: the school refers a new student
// with paperwork, the provider checks the paperwork, interviews and accepts, the service
// admin processes the response into a placement, and the school sees the outcome.

const PAPERWORK = [
  "Parental consent form",
  "Risk assessment",
  "Attendance and behaviour record",
  "Student profile and SEN information",
];

interface Referral {
  url: string;
  reference: string;
  surname: string;
  day: string;
  start: string;
}

/** Fills in the new student's details: every field DOMAIN.md asks for. */
async function fillNewStudent(school: Page, surname: string) {
  await school.getByLabel("A new student").check();
  await school.getByLabel("Unique pupil number (UPN)").fill(freshUpn());
  await school.getByLabel("Legal first name").fill("Robin");
  await school.getByLabel("Legal last name").fill(surname);
  await school.getByLabel("Preferred name (optional)").fill("Rob");
  await school.getByLabel("Date of birth").fill("2011-10-12");
  await school.getByLabel("Year group").fill("10");
  await school.getByLabel("SEN support", { exact: true }).check();
  await school.getByLabel("Has a child in need plan").check();
  await school.getByLabel("Full name").fill("Sam Example");
  await school.getByLabel("Relationship to the student").fill("Mother");
  await school.getByLabel("Phone number").fill("07700 900123");
}

/** Chooses a course of the first provider; answers the first day it runs. */
async function chooseCourse(school: Page): Promise<string> {
  const course = school.getByLabel("Course", { exact: true });
  const labels = await course.locator("option").allInnerTexts();
  const label = labels.find((text) => text.includes(FIRST_PROVIDER));
  expect(label, `a course of ${FIRST_PROVIDER}`).toBeDefined();
  await course.selectOption({ label: label! });
  return label!.match(/\((\w+)/)![1];
}

async function uploadPaperwork(school: Page) {
  for (const [index, item] of PAPERWORK.entries()) {
    await school.getByLabel(`Upload the ${item.toLowerCase()}`).setInputFiles({
      name: `paper-${index}.pdf`,
      mimeType: "application/pdf",
      buffer: PDF_BYTES,
    });
    await expect(school.getByText(`Uploaded paper-${index}.pdf`)).toBeVisible();
  }
}

async function referNewStudent(school: Page): Promise<Referral> {
  const surname = `Journey${Date.now()}`;
  await school.goto("/referrals");
  await school.getByRole("link", { name: "Refer a student" }).click();
  await fillNewStudent(school, surname);
  const day = await chooseCourse(school);
  const start = nextDayNamed(day, 35);
  await school.getByRole("checkbox", { name: day, exact: true }).check();
  await school.getByLabel("Start date wanted").fill(start);
  await school.getByLabel("Reasons for the referral").fill("Disengaged from lessons.");
  await school.getByLabel("The student's needs").fill("Short tasks, quiet space.");
  await school.getByLabel("Medium").check();
  const riskAssessment = school.getByRole("textbox", { name: "Risk assessment" });
  await riskAssessment.fill("Leaves lessons when upset.");
  await uploadPaperwork(school);
  await school.getByRole("button", { name: "Send referral" }).click();

  const banner = school.getByRole("alert").filter({ hasText: "Success" });
  await expect(banner).toContainText(new RegExp(`Referral REF-\\d{6} sent to ${FIRST_PROVIDER}`));
  await expect(banner).toBeFocused();
  const reference = (await banner.innerText()).match(/REF-\d{6}/)![0];
  await expect(school).toHaveTitle(`${reference} – Referral – CAP Portal`);
  return { url: school.url().replace(/\?.*$/, ""), reference, surname, day, start };
}

/** The provider's download link gives back the very file the school uploaded. */
async function expectDownload(provider: Page) {
  const link = provider.getByRole("link", { name: "Download paper-0.pdf" });
  const answer = await provider.request.get((await link.getAttribute("href"))!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect((await answer.body()).toString()).toBe(PDF_BYTES.toString());
}

async function respondTooEarly(provider: Page) {
  await provider.getByLabel("Decline the referral").check();
  await provider.getByLabel("Need", { exact: true }).check();
  await provider.getByLabel("Explanation").fill("Too early");
  await provider.getByRole("button", { name: "Submit application response" }).click();
  const summary = provider.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(
    `Before you respond, mark the paperwork received (${PAPERWORK.join(", ")}) ` +
      "and record the interview with the student",
  );
}

async function markAllReceived(provider: Page) {
  for (const item of PAPERWORK) {
    await provider.getByRole("button", { name: `Mark as received (${item})` }).click();
    await expect(
      provider.getByRole("button", { name: `Mark as not received (${item})` }),
    ).toBeVisible();
  }
}

async function recordInterview(provider: Page) {
  await provider.getByLabel("Date of the interview").fill(daysFromToday(0));
  await provider.getByLabel("Who attended").fill("Student, mother, tutor");
  await provider.getByLabel("Notes from the interview").fill("Keen to start.");
  await provider.getByRole("button", { name: "Save interview" }).click();
  await expect(provider.getByText("Interview saved")).toBeVisible();
  await expect(provider.getByText("Keen to start.")).toBeVisible();
}

async function openFromList(provider: Page, referral: Referral) {
  await provider.goto("/referrals");
  await provider.getByLabel("Search by name, UPN or reference").fill(referral.surname);
  await provider.getByRole("button", { name: "Filter referrals" }).click();
  await provider.getByRole("link", { name: referral.reference }).click();
  await expect(provider).toHaveURL(referral.url);
}

async function submitResponse(provider: Page, referral: Referral, status: string) {
  await provider.getByRole("button", { name: "Submit application response" }).click();
  await expect(
    provider.getByText(`Application response sent for ${referral.reference}`),
  ).toBeVisible();
  await expect(provider.locator("main .govuk-tag").first()).toHaveText(status);
}

async function acceptAsProvider(provider: Page, referral: Referral) {
  await openFromList(provider, referral);
  await expectDownload(provider);
  await respondTooEarly(provider);
  await markAllReceived(provider);
  await recordInterview(provider);
  await expect(provider.getByText("What is still needed before you respond")).toBeHidden();

  await provider.getByLabel("Accept the referral").check();
  await provider.getByRole("checkbox", { name: referral.day, exact: true }).check();
  await provider.getByLabel("Confirmed start date").fill(referral.start);
  await provider.getByLabel("Explanation").fill("A place is available.");
  await submitResponse(provider, referral, "Accepted – to process");
}

async function declineAsProvider(provider: Page, referral: Referral) {
  await openFromList(provider, referral);
  await markAllReceived(provider);
  await recordInterview(provider);
  await provider.getByLabel("Decline the referral").check();
  await provider.getByLabel("Risk", { exact: true }).check();
  await provider.getByLabel("Explanation").fill("The workshop cannot manage this risk.");
  await submitResponse(provider, referral, "Declined – to process");
}

async function processAsAdmin(admin: Page, referral: Referral) {
  await admin.goto(referral.url);
  await expect(admin.getByLabel("Planned end date (optional)")).toBeVisible();
  await admin.getByRole("button", { name: "Create placement" }).click();
  await expect(
    admin.getByText(`Placement created from referral ${referral.reference}`),
  ).toBeVisible();
  await expect(admin.locator("main .govuk-tag").first()).toHaveText("Placed");
}

async function seeOutcomeAsSchool(school: Page, referral: Referral) {
  await school.goto(referral.url);
  await expect(school.locator("main .govuk-tag").first()).toHaveText("Placed");
  await expect(school.getByText("A place is available.")).toBeVisible();
  await expect(school.getByText(/^Placement from .+ to 31 July \d{4} on /)).toBeVisible();
  await school.goto("/notifications");
  await expect(school.getByText(`Referral ${referral.reference} accepted`).first()).toBeVisible();
  await school.goto("/dashboard");
  await expect(
    school.getByRole("link", { name: new RegExp(referral.reference) }).first(),
  ).toBeVisible();
}

async function closeAsAdmin(admin: Page, referral: Referral) {
  await admin.goto(referral.url);
  await expect(admin.getByLabel("Planned end date (optional)")).toHaveCount(0);
  await admin.getByRole("button", { name: "Close referral" }).click();
  await expect(admin.getByText(`Referral ${referral.reference} closed`)).toBeVisible();
  await expect(admin.locator("main .govuk-tag").first()).toHaveText("Closed");
}

async function seeDeclineAsSchool(school: Page, referral: Referral) {
  await school.goto(referral.url);
  await expect(school.locator("main .govuk-tag").first()).toHaveText("Closed");
  await expect(school.getByText("Declined on grounds of risk")).toBeVisible();
  await expect(school.getByText("The workshop cannot manage this risk.")).toBeVisible();
  await school.goto("/notifications");
  await expect(school.getByText(`Referral ${referral.reference} declined`).first()).toBeVisible();
}

test("a referral goes from school to placement", async ({ browser }) => {
  test.setTimeout(120_000);
  const school = await pageFor(browser, "schoolStaff");
  const referral = await test.step("school refers a new student", () => referNewStudent(school));

  const provider = await pageFor(browser, "providerStaff");
  await test.step("provider checks, interviews and accepts", () =>
    acceptAsProvider(provider, referral));

  const admin = await pageFor(browser, "serviceAdmin");
  await test.step("service admin creates the placement", () => processAsAdmin(admin, referral));

  await test.step("school sees the outcome", () => seeOutcomeAsSchool(school, referral));
  await Promise.all([school, provider, admin].map((page) => page.context().close()));
});

test("a declined referral is closed and the school is told", async ({ browser }) => {
  test.setTimeout(120_000);
  const school = await pageFor(browser, "schoolStaff");
  const referral = await test.step("school refers a new student", () => referNewStudent(school));

  const provider = await pageFor(browser, "providerStaff");
  await test.step("provider declines on the grounds of risk", () =>
    declineAsProvider(provider, referral));

  const admin = await pageFor(browser, "serviceAdmin");
  await test.step("service admin closes the referral", () => closeAsAdmin(admin, referral));

  await test.step("school sees the outcome", () => seeDeclineAsSchool(school, referral));
  await Promise.all([school, provider, admin].map((page) => page.context().close()));
});
