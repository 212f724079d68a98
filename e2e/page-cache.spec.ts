// The server-side page cache across server processes (app/cache/page-cache.server.ts): two built servers
// on one PostgreSQL database, like two cluster workers. Repeated reads come from memory (with 304s for
// a current copy), and a change announced on the content_changed channel empties both at once.
// Needs a PostgreSQL server: TEST_DATABASE_URL (the test creates its own database and drops it).
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import postgres from "postgres";

const serverUrl = process.env.TEST_DATABASE_URL;
test.skip(!serverUrl, "needs a PostgreSQL server: set TEST_DATABASE_URL");
test.describe.configure({ mode: "serial" });

const firstPort = Number(process.env.E2E_PORT ?? 3210) + 60;
const databaseName = `ngo_news_page_cache_${process.pid}_${Date.now()}`;
let admin: ReturnType<typeof postgres> | undefined;
let site: ReturnType<typeof postgres> | undefined;
const servers: ChildProcess[] = [];

async function startServer(port: number): Promise<string> {
  const databaseUrl = new URL(serverUrl!);
  databaseUrl.pathname = `/${databaseName}`;
  const server = spawn(process.execPath, ["server.mjs"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseUrl.toString(), NODE_ENV: "production", WEB_CONCURRENCY: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  servers.push(server);
  let output = "";
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  await expect.poll(() => output, { timeout: 90_000 }).toMatch(/Serving on http:\/\/\S+/);
  return `http://127.0.0.1:${port}`;
}

test.beforeAll(async () => {
  admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${databaseName}`);
  const databaseUrl = new URL(serverUrl!);
  databaseUrl.pathname = `/${databaseName}`;
  site = postgres(databaseUrl.toString(), { max: 1, onnotice: () => {} });
});

test.afterAll(async () => {
  await Promise.all(
    servers.map((server) => {
      if (server.exitCode !== null) return Promise.resolve();
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      return exited;
    }),
  );
  await site?.end();
  await admin?.unsafe(`drop database if exists ${databaseName} with (force)`);
  await admin?.end();
});

test("two server processes serve repeated reads from memory, and both forget a page the moment it changes (only its edition's pages)", async ({ request }) => {
  test.setTimeout(180_000);
  // One after the other: the first creates, migrates and seeds the database
  const first = await startServer(firstPort);
  const second = await startServer(firstPort + 1);
  const path = "/en/about";

  for (const origin of [first, second]) {
    expect((await request.get(`${origin}${path}`)).headers()["x-page-cache"]).toBe("miss");
    const again = await request.get(`${origin}${path}`);
    expect(again.status()).toBe(200);
    expect(again.headers()["x-page-cache"]).toBe("hit");
    // A reader whose copy is current gets 304 from the cache too
    const revalidated = await request.get(`${origin}${path}`, { headers: { "If-None-Match": again.headers()["etag"]! } });
    expect(revalidated.status()).toBe(304);
  }

  // Another edition's page, kept too
  const otherEdition = "/fa/about";
  await request.get(`${first}${otherEdition}`);
  expect((await request.get(`${first}${otherEdition}`)).headers()["x-page-cache"]).toBe("hit");

  // An editor's change, as app/content/changes.server.ts announces it: in the change's transaction
  const newTitle = `About us, revised ${Date.now()}`;
  await site!.begin(async (transaction) => {
    await transaction`update pages set title = ${newTitle}, updated_at = now() where edition = 'en' and slug = 'about'`;
    await transaction`select pg_notify('content_changed', ${JSON.stringify({ edition: "en", entityType: "page" })})`;
  });

  for (const origin of [first, second]) {
    await expect
      .poll(async () => (await (await request.get(`${origin}${path}`)).text()).includes(newTitle), { timeout: 5_000, intervals: [100] })
      .toBe(true);
  }
  // The English change left the Persian edition's pages where they were
  expect((await request.get(`${first}${otherEdition}`)).headers()["x-page-cache"]).toBe("hit");
});
