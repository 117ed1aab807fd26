import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET } from "./e2e/fixtures/auth-secret";

// scripts/e2e.ts prepares a fresh seeded database and a production build,
// then runs Playwright with E2E_DATABASE_URL set; `next start` serves it.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium where it is installed; else a Playwright-installed one.
const debianChromium = "/usr/bin/chromium";
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

/**
 * Admin specs whose changes show on public pages: run in a project of their own, after the rest.
 * admin-two-factor joins them because it enables a second admin for a while, which
 * admin-users' "last admin" test must not see.
 */
const publicWrites = /admin-(partners|news|program|two-factor).*\.spec\.ts/;
/** Run alone after everything: how much the cache on disk grows, and a search flood (its rate limit then holds the test address back). */
const lastOfAll = /(bounded-cache|search-flood)\.spec\.ts/;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  // A test.only left in a spec would silently skip the rest of the suite in CI.
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: ".test-reports/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Signs the shared admin and editor in once; specs reuse their cookies.
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: [publicWrites, lastOfAll] },
    // Specs that change what every public page shows (the partner wall is in each footer) run after
    // the public specs, which count the demo content, so those never see a half-made change.
    { name: "public-writes", testMatch: publicWrites, use: { ...devices["Desktop Chrome"] }, dependencies: ["chromium"] },
    // Measures how much the cache on disk grows: alone, after everything else.
    { name: "cache-bounds", testMatch: lastOfAll, dependencies: ["public-writes"] },
  ],
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      SITE_URL: baseURL,
      AUTH_SECRET: E2E_AUTH_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
