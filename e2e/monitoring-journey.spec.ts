// Issue 4's proof, end to end on the seeded demo data: the provider marks a week of
// registers with absences for one student of the demo MO's caseload, the MO sees the drop on
// the dashboard and the unexplained-absence alert, records a meeting with targets, the school
// opens its copy and downloads the PDF, and the review meeting shows the targets' statuses.
import type { Browser, Locator, Page } from "@playwright/test";
import { expect, signIn, test, type AccountName } from "./fixtures";

const DAY = 86_400_000;
type Mark = "PRESENT" | "LATE" | "ABSENT" | "NOT_EXPECTED";
type Session = "AM" | "PM";
const SESSION_NAME = { AM: "Morning", PM: "Afternoon" } as const;

/** What one session's mark counts for, by the rules of lib/attendance.ts. */
interface Counts {
  attended: number;
  possible: number;
}

/** The journey's student, as the MO's dashboard lists them. */
interface Student {
  name: string;
  href: string;
}

/** A date `days` from today, `YYYY-MM-DD`, in UK time. */
function daysFromToday(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
    new Date(Date.now() + days * DAY),
  );
}

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** "16 November 2026", as lib/dates.ts formatDate writes a date. */
function longDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(`${date}T00:00:00Z`));
}

function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return shift(date, weekday === 0 ? -6 : 1 - weekday);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Present or late attends; not expected, and an absence for want of transport, is not possible. */
function countsOf(mark: Mark | null, reason: string | null): Counts {
  if (mark === null || mark === "NOT_EXPECTED") {
    return { attended: 0, possible: 0 };
  }
  if (mark === "ABSENT") {
    return { attended: 0, possible: reason === "TRANSPORT_NOT_AVAILABLE" ? 0 : 1 };
  }
  return { attended: 1, possible: 1 };
}

/** "87.5%": attended ÷ possible to one decimal place, as the dashboard shows it. */
function percentText({ attended, possible }: Counts): string {
  return `${Math.round((attended / possible) * 1000) / 10}%`;
}

async function pageFor(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

async function organisationOf(page: Page): Promise<string> {
  await page.goto("/dashboard");
  return (await page.locator(".cap-header-person__organisation").textContent())!.trim();
}

function caseloadRegion(page: Page): Locator {
  return page.getByRole("region", { name: "Your caseload", exact: true });
}

/** The MO's dashboard narrowed to one provider and one school. */
async function openCaseload(page: Page, provider: string, school: string): Promise<Locator> {
  await page.goto("/dashboard");
  const caseload = caseloadRegion(page);
  await caseload.getByLabel("Provider", { exact: true }).selectOption({ label: provider });
  await caseload.getByLabel("School", { exact: true }).selectOption({ label: school });
  await caseload.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/provider=[0-9a-f-]{36}/, { timeout: 30_000 });
  await expect(caseload.getByRole("table", { name: provider, exact: true })).toBeVisible();
  return caseload;
}

/** The caseload's weekly figures table, opened. */
async function weeklyFigures(caseload: Locator): Promise<Locator> {
  await caseload.getByText("Weekly figures", { exact: true }).click();
  const figures = caseload.getByRole("table", { name: /weekly figures$/ });
  await expect(figures.locator("tbody tr").first()).toBeVisible();
  return figures;
}

/**
 * The most recent school week, wholly past, in which the caseload attended something to
 * lose. The last row is the week under way; the one before is skipped too, as it may hold
 * the register the seed leaves unkept on the last weekday (registers.spec.ts keeps it).
 */
async function chooseWeek(figures: Locator): Promise<{ monday: string; counts: Counts }> {
  const rows = await figures.locator("tbody tr").all();
  for (const row of rows.slice(0, -2).reverse()) {
    const cells = row.locator("th, td");
    const counts = await readCounts(cells.nth(1));
    if (counts.attended > 0) {
      return { monday: mondayCalled((await cells.first().textContent())!.trim()), counts };
    }
  }
  throw new Error("No recent school week with a session attended");
}

/** The Monday (`YYYY-MM-DD`) of a recent week, from its "16 November 2026". */
function mondayCalled(text: string): string {
  let monday = mondayOf(daysFromToday(0));
  while (longDate(monday) !== text) {
    monday = shift(monday, -7);
    expect(monday > daysFromToday(-200), `the week beginning ${text}`).toBe(true);
  }
  return monday;
}

async function weekCells(figures: Locator, monday: string) {
  const row = figures.locator("tbody tr").filter({ hasText: new RegExp(`^${longDate(monday)}`) });
  await expect(row).toHaveCount(1);
  const cells = row.locator("th, td");
  return { sessions: cells.nth(1), percentage: cells.nth(2) };
}

