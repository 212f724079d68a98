import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (CHROMIUM_PATH overrides); Playwright's own browser where neither exists.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;
const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "e2e",
  // Parallel runs with their own build (REMIX_BUILD_DIR) keep their own results too
  outputDir: process.env.REMIX_BUILD_DIR ? `${process.env.REMIX_BUILD_DIR}/test-results` : "test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The built site on a throwaway embedded database, seeded with the demo content
    command: "node server.mjs",
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      PGLITE_DIR: "memory://",
      NODE_ENV: "production",
      PSEUDO_LOCALES: "1",
      // Trust X-Forwarded-For from the test runner: each contact-form test (e2e/contact.spec.ts) posts from
      // its own address, so the per-address rate limit is reached on purpose by one test only
      TRUST_PROXY: "loopback",
      ...(process.env.REMIX_BUILD_DIR ? { REMIX_BUILD_DIR: process.env.REMIX_BUILD_DIR } : {}),
    },
  },
});
