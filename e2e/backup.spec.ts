// A backup an NGO can trust brings a new installation back to the very same site. On the built server,
// once on the embedded database and once on PostgreSQL (needs TEST_DATABASE_URL: databases backup_e2e_*
// are created and dropped): an administrator publishes an article, uploads an image, publishes a book
// with its PDF and cover, and creates an editor's account; the server stops; npm run backup; npm run
// restore into a new, empty installation; a server starts on it. Then every public page (the sitemaps,
// every page they list and every page those link to) answers the same, byte for byte but the per-request
// nonce and CSRF token; every stored file is the same and served; the same accounts are listed and sign
// in with the same passwords. Both servers use the same port and SITE_URL, so absolute URLs match.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import postgres from "postgres";
import sharp from "sharp";
import { slugify } from "../app/domain/slug";
import { demoAccounts } from "../app/db/seed/demo-accounts.server";
import { listFiles } from "../scripts/backup/archive";
import { editions, text } from "./fixtures";

test.describe.configure({ mode: "serial" });

// The administrator's interface language (app/db/seed/demo-accounts.server.ts)
const lang = "en";
const adminText = (key: string) => text(lang, "admin", key);
const admin = demoAccounts.find((account) => account.role === "admin")!;

interface Installation {
  /** PGLITE_DIR or DATABASE_URL, and SEED_DEMO_ACCOUNTS where needed */
  database: Record<string, string>;
  uploadsDir: string;
}

interface Running {
  child: ChildProcess;
  output(): string;
}

/** The environment of the test runner without the settings each installation sets for itself */
function baseEnvironment(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, PGLITE_DIR: _p, UPLOADS_DIR: _u, SITE_URL: _s, PORT: _port, DEMO_ACCOUNT_PASSWORD: _a, SEED_DEMO_ACCOUNTS: _e, ...environment } = process.env;
  return environment;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The built server on an installation; resolves once it answers /healthz */
