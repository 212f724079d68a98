// A repeated mirror export renders only the item pages whose inputs changed (docs/decisions/021), and what it
// writes is byte for byte what a full export writes: after each change the incremental mirror is compared with
// a `--full` export of the same database. Runs the real command on a build of its own.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const mirror = "http://127.0.0.1:4720";
const exportTimeout = 600_000;

interface Report {
  rendered: string[];
  skipped: number;
  written: string[];
  removed: string[];
  broken: unknown[];
}

interface Database {
  environment: Record<string, string>;
  query<Row>(text: string): Promise<Row[]>;
  close(): Promise<void>;
}

function pgliteDatabase(directory: string): Database {
  const dataDir = path.join(directory, "db");
  return {
    environment: { PGLITE_DIR: dataDir },
    // The export holds the embedded database while it runs: opened for each change, closed before the next export
    async query<Row>(text: string) {
      const database = new PGlite(dataDir);
      try {
        return (await database.query<Row>(text)).rows;
      } finally {
        await database.close();
      }
    },
    async close() {},
  };
}

function postgresDatabase(serverUrl: string): Database & { create(): Promise<void> } {
  const name = `ngo_news_mirror_test_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
  return {
    environment: { DATABASE_URL: url.toString() },
    async create() {
      await admin.unsafe(`create database ${name}`);
    },
    async query<Row>(text: string) {
      return (await client.unsafe(text)) as unknown as Row[];
    },
    async close() {
      await client.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Every file of a mirror but its .mirror/ bookkeeping, with its bytes */
function mirrorFiles(directory: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(directory, path.join(entry.parentPath, entry.name));
    if (!file.startsWith(".mirror")) files.set(file, readFileSync(path.join(directory, file)));
  }
  return files;
}

const itemPage = /^[a-z]{2}\/(articles\/[^/]+|media\/[^/]+\/[^/]+(\/.*)?|publications\/[^/]+\/[^/]+)\/index\.html$/;
const articlePage = /^[a-z]{2}\/articles\/[^/]+\/index\.html$/;

function exportSuite(driver: string, open: (directory: string) => Promise<Database>) {
  describe(`a repeated mirror export on ${driver}`, () => {
    let directory = "";
    let buildDir = "";
    let database: Database;

    const exportMirror = async (out: "incremental" | "full"): Promise<Report> => {
      const outDir = path.join(directory, out);
      await run("npx", ["tsx", "--tsconfig", "tsconfig.json", "scripts/mirror/export.ts", "--out", outDir, "--site-url", mirror, ...(out === "full" ? ["--full"] : [])], {
        env: {
          ...process.env,
          ...database.environment,
          NODE_ENV: "production",
          REMIX_BUILD_DIR: buildDir,
          UPLOADS_DIR: path.join(directory, "uploads"),
          SITE_URL: "http://127.0.0.1:4700",
          MIRROR_URLS: mirror,
          SESSION_SECRET: "mirror-incremental-test-secret",
        },
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { stdout?: string; stderr?: string }) => {
        throw new Error(`the export failed:\n${error.stdout}\n${error.stderr}`);
      });
      return JSON.parse(readFileSync(path.join(outDir, ".mirror/report.json"), "utf8")) as Report;
    };

    /** Exports both mirrors, checks that the incremental one is the full one, and returns its report */
    const exportBoth = async (): Promise<Report> => {
      const report = await exportMirror("incremental");
      const full = await exportMirror("full");
      expect(full.skipped).toBe(0);
      const incremental = mirrorFiles(path.join(directory, "incremental"));
      const expected = mirrorFiles(path.join(directory, "full"));
      expect([...incremental.keys()].sort()).toEqual([...expected.keys()].sort());
      const stale = [...expected].filter(([file, bytes]) => !incremental.get(file)?.equals(bytes)).map(([file]) => file);
      expect(stale, "files of the incremental mirror that differ from a full export").toEqual([]);
      expect(report.broken).toEqual([]);
      return report;
    };

    beforeAll(async () => {
      directory = mkdtempSync(path.join(tmpdir(), "ngo-news-mirror-incremental-"));
      // Inside the repository (.cache/ is ignored): the build's imports resolve from its node_modules
      buildDir = path.resolve(".cache", `mirror-export-test-${process.pid}-${driver}`);
      await run("npm", ["run", "build"], { env: { ...process.env, NODE_ENV: "production", REMIX_BUILD_DIR: buildDir }, maxBuffer: 16 * 1024 * 1024 });
      database = await open(directory);
    }, exportTimeout);

    afterAll(async () => {
      await database?.close();
      if (directory) rmSync(directory, { recursive: true, force: true });
      if (buildDir) rmSync(buildDir, { recursive: true, force: true });
    });

    it("a second export with nothing changed renders no item page and writes nothing", async () => {
      const first = await exportMirror("incremental");
      expect(first.rendered.filter((file) => itemPage.test(file)).length).toBeGreaterThan(100);
      const second = await exportMirror("incremental");
      expect(second.rendered.filter((file) => itemPage.test(file))).toEqual([]);
      expect(second.skipped).toBeGreaterThan(100);
      expect(second.written).toEqual([]);
      expect(second.removed).toEqual([]);
    }, exportTimeout);

    it("an edited title renders the article, its translations and its neighbours again, and nothing else of the articles", async () => {
      // A Persian article with translations and neighbours in its category; the edit leaves updated_at alone
      const [article] = await database.query<{ id: number; slug: string; translation_group: string; category_id: number }>(`
        select a.id, a.slug, a.translation_group, a.category_id from articles a
        where a.edition = 'fa' and a.status = 'published' and a.published_at <= now()
          and (select count(*) from articles t where t.translation_group = a.translation_group and t.status = 'published') > 1
          and (select count(*) from articles n where n.edition = 'fa' and n.category_id = a.category_id and n.status = 'published') > 2
        order by a.id limit 1`);
      expect(article).toBeDefined();
      const translations = await database.query<{ edition: string; slug: string }>(
        `select edition, slug from articles where translation_group = '${article!.translation_group}' and id <> ${article!.id} and status = 'published' and published_at <= now()`,
      );
      const sameCategory = await database.query<{ slug: string }>(
        `select slug from articles where edition = 'fa' and category_id = ${article!.category_id} and status = 'published' and published_at <= now()`,
      );
      await database.query(`update articles set title = title || ' — ویرایش' where id = ${article!.id}`);

      const report = await exportBoth();
      const renderedArticles = report.rendered.filter((file) => articlePage.test(file));
      const own = `fa/articles/${article!.slug}/index.html`;
      const versions = translations.map((translation) => `${translation.edition}/articles/${translation.slug}/index.html`);
      expect(renderedArticles).toEqual(expect.arrayContaining([own, ...versions]));
      expect(report.written).toEqual(expect.arrayContaining([own, ...versions]));
      // Besides those, only its neighbours in its category (up to four on each side)
      const neighbours = renderedArticles.filter((file) => file !== own && !versions.includes(file));
      const category = new Set(sameCategory.map((row) => `fa/articles/${row.slug}/index.html`));
      expect(neighbours.every((file) => category.has(file)), neighbours.join(", ")).toBe(true);
      expect(neighbours.length).toBeGreaterThan(0);
      expect(neighbours.length).toBeLessThanOrEqual(8);
      // Of the other item pages, only the publications whose contents link the article
      const containing = await database.query<{ edition: string; kind: string; slug: string }>(
        `select p.edition, p.kind, p.slug from publications p join publication_contents c on c.publication_id = p.id where c.article_id = ${article!.id}`,
      );
      const publications = new Set(containing.map((row) => `${row.edition}/publications/${row.kind}/${row.slug}/index.html`));
      expect(report.rendered.filter((file) => itemPage.test(file) && !articlePage.test(file) && !publications.has(file))).toEqual([]);
    }, exportTimeout);

    it("a renamed category renders every article page of it in that edition again", async () => {
      const [category] = await database.query<{ category_id: number }>(`
        select category_id from articles where edition = 'en' and status = 'published' and published_at <= now()
        group by category_id order by count(*) desc limit 1`);
      const members = await database.query<{ slug: string }>(
        `select slug from articles where edition = 'en' and category_id = ${category!.category_id} and status = 'published' and published_at <= now()`,
      );
      await database.query(`update category_translations set name = name || ' (renamed)' where edition = 'en' and category_id = ${category!.category_id}`);

      const report = await exportBoth();
      const renderedArticles = report.rendered.filter((file) => articlePage.test(file)).sort();
      expect(renderedArticles).toEqual(members.map((row) => `en/articles/${row.slug}/index.html`).sort());
    }, exportTimeout);

    it("a new site name renders every item page again", async () => {
      await database.query(`
        insert into edition_identities (edition, site_name, tagline) values ('sq', 'Horizonti i Ri', 'Lajme të pavarura')
        on conflict (edition) do update set site_name = excluded.site_name, tagline = excluded.tagline`);
      const report = await exportBoth();
      expect(report.skipped).toBe(0);
      expect(report.written.filter((file) => file.startsWith("sq/")).length).toBeGreaterThan(50);
    }, exportTimeout);
  });
}

// One driver per run (the export is slow: a build and eight exports): PostgreSQL when TEST_DATABASE_URL is set, as
// in CI, else PGlite; MIRROR_EXPORT_TEST_DRIVERS=both runs both
const serverUrl = process.env.TEST_DATABASE_URL;
const both = process.env.MIRROR_EXPORT_TEST_DRIVERS === "both";
if (!serverUrl || both) exportSuite("PGlite", async (directory) => pgliteDatabase(directory));
if (serverUrl)
  exportSuite("PostgreSQL", async () => {
    const database = postgresDatabase(serverUrl);
    await database.create();
    return database;
  });
