import { randomInt } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { upnCheckLetter } from "../lib/upn";
import { signIn, type AccountName } from "./fixtures";

/** The provider provider.staff@ works for, as the seed names it. */
export const FIRST_PROVIDER = "Three Spires Construction Training";

export const PDF_BYTES = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n",
);

/** A valid UPN no seeded student has: Coventry's LA number and random digits. */
export function freshUpn(): string {
  const digits = `331${String(randomInt(0, 10 ** 9)).padStart(9, "0")}`;
  return `${upnCheckLetter(digits)}${digits}`;
}

/**
 * A new browser context signed in as `account`, with its page. It starts with no cookies:
 * otherwise it would inherit the signed-in state of the test's own `account`.
 */
export async function pageFor(browser: Browser, account: AccountName): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** A date `days` from today as YYYY-MM-DD (UTC is close enough for a start date weeks away). */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The first date at least `days` from today that falls on `dayName` ("Monday"). */
export function nextDayNamed(dayName: string, days: number): string {
  const date = new Date(`${daysFromToday(days)}T00:00:00Z`);
  while (DAY_NAMES[date.getUTCDay()] !== dayName) {
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return date.toISOString().slice(0, 10);
}
