// Student meetings, against the seeded demo data: the monitoring officer records a meeting
// about a demo-school student placed with the demo provider, the school opens its copy and
// downloads the PDF, the MO sees who opened it and records the review meeting.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test, type AccountName } from "./fixtures";

/** A date `days` from today, `YYYY-MM-DD`, in UK time. */
function daysFromToday(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(day);
}

async function pageFor(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
}

/** A student of the demo school on an active placement with the demo provider. */
async function sharedStudentHref(browser: Browser): Promise<string> {
  const school = await pageFor(browser, "schoolStaff");
  await school.goto("/dashboard");
  const schoolName = (await school.locator(".cap-header-person__organisation").textContent())!;
  await school.context().close();

  const provider = await pageFor(browser, "providerStaff");
  await provider.goto("/placements?status=ACTIVE");
  const rows = provider.locator("tbody tr").filter({ hasText: schoolName.trim() });
  let href: string | null = null;
  // A meeting is held while the placement runs: take one that started before last week.
  for (const row of await rows.all()) {
    if (startedBefore(await row.locator("td").allTextContents(), daysFromToday(-7))) {
      href = await row.getByRole("rowheader").getByRole("link").getAttribute("href");
      break;
    }
  }
  await provider.context().close();
  expect(href).toMatch(/^\/students\//);
  return href!;
}

/** Whether a row's "Start date" cell (e.g. "7 September 2026") is before a YYYY-MM-DD date. */
function startedBefore(cells: string[], date: string): boolean {
  const start = cells
    .map((cell) => cell.trim())
    .find((cell) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(cell));
  return start !== undefined && Date.parse(`${start} UTC`) < Date.parse(`${date}T00:00:00Z`);
}

async function fillTarget(page: Page, index: number, text: string, owner: string, due: string) {
  await page
    .getByRole("button", { name: index === 0 ? "Add a target" : "Add another target" })
    .click();
  const row = page.getByRole("group", { name: `Target ${index + 1}` });
  await row.getByLabel("What the target is").fill(text);
  await row.getByLabel("Who owns it").fill(owner);
  await row.getByLabel("Due by").fill(due);
}

test("the MO records a meeting, the school opens its copy, and the review shows the targets", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const studentHref = await sharedStudentHref(browser);

  // The MO records a meeting with two targets; a target due before the meeting is refused.
  const mo = await pageFor(browser, "monitoringOfficer");
  await mo.goto(studentHref);
  await mo
    .getByRole("link", { name: /^Record a student meeting/ })
    .first()
    .click();
  await expect(
    mo.getByRole("heading", { level: 1, name: "Record a student meeting" }),
  ).toBeVisible();
  // Held yesterday: the review below is held today, after it.
  await mo.getByLabel("When the meeting was held").fill(`${daysFromToday(-1)}T10:00`);
  await mo.getByRole("radio", { name: "Attendance", exact: true }).check();
  const people = mo.getByRole("group", { name: /^Person \d+$/ });
  expect(await people.count()).toBeGreaterThanOrEqual(3);
  // The provider's and school's rows are offered empty: the MO names who came.
  for (const index of [1, 2, 3, 4]) {
    const name = mo.getByRole("group", { name: `Person ${index}` }).getByLabel("Name");
    if ((await name.count()) && !(await name.inputValue())) {
      await name.fill(`Attendee ${index}`);
    }
  }
  await mo.getByLabel("What was discussed").fill("Attendance has dropped to 80% this half term.");
  await mo.getByLabel("The student's own view").fill("The bus is late on Mondays.");
  await fillTarget(mo, 0, "Attend every Monday session", "The student", daysFromToday(-30));
  await fillTarget(mo, 1, "Arrange a bus pass", "Head of year", daysFromToday(5));
  await mo.getByRole("radio", { name: "Review at a further meeting" }).check();
  await mo.getByLabel("Review date").fill(daysFromToday(10));
  await mo.getByRole("button", { name: "Save the meeting record" }).click();
  await expect(mo.locator(".govuk-error-summary")).toContainText(
    "The target's due date must be on or after the date of the meeting",
  );
  await expect(mo.getByLabel("What was discussed")).toHaveValue(
    "Attendance has dropped to 80% this half term.",
  );
  await expectAccessible(mo);
  await mo.getByRole("group", { name: "Target 1" }).getByLabel("Due by").fill(daysFromToday(7));
  await mo.getByRole("button", { name: "Save the meeting record" }).click();

  const banner = mo.locator(".govuk-notification-banner--success");
  await expect(banner).toContainText(/Meeting MTG-\d{6} recorded/);
  const reference = (await banner.textContent())!.match(/MTG-\d{6}/)![0];
  const meetingUrl = mo.url().replace(/\?.*$/, "");
  const openedBy = mo.getByRole("table", { name: "Who has opened it" });
  await expect(openedBy).toContainText("Not opened yet");

  // The school is told, opens its copy and downloads the PDF.
  const school = await pageFor(browser, "schoolStaff");
  await school.goto("/notifications");
  await school
    .getByRole("link", { name: new RegExp(reference) })
    .first()
    .click();
  await expect(
    school.getByRole("heading", { level: 1, name: `Meeting ${reference}` }),
  ).toBeVisible();
  await expect(school.getByRole("table", { name: "Agreed targets" })).toContainText(
    "Arrange a bus pass",
  );
  await expect(school.getByRole("link", { name: "Record the review meeting" })).toHaveCount(0);
  await expectAccessible(school);
  const downloading = school.waitForEvent("download");
  await school.getByRole("link", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`student-meeting-${reference}.pdf`);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.toString("latin1")).toContain(`(Student meeting ${reference})`);
  const schoolName = (await school.locator(".cap-header-person__organisation").textContent())!;
  const schoolPerson = (await school.locator(".cap-header-person__name").textContent())!;
  await school.context().close();

  // The MO sees who at the school opened it, then records the review.
  await mo.goto(meetingUrl);
  const schoolCopy = openedBy.getByRole("row").filter({ hasText: schoolName.trim() });
  await expect(schoolCopy).toContainText(schoolPerson.trim());
  await mo.getByRole("link", { name: "Record the review meeting" }).click();
  await expect(
    mo.getByRole("heading", { level: 1, name: `Record the review of meeting ${reference}` }),
  ).toBeVisible();
  await mo.getByRole("radio", { name: "Attendance", exact: true }).check();
  for (const index of [1, 2, 3, 4]) {
    const name = mo.getByRole("group", { name: `Person ${index}` }).getByLabel("Name");
    if ((await name.count()) && !(await name.inputValue())) {
      await name.fill(`Attendee ${index}`);
    }
  }
  await mo.getByLabel("What was discussed").fill("Attendance is back above 90%.");
  await mo.getByLabel("The student's own view").fill("Happier now the bus pass has come.");
  await mo
    .getByRole("group", { name: "Arrange a bus pass" })
    .getByLabel("Met", { exact: true })
    .check();
  await mo
    .getByRole("group", { name: "Attend every Monday session" })
    .getByLabel("Partly met", { exact: true })
    .check();
  await mo.getByRole("radio", { name: "Continue the placement" }).check();
  await mo.getByRole("button", { name: "Save the meeting record" }).click();

  await expect(mo.locator(".govuk-notification-banner--success")).toContainText(/recorded/);
  const reviewed = mo.getByRole("table", {
    name: `Targets from meeting ${reference}, as reviewed`,
  });
  await expect(reviewed.getByRole("row").filter({ hasText: "Arrange a bus pass" })).toContainText(
    "Met",
  );
  await expect(
    reviewed.getByRole("row").filter({ hasText: "Attend every Monday session" }),
  ).toContainText("Partly met");
  await mo.getByRole("link", { name: reference, exact: true }).click();
  await expect(mo.getByText("Reviewed at meeting")).toBeVisible();
  await expect(mo.getByRole("link", { name: "Record the review meeting" })).toHaveCount(0);
  await mo.context().close();
});

