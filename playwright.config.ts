import { defineConfig } from "@playwright/test";

// Playwright cannot download its own browser on these machines: Debian's Chromium is used
// instead (STACK.md). Port 3100 keeps clear of a developer's `npm run dev` on 3000.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const usesPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One `next start` serves every worker; two workers is what two cores sustain.
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    launchOptions: { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${BASE_URL}/sign-in`,
    // Every run resets its database, so a server left over from another run is never reused.
    reuseExistingServer: false,
    timeout: 240_000,
    // SIGTERM first, so the server closes its database before the process group is killed.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: {
      E2E_PORT: String(PORT),
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: "e2e-only-secret-not-used-anywhere-else",
      NEXT_TELEMETRY_DISABLED: "1",
      // The empty value stops `.env` from supplying a DATABASE_URL on the PGlite leg.
      DATABASE_URL: usesPostgres ? (process.env.DATABASE_URL ?? "") : "",
      PGLITE_DIR: ".data/e2e",
      // Escalation runs only when a test asks, so seeded alerts do not change under a test.
      ESCALATION_INTERVAL_MINUTES: "off",
    },
  },
});
