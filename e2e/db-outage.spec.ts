// The database goes away and comes back: the built server on PostgreSQL behind a TCP proxy that the
// test cuts and restores. While it is cut, /healthz and the reader pages answer 503 (the pages with the
// localized "temporarily unavailable" page and Retry-After); once restored, the site recovers by itself.
// Needs a PostgreSQL server: TEST_DATABASE_URL (the test creates its own database and drops it).
// Two cluster workers, as in production: each worker has its own page cache and its own connections, so
// every check that matters is made of each worker (see fromEveryWorker). Recovery used to take 10–20 s:
// postgres.js's reconnection back-off, see reconnectDelaySeconds in app/db/client.server.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import postgres from "postgres";
import { CuttableTcpProxy } from "../tests/support/tcp-proxy";
import { editions, text } from "./fixtures";

const serverUrl = process.env.TEST_DATABASE_URL;
test.skip(!serverUrl, "needs a PostgreSQL server: set TEST_DATABASE_URL");
test.describe.configure({ mode: "serial" });

const appPort = Number(process.env.E2E_PORT ?? 3210) + 91;
const proxyPort = appPort + 1;
const origin = `http://127.0.0.1:${appPort}`;
const databaseName = `ngo_news_outage_${process.pid}_${Date.now()}`;
const workerCount = 2;

let admin: ReturnType<typeof postgres> | undefined;
let proxy: CuttableTcpProxy;
let app: ChildProcess | undefined;
let output = "";

async function startApp(): Promise<void> {
  output = "";
  const databaseUrl = new URL(serverUrl!);
  databaseUrl.hostname = "127.0.0.1";
  databaseUrl.port = String(proxyPort);
  databaseUrl.pathname = `/${databaseName}`;
  app = spawn(process.execPath, ["server.mjs"], {
    env: { ...process.env, PORT: String(appPort), HOST: "127.0.0.1", DATABASE_URL: databaseUrl.toString(), NODE_ENV: "production", WEB_CONCURRENCY: String(workerCount) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  app.stdout!.on("data", (chunk) => (output += chunk));
  app.stderr!.on("data", (chunk) => (output += chunk));
  // Each worker says so when it listens; the later ones start after the first
  await expect.poll(() => output.match(/Serving on http:\/\/\S+/g)?.length ?? 0, { timeout: 90_000 }).toBe(workerCount);
}

/**
 * The answers of every worker to one address: the cluster's primary hands each new connection to the
 * next worker in turn (round robin), so workerCount requests, each on a connection of its own, reach
 * each worker once
 */
async function fromEveryWorker(request: APIRequestContext, pathname: string, headers: Record<string, string> = {}): Promise<APIResponse[]> {
  const answers: APIResponse[] = [];
  for (let worker = 0; worker < workerCount; worker++) answers.push(await request.get(`${origin}${pathname}`, { headers: { ...headers, Connection: "close" } }));
  return answers;
}

async function stopApp(): Promise<void> {
  if (!app || app.exitCode !== null) return;
  const exited = new Promise((resolve) => app!.once("exit", resolve));
  app.kill("SIGTERM");
  await exited;
}

test.beforeAll(async () => {
  admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${databaseName}`);
  const url = new URL(serverUrl!);
  proxy = new CuttableTcpProxy({ host: url.hostname || "127.0.0.1", port: Number(url.port || 5432) }, proxyPort);
});

test.afterAll(async () => {
  await stopApp();
  await proxy?.cut();
  await admin?.unsafe(`drop database if exists ${databaseName} with (force)`);
  await admin?.end();
});

/** Every worker answers 503: /healthz with the reason, each edition's home page with the localized page */
async function expectUnavailable(request: APIRequestContext): Promise<void> {
  for (const health of await fromEveryWorker(request, "/healthz")) {
    expect(health.status()).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable", database: expect.stringMatching(/\S/) });
  }
  for (const { code } of editions) {
    for (const page of await fromEveryWorker(request, `/${code}`)) {
      expect(page.status(), code).toBe(503);
      expect(Number(page.headers()["retry-after"]), code).toBeGreaterThan(0);
      const html = await page.text();
      expect(html, code).toContain(text(code, "errors", "serviceUnavailable.title"));
      expect(html, code).toContain(text(code, "errors", "serviceUnavailable.message"));
    }
  }
}

/** Every worker back: its /healthz and each edition's home page answer 200, all within 10 s of the database's return */
async function expectRecoveryWithin10Seconds(request: APIRequestContext): Promise<void> {
  const restored = Date.now();
  await expect.poll(async () => (await request.get(`${origin}/healthz`)).status(), { timeout: 10_000, intervals: [250] }).toBe(200);
  await expect
    .poll(async () => (await fromEveryWorker(request, "/healthz")).map((answer) => answer.status()), { timeout: Math.max(10_000 - (Date.now() - restored), 1), intervals: [250] })
    .toEqual(Array(workerCount).fill(200));
  for (const { code } of editions) {
    expect((await fromEveryWorker(request, `/${code}`)).map((answer) => answer.status()), code).toEqual(Array(workerCount).fill(200));
  }
  expect(Date.now() - restored).toBeLessThan(10_000);
}

test("a database lost while serving: the last good copy of a page read before, 503 with the localized page for others, then recovery by itself", async ({ request }) => {
  test.setTimeout(180_000);
  await proxy.restore();
  await startApp();
  expect((await fromEveryWorker(request, "/healthz")).map((answer) => answer.status())).toEqual(Array(workerCount).fill(200));
  // Read once by each worker, which keeps it in its own page cache
  const abouts = await fromEveryWorker(request, "/en/about");
  expect(abouts.map((answer) => answer.status())).toEqual(Array(workerCount).fill(200));
  const aboutText = await abouts[0]!.text();

  await proxy.cut();
  // The page cache (app/cache/page-cache.server.ts) of every worker still has /en/about: readers keep reading it
  for (const lastGoodCopy of await fromEveryWorker(request, "/en/about", { "Cache-Control": "no-cache" })) {
    expect(lastGoodCopy.status()).toBe(200);
    expect(await lastGoodCopy.text()).toContain(text("en", "nav", "about"));
    expect((await lastGoodCopy.text()).length).toBeGreaterThan(aboutText.length / 2);
  }
  // The edition home pages were not read before the outage: 503 with the localized page
  await expectUnavailable(request);

  await proxy.restore();
  await expectRecoveryWithin10Seconds(request);
});

test("a database unreachable at start-up: the server starts anyway, answers 503, and recovers", async ({ request }) => {
  test.setTimeout(180_000);
  await stopApp();
  await proxy.cut();
  await startApp();
  expect(app!.exitCode).toBeNull();
  await expectUnavailable(request);
  expect(output).toMatch(/the database could not be opened; retrying/);
  // In words on the console, for the operator who started it
  expect(output).toMatch(/^Waiting for PostgreSQL at 127\.0\.0\.1:\d+ \(.+\); trying again in \d+ s\.$/m);

  await proxy.restore();
  await expectRecoveryWithin10Seconds(request);
});
