// Nothing a reader was told "received" is lost when the server dies: the built server on a fresh
// database takes a contact message, answers 303, and is killed with SIGKILL the moment that answer
// arrives; the same again with a comment. The server then starts again on the same data (crash
// recovery), and the rows are read from the database directly. Once on the embedded database (PGlite in
// a directory), once on PostgreSQL (needs TEST_DATABASE_URL: a database hardening_durability_* is
// created and dropped). No browser needed.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { publishedArticles } from "./fixtures";

test.describe.configure({ mode: "serial" });

interface Running {
  child: ChildProcess;
  origin: string;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The built server on the given database, on a port of its own choosing; resolves once it listens */
async function startServer(database: Record<string, string>): Promise<Running> {
  const { DATABASE_URL: _ignored, PGLITE_DIR: _alsoIgnored, ...environment } = process.env;
  const child = spawn(process.execPath, ["server.mjs"], {
    env: { ...environment, ...database, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production", LOG_LEVEL: "warn", SESSION_SECRET: "a-secret-for-the-durability-test" },
    stdio: ["ignore", "pipe", "pipe"],
    // A process group of its own: SIGKILL reaches the workers too (server.mjs forks one per core on PostgreSQL)
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  await expect.poll(() => (child.exitCode === null ? output : `exited: ${output}`), { timeout: 120_000 }).toMatch(/Serving on http:\/\/\S+|exited/);
  expect(child.exitCode, output).toBeNull();
  const origin = output.match(/Serving on (http:\/\/\S+)/)![1]!;
  await expect.poll(async () => (await fetch(`${origin}/healthz`)).status, { timeout: 60_000 }).toBe(200);
  return { child, origin, exited, output: () => output };
}

/** SIGKILL to the server and every process it started, the moment it is called */
function killGroup(server: Running): void {
  process.kill(-server.child.pid!, "SIGKILL");
}

/** The page's CSRF token and the cookie that goes with it, as a browser would hold them */
async function csrfPair(url: string): Promise<{ token: string; cookie: string }> {
  const page = await fetch(url);
  const html = await page.text();
  const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  const cookie = page.headers.get("set-cookie")?.split(";")[0];
  expect(token && cookie, "the form's CSRF token and cookie").toBeTruthy();
  return { token: token!, cookie: cookie! };
}

const article = publishedArticles("en")[0]!;

/** Posts a contact message and kills the server the moment the 303 arrives */
async function contactThenKill(server: Running, marker: string): Promise<void> {
  const { token, cookie } = await csrfPair(`${server.origin}/en/contact`);
  const response = await fetch(`${server.origin}/en/contact`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: cookie, Origin: server.origin, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf: token, name__confirm: "", name: "Durable Reader", email: "durable@example.org", subject: marker, message: "Sent just before the power went." }),
  });
  const status = response.status;
  killGroup(server);
  expect(status).toBe(303);
  expect((await server.exited).signal).toBe("SIGKILL");
}

/** Posts a comment and kills the server the moment the 303 arrives */
async function commentThenKill(server: Running, marker: string): Promise<void> {
  const articleUrl = `${server.origin}/en/articles/${encodeURIComponent(article.slug.normalize("NFC"))}`;
  const { token, cookie } = await csrfPair(`${server.origin}/en/contact`);
  const response = await fetch(articleUrl, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: cookie, Origin: server.origin, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrf: token, name__confirm: "", name: "Durable Commenter", email: "commenter@example.org", comment: marker }),
  });
  const status = response.status;
  killGroup(server);
  expect(status).toBe(303);
  expect((await server.exited).signal).toBe("SIGKILL");
}

interface Rows {
  contact: number;
  comments: number;
}

async function run(database: Record<string, string>, readRows: (contactMarker: string, commentMarker: string) => Promise<Rows>): Promise<void> {
  const contactMarker = `durability ${randomUUID()}`;
  const commentMarker = `durability comment ${randomUUID()}`;
  await contactThenKill(await startServer(database), contactMarker);
  await commentThenKill(await startServer(database), commentMarker);
  // Starts again on the data of a killed process, serves, and stops cleanly
  const restarted = await startServer(database);
  expect((await fetch(`${restarted.origin}/en`)).status).toBe(200);
  restarted.child.kill("SIGTERM");
  expect(await restarted.exited, restarted.output()).toEqual({ code: 0, signal: null });
  expect(await readRows(contactMarker, commentMarker)).toEqual({ contact: 1, comments: 1 });
}

test("the embedded database (PGlite in a directory) keeps what was acknowledged before a SIGKILL", async () => {
  test.setTimeout(360_000);
  const directory = mkdtempSync(path.join(tmpdir(), "hardening-durability-"));
  const dataDir = path.join(directory, "db");
  try {
    await run({ PGLITE_DIR: dataDir }, async (contactMarker, commentMarker) => {
      const db = new PGlite(dataDir);
      try {
        const contact = await db.query<{ n: number }>("select count(*)::int as n from contact_messages where subject = $1", [contactMarker]);
        const comments = await db.query<{ n: number }>("select count(*)::int as n from comments where body = $1 and status = 'pending'", [commentMarker]);
        return { contact: contact.rows[0]!.n, comments: comments.rows[0]!.n };
      } finally {
        await db.close();
      }
    });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test("PostgreSQL keeps what was acknowledged before a SIGKILL", async () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  test.skip(!serverUrl, "needs a PostgreSQL server: set TEST_DATABASE_URL");
  test.setTimeout(360_000);
  const name = `hardening_durability_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
    await run({ DATABASE_URL: url.toString() }, async (contactMarker, commentMarker) => {
      const [contact] = await sql<{ n: number }[]>`select count(*)::int as n from contact_messages where subject = ${contactMarker}`;
      const [comments] = await sql<{ n: number }[]>`select count(*)::int as n from comments where body = ${commentMarker} and status = 'pending'`;
      return { contact: contact!.n, comments: comments!.n };
    });
  } finally {
    await sql.end();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