async function readCounts(cell: Locator): Promise<Counts> {
  const match = /^(\d+) of (\d+)$/.exec((await cell.textContent())!.trim());
  expect(match, "the week's sessions read as 'N of M'").not.toBeNull();
  return { attended: Number(match![1]), possible: Number(match![2]) };
}

/** The student's row in the provider's table, and its attendance cell. */
async function studentRow(caseload: Locator, provider: string, student: Student) {
  const table = caseload.getByRole("table", { name: provider, exact: true });
  const headers = (await table.locator("thead th").allTextContents()).map((text) => text.trim());
  const row = table.locator("tbody tr").filter({
    has: caseload.page().locator(`a[href="${student.href}"]`),
  });
  await expect(row).toHaveCount(1);
  return { row, attendance: row.locator("th, td").nth(headers.indexOf("Attendance")) };
}

async function percentageIn(cell: Locator): Promise<number> {
  const match = /^(\d+(?:\.\d)?)%/.exec((await cell.textContent())!.trim());
  expect(match, "the attendance cell starts with a percentage").not.toBeNull();
  return Number(match![1]);
}

/**
 * The student the register can make most visibly worse: of those on an ongoing placement
 * with sessions counted, the one with the highest attendance (the first of equals).
 */
async function chooseStudent(caseload: Locator, provider: string): Promise<Student> {
  const table = caseload.getByRole("table", { name: provider, exact: true });
  const rows = table.locator("tbody tr").filter({ hasNotText: "Placement ended" });
  await expect(rows.first()).toBeVisible();
  let best: { student: Student; percentage: number } | null = null;
  for (const row of await rows.all()) {
    const { attendance } = await studentRow(caseload, provider, await studentOf(row));
    const match = /^(\d+(?:\.\d)?)%/.exec((await attendance.textContent())!.trim());
    if (match && (!best || Number(match[1]) > best.percentage)) {
      best = { student: await studentOf(row), percentage: Number(match[1]) };
    }
  }
  expect(best, "a student of the caseload with sessions counted").not.toBeNull();
  return best!.student;
}

async function studentOf(row: Locator): Promise<Student> {
  const link = row.locator('a[href^="/students/"]').first();
  return { name: (await link.textContent())!.trim(), href: (await link.getAttribute("href"))! };
}

/** The provider's choice for the session: absent, for this reason. */
type Reason = "NOT_KNOWN" | "UNAUTHORISED_OTHER";

/**
 * Opens one register, changes the student's mark and saves the whole register. Returns what
 * the session counted for before and after, or null when the placement does not run then.
 */
