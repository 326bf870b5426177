import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { FIRST_PROVIDER, pageFor } from "./referral-helpers";

// A provider DSL refers a concern on: the Child Exploitation Indicator Tool, intelligence for
// the police's FIB (whose export must not name who supplied it), and a Prevent referral.
// The concern is raised for the test by the provider's tutor, through the tRPC endpoint.

const RAISER = { name: "Jade Okafor", email: "provider.staff@demo.cap.test" };
const DSL = { name: "Tom Whitfield", email: "provider.dsl@demo.cap.test" };
const SERVICE_NAME = "Coventry Alternative Provision";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectAccessible(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect
    .soft(
      violations.map((v) => `${v.id}: ${v.help}`),
      `axe on ${where}`,
    )
    .toEqual([]);
}

/** Now in UK time as a date-and-time field takes it, e.g. "2026-12-04T16:05". */
function ukNowToTheMinute(): string {
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date());
  return parts.replace(" ", "T");
}

/** tRPC over HTTP as the signed-in page: a query's input goes in the address. */
async function trpcQuery<T>(page: Page, path: string, input: unknown): Promise<T> {
  const query = encodeURIComponent(JSON.stringify({ json: input }));
  const response = await page.request.get(`/api/trpc/${path}?input=${query}`);
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()).result.data.json as T;
}

async function trpcMutation<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()).result.data.json as T;
}

/** A fresh concern about a student placed with the first provider, raised by its tutor. */
async function raiseConcern(browser: Browser): Promise<string> {
  const tutor = await pageFor(browser, "providerStaff");
  try {
    const students = await trpcQuery<{ rows: { id: string }[] }>(tutor, "student.list", {
      page: 1,
    });
    const { id } = await trpcMutation<{ id: string }>(tutor, "concern.raise", {
      studentId: students.rows[0].id,
      occurredAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
      location: "Workshop yard",
      categories: ["COUNTY_LINES", "RADICALISATION"],
      whatWasSeenOrHeard: "Picked up at the gate by an older man in a grey hatchback.",
      immediateAction: "Told the provider DSL",
      whoWasTold: "Provider DSL",
      riskLevel: "HIGH",
    });
    return id;
  } finally {
    await tutor.context().close();
  }
}

test.describe("onward referrals from a concern", () => {
  test.use({ account: "providerDsl" });
  test.describe.configure({ mode: "serial" });

  let concernId: string;
  test.beforeAll(async ({ browser }) => {
    concernId = await raiseConcern(browser);
  });

  test("records a Child Exploitation Indicator Tool assessment", async ({ page }) => {
    await page.goto(`/concerns/${concernId}/exploitation-tool`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Child Exploitation Indicator Tool",
    );
    await expectAccessible(page, "the exploitation tool");

    // Nothing ticked and nothing said is refused: an empty save must not stand as the result.
    await page.getByRole("button", { name: "Record assessment" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText(
      "Tick the indicators that apply, or explain in the notes why none does",
    );

    await page.getByLabel("Goes missing from home, care or education").check();
    const marks = page.locator("#conditional-ticked-WHEREABOUTS");
    await marks.getByLabel("Significant").check();
    await marks.getByLabel("Current").check();
    await page.getByLabel("Notes", { exact: true }).fill("Missing twice this month.");
    await page.getByRole("button", { name: "Record assessment" }).click();

    await expect(page.getByText("Assessment recorded: high risk")).toBeVisible();
    await expect(page.getByRole("heading", { name: /Latest assessment/ })).toBeVisible();
    await expect(page.getByText("Assess again")).toBeVisible();
  });

  test("writes police intelligence whose export never names the reporter", async ({ page }) => {
    await page.goto(`/concerns/${concernId}/police-intelligence`);
    await expectAccessible(page, "the police intelligence list");
    await page.getByLabel("Name, or the name they are known by").fill("Known as Dee");
    await page.getByLabel("Description (optional)").fill("Man, about 25, shaved head");
    await page.getByLabel("Vehicles (optional)").fill("Grey hatchback, plate starting AB12");
    await page.getByLabel("What was seen or heard").fill("Waited at the gate, drove off at 12:40.");
    await page.getByLabel("When it was seen or heard").fill("2026-11-30T12:40");
    await page.getByLabel("Where it was seen or heard").fill("Gate on Mill Lane");
    await page.getByRole("button", { name: "Save report" }).click();

    await expect(page.getByText(/Report INT-\d{6} saved/)).toBeVisible();
    await expectAccessible(page, "an intelligence report");
    await page.getByRole("link", { name: "Open the export for the police" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Intelligence report INT-/);
    const html = await page.content();
    expect(html).toContain(SERVICE_NAME);
    expect(html).toContain("Known as Dee");
    for (const identity of [RAISER.name, RAISER.email, DSL.name, DSL.email, FIRST_PROVIDER]) {
      expect(html, `the export contains ${identity}`).not.toContain(identity);
    }
    await expectAccessible(page, "the police export");

    await page.getByRole("link", { name: "Back to the report" }).click();
    await page.getByLabel("When it was sent to the police").fill(ukNowToTheMinute());
    await page.getByRole("button", { name: "Record as sent" }).click();
    await expect(page.getByText(/recorded by Tom Whitfield/)).toBeVisible();
  });

  test("fills, exports and sends a Prevent referral, then records its outcome", async ({
    page,
  }) => {
    await page.goto(`/concerns/${concernId}/prevent-referral`);
    await expectAccessible(page, "the Prevent start page");
    await page.getByRole("button", { name: "Start a Prevent referral" }).click();

    await expect(page.getByLabel("Your name")).toHaveValue(DSL.name);
    await expect(page.getByLabel("Full name")).not.toHaveValue("");
    await expect(page.getByLabel("What are the concerns?")).toHaveValue(/grey hatchback/);
    await expectAccessible(page, "the Prevent form");
    await page.getByLabel("Other information (optional)").fill("Parents are aware.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Changes saved")).toBeVisible();

    await page.getByRole("link", { name: "Open the referral to print or send" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prevent referral");
    await expect(page.getByText("Parents are aware.")).toBeVisible();
    await expect(page.getByText("Radicalisation or extremism", { exact: false })).toBeVisible();
    await expectAccessible(page, "the Prevent export");

    await page.getByRole("link", { name: "Back to the Prevent referral" }).click();
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format();
    await page.getByLabel("Date it was sent").fill(today);
    await page.getByRole("button", { name: "Record as sent" }).click();
    await page.getByLabel("Adopted by the Channel panel").check();
    await page.getByRole("button", { name: "Record outcome" }).click();
    await expect(page.getByText(/Adopted by the Channel panel, recorded by/)).toBeVisible();
  });

  test("shows the raiser and the school DSL nothing of them", async ({ browser }) => {
    for (const account of ["providerStaff", "schoolDsl"] as const) {
      const other = await pageFor(browser, account);
      for (const path of ["/exploitation-tool", "/police-intelligence", "/prevent-referral"]) {
        await other.goto(`/concerns/${concernId}${path}`);
        await expect(other.getByRole("heading", { level: 1 }), `${account} on ${path}`).toHaveText(
          "Page not found",
        );
      }
      await other.context().close();
    }
  });
});
