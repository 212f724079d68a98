// The operator's story: start the built server on a fresh embedded database, use it, stop it with
// SIGTERM or SIGINT, start it again on the same data. No browser needed.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

test.describe.configure({ mode: "serial" });

const dataDirectory = mkdtempSync(path.join(tmpdir(), "ngo-news-lifecycle-"));
test.afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

async function startServer(port: number): Promise<{ server: ChildProcess; output: () => string; address: string }> {
  let output = "";
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  const server = spawn(process.execPath, ["server.mjs"], {
    env: { ...environment, PORT: String(port), HOST: "127.0.0.1", PGLITE_DIR: path.join(dataDirectory, "db") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await expect.poll(() => output, { timeout: 90_000 }).toMatch(/Serving on http:\/\/\S+/);
  const address = output.match(/Serving on (http:\/\/\S+)/)![1]!;
  return { server, output: () => output, address };
}

function exitOf(server: ChildProcess): Promise<{ code: number | null; elapsed: number }> {
  const started = Date.now();
  return new Promise((resolve) => server.once("exit", (code) => resolve({ code, elapsed: Date.now() - started })));
}

let firstHomePage = "";

test("the server creates and seeds the database, prints its address and stops on SIGTERM", async ({ request }) => {
  test.setTimeout(120_000);
  const { server, address } = await startServer(3290);
  expect(address).toBe("http://127.0.0.1:3290");
  const health = await request.get("http://127.0.0.1:3290/healthz");
  expect(health.status()).toBe(200);
  const home = await request.get("http://127.0.0.1:3290/en");
  expect(home.status()).toBe(200);
  firstHomePage = (await home.text()).match(/<h2[^>]*>.*?<\/h2>/s)?.[0] ?? "";
  expect(firstHomePage).not.toBe("");

  const exited = exitOf(server);
  server.kill("SIGTERM");
  const { code, elapsed } = await exited;
  expect(code).toBe(0);
  expect(elapsed).toBeLessThan(10_000);
});

test("it reopens the same data without seeding twice, and stops on SIGINT", async ({ request }) => {
  test.setTimeout(120_000);
  const { server } = await startServer(3291);
  const home = await request.get("http://127.0.0.1:3291/en");
  expect((await home.text()).match(/<h2[^>]*>.*?<\/h2>/s)?.[0]).toBe(firstHomePage);
  const archive = await request.get("http://127.0.0.1:3291/en?page=4");
  expect(archive.status()).toBe(404); // 30 articles, 10 a page: a second seed would have made a page 4

  const exited = exitOf(server);
  server.kill("SIGINT");
  const { code, elapsed } = await exited;
  expect(code).toBe(0);
  expect(elapsed).toBeLessThan(10_000);
});