async function markSession(
  page: Page,
  student: Student,
  date: string,
  session: Session,
  choose: (held: { mark: Mark | null; reason: string | null }) => Reason,
) {
  await page.goto(`/registers?date=${date}&session=${session}`);
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: `${SESSION_NAME[session]} register, ${longDate(date)}`,
    }),
  ).toBeVisible();
  // The form is the browser's once its script has run: a choice made before would be reset.
  await page.waitForLoadState("networkidle");
  const group = page.getByRole("group", { name: new RegExp(`^${escapeRegExp(student.name)} ?, `) });
  if ((await group.count()) === 0) {
    return null;
  }
  const row = page.locator(".cap-register-row").filter({ has: group });
  const checked = row.locator('input[type="radio"]:checked');
  const mark = (await checked.count()) ? ((await checked.getAttribute("value")) as Mark) : null;
  const reasonBox = row.getByRole("combobox", { name: /^Reason for absence/ });
  const reason = mark === "ABSENT" ? await reasonBox.inputValue() : null;

  const absentFor = choose({ mark, reason });
  const radio = row.getByRole("radio", { name: "Absent", exact: true });
  // The reason appears once the page has hydrated and seen the choice; check again until then.
  await expect(async () => {
    await radio.check();
    await expect(reasonBox).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await reasonBox.selectOption(absentFor);
  await page.getByRole("button", { name: "Save register" }).click();
  const saved = page.locator(".govuk-notification-banner--success");
  await expect(saved).toContainText("Register saved", { timeout: 30_000 });
  // A correction keeps the old mark; saving the same mark again changes nothing.
  if (mark === "ABSENT" && reason === absentFor) {
    await expect(saved).not.toContainText("correction");
  } else {
    await expect(saved).toContainText(mark ? "1 correction" : "1 new mark");
  }
  return { before: countsOf(mark, reason), after: countsOf("ABSENT", absentFor) };
}

type Unexplained = { date: string; session: Session };

/**
 * Marks the student absent at every session of the week their placement runs: the first
 * absence (that was not one already) with no reason given, the rest unauthorised. Returns
 * how many sessions were marked, which had no reason, and the change to the week's counts.
 */
async function markWeek(page: Page, student: Student, monday: string) {
  const change: Counts = { attended: 0, possible: 0 };
  // An object, not a variable: the callback below sets it, which TypeScript cannot follow.
  const found: { unexplained?: Unexplained } = {};
  let sessions = 0;
  for (const date of [0, 1, 2, 3, 4].map((offset) => shift(monday, offset))) {
    for (const session of ["AM", "PM"] as const) {
      const counted = await markSession(page, student, date, session, (held) => {
        const already = held.mark === "ABSENT" && held.reason === "NOT_KNOWN";
        if (found.unexplained || already) {
          return "UNAUTHORISED_OTHER";
        }
        found.unexplained = { date, session };
        return "NOT_KNOWN";
      });
      if (counted) {
        sessions += 1;
        change.attended += counted.after.attended - counted.before.attended;
        change.possible += counted.after.possible - counted.before.possible;
      }
    }
  }
  expect(sessions, "the student's placement runs in that week").toBeGreaterThan(0);
  expect(found.unexplained, "an absence with no reason given").toBeDefined();
  return { sessions, change, unexplained: found.unexplained! };
}

/** The same-day alert of an absence with no reason, linking to the student's record. */
async function expectAbsenceNotice(page: Page, absence: Unexplained, student: Student) {
  await page.goto("/notifications");
  const notice = page
    .locator("tbody tr")
    .filter({ hasText: "A student missed a session at their provider with no reason given" })
    .filter({ hasText: `${SESSION_NAME[absence.session]} session on ${longDate(absence.date)}` });
  await expect(notice).toHaveCount(1);
  await expect(notice.getByRole("link", { name: /^View student/ })).toHaveAttribute(
    "href",
    student.href,
  );
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

/** The provider's and school's attendee rows are offered empty: the MO names who came. */
async function nameAttendees(page: Page) {
  for (const index of [1, 2, 3, 4]) {
    const name = page.getByRole("group", { name: `Person ${index}` }).getByLabel("Name");
    if ((await name.count()) && !(await name.inputValue())) {
      await name.fill(`Attendee ${index}`);
    }
  }
}

test("a week of absences, the MO's dashboard, a meeting with targets, its review", async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const provider = await pageFor(browser, "providerStaff");
  const providerName = await organisationOf(provider);
  const school = await pageFor(browser, "schoolStaff");
  const schoolName = await organisationOf(school);
  const schoolPerson = (await school.locator(".cap-header-person__name").textContent())!.trim();
  const mo = await pageFor(browser, "monitoringOfficer");

  // Before: the MO's caseload at the demo provider and school, and a recent school week.
  let caseload = await openCaseload(mo, providerName, schoolName);
  const student = await chooseStudent(caseload, providerName);
  const attendanceBefore = await percentageIn(
    (await studentRow(caseload, providerName, student)).attendance,
  );
  let figures = await weeklyFigures(caseload);
  const { monday, counts: weekBefore } = await chooseWeek(figures);

  // 1. The provider marks the week; the MO's figures for it must move by what changed.
  const marked = await markWeek(provider, student, monday);
  const expected = {
    attended: weekBefore.attended + marked.change.attended,
    possible: weekBefore.possible + marked.change.possible,
  };
  await provider.context().close();
  const { sessions } = marked;

  test.info().annotations.push({
    type: "registers",
    description:
      `${student.href}, week of ${monday}: ${sessions} sessions marked absent; the week's ` +
      `figures from ${weekBefore.attended} of ${weekBefore.possible} to ` +
      `${expected.attended} of ${expected.possible}`,
  });

  // 2. The MO's dashboard counts the week anew, and the student's attendance has dropped.
  caseload = await openCaseload(mo, providerName, schoolName);
  figures = await weeklyFigures(caseload);
  const week = await weekCells(figures, monday);
  await expect(week.sessions).toHaveText(`${expected.attended} of ${expected.possible}`);
  await expect(week.percentage).toHaveText(percentText(expected));
  expect(expected.attended).toBeLessThan(weekBefore.attended);
  const { attendance } = await studentRow(caseload, providerName, student);
  const attendanceAfter = await percentageIn(attendance);
  expect(attendanceAfter).toBeLessThan(attendanceBefore);
  if (attendanceAfter < 90) {
    await expect(attendance).toContainText("Persistent absence");
  }
  test.info().annotations.push({
    type: "attendance",
    description: `from ${attendanceBefore}% to ${attendanceAfter}%`,
  });

  // The unexplained absence alerted the MO, with a link to the student's record.
  await expectAbsenceNotice(mo, marked.unexplained, student);

  // 3. The MO records a meeting about the student's attendance, with two targets.
  await mo.goto(student.href);
  await mo
    .getByRole("link", { name: /^Record a student meeting/ })
    .first()
    .click();
  await expect(
    mo.getByRole("heading", { level: 1, name: "Record a student meeting" }),
  ).toBeVisible();
  await mo.getByLabel("When the meeting was held").fill(`${daysFromToday(-1)}T10:00`);
  await mo.getByRole("radio", { name: "Attendance", exact: true }).check();
  await nameAttendees(mo);
  await mo
    .getByLabel("What was discussed")
    .fill(`Missed four days in the week beginning ${longDate(monday)}.`);
  await mo.getByLabel("The student's own view").fill("Mornings are hard after a late bus.");
  await fillTarget(mo, 0, "Attend every session next week", "The student", daysFromToday(7));
  await fillTarget(mo, 1, "Call home after any absence", "Provider tutor", daysFromToday(5));
  await mo.getByRole("radio", { name: "Review at a further meeting" }).check();
  await mo.getByLabel("Review date").fill(daysFromToday(14));
  await mo.getByRole("button", { name: "Save the meeting record" }).click();

  const banner = mo.locator(".govuk-notification-banner--success");
  await expect(banner).toContainText(/Meeting MTG-\d{6} recorded/, { timeout: 30_000 });
  const reference = (await banner.textContent())!.match(/MTG-\d{6}/)![0];
  const meetingUrl = mo.url().replace(/\?.*$/, "");
  const openedBy = mo.getByRole("table", { name: "Who has opened it" });
  await expect(openedBy.getByRole("row").filter({ hasText: schoolName })).toContainText(
    "Not opened yet",
  );

  // 4. The school was told of the absence too; it opens its copy of the meeting record
  // from its notifications and downloads the PDF.
  await expectAbsenceNotice(school, marked.unexplained, student);
  await school.goto("/notifications");
  await school
    .getByRole("link", { name: new RegExp(reference) })
    .first()
    .click();
  await expect(
    school.getByRole("heading", { level: 1, name: `Meeting ${reference}` }),
  ).toBeVisible();
  const targets = school.getByRole("table", { name: "Agreed targets" });
  await expect(
    targets.getByRole("row").filter({ hasText: "Call home after any absence" }),
  ).toContainText("Provider tutor");
  await expect(
    targets.getByRole("row").filter({ hasText: "Attend every session next week" }),
  ).toContainText(longDate(daysFromToday(7)));
  const pdfHref = await school.getByRole("link", { name: "Download PDF" }).getAttribute("href");
  const pdf = await school.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toMatch(/^application\/pdf/);
  const body = await pdf.body();
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(body.toString("latin1")).toContain(`(Student meeting ${reference})`);
  await school.context().close();

  // 5. The MO sees who at the school opened it, then records the review with each target's
  // status; the review lists the first meeting's targets and links back to it.
  await mo.goto(meetingUrl);
  await expect(openedBy.getByRole("row").filter({ hasText: schoolName })).toContainText(
    schoolPerson,
  );
  await mo.getByRole("link", { name: "Record the review meeting" }).click();
  await expect(
    mo.getByRole("heading", { level: 1, name: `Record the review of meeting ${reference}` }),
  ).toBeVisible();
  await mo.getByRole("radio", { name: "Attendance", exact: true }).check();
  await nameAttendees(mo);
  await mo.getByLabel("What was discussed").fill("A full week attended since the meeting.");
  await mo.getByLabel("The student's own view").fill("The earlier bus helps.");
  await mo
    .getByRole("group", { name: "Attend every session next week" })
    .getByLabel("Met", { exact: true })
    .check();
  await mo
    .getByRole("group", { name: "Call home after any absence" })
    .getByLabel("Partly met", { exact: true })
    .check();
  await mo.getByRole("radio", { name: "Continue the placement" }).check();
  await mo.getByRole("button", { name: "Save the meeting record" }).click();

  await expect(mo.locator(".govuk-notification-banner--success")).toContainText(/recorded/, {
    timeout: 30_000,
  });
  const reviewed = mo.getByRole("table", {
    name: `Targets from meeting ${reference}, as reviewed`,
  });
  await expect(
    reviewed.getByRole("row").filter({ hasText: "Attend every session next week" }),
  ).toContainText("Met");
  await expect(
    reviewed.getByRole("row").filter({ hasText: "Call home after any absence" }),
  ).toContainText("Partly met");
  await mo.getByRole("link", { name: reference, exact: true }).click();
  await expect(mo).toHaveURL(meetingUrl);
  await expect(mo.getByText("Reviewed at meeting")).toBeVisible();
  await mo.context().close();
});
