// Surveys and course content confirmation (ADR 0018), against the seeded demo data: the
// quality officer builds and opens a survey; the demo provider answers it; the officer reads
// the aggregated results only once a survey has closed with at least 3 responses: its own
// survey (one response) stays withheld, the seeded one (five responses) shows after closing.
// The provider confirms a new course's content, the admin accepts it, and school staff find
// the course among the choices when referring.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { daysFromToday, pageFor } from "./referral-helpers";
import { expectAccessible, referenceOn } from "./request-helpers";

const STAMP = Date.now().toString(36).slice(-5);
const SURVEY = `Autumn check-in ${STAMP}`;
const RATING = "How useful are the monitoring visits?";
const TEXT = "What should the service change?";
const ANSWER = `Send risk assessments earlier ${STAMP}`;
// The seed's open survey, answered by five other providers (server/seed/quality-surveys-courses).
const SEEDED = "Working with CAP this term";
const SEEDED_RATING = "How well did referral paperwork prepare you for new students?";
// Sorted after the provider's other courses, so specs that pick its first course still do.
const COURSE = `Zero-carbon building skills ${STAMP}`;

async function addQuestion(officer: Page, text: string, kind: string, required: string) {
  const form = officer.getByRole("form", { name: "Add a question" });
  await form.getByLabel("Question", { exact: true }).fill(text);
  await form.getByLabel(kind).check();
  await form.getByLabel(required, { exact: true }).check();
  await form.getByRole("button", { name: "Add the question" }).click();
  await expect(officer.locator("main ol > li", { hasText: text })).toBeVisible();
  await expect(form.getByLabel("Question", { exact: true })).toHaveValue("");
}

async function createAndOpen(officer: Page): Promise<string> {
  await officer.goto("/quality/surveys");
  await officer.getByRole("link", { name: "Create a survey" }).click();
  await officer.getByLabel("Title").fill(SURVEY);
  await officer.getByLabel("Closing date").fill(daysFromToday(7));
  await officer.getByRole("button", { name: "Create the survey" }).click();
  await expect(officer.getByText("Survey created as a draft")).toBeVisible();

  await addQuestion(officer, RATING, "Rating from 1 (poor) to 5 (excellent)", "Yes");
  await addQuestion(officer, TEXT, "Written answer", "Yes");
  await expectAccessible(officer, "the officer's draft survey");
  await officer.getByRole("button", { name: "Open the survey to providers" }).click();
  await expect(officer.getByText("Survey opened: every provider has been told")).toBeVisible();
  return officer.url().split("/quality/surveys/")[1].split("?")[0];
}

async function respond(provider: Page) {
  await provider.goto("/quality/surveys");
  const row = provider.locator("main tbody tr", { hasText: SURVEY });
  await expect(row).toContainText("Not answered yet");
  await row.getByRole("link", { name: SURVEY }).click();

  await provider.getByRole("button", { name: "Send your response" }).click();
  const summary = provider.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(`Choose an answer to “${RATING}”`);
  await expect(summary).toContainText(`Answer “${TEXT}”`);
  await expectAccessible(provider, "the provider's refused response");

  await provider.getByRole("group", { name: RATING }).getByLabel("4", { exact: true }).check();
  await provider.getByLabel(TEXT).fill(ANSWER);
  await provider.getByRole("button", { name: "Send your response" }).click();
  await expect(provider.getByText("Thank you: your response has been sent")).toBeVisible();
  await expect(provider.getByText("4 out of 5")).toBeVisible();
}

async function closeSurvey(officer: Page, surveyId: string) {
  await officer.goto(`/quality/surveys/${surveyId}`);
  await officer.getByRole("button", { name: "Close the survey now" }).click();
  await expect(officer.getByText("Survey closed")).toBeVisible();
}

async function readWithheld(officer: Page, surveyId: string) {
  await officer.goto(`/quality/surveys/${surveyId}/results`);
  await expect(officer.getByRole("heading", { name: SURVEY })).toBeVisible();
  await expect(officer.getByText("1 response", { exact: false }).first()).toBeVisible();
  // While open, no answer shows beside the list of who has responded.
  await expect(officer.getByText("Results are shown once the survey has closed")).toBeVisible();
  await expect(officer.getByText(ANSWER)).toHaveCount(0);

  await closeSurvey(officer, surveyId);
  await officer.goto(`/quality/surveys/${surveyId}/results`);
  await expect(
    officer.getByText("Results are withheld to keep answers anonymous", { exact: false }),
  ).toBeVisible();
  await expect(officer.getByText(ANSWER)).toHaveCount(0);
  await expect(officer.getByRole("img", { name: /bar chart/ })).toHaveCount(0);
  await expectAccessible(officer, "the withheld survey results");
}

