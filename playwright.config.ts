import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium (CHROMIUM_PATH overrides); Playwright's own browser where neither exists.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;
const port = Number(process.env.E2E_PORT ?? 3210);
// The editorial screens' tests publish, edit and delete: they get their own server and database so the
// readers' tests keep seeing exactly the demo content
const editorialPort = port + 1;

// The demo accounts' password on the test servers: new for each run (set before the workers start, which inherit it)
process.env.DEMO_ACCOUNT_PASSWORD ??= randomBytes(18).toString("base64url");

/** The built site on a throwaway embedded database, seeded with the demo content (and demo accounts) */
function siteServer(serverPort: number, extraEnv: Record<string, string> = {}) {
  return {
    command: "node server.mjs",
    url: `http://127.0.0.1:${serverPort}/healthz`,
    reuseExistingServer: false,
    // Seeding takes seconds; on a busy machine (a parallel build, the fresh-clone test installing) a minute or more
    timeout: 180_000,
    env: {
      PORT: String(serverPort),
      HOST: "127.0.0.1",
      PGLITE_DIR: "memory://",
      NODE_ENV: "production",
      PSEUDO_LOCALES: "1",
      DEMO_ACCOUNT_PASSWORD: process.env.DEMO_ACCOUNT_PASSWORD!,
      // Trust X-Forwarded-For from the test runner: each contact-form test (e2e/contact.spec.ts) posts from
      // its own address, so the per-address rate limit is reached on purpose by one test only
      TRUST_PROXY: "loopback",
      ...(process.env.REMIX_BUILD_DIR ? { REMIX_BUILD_DIR: process.env.REMIX_BUILD_DIR } : {}),
      ...extraEnv,
    },
  };
}

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
  projects: [
    { name: "chromium", testIgnore: /admin-.*\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "editorial",
      testMatch: /admin-.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${editorialPort}` },
    },
  ],
  webServer: [
    siteServer(port),
    siteServer(editorialPort, { UPLOADS_DIR: path.join(tmpdir(), `ngo-news-e2e-uploads-${editorialPort}`) }),
  ],
});
