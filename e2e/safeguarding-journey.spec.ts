import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { pageFor, PDF_BYTES } from "./referral-helpers";

// DOMAIN.md workflow 4 in the browser, each step as the person who does it: provider staff
// raise a concern with the child's words; the provider DSL alerts the school DSL and refers
// to the MASH; the school DSL reads the alert; a service DSL finds it in triage, takes it
// and closes it. Then the refusals: the raiser never sees the DSLs' part, and another
// provider's staff and a monitoring officer get "Page not found".

/** The school school.dsl@ works at, as the seed names it. */
const FIRST_SCHOOL = "Radford Brook Academy";

// Spaces, quotes and line breaks are part of what the child said, and must survive.
const DISCLOSURE = `He said "don't tell my mum".\n\nThen:  I have to carry it for them.`;
const MASH_REFERENCE = `MASH-E2E-${Date.now()}`;

/** YYYY-MM-DDTHH:MM in this machine's time zone, which the browser shares. */
function localDateTime(msAgo: number): string {
  const at = new Date(Date.now() - msAgo);
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` +
    `T${pad(at.getHours())}:${pad(at.getMinutes())}`
  );
}

function localDate(): string {
  return localDateTime(0).slice(0, 10);
}

const HOUR = 60 * 60 * 1000;

/**
 * A student placed with provider.staff@'s provider whose home school is the demo school,
 * and another of the provider's students, to link to the concern.
 */
async function openPlacedStudent(
  page: Page,
): Promise<{ name: string; other: string; studentUrl: string }> {
  await page.goto("/placements?status=ACTIVE");
  const names = await page.locator("main tbody a[href^='/students/']").allInnerTexts();
  const row = page.locator("main tbody tr", { hasText: FIRST_SCHOOL }).first();
  const link = row.locator("a[href^='/students/']").first();
  const name = await link.innerText();
  const other = names.find((candidate) => candidate !== name)!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return { name, other, studentUrl: page.url() };
}

/** Finds another student by surname, Enter in the search box searching, and links them. */
async function linkStudent(page: Page, other: string) {
  const surname = other
    .replace(/ \(known as .*\)$/, "")
    .split(" ")
    .pop()!;
  const search = page.getByLabel("Other students involved (optional)");
  await search.fill(surname);
  await search.press("Enter");
  await page.getByRole("button", { name: `Link ${other}` }).click();
  await expect(
    page.getByRole("heading", { name: "Students linked to this concern" }),
  ).toBeVisible();
}

async function raiseConcern(
  page: Page,
  other: string,
): Promise<{ url: string; reference: string }> {
  await page.getByRole("link", { name: "Raise a safeguarding concern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raise a safeguarding concern");

  // Refused first: each problem named in the summary and by its field.
  await page.getByRole("button", { name: "Send the concern to your DSL" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Select at least one category");
  await expect(summary).toContainText("Enter where it happened");
  await expect(page).toHaveTitle(/^Error: /);

  await page.getByLabel("Where it happened").fill("Workshop, morning break");
  await page.getByLabel("Child criminal exploitation").check();
  await page.getByLabel("County lines").check();
  await page
    .getByLabel("What you saw or heard")
    .fill("A second phone ringing all session; collected at lunch by older youths in a car.");
  await page.getByLabel("What the child said, in their own words").fill(DISCLOSURE);
  await page.getByLabel("Action you have already taken").fill("Kept the student on site.");
  await page.getByLabel("Who you have told").fill("Provider DSL, in person");
  await page.getByLabel("High", { exact: true }).check();
  await linkStudent(page, other);
  await page.getByLabel("Attach files (optional)").setInputFiles({
    name: "note-found-in-bag.pdf",
    mimeType: "application/pdf",
    buffer: PDF_BYTES,
  });
  await expect(page.getByText("note-found-in-bag.pdf (")).toBeVisible();
  // A time in the future passes the form's own checks; the server refuses it, by the field.
  await page.getByLabel("When it happened").fill(localDateTime(-2 * HOUR));
  await page.getByRole("button", { name: "Send the concern to your DSL" }).click();
  await expect(page.locator("#occurredAt-error")).toContainText(
    "When it happened must be now or in the past",
  );
  await expect(page.getByLabel("What the child said, in their own words")).toHaveValue(DISCLOSURE);
  await page.getByLabel("When it happened").fill(localDateTime(2 * HOUR));
  await page.getByRole("button", { name: "Send the concern to your DSL" }).click();

  const banner = page.locator(".govuk-notification-banner--success");
  await expect(banner).toContainText(/Concern CON-\d{6} sent to your DSL/);
  const reference = (await banner.innerText()).match(/CON-\d{6}/)![0];
  return { url: page.url().replace(/\?.*$/, ""), reference };
}

async function expectNotFound(page: Page, url: string, reference: string) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator("main")).not.toContainText(reference);
  await expect(page.locator("main")).not.toContainText("carry it for them");
}

test.describe("a safeguarding concern from raising to closing", () => {
  test.use({ account: "providerStaff" });
  test.setTimeout(120_000);

  test("each person sees and does their part, and nobody else sees it", async ({
    page,
    browser,
  }) => {
    // 1. Provider staff raise the concern about a demo-school student placed with them.
    const { name: student, other, studentUrl } = await openPlacedStudent(page);
    const { url, reference } = await raiseConcern(page, other);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Concern about ${student}`);
    const disclosure = page.locator("blockquote.cap-disclosure");
    expect(await disclosure.innerText()).toBe(DISCLOSURE);
    await expect(page.getByText("You raised this concern.")).toBeVisible();
    await expect(page.locator("main dl")).toContainText(other);
    await expect(page.getByRole("heading", { name: "Where it stands" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "note-found-in-bag.pdf" })).toBeVisible();
    const fileHref = await page
      .getByRole("link", { name: "note-found-in-bag.pdf" })
      .getAttribute("href");

    // 2. The provider DSL alerts the school DSL, then refers to the MASH.
    const providerDsl = await pageFor(browser, "providerDsl");
    await providerDsl.goto(url);
    await expect(providerDsl.getByRole("heading", { name: "Where it stands" })).toBeVisible();
    expect(await providerDsl.locator("blockquote.cap-disclosure").innerText()).toBe(DISCLOSURE);
    const download = providerDsl.waitForEvent("download");
    await providerDsl.getByRole("link", { name: "note-found-in-bag.pdf" }).click();
    expect((await download).suggestedFilename()).toBe("note-found-in-bag.pdf");

    await providerDsl.getByLabel("When you alerted them").fill(localDateTime(HOUR));
    await providerDsl.getByLabel("Phone call").check();
    await providerDsl.getByLabel("Whom you alerted").fill("Ms Okafor, school DSL");
    await providerDsl.getByRole("button", { name: "Record the alert" }).click();
    await expect(providerDsl.locator(".govuk-notification-banner--success")).toContainText(
      "School DSL alert recorded",
    );
    await expect(providerDsl.locator("#school-alert")).toBeVisible();
    await expect(providerDsl.getByText("Not read yet.")).toBeVisible();

    await providerDsl.getByRole("button", { name: "Record the decision" }).click();
    await expect(providerDsl.locator(".govuk-error-summary")).toContainText("Select a decision");
    await providerDsl.getByLabel("Referral to the Multi-Agency Safeguarding Hub (MASH)").check();
    // Only the chosen outcome's questions are shown.
    await expect(providerDsl.getByLabel("Review date")).toHaveCount(0);
    await providerDsl.getByRole("button", { name: "Record the decision" }).click();
    const errors = providerDsl.locator(".govuk-error-summary");
    await expect(errors).toContainText("Enter the MASH reference");
    await expect(errors).toContainText("Enter the rationale for the decision");
    await providerDsl.getByLabel("Date of the MASH referral").fill(localDate());
    await providerDsl.getByLabel("MASH reference").fill(MASH_REFERENCE);
    await providerDsl.getByLabel("MASH outcome (optional)").fill("Strategy discussion booked");
    await providerDsl
      .getByLabel("Rationale")
      .fill("Signs of criminal exploitation: the threshold for a MASH referral is met.");
    await providerDsl.getByRole("button", { name: "Record the decision" }).click();
    await expect(providerDsl.locator(".govuk-notification-banner--success")).toContainText(
      "Decision recorded",
    );
    const timeline = providerDsl.locator(".moj-timeline");
    await expect(timeline).toContainText(
      "Decision: Referral to the Multi-Agency Safeguarding Hub (MASH)",
    );
    await expect(timeline).toContainText(MASH_REFERENCE);
    await providerDsl.context().close();

    // 3. The school DSL sees the unread alert stand out, and marks it read.
    const schoolDsl = await pageFor(browser, "schoolDsl");
    await schoolDsl.goto("/concerns");
    await expect(schoolDsl.locator(".govuk-notification-banner")).toContainText(/unread/);
    const row = schoolDsl.locator("main tbody tr", { hasText: reference });
    await expect(row.locator(".govuk-tag", { hasText: "Unread" })).toBeVisible();
    await row.getByRole("link", { name: `Read and acknowledge ${reference}` }).click();
    await schoolDsl.getByRole("button", { name: "Mark as read" }).click();
    await expect(schoolDsl.locator(".govuk-notification-banner--success")).toContainText(
      "Alert marked as read",
    );
    await expect(schoolDsl.locator("main")).toContainText("Marked as read by");
    await expect(schoolDsl.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
    await schoolDsl.context().close();

    // 4. A service DSL finds it in triage, takes it, and closes it with a rationale.
    const serviceDsl = await pageFor(browser, "serviceDsl");
    await serviceDsl.goto("/concerns");
    await expect(serviceDsl.getByRole("heading", { level: 1 })).toHaveText("Safeguarding triage");
    await serviceDsl.getByLabel("Category").selectOption({ label: "County lines" });
    await serviceDsl.getByRole("button", { name: "Filter concerns" }).click();
    await expect(serviceDsl).toHaveURL(/category=COUNTY_LINES/);
    const triageRow = serviceDsl.locator("main tbody tr", { hasText: reference });
    await expect(triageRow).toContainText("High risk");
    await expect(triageRow).toContainText("Not assigned");
    await triageRow.getByRole("link", { name: reference }).click();
    await expect(serviceDsl.getByRole("heading", { level: 1 })).toHaveText(
      `Concern about ${student}`,
    );
    await serviceDsl.waitForLoadState("networkidle");
    const me = serviceDsl.getByLabel("Service DSL", { exact: true });
    const mine = (await me.locator("option").allInnerTexts()).find((t) => t.endsWith("(you)"))!;
    await me.selectOption({ label: mine });
    await expect(me).not.toHaveValue("");
    await serviceDsl.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(serviceDsl.locator(".govuk-notification-banner--success")).toContainText(
      "Concern assigned to",
    );
    await serviceDsl.getByRole("button", { name: "Close the concern" }).click();
    await expect(serviceDsl.locator(".govuk-error-summary")).toContainText(
      "Enter the reason for closing the concern",
    );
    await serviceDsl
      .getByLabel("Reason for closing")
      .fill("MASH took the case on; the provider keeps daily contact.");
    await serviceDsl.getByRole("button", { name: "Close the concern" }).click();
    await expect(serviceDsl.locator(".govuk-notification-banner--success")).toContainText(
      `Concern ${reference} closed`,
    );
    await expect(serviceDsl.locator("main")).toContainText("MASH took the case on");
    await expect(serviceDsl.getByRole("button", { name: "Close the concern" })).toHaveCount(0);

    // The student's chronology shows each step, newest first, by when it happened.
    await serviceDsl.goto(`${studentUrl}/chronology`);
    const steps = [
      "Concern closed",
      "Assigned to a service DSL",
      "School DSL read the alert",
      "Decision: Referral to the Multi-Agency Safeguarding Hub (MASH)",
      "Concern raised: Child criminal exploitation, County lines",
      // The alert was made an hour before the concern was entered in the portal.
      "School DSL alerted",
    ].map((title) => `${title} (${reference})`);
    const chronology = await serviceDsl.locator("main").innerText();
    const positions = steps.map((step) => chronology.indexOf(step));
    expect(positions.every((at) => at >= 0), `every step in:\n${chronology}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    await serviceDsl.context().close();

    // 5. The raiser reads back what they raised, never the decision or the closure reason.
    await page.goto(url);
    await expect(page.locator("main")).toContainText("Closed");
    await expect(page.locator("main")).not.toContainText(MASH_REFERENCE);
    await expect(page.locator("main")).not.toContainText("Multi-Agency Safeguarding Hub");
    await expect(page.locator("main")).not.toContainText("MASH took the case on");
    await expect(page.locator("main")).not.toContainText("Ms Okafor");

    // 6. Another provider's staff and a monitoring officer: "Page not found", and no file.
    for (const account of ["otherProviderStaff", "monitoringOfficer"] as const) {
      const other = await pageFor(browser, account);
      await expectNotFound(other, url, reference);
      const file = await other.request.get(fileHref!);
      expect(file.status(), `${account} downloading the attachment`).toBe(404);
      await other.context().close();
    }
  });
});
