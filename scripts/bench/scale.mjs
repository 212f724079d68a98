// npm run bench:scale: does each page stay as fast when an edition has 100 times more articles?
// On a temporary PostgreSQL database (perf_scale_*, dropped afterwards): the demo content, then generated
// articles up to 1,000, 10,000 and 100,000 per edition (text in each edition's own language and script,
// drawn from the words of its demo articles; older than the demo articles, so the home page, the article
// and the category measured are the same at every size). At each size the server is restarted with its
// page cache off and every route is requested one request at a time after a warm-up; p50 and p95 are
// compared with the smallest size. A route over its limit gets EXPLAIN ANALYZE of every query it runs
// (scripts/bench/explain.mjs) in the report. Writes docs/bench/scale.json and docs/bench/scale.md.
//
// Environment:
//   BENCH_DATABASE_URL / TEST_DATABASE_URL  the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_SCALE_SIZES     articles per edition, comma-separated (1000,10000,100000)
//   BENCH_SCALE_REQUESTS  measured requests per route and size (60), after BENCH_SCALE_WARMUP (15)
//   BENCH_PORT            port of the server under test (3311)   BENCH_OUTPUT  directory (docs/bench)
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import postgres from "postgres";
import { withFastSearchNormalize } from "./fast-search-normalize.mjs";
import { machineLine } from "./report.mjs";
import { discoverRoutes, lastArchivePage } from "./routes.mjs";
import {
  buildDirectory,
  machineFacts,
  postgresReachable,
  postgresServerUrl,
  requireBuild,
  startServer,
  stopServer,
  withTemporaryPostgres,
} from "./server-process.mjs";

const sizes = (process.env.BENCH_SCALE_SIZES ?? "1000,10000,100000").split(",").map(Number);
const measuredRequests = Number(process.env.BENCH_SCALE_REQUESTS ?? 60);
const warmupRequests = Number(process.env.BENCH_SCALE_WARMUP ?? 15);
const port = Number(process.env.BENCH_PORT ?? 3311);
const outputDirectory = process.env.BENCH_OUTPUT ?? "docs/bench";
/** How much slower (p50, largest size against smallest) each kind of route may get */
const limits = { listing: 1.5, article: 1.5, search: 3 };
const batchSize = 2_000;

requireBuild();
const machine = machineFacts();
if (!(await postgresReachable(postgresServerUrl))) {
  console.error(`No PostgreSQL server answers at ${new URL(postgresServerUrl).host}: set BENCH_DATABASE_URL.`);
  process.exit(1);
}
console.log(`${machineLine(machine)}\nSizes: ${sizes.join(", ")} articles per edition; ${measuredRequests} sequential requests per route after ${warmupRequests}.`);

// ---- Text: each edition's own words, at the frequencies its demo articles use them ----

/** A small, seeded generator (mulberry32): the same database on every run */
function randomSource(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’\u200c-][\p{L}\p{M}\p{N}]+)*/gu;

/** Words of Markdown text, without link addresses and image references */
function wordsOf(markdown) {
  const text = markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, " ").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  return text.match(wordPattern) ?? [];
}

/**
 * What an edition's generated articles are made of: its demo words (every occurrence, so common words stay
 * common), its comma (the Arabic comma where its texts use it), its categories and authors.
 */
function editionVocabulary(rows, excludedWord) {
  const corpus = rows.map((row) => `${row.title}\n${row.excerpt}\n${row.body}`).join("\n");
  const words = wordsOf(corpus).filter((word) => word.toLocaleLowerCase() !== excludedWord);
  const comma = (corpus.match(/،/g)?.length ?? 0) > (corpus.match(/,/g)?.length ?? 0) ? "،" : ",";
  return { words, comma };
}

/**
 * A word of the visible English demo articles that occurs in two or three of them: generated articles never use it,
 * so searching for it finds as many articles at every size ("search, rare word"), unlike "news".
 */