async function startServer(installation: Installation, port: number, demoPassword: string): Promise<Running> {
  const child = spawn(process.execPath, ["server.mjs"], {
    env: {
      ...baseEnvironment(),
      ...installation.database,
      UPLOADS_DIR: installation.uploadsDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      SITE_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
      SEED_DEMO_CONTENT: "auto",
      DEMO_ACCOUNT_PASSWORD: demoPassword,
      WEB_CONCURRENCY: "1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  await expect.poll(() => (child.exitCode === null ? output : `exited: ${output}`), { timeout: 120_000 }).toMatch(/Serving on http:\/\/\S+|exited/);
  expect(child.exitCode, output).toBeNull();
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status, { timeout: 60_000 }).toBe(200);
  return { child, output: () => output };
}

async function stopServer(server: Running): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  await exited;
  expect(server.child.exitCode, server.output()).toBe(0);
}

/** For a finally block: whatever state it is in, the server and anything it started end */
function killServer(server: Running | undefined): void {
  if (server && server.child.exitCode === null) {
    try {
      process.kill(-server.child.pid!, "SIGKILL");
    } catch {
      // gone already
    }
  }
}

/** npm run backup|restore -- …args on an installation's settings: its exit code and what it printed */
function npmRun(script: "backup" | "restore", args: string[], installation: Installation): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], {
      env: { ...baseEnvironment(), ...installation.database, UPLOADS_DIR: installation.uploadsDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function signIn(page: Page, origin: string, email: string, password: string): Promise<void> {
  await page.goto(`${origin}/admin/sign-in`);
  await page.getByLabel(adminText("signIn.email")).fill(email);
  await page.getByLabel(adminText("signIn.password")).fill(password);
  await page.getByRole("button", { name: adminText("signIn.submit") }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

function png(width: number, height: number, background: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).png().toBuffer();
}

async function pdf(title: string): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([420, 595]).drawText(title, { x: 40, y: 540, size: 18, font: await document.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await document.save());
}

interface Written {
  articlePath: string;
  publicationPath: string;
  editor: { email: string; password: string };
}

/** What an administrator does in a day, through the editorial screens */
async function writeThroughEditorialScreens(browser: Browser, origin: string, password: string): Promise<Written> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const run = randomBytes(4).toString("hex");
  await signIn(page, origin, admin.email, password);

  const title = `Lawyers of the detained keep their records in a backup ${run}`;
  await page.goto(`${origin}/admin/articles/new?edition=en`);
  await page.getByLabel(adminText("fields.title"), { exact: true }).fill(title);
  await page.getByLabel(text(lang, "admin-articles", "form.excerpt"), { exact: true }).fill("Records kept twice are records kept.");
  await page.getByLabel(text(lang, "admin-articles", "form.body"), { exact: true }).fill("**Two copies**, in two places.\n\n- one in the office\n- one elsewhere");
  await page.getByLabel(text(lang, "admin-articles", "form.category"), { exact: true }).selectOption({ index: 1 });
  await page.getByLabel(text(lang, "admin-articles", "form.author"), { exact: true }).selectOption({ index: 1 });
  await page.getByLabel(adminText("status.published"), { exact: true }).check();
  await page.getByRole("button", { name: adminText("actions.save") }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?flash=saved$/);
  const articlePath = `/en/articles/${encodeURIComponent(slugify(title))}`;

  const mediaText = (key: string) => text(lang, "admin-media", key);
  const photo = `archive-shelf-${run}.png`;
  await page.goto(`${origin}/admin/uploads`);
  await page.getByLabel(mediaText("uploads.file"), { exact: true }).setInputFiles({ name: photo, mimeType: "image/png", buffer: await png(1800, 1000, "#2f6f4f") });
  await page.getByRole("button", { name: mediaText("uploads.submit") }).click();
  await expect(page).toHaveURL(/\/admin\/uploads\?uploaded=\d+$/);
  await expect(page.getByRole("status")).toContainText(photo);

  const book = `Report on records kept safe ${run}`;
  await page.goto(`${origin}/admin/publications/new?edition=en&kind=books`);
  await page.getByLabel(adminText("fields.title"), { exact: true }).fill(book);
  await page.getByLabel(mediaText("publications.fields.editionYear"), { exact: true }).fill("2026");
  await page
    .getByRole("group", { name: mediaText("publications.fields.pdf") })
    .getByLabel(mediaText("picker.newFile"), { exact: true })
    .setInputFiles({ name: `Records report ${run}.pdf`, mimeType: "application/pdf", buffer: await pdf(book) });
  await page
    .getByRole("group", { name: mediaText("publications.fields.cover") })
    .getByLabel(mediaText("picker.newFile"), { exact: true })
    .setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: await png(900, 1200, "#8a4b2d") });
  await page.getByLabel(mediaText("publications.fields.coverAlt"), { exact: true }).fill("A rust-coloured cover");
  await page.getByLabel(adminText("status.published"), { exact: true }).check();
  await page.getByRole("button", { name: adminText("actions.save") }).click();
  await expect(page).toHaveURL(/\/admin\/publications\/\d+\?flash=saved$/);
  const publicationPath = `/en/publications/books/${encodeURIComponent(slugify(book))}`;

  const accountsText = (key: string) => text(lang, "admin-accounts", key);
  const email = `editor-${run}@example.org`;
  await page.goto(`${origin}/admin/users/new`);
  await page.getByLabel(accountsText("users.fields.email")).fill(email);
  await page.getByRole("radio", { name: adminText("roles.editor") }).check();
  await page.getByRole("checkbox", { name: "English" }).check();
  await page.getByRole("button", { name: accountsText("users.create") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(accountsText("users.createdTitle"));
  const editorPassword = (await page.locator("[role=status] code").innerText()).trim();
  await context.close();
  return { articlePath, publicationPath, editor: { email, password: editorPassword } };
}

/** The account list as an administrator sees it, one line per account */
async function accountList(browser: Browser, origin: string, password: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, origin, admin.email, password);
  await page.goto(`${origin}/admin/users`);
  const rows = (await page.locator("main tbody tr").allInnerTexts()).map((row) => row.replace(/\s+/g, " ").trim());
  await context.close();
  return rows;
}

// Different on every answer by design: the CSP nonce, the forms' CSRF token, and times shown relative to
// now ("2 minutes ago", whose <time> keeps the instant in dateTime and the date in its title)
const perRequest: [RegExp, string][] = [
  [/nonce="[^"]*"/g, 'nonce="…"'],
  [/(name="csrf"[^>]*value=")[^"]*"/g, '$1…"'],
  [/(<time [^>]*title="[^"]*"[^>]*>)[^<]*(<\/time>)/g, "$1…$2"],
];
const masked = (body: string) => perRequest.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), body);

interface Answer {
  status: number;
  type: string | null;
  body: string;
}

async function fetchAll(origin: string, paths: string[], into: Map<string, Answer>): Promise<void> {
  const queue = paths.filter((where) => !into.has(where));
  // A few at a time: the machine is shared
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const response = await fetch(`${origin}${next}`, { redirect: "manual" });
        into.set(next, { status: response.status, type: response.headers.get("content-type"), body: masked(await response.text()) });
      }
    }),
  );
}