test.describe("the meetings list", () => {
  test.use({ account: "monitoringOfficer" });

  test("tags reviews due and overdue and filters them", async ({ page }) => {
    await page.goto("/meetings");
    await expect(page.getByRole("heading", { level: 1, name: "Student meetings" })).toBeVisible();
    await expect(
      page.locator("tbody .govuk-tag", { hasText: "Review overdue" }).first(),
    ).toBeVisible();
    await page.getByLabel("Review", { exact: true }).selectOption("REVIEW_OVERDUE");
    await page.getByRole("button", { name: "Show meetings" }).click();
    await expect(page).toHaveURL(/review=REVIEW_OVERDUE/);
    const rows = page.locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      await expect(row.locator(".govuk-tag")).toHaveText("Review overdue");
    }
    await expectAccessible(page);
  });
});

test.describe("another school", () => {
  test.use({ account: "otherSchoolStaff" });

  test("cannot open another school's meetings or their PDF", async ({ page, browser }) => {
    await page.goto("/dashboard");
    const ownSchool = (await page.locator(".cap-header-person__organisation").textContent())!;
    const mo = await pageFor(browser, "monitoringOfficer");
    await mo.goto("/meetings");
    const row = mo.locator("tbody tr").filter({ hasNotText: ownSchool.trim() }).first();
    const href = await row.getByRole("link").first().getAttribute("href");
    await mo.context().close();
    expect(href).toMatch(/^\/meetings\/[0-9a-f-]{36}$/);

    await page.goto(href!);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    const pdf = await page.request.get(`${href}/pdf`);
    expect(pdf.status()).toBe(404);
  });
});