function rareWord(rows) {
  const documentFrequency = new Map();
  for (const row of rows) {
    for (const word of new Set(wordsOf(`${row.title} ${row.excerpt} ${row.body}`).map((w) => w.toLocaleLowerCase("en")))) {
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
  }
  const candidates = [...documentFrequency].filter(([word, count]) => count >= 2 && count <= 3 && /^[a-z]{7,}$/.test(word)).map(([word]) => word);
  return candidates.sort()[0];
}

function sentence(random, vocabulary, locale) {
  const length = random.integer(7, 22);
  const words = [];
  for (let index = 0; index < length; index++) {
    let word = random.pick(vocabulary.words);
    if (index === 0) word = word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
    // A comma now and then, never at the end
    if (index > 2 && index < length - 2 && random.next() < 0.07) word += vocabulary.comma;
    words.push(word);
  }
  return `${words.join(" ")}.`;
}

function generatedArticle(random, vocabulary, locale) {
  const titleWords = Array.from({ length: random.integer(5, 10) }, () => random.pick(vocabulary.words));
  titleWords[0] = titleWords[0].charAt(0).toLocaleUpperCase(locale) + titleWords[0].slice(1);
  const paragraphs = Array.from({ length: random.integer(3, 5) }, () =>
    Array.from({ length: random.integer(2, 4) }, () => sentence(random, vocabulary, locale)).join(" "),
  );
  // Now and then a block quote or a list, as the demo articles have
  if (random.next() < 0.3) paragraphs.splice(1, 0, `> ${sentence(random, vocabulary, locale)}`);
  if (random.next() < 0.2) paragraphs.push(Array.from({ length: 3 }, () => `- ${sentence(random, vocabulary, locale)}`).join("\n"));
  return { title: titleWords.join(" "), excerpt: sentence(random, vocabulary, locale), body: paragraphs.join("\n\n") };
}

function slugFrom(title, serial, locale) {
  const words = (title.toLocaleLowerCase(locale).match(wordPattern) ?? []).slice(0, 6).map((word) => word.replace(/\p{Cf}/gu, ""));
  return `${words.join("-")}-${serial}`.slice(0, 200);
}

// ---- Loading: COPY in batches, a progress bar on stderr ----

/** One field of PostgreSQL's COPY text format */
function copyField(value) {
  if (value === null || value === undefined) return "\\N";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

function progressBar(label, done, total, startedAt) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const rate = Math.round(done / Math.max(0.001, (performance.now() - startedAt) / 1000));
  process.stderr.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")} (${rate.toLocaleString("en")} articles/s)   `);
}

const articleColumns = ["edition", "slug", "title", "excerpt", "body", "category_id", "author_id", "status", "published_at", "created_at", "updated_at"];

/**
 * Adds `count` generated articles to an edition (and approved comments under about a fifth of them),
 * each published `spacingMinutes` before the previous, starting below the oldest article it has.
 */
async function addArticles(sql, edition, count, state) {
  const { vocabulary, categoryIds, authorIds, random, locale } = state;
  const startedAt = performance.now();
  const label = `${edition}: +${count.toLocaleString("en")}`;
  let written = 0;
  const idBefore = (await sql`select coalesce(max(id), 0)::int as id from articles`)[0].id;
  while (written < count) {
    const batch = Math.min(batchSize, count - written);
    const lines = [];
    for (let index = 0; index < batch; index++) {
      state.serial += 1;
      const article = generatedArticle(random, vocabulary, locale);
      const roll = random.next();
      // About 1.5 % drafts and 0.5 % scheduled for later, which readers must not see
      const status = roll < 0.015 ? "draft" : roll < 0.02 ? "scheduled" : "published";
      const publishedAt =
        status === "draft"
          ? null
          : status === "scheduled"
            ? new Date(Date.now() + random.integer(1, 30) * 86_400_000)
            : new Date(state.oldest.getTime() - state.serial * state.spacingMinutes * 60_000 - random.integer(0, 600_000));
      const created = publishedAt ?? state.oldest;
      lines.push(
        [edition, slugFrom(article.title, state.serial, locale), article.title, article.excerpt, article.body, random.pick(categoryIds), random.pick(authorIds), status, publishedAt, created, created]
          .map(copyField)
          .join("\t"),
      );
    }
    const writable = await sql.unsafe(`copy articles (${articleColumns.join(", ")}) from stdin`).writable();
    await pipeline(Readable.from([`${lines.join("\n")}\n`]), writable);
    written += batch;
    progressBar(label, written, count, startedAt);
  }
  process.stderr.write("\n");
  // Comments: counted on every listing (a subquery per row), so they should exist in proportion
  await sql`
    insert into comments (article_id, author_name, author_email, body, status, created_at)
    select a.id, 'Reader ' || n, 'reader' || n || '@example.org', a.excerpt, 'approved', a.published_at + make_interval(hours => n)
    from articles a cross join generate_series(1, 3) n
    where a.id > ${idBefore} and a.edition = ${edition} and a.published_at is not null and (a.id * 7 + n) % 13 = 0`;
}

// ---- Measuring ----

function percentile(sorted, fraction) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** Latencies of sequential requests (full body read), after a warm-up; fails on any non-200 answer */
async function measure(origin, route) {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${origin}${route.path}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${route.path} answered ${response.status}`);
    return performance.now() - started;
  };
  for (let index = 0; index < warmupRequests; index++) await once();
  const latencies = [];
  for (let index = 0; index < measuredRequests; index++) latencies.push(await once());
  latencies.sort((a, b) => a - b);
  const round = (value) => Number(value.toFixed(1));
  return { p50Ms: round(percentile(latencies, 0.5)), p95Ms: round(percentile(latencies, 0.95)) };
}

const explainAsync = promisify(execFile);
async function explainRoutes(databaseUrl, paths) {
  const { stdout } = await explainAsync(process.execPath, ["scripts/bench/explain.mjs", "--json", ...paths], {
    env: { ...process.env, DATABASE_URL: databaseUrl, REMIX_BUILD_DIR: buildDirectory },
    maxBuffer: 64 * 2 ** 20,
  });
  return JSON.parse(stdout);
}

function kindOf(routeName) {
  if (routeName.startsWith("search")) return "search";
  if (routeName === "article") return "article";
  if (routeName === "static file") return null;
  return "listing";
}

// ---- The run ----

const results = await withTemporaryPostgres(postgresServerUrl, "scale", async (databaseUrl) => {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  // The search rate limit would refuse the measured requests (every one reaches the database with the cache off)
  const serverEnvironment = { DATABASE_URL: databaseUrl, PAGE_CACHE: "off", SEARCH_RATE_LIMIT_MAX: "1000000" };
  try {
    // The first start migrates and seeds the demo content
    let server = await startServer(port, serverEnvironment);
    await stopServer(server);

    const demoRows = await sql`select edition, title, excerpt, body, (status <> 'draft' and published_at <= now()) as visible from articles`;
    const [{ demoMaxId }] = await sql`select max(id)::int as "demoMaxId" from articles`;
    const rare = rareWord(demoRows.filter((row) => row.edition === "en" && row.visible));
    const editions = [...new Set(demoRows.map((row) => row.edition))].sort();
    const states = new Map();
    for (const [index, edition] of editions.entries()) {
      const categoryIds = (await sql`select category_id as id from category_translations where edition = ${edition}`).map((row) => row.id);
      const authorIds = (await sql`select author_id as id from author_translations where edition = ${edition}`).map((row) => row.id);
      const [{ oldest }] = await sql`select min(published_at) as oldest from articles where edition = ${edition}`;
      states.set(edition, {
        vocabulary: editionVocabulary(demoRows.filter((row) => row.edition === edition), rare),
        categoryIds,
        authorIds,
        random: randomSource(20_240_601 + index),
        locale: edition,
        oldest: new Date(oldest.getTime() - 3_600_000),
        // The largest size spans about seven years, as a long-running news site's archive would
        spacingMinutes: Math.max(1, Math.round((7 * 365 * 24 * 60) / Math.max(...sizes))),
        serial: 0,
      });
    }

    let routes;
    const rows = [];
    /** Route name → its queries and their plans at the largest size */
    const plans = new Map();
    for (const size of sizes) {
      const loadStarted = performance.now();
      const { checked } = await withFastSearchNormalize(
        sql,
        async () => {
          for (const edition of editions) {
            const [{ count }] = await sql`select count(*)::int as count from articles where edition = ${edition}`;
            if (size > count) await addArticles(sql, edition, size - count, states.get(edition));
          }
        },
        { sampleWhere: `id > ${demoMaxId}` },
      );
      // As autovacuum would in time: statistics for the planner, a visibility map for index-only scans
      await sql.unsafe("vacuum analyze articles");
      await sql.unsafe("vacuum analyze comments");
      await sql.unsafe("vacuum analyze article_search_recent");
      const [{ total }] = await sql`select count(*)::int as total from articles`;
      console.log(
        `${size.toLocaleString("en")} per edition: ${total.toLocaleString("en")} articles in the database, loaded in ${Math.round((performance.now() - loadStarted) / 1000)} s ` +
          `(${checked ?? 0} stored search vectors checked against the original search_normalize())`,
      );

      server = await startServer(port, serverEnvironment);
      try {
        // The same article and category at every size (the demo content stays the newest); the archive's last page moves
        routes ??= [
          ...(await discoverRoutes(server.origin)).filter((route) => route.name !== "search"),
          { name: "search, common word", path: "/en/search?q=news" },
          { name: "search, rare word", path: `/en/search?q=${encodeURIComponent(rare)}` },
          // A word no article has, two common words together, and an Arabic word typed with the Persian yeh
          { name: "search, no match", path: "/en/search?q=quillwort" },
          { name: "search, two words", path: "/en/search?q=court%20prison" },
          { name: "search, Arabic variant", path: `/ar/search?q=${encodeURIComponent("المعتقلین")}` },
        ];
        const lastPage = await lastArchivePage(server.origin);
        for (const route of routes) {
          const pathname = route.name === "deep archive page" ? `/en/articles?page=${lastPage}` : route.path;
          const figures = await measure(server.origin, { ...route, path: pathname });
          rows.push({ size, route: route.name, path: pathname, ...figures });
        }
      } finally {
        await stopServer(server);
      }
      // PostgreSQL's own time for each page's queries: what grows with the data, without the noise of a
      // shared machine on the whole request
      const pages = rows.filter((row) => row.size === size && row.route !== "static file");
      const explainedPages = await explainRoutes(databaseUrl, pages.map((row) => row.path));
      for (const row of rows.filter((row) => row.size === size)) {
        const page = explainedPages.find((candidate) => candidate.path === row.path);
        if (page) {
          row.queryCount = page.queryCount;
          row.databaseMs = Number(page.queries.reduce((sum, query) => sum + query.executionMs, 0).toFixed(2));
          if (size === sizes[sizes.length - 1]) plans.set(row.route, page);
        }
        console.log(
          `  ${row.route.padEnd(20)} p50 ${String(row.p50Ms).padStart(7)} ms   p95 ${String(row.p95Ms).padStart(7)} ms   ` +
            `${row.queryCount === undefined ? "" : `${row.queryCount} queries, ${row.databaseMs} ms in PostgreSQL   `}${row.path}`,
        );
      }
    }

    // Largest size against smallest, per route
    const smallest = sizes[0];
    const largest = sizes[sizes.length - 1];
    const ratio = (last, first) => (typeof last === "number" && typeof first === "number" && first > 0 ? Number((last / first).toFixed(2)) : null);
    const verdicts = [];
    for (const route of routes) {
      const first = rows.find((row) => row.size === smallest && row.route === route.name);
      const last = rows.find((row) => row.size === largest && row.route === route.name);
      const kind = kindOf(route.name);
      const limit = kind ? limits[kind] : null;
      const ratioP50 = ratio(last.p50Ms, first.p50Ms);
      const ratioDatabase = ratio(last.databaseMs, first.databaseMs);
      verdicts.push({
        route: route.name,
        path: last.path,
        kind,
        limit,
        ratioP50,
        ratioP95: ratio(last.p95Ms, first.p95Ms),
        ratioDatabase,
        flat: kind ? ratioP50 <= limit : null,
        databaseFlat: kind && ratioDatabase !== null ? ratioDatabase <= limit : null,
      });
    }

    // The plans of the routes that are not flat (by either measure), on the largest database
    const explained = verdicts.filter((verdict) => verdict.flat === false || verdict.databaseFlat === false).map((verdict) => plans.get(verdict.route)).filter(Boolean);
    return { rare, rows, verdicts, explained };
  } finally {
    await sql.end();
  }
});

// ---- The report ----

const { rows, verdicts, explained, rare } = results;
const yesNo = (flat) => (flat === null ? "reference" : flat ? "yes" : "**no**");
const cell = (size, route, field) => rows.find((row) => row.size === size && row.route === route)?.[field] ?? "–";
const lines = [
  "# Does it stay flat? Latency against the number of articles",
  "",
  `${new Date().toISOString()} · ${machineLine(machine)}`,
  "",
  `PostgreSQL, page cache off, build ${buildDirectory}/. Articles per edition: ${sizes.map((size) => size.toLocaleString("en")).join(", ")} ` +
    `(four editions; generated text in each edition's language). ${measuredRequests} sequential requests per route and size after ${warmupRequests} ` +
    "of warm-up; the client runs on the same machine. Ratio: the largest size's figure over the smallest's. " +
    `Limits: listings and the article ≤ ${limits.listing}×, search ≤ ${limits.search}×. "rare word" is "${rare}", which generated articles never use.`,
  "",
  "",
  "## Whole requests (p50 / p95 ms, sequential)",
  "",
  `| route | ${sizes.map((size) => `@${size.toLocaleString("en")} p50 / p95`).join(" | ")} | ratio p50 | ratio p95 | limit | flat? |`,
  `|---|${sizes.map(() => "---:").join("|")}|---:|---:|---:|---|`,
  ...verdicts.map(
    (verdict) =>
      `| ${verdict.route} | ${sizes.map((size) => `${cell(size, verdict.route, "p50Ms")} / ${cell(size, verdict.route, "p95Ms")}`).join(" | ")} | ${verdict.ratioP50} | ${verdict.ratioP95} | ${verdict.limit ?? "–"} | ${yesNo(verdict.flat)} |`,
  ),
  "",
  "## PostgreSQL time per page (sum of EXPLAIN ANALYZE execution times of the page's queries, ms)",
  "",
  `| route | queries | ${sizes.map((size) => `@${size.toLocaleString("en")}`).join(" | ")} | ratio | limit | flat? |`,
  `|---|---:|${sizes.map(() => "---:").join("|")}|---:|---:|---|`,
  ...verdicts
    .filter((verdict) => verdict.kind)
    .map(
      (verdict) =>
        `| ${verdict.route} | ${sizes.map((size) => cell(size, verdict.route, "queryCount")).join(" → ")} | ${sizes.map((size) => cell(size, verdict.route, "databaseMs")).join(" | ")} | ${verdict.ratioDatabase ?? "–"} | ${verdict.limit} | ${yesNo(verdict.databaseFlat)} |`,
    ),
];
if (explained.length > 0) {
  lines.push("", "## Queries of the routes that are not flat by either measure (largest size, slowest first)");
  for (const page of explained) {
    lines.push("", `### \`${page.path}\` (${page.queryCount} queries)`);
    for (const query of page.queries) {
      lines.push("", `${query.executionMs} ms, params ${JSON.stringify(query.params)}`, "", "```sql", query.query, "```", "", "```", query.plan, "```");
    }
  }
}
const markdown = `${lines.join("\n")}\n`;
await mkdir(outputDirectory, { recursive: true });
await writeFile(path.join(outputDirectory, "scale.json"), `${JSON.stringify({ date: new Date().toISOString(), machine, sizes, measuredRequests, warmupRequests, limits, ...results }, null, 2)}\n`);
await writeFile(path.join(outputDirectory, "scale.md"), markdown);
console.log(`\n${markdown}\nWritten: ${outputDirectory}/scale.json, ${outputDirectory}/scale.md`);