/** Where a restored page first differs from the original, with a little of each around it */
function whereTheyDiffer(before: Answer, after: Answer | undefined): string {
  if (!after) return "missing";
  if (before.status !== after.status || before.type !== after.type) return `${before.status} ${before.type} → ${after.status} ${after.type}`;
  let index = 0;
  while (before.body[index] === after.body[index]) index++;
  const around = (body: string) => body.slice(Math.max(0, index - 80), index + 120);
  return `at character ${index}: ${JSON.stringify(around(before.body))} → ${JSON.stringify(around(after.body))}`;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!.replace(/&amp;/g, "&")));
const readerPath = new RegExp(`^/(${editions.map((edition) => edition.code).join("|")})(/|$)`);

/**
 * The public site as a crawler finds it: robots.txt, the sitemap index and its sitemaps, every page they
 * list, and every reader page those link to (archive pages, media, publications, authors, series, feeds…)
 */
async function publicSite(origin: string, extra: string[]): Promise<{ sitemapPages: string[]; answers: Map<string, Answer> }> {
  const answers = new Map<string, Answer>();
  const sitemaps = ["/sitemap.xml"];
  const pages = new Set<string>();
  for (let index = 0; index < sitemaps.length; index++) {
    await fetchAll(origin, [sitemaps[index]!], answers);
    for (const url of locs(answers.get(sitemaps[index]!)!.body)) {
      const where = `${url.pathname}${url.search}`;
      if (url.pathname.startsWith("/sitemaps/")) sitemaps.push(where);
      else pages.add(where);
    }
  }
  const sitemapPages = [...pages].sort();
  await fetchAll(origin, ["/robots.txt", ...sitemapPages, ...extra], answers);
  const linked = new Set<string>();
  for (const answer of answers.values()) {
    for (const match of answer.body.matchAll(/href="(\/[^"#]*)"/g)) {
      const href = match[1]!.replace(/&amp;/g, "&");
      if (readerPath.test(href)) linked.add(href);
    }
  }
  await fetchAll(origin, [...linked].sort(), answers);
  return { sitemapPages, answers };
}

/** How each stored file is served: the demo publications' PDFs at /files/<name>, uploads at /uploads/… */
const servedAt = (file: string) => (file.includes("/") ? `/uploads/${file}` : `/files/${file}`);

async function backupAndRestore(browser: Browser, driver: "pglite" | "postgres", source: Installation, target: Installation, workDir: string) {
  const started = Date.now();
  // How long each step took, for the summary line
  const steps: string[] = [];
  let stepStart = started;
  const step = (name: string) => {
    steps.push(`${name} ${Math.round((Date.now() - stepStart) / 1000)} s`);
    stepStart = Date.now();
  };
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const demoPassword = randomBytes(18).toString("base64url");
  let server: Running | undefined;
  try {
    server = await startServer(source, port, demoPassword);
    step("start");
    const written = await writeThroughEditorialScreens(browser, origin, demoPassword);
    step("editorial screens");
    const before = await publicSite(origin, [written.publicationPath]);
    expect(before.sitemapPages).toContain(written.articlePath);
    const pagesBefore = before.answers;
    expect(pagesBefore.get(written.publicationPath)?.body).toContain("A rust-coloured cover");
    const accountsBefore = await accountList(browser, origin, demoPassword);
    expect(accountsBefore.join("\n")).toContain(written.editor.email);
    step("crawl");

    if (driver === "pglite") {
      const whileRunning = await npmRun("backup", ["--out", path.join(workDir, "refused.tar")], source);
      expect(whileRunning.code, whileRunning.output).toBe(1);
      expect(whileRunning.output).toContain("needs the server stopped");
    }
    await stopServer(server);

    const file = path.join(workDir, "backups", `site-${driver}.tar`);
    const backup = await npmRun("backup", ["--out", file], source);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(`Backup written to ${file}`);
    step("backup");

    const restore = await npmRun("restore", [file], target);
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toContain("as recorded");
    step("restore");
    // No silent overwrite: the same restore again is refused, in one sentence naming --force
    const again = await npmRun("restore", [file], target);
    expect(again.code, again.output).toBe(1);
    expect(again.output).toMatch(/already (holds|has) .*--force/);
    // Nor does a backup go into the other kind of database
    const otherDriver: Record<string, string> = driver === "pglite" ? { DATABASE_URL: "postgres://nobody@127.0.0.1:9/none" } : { PGLITE_DIR: path.join(workDir, "other-pglite") };
    const crossed = await npmRun("restore", [file], { database: otherDriver, uploadsDir: path.join(workDir, "other-uploads") });
    expect(crossed.code, crossed.output).toBe(1);
    expect(crossed.output).toContain(driver === "pglite" ? "cannot be restored into PostgreSQL" : "cannot be restored into the embedded database");

    server = await startServer(target, port, demoPassword);
    step("refusals and restart");
    const after = await publicSite(origin, [written.publicationPath]);
    const pagesAfter = after.answers;
    expect([...pagesAfter.keys()].sort()).toEqual([...pagesBefore.keys()].sort());
    const differing = [...pagesBefore].filter(([where, answer]) => {
      const restored = pagesAfter.get(where);
      return restored?.status !== answer.status || restored.type !== answer.type || restored.body !== answer.body;
    });
    expect(differing.map(([where, answer]) => `${where}: ${whereTheyDiffer(answer, pagesAfter.get(where))}`)).toEqual([]);

    const uploadsBefore = await listFiles(source.uploadsDir);
    expect(await listFiles(target.uploadsDir)).toEqual(uploadsBefore);
    expect(uploadsBefore.filter((file) => file.startsWith("img/")).length).toBeGreaterThan(0);
    expect(uploadsBefore.filter((file) => file.startsWith("pdf/")).length).toBe(1);
    for (const stored of uploadsBefore) {
      const bytes = readFileSync(path.join(source.uploadsDir, stored));
      expect(readFileSync(path.join(target.uploadsDir, stored)).equals(bytes), stored).toBe(true);
      const served = await fetch(`${origin}${servedAt(stored)}`);
      expect(served.status, servedAt(stored)).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals(bytes), servedAt(stored)).toBe(true);
    }

    const accountsAfter = await accountList(browser, origin, demoPassword);
    expect(accountsAfter).toEqual(accountsBefore);
    const editorContext = await browser.newContext();
    await signIn(await editorContext.newPage(), origin, written.editor.email, written.editor.password);
    await editorContext.close();
    await stopServer(server);
    step("comparison");

    console.log(
      `${driver}: ${pagesBefore.size} public addresses (${before.sitemapPages.length} from the sitemaps), ${uploadsBefore.length} stored files and ` +
        `${accountsBefore.length} accounts the same after restore; backup ${(statSync(file).size / 1e6).toFixed(1)} MB; ${Math.round((Date.now() - started) / 1000)} s (${steps.join(", ")})`,
    );
  } finally {
    killServer(server);
  }
}

