import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against a production build (`npm start`: scripts/server.mjs) on a temporary SQLite
 * database. Run through `npm run test:e2e` (scripts/test-e2e.mjs), which builds,
 * prepares the database and picks a browser: PLAYWRIGHT_CHROMIUM_EXECUTABLE if set,
 * else Playwright's own Chromium if installed, else Debian's /usr/bin/chromium.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || undefined;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // A stray test.only must not pass CI with the rest of the suite skipped.
  forbidOnly: !!process.env.CI,
  workers: process.env.CI ? 2 : undefined,
  // No retries, in CI neither: a flaky test is fixed, not retried.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    locale: "nl-NL",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            ...(executablePath ? ["--no-sandbox", "--disable-gpu"] : []),
          ],
        },
      },
    },
  ],
  webServer: {
    // The production server (npm start): next start, with the socket address appended to X-Forwarded-For.
    command: `node scripts/server.mjs -p ${port}`,
    url: `http://localhost:${port}/nl`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR ?? "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
