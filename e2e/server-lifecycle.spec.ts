// The operator's story: start the built server on a fresh embedded database, use it, stop it with
// SIGTERM or SIGINT, start it again on the same data; slow clients are cut off. No browser needed.
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

test.describe.configure({ mode: "serial" });

const dataDirectory = mkdtempSync(path.join(tmpdir(), "ngo-news-lifecycle-"));
test.afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

async function startServer(port: number, extraEnvironment: Record<string, string> = {}): Promise<{ server: ChildProcess; output: () => string; address: string }> {
  let output = "";
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  const server = spawn(process.execPath, ["server.mjs"], {
    env: { ...environment, PORT: String(port), HOST: "127.0.0.1", PGLITE_DIR: path.join(dataDirectory, "db"), ...extraEnvironment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  // A server that stops before it serves (a port taken by another run) fails the test at once, with its output
  const stoppedEarly = new Promise<never>((_resolve, reject) =>
    server.once("exit", (code) => !/Serving on/.test(output) && reject(new Error(`The server stopped (${code}) before serving:\n${output}`))),
  );
  stoppedEarly.catch(() => {});
  await Promise.race([expect.poll(() => output, { timeout: 90_000 }).toMatch(/Serving on http:\/\/\S+/), stoppedEarly]);
  const address = output.match(/Serving on (http:\/\/\S+)/)![1]!;
  return { server, output: () => output, address };
}

/** Starts a server that must refuse to start: its whole output and exit code */
async function failedStart(port: number, extraEnvironment: Record<string, string>): Promise<{ code: number | null; output: string }> {
  let output = "";
  const { DATABASE_URL: _ignored, ...environment } = process.env;
  const server = spawn(process.execPath, ["server.mjs"], {
    env: { ...environment, PORT: String(port), HOST: "127.0.0.1", ...extraEnvironment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  const { code } = await exitOf(server);
  return { code, output };
}

/** The one plain sentence of a refused start, and no claim to serve */
function expectRefusal({ code, output }: { code: number | null; output: string }, sentence: RegExp) {
  expect(code).toBe(1);
  expect(output).not.toContain("Serving on");
  expect(output).toMatch(sentence);
}

function exitOf(server: ChildProcess): Promise<{ code: number | null; elapsed: number }> {
  const started = Date.now();
  return new Promise((resolve) => server.once("exit", (code) => resolve({ code, elapsed: Date.now() - started })));
}

// Ports of their own, after the test servers' (E2E_PORT, playwright.config.ts): parallel runs with other
// E2E_PORTs, and the other specs' servers (page-cache +60, db-outage +91, deploy +130), do not meet them
const firstPort = Number(process.env.E2E_PORT ?? 3210) + 80;
const ports = { seeded: firstPort, reopened: firstPort + 1, slowClients: firstPort + 2, refused: firstPort + 3, held: firstPort + 4, second: firstPort + 5 };

let firstHomePage = "";

test("the server creates and seeds the database, prints its address and stops on SIGTERM", async ({ request }) => {
  test.setTimeout(120_000);
  const { server, address } = await startServer(ports.seeded);
  expect(address).toBe(`http://127.0.0.1:${ports.seeded}`);
  const health = await request.get(`http://127.0.0.1:${ports.seeded}/healthz`);
  expect(health.status()).toBe(200);
  const home = await request.get(`http://127.0.0.1:${ports.seeded}/en`);
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
  const { server } = await startServer(ports.reopened);
  const home = await request.get(`http://127.0.0.1:${ports.reopened}/en`);
  expect((await home.text()).match(/<h2[^>]*>.*?<\/h2>/s)?.[0]).toBe(firstHomePage);
  const archive = await request.get(`http://127.0.0.1:${ports.reopened}/en?page=4`);
  expect(archive.status()).toBe(404); // 30 articles, 10 a page: a second seed would have made a page 4

  const exited = exitOf(server);
  server.kill("SIGINT");
  const { code, elapsed } = await exited;
  expect(code).toBe(0);
  expect(elapsed).toBeLessThan(10_000);
});

/**
 * A client that sends `opening` and then one more piece every 300 ms, never finishing its request (a
 * slow-loris): what the server answered, and after how long it closed the connection
 */
function trickle(port: number, opening: string, piece: string): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = "";
    const socket = connect(port, "127.0.0.1", () => socket.write(opening));
    const dripping = setInterval(() => socket.writable && socket.write(piece), 300);
    const giveUp = setTimeout(() => socket.destroy(new Error("still open after 15 s")), 15_000);
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("error", (error) => (clearInterval(dripping), clearTimeout(giveUp), reject(error)));
    socket.on("close", () => {
      clearInterval(dripping);
      clearTimeout(giveUp);
      resolve({ answer, closedAfterMs: Date.now() - started });
    });
  });
}

test("a client that trickles its headers or its body is answered 408 and cut off, while others are served", async ({ request }) => {
  test.setTimeout(120_000);
  const { server } = await startServer(ports.slowClients, { PGLITE_DIR: "memory://", HEADERS_TIMEOUT_SECONDS: "2", REQUEST_TIMEOUT_SECONDS: "4" });
  try {
    const [slowHeaders, slowBody] = await Promise.all([
      trickle(ports.slowClients, "GET /en HTTP/1.1\r\nHost: 127.0.0.1\r\n", "X-Slow: a\r\n"),
      trickle(ports.slowClients, "POST /en/contact HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3000\r\n\r\n", "name=a&"),
      // Meanwhile a reader is served as usual
      (async () => expect((await request.get(`http://127.0.0.1:${ports.slowClients}/en`)).status()).toBe(200))(),
    ]);
    for (const [name, { answer, closedAfterMs }, limitMs] of [["headers", slowHeaders, 2_000], ["body", slowBody, 4_000]] as const) {
      expect(answer, name).toMatch(/^HTTP\/1\.1 408 /);
      // Cut off once the limit has passed (Node checks every second), not before
      expect(closedAfterMs, name).toBeGreaterThanOrEqual(limitMs - 100);
      expect(closedAfterMs, name).toBeLessThan(limitMs + 4_000);
    }
  } finally {
    const exited = exitOf(server);
    server.kill("SIGTERM");
    await exited;
  }
});

test.describe("a start that cannot work says why and stops", () => {
  test("an embedded database directory that cannot be created", async () => {
    test.setTimeout(60_000);
    const aFile = path.join(dataDirectory, "a-file");
    writeFileSync(aFile, "not a directory");
    expectRefusal(await failedStart(ports.refused, { PGLITE_DIR: path.join(aFile, "db") }), /^The embedded database directory .*a-file\/db cannot be created \(ENOTDIR\): set PGLITE_DIR to a directory this user may write to\.$/m);
  });

  test("a damaged embedded database", async () => {
    test.setTimeout(60_000);
    const damaged = path.join(dataDirectory, "damaged");
    mkdirSync(path.join(damaged, "global"), { recursive: true });
    writeFileSync(path.join(damaged, "PG_VERSION"), "18\n");
    writeFileSync(path.join(damaged, "global", "pg_control"), "garbage");
    expectRefusal(await failedStart(ports.refused, { PGLITE_DIR: damaged }), /^The embedded database in .*damaged could not be opened; it looks damaged .*restore a backup into a new directory \(npm run restore\), or move the directory aside/m);
  });

  test("an embedded database held by a running server, and a port in use", async () => {
    test.setTimeout(120_000);
    const held = path.join(dataDirectory, "held");
    const { server } = await startServer(ports.held, { PGLITE_DIR: held });
    try {
      expectRefusal(await failedStart(ports.second, { PGLITE_DIR: held }), new RegExp(`^The embedded database in .*held is in use by another running server \\(process ${server.pid}\\): stop that server first`, "m"));
      expectRefusal(await failedStart(ports.held, { PGLITE_DIR: "memory://" }), new RegExp(`^Port ${ports.held} on 127\\.0\\.0\\.1 is already in use by another program: stop it, or start this site on another port`, "m"));
    } finally {
      const exited = exitOf(server);
      server.kill("SIGTERM");
      expect((await exited).code).toBe(0);
    }
    // Given back on exit: the next server opens it
    const { server: next } = await startServer(ports.held, { PGLITE_DIR: held });
    const exited = exitOf(next);
    next.kill("SIGTERM");
    expect((await exited).code).toBe(0);
  });
});