test("the embedded database and its uploads, backed up and restored into a new installation, serve the same site", async ({ browser }) => {
  test.setTimeout(420_000);
  const workDir = mkdtempSync(path.join(tmpdir(), "backup-e2e-pglite-"));
  try {
    await backupAndRestore(
      browser,
      "pglite",
      { database: { PGLITE_DIR: path.join(workDir, "site", "pglite") }, uploadsDir: path.join(workDir, "site", "uploads") },
      { database: { PGLITE_DIR: path.join(workDir, "restored", "pglite") }, uploadsDir: path.join(workDir, "restored", "uploads") },
      workDir,
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
});

test("a PostgreSQL database and its uploads, backed up and restored into a new, empty database, serve the same site", async ({ browser }) => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  test.skip(!serverUrl, "needs a PostgreSQL server: set TEST_DATABASE_URL");
  test.setTimeout(420_000);
  const workDir = mkdtempSync(path.join(tmpdir(), "backup-e2e-postgres-"));
  const name = `backup_e2e_${process.pid}_${Date.now()}`;
  const databaseUrl = (suffix: string) => {
    const url = new URL(serverUrl!);
    url.pathname = `/${name}_${suffix}`;
    return url.toString();
  };
  const sql = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`create database ${name}_site`);
    await sql.unsafe(`create database ${name}_restored`);
    await backupAndRestore(
      browser,
      "postgres",
      { database: { DATABASE_URL: databaseUrl("site"), SEED_DEMO_ACCOUNTS: "1" }, uploadsDir: path.join(workDir, "site", "uploads") },
      { database: { DATABASE_URL: databaseUrl("restored"), SEED_DEMO_ACCOUNTS: "1" }, uploadsDir: path.join(workDir, "restored", "uploads") },
      workDir,
    );
  } finally {
    for (const suffix of ["site", "restored"]) await sql.unsafe(`drop database if exists ${name}_${suffix} with (force)`);
    await sql.end();
    rmSync(workDir, { recursive: true, force: true });
  }
});
