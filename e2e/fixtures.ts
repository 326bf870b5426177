import {
  test as base,
  expect,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, type AccountName } from "./accounts";

export { expect };
export { ACCOUNTS, ACCOUNT_NAMES, type AccountName } from "./accounts";

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

/** Signs in through the real /sign-in page, as a person would. */
export async function signIn(page: Page, account: AccountName): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email address", { exact: true }).fill(ACCOUNTS[account]);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // The password hash is deliberately slow; on a busy two-core machine it can take seconds.
  await expect(page, `signing in as ${ACCOUNTS[account]}`).not.toHaveURL(/\/sign-in(\?|$)/, {
    timeout: 30_000,
  });
}

async function signedInState(
  browser: Browser,
  baseURL: string | undefined,
  account: AccountName,
): Promise<StorageState> {
  // An empty state: a context opened during a test would otherwise inherit the test's own
  // signed-in cookies, and /sign-in would redirect straight to the dashboard.
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    const page = await context.newPage();
    await signIn(page, account);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

interface TestFixtures {
  /** Who `page` is signed in as; null (the default) is someone not signed in. */
  account: AccountName | null;
}

interface WorkerFixtures {
  /** Each account's cookies, signed in once per worker through the sign-in page. */
  signedInStates: (account: AccountName) => Promise<StorageState>;
}

/**
 * `test.use({ account: "schoolStaff" })` gives every test in the block a page already
 * signed in as that demo account. A test that signs out must call `signIn` on a fresh
 * context instead: signing out ends the session on the server for every holder of it.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  account: [null, { option: true }],
  signedInStates: [
    async ({ browser }, use, workerInfo) => {
      // baseURL is a per-test option, so a worker fixture reads it from the project.
      const { baseURL } = workerInfo.project.use;
      const states = new Map<AccountName, Promise<StorageState>>();
      await use((account) => {
        if (!states.has(account)) {
          states.set(account, signedInState(browser, baseURL, account));
        }
        return states.get(account)!;
      });
    },
    { scope: "worker" },
  ],
  storageState: async ({ account, signedInStates, storageState }, use) => {
    await use(account ? await signedInStates(account) : storageState);
  },
});
