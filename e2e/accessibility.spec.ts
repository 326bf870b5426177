// WCAG 2.2 AA checks for every page a demo role can reach from its navigation, the sign-in
// page and the not-found page: axe-core's automated rules, then what axe cannot judge alone
// (one <h1>, the page title, a working skip link, reflow, a visible keyboard focus). Automated
// checks find about a third of real barriers; they are a floor, not an audit.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { renderToStaticMarkup } from "react-dom/server";
import { STATUS_COLOUR, Tag, type TagColour } from "@/components/tag";
import { expect, test, type AccountName } from "./fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const ROLES: readonly AccountName[] = [
  "schoolStaff",
  "providerStaff",
  "serviceAdmin",
  "monitoringOfficer",
  "serviceDsl",
  "qualityOfficer",
  "serviceLead",
];

// GOV.UK Frontend's focus colour, #ffdd00, as computed styles report it.
const FOCUS_YELLOW = "rgb(255, 221, 0)";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One line per rule broken: its id, what it asks for, and the elements that break it. */
function describeViolation({ id, impact, help, helpUrl, nodes }: Violation): string {
  const targets = nodes.map((node) => node.target.map(String).join(" >>> "));
  return `${id} (${impact}): ${help} [${helpUrl}]\n      at ${targets.join("\n      at ")}`;
}

async function expectNoAxeViolations(page: Page, where: string, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) {
    builder.include(include);
  }
  const { violations } = await builder.analyze();

  const problems = violations.map(describeViolation);
  expect.soft(problems, `axe found WCAG problems on ${where}`).toEqual([]);
}

/** Fresh from a page load, the first Tab reaches the skip link. */
async function expectSkipLinkFirst(page: Page, where: string) {
  await page.keyboard.press("Tab");

  const skipLink = page.getByRole("link", { name: "Skip to main content", exact: true });
  await expect.soft(skipLink, `the first Tab on ${where}`).toBeFocused();
}

async function expectSkipLinkToMain(page: Page, where: string) {
  const skipLink = page.getByRole("link", { name: "Skip to main content", exact: true });
  await skipLink.focus();
  await expect.soft(skipLink, `the skip link on ${where} shows when focused`).toBeVisible();
  await page.keyboard.press("Enter");

  await expect.soft(page.locator("main#main-content"), `skip link on ${where}`).toBeFocused();
}

/**
 * At 320 CSS pixels wide (1280 at 400% zoom) nothing but a data table, which WCAG 1.4.10
 * exempts, may reach past the right edge of the window.
 */
