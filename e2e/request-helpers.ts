import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { isWorkingDay } from "@/server/calendar/working-days";
import { FIRST_PROVIDER } from "./referral-helpers";

/** The demo school's active placements at the demo provider, as rows of its placements list. */
export async function schoolRowsAtFirstProvider(school: Page): Promise<Locator[]> {
  await school.goto("/placements?status=ACTIVE");
  const rows = school.locator("main tbody tr", { hasText: FIRST_PROVIDER });
  await expect(rows.first()).toBeVisible();
  return rows.all();
}

/** The student's name as the first cell of a placements row shows it. */
export async function studentOf(row: Locator): Promise<string> {
  return (await row.locator("th, td").first().innerText()).trim();
}

/** The request's reference from its page caption, e.g. "WDR-000001". */
export async function referenceOn(page: Page, pattern: RegExp): Promise<string> {
  const caption = await page.locator("main .govuk-caption-l").first().innerText();
  const found = caption.match(pattern);
  expect(found, `a reference in "${caption}"`).not.toBeNull();
  return found![0];
}

/** axe-core's WCAG 2.2 AA rules on a page only these journeys reach (forms and steps). */
export async function expectAccessible(page: Page, where: string) {
  // A step's form refreshes the page after it saves, and Next streams the page's title in
  // again with it: check the page once that refresh has finished and the title is back.
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    violations.map((violation) => `${violation.id}: ${violation.help}`),
    `axe on ${where}`,
  ).toEqual([]);
}

const DAY = 86_400_000;

/**
 * A date for a request to take effect: the first working day (requests take effect on
 * one) at least `days` from today and a week after the placement starts (seeded placements
 * may start in the future), as YYYY-MM-DD.
 */
export function effectiveAfter(startText: string, days: number): string {
  const start = new Date(`${startText} 12:00 UTC`);
  expect(Number.isNaN(start.getTime()), `a date in "${startText}"`).toBe(false);
  let soonest = Math.max(Date.now() + days * DAY, start.getTime() + 7 * DAY);
  while (!isWorkingDay(new Date(soonest).toISOString().slice(0, 10))) {
    soonest += DAY;
  }
  return new Date(soonest).toISOString().slice(0, 10);
}

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The first working day on or after `from` (YYYY-MM-DD) that falls on `dayName`. */
export function workingDayNamed(dayName: string, from: string): string {
  let date = new Date(`${from}T00:00:00Z`).getTime();
  const at = () => new Date(date);
  while (DAY_NAMES[at().getUTCDay()] !== dayName || !isWorkingDay(isoOf(at()))) {
    date += DAY;
  }
  return isoOf(at());
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "16 December 2026" from a sentence or hint that names a date that way. */
export function dateTextIn(text: string): string {
  const found = text.match(/\d{1,2} [A-Z][a-z]+ \d{4}/);
  expect(found, `a date in "${text}"`).not.toBeNull();
  return found![0];
}
