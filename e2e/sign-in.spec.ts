import { ACCOUNT_NAMES, expect, signIn, test } from "./fixtures";

test.describe("sign-in", () => {
  for (const account of ACCOUNT_NAMES) {
    test(`${account} can sign in with the demo password`, async ({ page }) => {
      await signIn(page, account);

      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toHaveCount(0);
    });
  }

  test("a wrong password keeps the person on the sign-in page", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address", { exact: true }).fill("school.staff@demo.cap.test");
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("stored sign-in", () => {
  test.use({ account: "serviceAdmin" });

  test("starts signed in, without the form", async ({ page }) => {
    await page.goto("/");

    expect(await page.context().cookies()).not.toHaveLength(0);
    await expect(page).not.toHaveURL(/\/sign-in/);
  });
});