async function expectReflow(page: Page, where: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const tooWide = await page.locator("body *").evaluateAll((elements) =>
    elements
      .filter((element) => !element.closest("table"))
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .map(
        (element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class")}">`,
      ),
  );
  if (size) {
    await page.setViewportSize(size);
  }

  expect.soft(tooWide, `wider than 320px on ${where}`).toEqual([]);
}

/** Everything checked on each page, as soft assertions so one run reports every page. */
async function checkPage(page: Page, where: string) {
  await expect.soft(page.locator("h1"), `exactly one <h1> on ${where}`).toHaveCount(1);
  await expect.soft(page, `the <title> of ${where}`).toHaveTitle(/– CAP Portal$/);
  await expectSkipLinkToMain(page, where);
  await expectNoAxeViolations(page, where);
  await expectReflow(page, where);
}

/**
 * Opens a page; false (with a note in the report) when the route is not built yet. Any
 * other failure is a failure: the error page would pass every check on its own.
 */
async function openUnlessMissing(page: Page, path: string): Promise<boolean> {
  const status = (await page.goto(path))?.status() ?? 0;
  if (status !== 404) {
    expect.soft(status, `${path} answers`).toBeLessThan(400);
    return true;
  }
  const description = `${path} answers 404 (not built yet?): not checked`;
  test.info().annotations.push({ type: "not checked", description });
  console.warn(`[accessibility] ${test.info().title}: ${description}`);
  return false;
}

/** Opens a page, or skips the test with the reason when the route is not built yet. */
async function openOrSkip(page: Page, path: string) {
  const found = await openUnlessMissing(page, path);
  test.skip(!found, `${path} answers 404: not built yet`);
}

function sectionLink(page: Page, href: string) {
  return page.getByRole("navigation", { name: "Main sections" }).locator(`a[href="${href}"]`);
}

async function navigationLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Main sections" });
  await expect(nav.getByRole("link").first()).toBeVisible();
  const hrefs = await nav
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.filter((href) => href.startsWith("/"));
}

/** The first link in the main content to one record, e.g. /referrals/abc (not …/new). */
async function firstRecordLink(page: Page, section: string): Promise<string | null> {
  const hrefs = await page
    .locator(`main a[href^="/${section}/"]`)
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const record = new RegExp(`^/${section}/(?!new$)[^/?#]+$`);
  return hrefs.find((href) => record.test(href)) ?? null;
}

test.describe("accessibility: sign-in", () => {
  test("the empty sign-in page", async ({ page }) => {
    await page.goto("/sign-in");

    await expectSkipLinkFirst(page, "/sign-in");
    await checkPage(page, "/sign-in");
  });

  test("the sign-in page showing its error summary", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    const summary = page.locator(".govuk-error-summary");
    await expect(summary.getByRole("link", { name: "Enter your email address" })).toBeVisible();
    await expect(summary, "the summary takes focus").toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await checkPage(page, "/sign-in with errors");
  });

  test("a page that does not exist, signed out", async ({ page }) => {
    // The proxy sends signed-out visitors to sign in, except under /sign-in itself.
    const response = await page.goto("/sign-in/no-such-page");

    expect(response?.status()).toBe(404);
    await checkPage(page, "the signed-out not-found page");
  });
});

for (const account of ROLES) {
  test.describe(`accessibility: ${account}`, () => {
    test.use({ account });

    test("every page in the navigation", async ({ page }) => {
      // One axe run per section: the budget grows with the navigation, not a fixed 30 s.
      test.slow();
      await page.goto("/dashboard");
      const links = await navigationLinks(page);
      expect(links, "the navigation has links").not.toHaveLength(0);

      for (const href of links) {
        await test.step(href, async () => {
          if (await openUnlessMissing(page, href)) {
            await expectSkipLinkFirst(page, href);
            await checkPage(page, href);
            // A section that opens on one of its parts (/quality → /quality/reviews) marks
            // its link as the current section ("true"), not as the page itself.
            const onIt = new URL(page.url()).pathname === href;
            await expect
              .soft(sectionLink(page, href))
              .toHaveAttribute("aria-current", onIt ? "page" : "true");
          }
        });
      }
    });

    test("the not-found page", async ({ page }) => {
      const response = await page.goto("/no-such-page");

      expect(response?.status()).toBe(404);
      await checkPage(page, "the not-found page");
    });
  });
}

test.describe("accessibility: school staff records", () => {
  test.use({ account: "schoolStaff" });

  test("a referral's page", async ({ page }) => {
    await openOrSkip(page, "/referrals");
    const href = await firstRecordLink(page, "referrals");
    test.skip(!href, "/referrals links to no referral yet");

    await openOrSkip(page, href!);
    await checkPage(page, href!);
    // Inside the section, but not the section's own page.
    await expect(sectionLink(page, "/referrals")).toHaveAttribute("aria-current", "true");
  });

  test("the new referral page", async ({ page }) => {
    await openOrSkip(page, "/referrals/new");

    await checkPage(page, "/referrals/new");
  });

  test("the new referral page showing its error summary", async ({ page }) => {
    await openOrSkip(page, "/referrals/new");
    await page.locator('main form button[type="submit"]').last().click();

    const summary = page.locator(".govuk-error-summary");
    await expect(summary, "an empty referral is refused with a summary").toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await checkPage(page, "/referrals/new with errors");
  });

  test("a student's page", async ({ page }) => {
    await openOrSkip(page, "/students");
    const href = await firstRecordLink(page, "students");
    test.skip(!href, "/students links to no student yet");

    await openOrSkip(page, href!);
    await checkPage(page, href!);
  });
});

/** The first concern linked from /concerns, as the signed-in person sees the list. */
async function firstConcern(page: Page): Promise<string | null> {
  await openOrSkip(page, "/concerns");
  return firstRecordLink(page, "concerns");
}

test.describe("accessibility: safeguarding concerns", () => {
  test.describe("as provider staff (a raiser)", () => {
    test.use({ account: "providerStaff" });

    test("the concern they raised, in the raiser's view", async ({ page }) => {
      const href = await firstConcern(page);
      test.skip(!href, "/concerns links to no concern yet");

      await openOrSkip(page, href!);
      await checkPage(page, href!);
      await expect(sectionLink(page, "/concerns")).toHaveAttribute("aria-current", "true");
    });

    test("choosing the student, then the raise form, and its error summary", async ({ page }) => {
      await openOrSkip(page, "/concerns/new");
      await checkPage(page, "/concerns/new");

      await page.goto("/placements?status=ACTIVE");
      const student = await firstRecordLink(page, "students");
      test.skip(!student, "no student placed with this provider");
      const form = `/concerns/new?studentId=${student!.split("/").pop()}`;
      await openOrSkip(page, form);
      await checkPage(page, form);

      await page.getByRole("button", { name: "Send the concern to your DSL" }).click();
      await expect(page.locator(".govuk-error-summary")).toBeFocused();
      await expect(page).toHaveTitle(/^Error: /);
      await checkPage(page, `${form} with errors`);
    });
  });

  test.describe("as the provider DSL", () => {
    test.use({ account: "providerDsl" });

    test("a concern with the alert and decision forms, an outcome revealed", async ({ page }) => {
      await openOrSkip(page, "/concerns?status=AWAITING_DECISION");
      const href = await firstRecordLink(page, "concerns");
      test.skip(!href, "no concern awaits a decision");

      await openOrSkip(page, href!);
      await page.getByLabel("Referral to the Multi-Agency Safeguarding Hub (MASH)").check();
      await expect(page.getByLabel("MASH reference")).toBeVisible();
      await checkPage(page, `${href} with the MASH questions shown`);
    });
  });

  test.describe("as the school DSL", () => {
    test.use({ account: "schoolDsl" });

    test("the queue with unread alerts, and a concern to acknowledge", async ({ page }) => {
      await openOrSkip(page, "/concerns");
      await checkPage(page, "/concerns as the school DSL");
      const href = await firstRecordLink(page, "concerns");
      test.skip(!href, "/concerns links to no concern yet");

      await openOrSkip(page, href!);
      await checkPage(page, href!);
    });
  });

  test.describe("as a service DSL", () => {
    test.use({ account: "serviceDsl" });

    test("the triage queue filtered, and a concern with the triage forms", async ({ page }) => {
      await openOrSkip(page, "/concerns?category=ONLINE_SAFETY&status=DECIDED");
      await checkPage(page, "/concerns filtered");
      const href = await firstConcern(page);
      test.skip(!href, "/concerns links to no concern yet");

      await openOrSkip(page, href!);
      await checkPage(page, href!);
    });
  });
});

test.describe("accessibility: safeguarding contacts", () => {
  test.describe("as school staff", () => {
    test.use({ account: "schoolStaff" });

    test("the directory, reached from the footer", async ({ page }) => {
      await page.goto("/dashboard");
      await page
        .getByRole("contentinfo")
        .getByRole("link", { name: /Safeguarding contacts/ })
        .click();
      await expect(page).toHaveURL(/\/safeguarding-contacts$/);
      await checkPage(page, "/safeguarding-contacts");
    });
  });

  test.describe("as the service lead", () => {
    test.use({ account: "serviceLead" });

    test("the directory with its change links, and the add and change forms", async ({ page }) => {
      await openOrSkip(page, "/safeguarding-contacts");
      await checkPage(page, "/safeguarding-contacts as the lead");
      const change = await firstRecordLink(page, "safeguarding-contacts");
      test.skip(!change, "no contact to change");

      await openOrSkip(page, "/safeguarding-contacts/new");
      await page.getByRole("button", { name: "Add the contact" }).click();
      await expect(page.locator(".govuk-error-summary")).toBeFocused();
      await checkPage(page, "/safeguarding-contacts/new with errors");

      await openOrSkip(page, change!);
      await checkPage(page, change!);
    });
  });
});

test.describe("accessibility: colours", () => {
  const colours: TagColour[] = [...new Set<TagColour>(["blue", ...Object.values(STATUS_COLOUR)])];

  test("every status tag colour and the notification badge have enough contrast", async ({
    page,
  }) => {
    await page.goto("/sign-in");
    const tags = colours.map((colour) =>
      renderToStaticMarkup(Tag({ colour, children: `Tag in ${colour}` })),
    );
    const badge = '<span class="moj-notification-badge">12</span>';
    await page.locator("main").evaluate(
      (main, html) => {
        main.insertAdjacentHTML("beforeend", `<div id="colour-samples">${html}</div>`);
      },
      [...tags, badge].join(" "),
    );

    await expect(page.locator("#colour-samples .govuk-tag")).toHaveCount(colours.length);
    await expectNoAxeViolations(page, "the status tags", "#colour-samples");
  });
});

interface FocusedElement {
  description: string;
  yellow: boolean;
}

/** Which element has focus, and whether it shows GOV.UK's yellow focus indicator. */
function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate((yellow) => {
    const element = document.activeElement;
    if (!element || element === document.body) {
      return { description: "nothing", yellow: false };
    }
    // GOV.UK's indicator is a yellow outline (fields), a yellow box-shadow (text links) or
    // a yellow background (buttons, MoJ navigation links, whose box-shadow is removed).
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== "none" && style.outlineColor === yellow;
    const filled = style.backgroundColor === yellow;
    // Links by address: a badge's count may arrive while the test is tabbing.
    const name = element.getAttribute("href") ?? element.getAttribute("name");
    const label = name ?? (element.textContent ?? "").trim().slice(0, 40);
    return {
      description: `<${element.tagName.toLowerCase()}> ${label}`,
      yellow: outlined || filled || style.boxShadow.includes(yellow),
    };
  }, FOCUS_YELLOW);
}

/** Presses Tab `count` times, checking each stop shows a visible focus indicator. */
async function tabThrough(page: Page, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let press = 0; press < count; press += 1) {
    await page.keyboard.press("Tab");
    const focused = await focusedElement(page);
    if (focused.description === "nothing") {
      break;
    }
    expect.soft(focused.yellow, `focus is visible on ${focused.description}`).toBe(true);
    stops.push(focused.description);
  }
  return stops;
}

test.describe("accessibility: keyboard", () => {
  test("tabbing through the sign-in page shows where focus is", async ({ page }) => {
    await page.goto("/sign-in");

    const stops = await tabThrough(page, 5);

    expect(stops).toEqual([
      "<a> #main-content",
      "<a> /",
      "<input> email",
      "<input> password",
      "<button> Sign in",
    ]);
  });

  test.describe("signed in", () => {
    test.use({ account: "schoolStaff" });

    test("tabbing through the primary navigation shows where focus is", async ({ page }) => {
      await page.goto("/dashboard");
      const links = await navigationLinks(page);

      const stops = await tabThrough(page, 3 + links.length);

      expect(stops.slice(0, 3)).toEqual(["<a> #main-content", "<a> /", "<button> Sign out"]);
      expect(stops.slice(3)).toEqual(links.map((href) => `<a> ${href}`));
    });
  });
});