async function readResults(officer: Page) {
  await officer.goto("/quality/surveys");
  await officer.getByRole("link", { name: SEEDED }).click();
  await expect(officer.getByRole("heading", { name: SEEDED })).toBeVisible();
  const surveyId = officer.url().split("/quality/surveys/")[1].split("?")[0];
  await closeSurvey(officer, surveyId);
  await officer.getByRole("link", { name: "See the results" }).click();
  await expect(officer.getByRole("heading", { name: SEEDED })).toBeVisible();
  await expect(officer.getByText("5 responses", { exact: false }).first()).toBeVisible();
  await expect(
    officer.getByRole("img", { name: `Ratings for “${SEEDED_RATING}”, bar chart` }),
  ).toBeVisible();
  // Ratings 4, 3, 5, 2 and 4.
  await expect(officer.getByText("5 answers, average 3.6 out of 5")).toBeVisible();
  await expect(officer.getByText("More joint visits with the monitoring officers")).toBeVisible();
  await expectAccessible(officer, "the survey results");
}

async function confirmCourse(provider: Page): Promise<string> {
  await provider.goto("/quality/courses");
  await provider.getByRole("link", { name: "Confirm a course's content" }).click();
  await provider.getByRole("button", { name: "Submit to the service" }).click();
  await expect(provider.locator(".govuk-error-summary")).toContainText("Enter the course title");

  await provider.getByLabel("Contract or lot reference").fill(`DPS-LOT-${STAMP}`);
  await provider.getByLabel("Course title").fill(COURSE);
  await provider.getByLabel("Subject").fill("Construction");
  await provider.getByLabel("Qualification").fill("Certificate in Sustainable Construction");
  await provider.getByLabel("Level", { exact: true }).fill("Level 1");
  await provider.getByLabel("Awarding body").fill("City & Guilds");
  await provider.getByLabel("Wednesday").check();
  await provider.getByLabel("Places").fill("9");
  await provider.getByLabel("Youngest age").fill("15");
  await provider.getByLabel("Oldest age").fill("14");
  await provider.getByLabel("Location").fill("Workshop 2, Bayton Road");
  await provider.getByRole("button", { name: "Submit to the service" }).click();
  await expect(provider.locator(".govuk-error-summary")).toContainText(
    "The oldest age must be the same as or more than the youngest age",
  );
  await expectAccessible(provider, "the refused course confirmation");

  await provider.getByLabel("Oldest age").fill("16");
  await provider.getByRole("button", { name: "Submit to the service" }).click();
  await expect(provider.getByText("Sent to the service to check")).toBeVisible();
  return referenceOn(provider, /CCF-\d{6}/);
}

async function acceptAsAdmin(admin: Page, reference: string) {
  await admin.goto("/quality/courses?status=SUBMITTED");
  await admin.getByRole("link", { name: reference }).click();
  await expectAccessible(admin, "the confirmation to decide");
  await admin.getByLabel("Accept").check();
  await admin.getByRole("button", { name: "Record the decision" }).click();
  await expect(admin.getByText("Decision recorded: the provider has been told")).toBeVisible();
  await expect(admin.locator("main .govuk-tag").first()).toHaveText("Accepted");
}

async function referToIt(school: Page) {
  await school.goto("/referrals/new");
  const labels = await school
    .getByLabel("Course", { exact: true })
    .locator("option")
    .allInnerTexts();
  expect(labels.find((label) => label.startsWith(COURSE))).toContain("(Wednesday)");
}

test("a survey from draft to results, and a confirmed course reaching referrals", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const officer = await pageFor(browser, "qualityOfficer");
  const provider = await pageFor(browser, "providerStaff");
  const admin = await pageFor(browser, "serviceAdmin");
  const school = await pageFor(browser, "schoolStaff");

  const surveyId = await test.step("officer builds and opens a survey", () =>
    createAndOpen(officer));
  await test.step("the provider responds", () => respond(provider));
  await test.step("officer sees results withheld while open, and with one response", () =>
    readWithheld(officer, surveyId));
  await test.step("officer closes the seeded survey and reads its results", () =>
    readResults(officer));
  const reference = await test.step("provider confirms a course", () => confirmCourse(provider));
  await test.step("admin accepts it", () => acceptAsAdmin(admin, reference));
  await test.step("school staff can refer to it", () => referToIt(school));
});
