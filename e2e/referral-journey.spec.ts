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
  "parental consent form",
  "risk assessment",
  "attendance and behaviour record",
  "student profile and SEN information",
];

test("a referral goes from school to placement", async ({ browser }) => {
  test.setTimeout(120_000);
  const surname = `Journey${Date.now()}`;

  // School staff refer a new student.
  const school = await pageFor(browser, "schoolStaff");
  await school.goto("/referrals/new");
  await school.getByLabel("A new student").check();
  await school.getByLabel("Unique pupil number (UPN)").fill(freshUpn());
  await school.getByLabel("Legal first name").fill("Robin");
  await school.getByLabel("Legal last name").fill(surname);
  await school.getByLabel("Date of birth").fill("2011-10-12");
  await school.getByLabel("Year group").fill("10");
  await school.getByLabel("Full name").fill("Sam Example");
  await school.getByLabel("Relationship to the student").fill("Mother");
  await school.getByLabel("Phone number").fill("07700 900123");
  const course = school.getByLabel("Course", { exact: true });
  const label = (await course.locator("option").allInnerTexts()).find((text) =>
    text.includes(FIRST_PROVIDER),
  )!;
  await course.selectOption({ label });
  const firstDay = label.match(/\((\w+)/)![1];
  const start = nextDayNamed(firstDay, 35);
  await school.getByRole("checkbox", { name: firstDay, exact: true }).check();
  await school.getByLabel("Start date wanted").fill(start);
  await school.getByLabel("Reasons for the referral").fill("Disengaged from lessons.");
  await school.getByLabel("The student's needs").fill("Short tasks, quiet space.");
  await school.getByLabel("Medium").check();
  await school.getByRole("textbox", { name: "Risk assessment" }).fill("Leaves lessons when upset.");
  for (const [index, item] of PAPERWORK.entries()) {
    await school.getByLabel(`Upload the ${item}`).setInputFiles({
      name: `paper-${index}.pdf`,
      mimeType: "application/pdf",
      buffer: PDF_BYTES,
    });
    await expect(school.getByText(`Uploaded paper-${index}.pdf`)).toBeVisible();
  }
  await school.getByRole("button", { name: "Send referral" }).click();
  await expect(school.getByText(/Referral sent: REF-\d{6}/)).toBeVisible();
  const referralUrl = school.url().replace(/\?.*$/, "");
  const reference = (await school.locator(".govuk-caption-l").innerText()).replace("Referral ", "");

  // The provider sees it in its queue, is refused a response too early, then does each step.
  const provider = await pageFor(browser, "providerStaff");
  await provider.goto(`/referrals?search=${surname}`);
  await provider.getByRole("link", { name: reference }).click();
  await expect(provider).toHaveURL(referralUrl);
  await provider.getByLabel("Decline the referral").check();
  await provider.getByLabel("Need").check();
  await provider.getByLabel("Explanation").fill("Too early");
  await provider.getByRole("button", { name: "Submit application response" }).click();
  await expect(provider.locator(".govuk-error-summary").last()).toContainText(
    "Before you respond, mark the paperwork received (Parental consent form, Risk assessment, " +
      "Attendance and behaviour record, Student profile and SEN information) " +
      "and record the interview with the student",
  );
  for (let marked = 1; marked <= 4; marked += 1) {
    await provider
      .getByRole("button", { name: /^Mark as received/ })
      .first()
      .click();
    await expect(provider.getByRole("button", { name: /^Mark as not received/ })).toHaveCount(
      marked,
    );
  }
  await provider.getByLabel("Date of the interview").fill(daysFromToday(0));
  await provider.getByLabel("Who attended").fill("Student, mother, tutor");
  await provider.getByLabel("Notes from the interview").fill("Keen to start.");
  await provider.getByRole("button", { name: "Save interview" }).click();
  await expect(provider.getByText("Keen to start.")).toBeVisible();
  await provider.getByLabel("Accept the referral").check();
  await provider.getByRole("checkbox", { name: firstDay, exact: true }).check();
  await provider.getByLabel("Confirmed start date").fill(start);
  await provider.getByLabel("Explanation").fill("A place is available.");
  await provider.getByRole("button", { name: "Submit application response" }).click();
  await expect(provider.locator("main .govuk-tag").first()).toHaveText("Accepted – to process");

  // The service admin processes the accepted response into a placement.
  const admin = await pageFor(browser, "serviceAdmin");
  await admin.goto(referralUrl);
  await admin.getByRole("button", { name: "Create placement" }).click();
  await expect(admin.getByText(`Response processed: ${reference}`)).toBeVisible();
  await expect(admin.locator("main .govuk-tag").first()).toHaveText("Placed");

  // The school sees the outcome on the referral, the dashboard and in its notifications.
  await school.goto(referralUrl);
  await expect(school.locator("main .govuk-tag").first()).toHaveText("Placed");
  await expect(school.getByText(/^Placement from/)).toBeVisible();
  await school.goto("/notifications");
  await expect(school.getByText(`Referral ${reference} accepted`).first()).toBeVisible();
  await school.goto("/dashboard");
  await expect(school.getByRole("link", { name: new RegExp(reference) }).first()).toBeVisible();
});
