import { ACCOUNT_NAMES, expect, signIn, test } from "./fixtures";

test.describe("sign-in", () => {
  for (const account of ACCOUNT_NAMES) {
    test(`${account} can sign in with the demo password`, async ({ page }) => {
      await signIn(page, account);

      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toHaveCount(0);
    });
  }

  test("a wrong password is refused without naming which part was wrong", async ({ page }) => {
    // An address with no account: failed attempts are throttled per address, and this one
    // must not lock out an account other tests sign in with.
    await page.goto("/sign-in");
    await page.getByLabel("Email address", { exact: true }).fill("nobody@demo.cap.test");
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    const refusal = page.getByText("Enter a correct email address and password");
    await expect(refusal.first()).toBeVisible();
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
