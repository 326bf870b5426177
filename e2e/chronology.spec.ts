// A student's chronology: a DSL reads it with the concerns they may see and filters it; a
// monitoring officer reads the same chronology without any concern; the DSL's reading is
// listed on "who viewed the safeguarding record". axe checks both new pages.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test, type AccountName } from "./fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help}`),
    `axe on ${where}`,
  ).toEqual([]);
}

async function pageAs(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** The address of the first student on /students. */
async function firstStudentHref(page: Page): Promise<string> {
  await page.goto("/students");
  const link = page.locator("tbody tr").first().getByRole("rowheader").getByRole("link");
  return (await link.getAttribute("href")) ?? "";
}

/** Raises a concern through the API, as the concern form would, so the test owns its data. */
async function raiseConcern(page: Page, studentId: string, text: string) {
  const response = await page.request.post("/api/trpc/concern.raise", {
    data: {
      json: {
        studentId,
        occurredAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
        location: "Centre reception",
        categories: ["NEGLECT"],
        whatWasSeenOrHeard: text,
        immediateAction: "Spoke with the student and the provider",
        whoWasTold: "Service DSL team",
        riskLevel: "MEDIUM",
      },
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

const bylines = (page: Page) => page.locator(".moj-timeline__byline");

test.describe("student chronology", () => {
  test.use({ account: "serviceDsl" });
  // One journey across two people, two axe runs and a print view: longer than the default.
  test.setTimeout(120_000);

  test("a DSL reads and filters it; an MO sees no concern; the read is listed", async ({
    page,
    browser,
  }) => {
    const concernText = `Chronology e2e concern ${Date.now()}`;
    const studentHref = await firstStudentHref(page);
    const studentId = studentHref.split("/").pop()!;
    await raiseConcern(page, studentId, concernText);

    await page.goto(studentHref);
    await page.getByRole("link", { name: "Chronology", exact: true }).click();
    await expect(page).toHaveTitle("Student chronology – CAP Portal");
    await expect(page.getByRole("heading", { level: 1, name: "Chronology" })).toBeVisible();
    await expect(page.getByText(concernText)).toBeVisible();
    await expectNoAxeViolations(page, "the chronology");

    await page.getByLabel("Safeguarding", { exact: true }).check();
    await page.getByLabel("From", { exact: true }).fill(new Date().toISOString().slice(0, 10));
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/kinds=SAFEGUARDING/);
    await expect(page.getByText(concernText)).toBeVisible();
    for (const byline of await bylines(page).allTextContents()) {
      expect(byline).toMatch(/^Safeguarding/);
    }

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".moj-header")).toBeHidden();
    await expect(page.locator(".moj-primary-navigation").first()).toBeHidden();
    await expect(page.getByRole("button", { name: "Apply filters" })).toBeHidden();
    await expect(page.getByText(concernText)).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    const mo = await pageAs(browser, "monitoringOfficer");
    await mo.goto(`${studentHref}/chronology`);
    await expect(mo.getByRole("heading", { level: 1, name: "Chronology" })).toBeVisible();
    await expect(mo.getByText(concernText)).toHaveCount(0);
    for (const byline of await bylines(mo).allTextContents()) {
      expect(byline).not.toMatch(/^Safeguarding/);
    }
    await mo.goto(studentHref);
    await expect(mo.getByRole("link", { name: "Who viewed the safeguarding record" })).toHaveCount(
      0,
    );
    await mo.context().close();

    const myName = (await page.locator(".cap-header-person__name").textContent()) ?? "";
    await page.goto(studentHref);
    await page.getByRole("link", { name: "Who viewed the safeguarding record" }).click();
    await expect(page).toHaveTitle("Who viewed the safeguarding record – CAP Portal");
    // Other tests read this student's concerns at the same time, so the read is looked for,
    // not assumed to be the newest row.
    const myRead = page
      .getByRole("table")
      .locator("tbody tr")
      .filter({ hasText: myName })
      .filter({ hasText: "Chronology" });
    await expect(myRead.first()).toBeVisible();
    await expectNoAxeViolations(page, "who viewed the safeguarding record");
  });
});
