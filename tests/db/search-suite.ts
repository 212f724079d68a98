// Search on a real database, run on each driver from pglite.test.ts and postgres.test.ts: the demo
// content found however a reader types it (Arabic or Persian letters, with or without ZWNJ, harakat,
// hamza, ë/ç, Persian or Latin digits), only in the edition searched, a title match first.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "~/db/client.server";
import { articles, authors, categories } from "~/db/schema";
import { demoContent } from "~/db/seed/content";
import { seedDemoContent } from "~/db/seed/seed.server";
import type { SeedArticle } from "~/db/seed/types";
import { editions } from "~/editions";
import { foldingRules, wordCharacterRanges } from "~/search/normalization-rules";
import { normalizeSearchText } from "~/search/normalize";
import { buildSearchQuery } from "~/search/query";

function rowsOf<Row>(result: unknown): Row[] {
  return Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
}

function publishedSeed(edition: string): SeedArticle[] {
  return demoContent[edition]!.articles.filter((article) => (article.status ?? "published") === "published" && article.hoursAgo >= 0);
}

/** The words of a text as written (split at spaces and punctuation, ZWNJ and harakat kept inside) */
function writtenWords(text: string): string[] {
  return text.split(/[\s«»"“”„‘’'(),.:;!?؟،؛…–—-]+/u).filter(Boolean);
}

/** A seeded, published article of the edition with a word that passes `test`: in a title if one has it, else in an excerpt or a body */
function seededWord(edition: string, test: (word: string) => boolean): { article: SeedArticle; word: string; inTitle: boolean } {
  for (const field of ["title", "excerpt", "body"] as const) {
    for (const article of publishedSeed(edition)) {
      const word = writtenWords(article[field]).find(test);
      if (word) return { article, word, inTitle: field === "title" };
    }
  }
  throw new Error(`No seeded ${edition} article has a word for this test: the demo content changed`);
}

/** The slugs on the first page of results for what a reader typed */
async function foundSlugs(edition: string, typed: string): Promise<string[]> {
  const { searchArticles } = await import("~/models/search.server");
  const query = buildSearchQuery(typed);
  if (!query) return [];
  return (await searchArticles(edition, query)).hits.map((hit) => hit.slug);
}

/** The slugs on every page of results */
async function allFoundSlugs(edition: string, typed: string): Promise<string[]> {
  const { searchArticles } = await import("~/models/search.server");
  const query = buildSearchQuery(typed)!;
  const slugs: string[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const results = await searchArticles(edition, query, page);
    pageCount = results.pageCount;
    slugs.push(...results.hits.map((hit) => hit.slug));
  }
  return slugs;
}

/** Strings whose normalization must be the same in PostgreSQL and in TypeScript */
function normalizationCorpus(): string[] {
  const corpus: string[] = [];
  for (const rule of foldingRules) for (const character of rule.from) corpus.push(character, `ab${character}cd`, `ب${character}ت`);
  for (const [first, last] of wordCharacterRanges) {
    for (const codePoint of [first - 1, first, last, last + 1]) {
      if (codePoint > 0) corpus.push(`x${String.fromCodePoint(codePoint)}y`);
    }
  }
  corpus.push(
    "«سلام»، دنیا؟ “Hello” — world… 1,200 (x) don’t ÆØÅ ß ΣΊΣΥΦΟΣ Ёлка 🙂 日本 한국",
    "\tline\nbreak\r",
    "",
    " leading and trailing ",
  );
  for (const content of Object.values(demoContent)) {
    for (const article of content.articles) corpus.push(article.title, article.excerpt, article.body);
    corpus.push(content.about.body);
  }
  return corpus;
}

/** `connect` opens a fresh, empty database and points the app's model layer at it */
export function searchSuite(driver: string, connect: () => Promise<DatabaseConnection>, disconnect: () => Promise<void>) {
  describe(`search on ${driver}`, () => {
    let connection: DatabaseConnection;
    const fixtureIds: Record<string, number> = {};

    async function addArticle(values: { edition: string; slug: string; title: string; excerpt?: string; body: string; hoursAgo: number; status?: "draft" | "scheduled" | "published" }) {
      const [category] = await connection.db.select({ id: categories.id }).from(categories).limit(1);
      const [author] = await connection.db.select({ id: authors.id }).from(authors).limit(1);
      const [row] = await connection.db
        .insert(articles)
        .values({
          edition: values.edition,
          slug: values.slug,
          title: values.title,
          excerpt: values.excerpt ?? "",
          body: values.body,
          categoryId: category!.id,
          authorId: author!.id,
          status: values.status ?? "published",
          publishedAt: values.status === "draft" ? null : sql`now() - make_interval(hours => ${values.hoursAgo})`,
        })
        .returning({ id: articles.id });
      fixtureIds[values.slug] = row!.id;
    }

    beforeAll(async () => {
      connection = await connect();
      // Starts from the demo content alone, whatever an earlier suite left behind
      const result = await connection.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`);
      const tables = rowsOf<{ tablename: string }>(result).map((row) => `"${row.tablename}"`);
      await connection.db.execute(sql.raw(`truncate table ${tables.join(", ")} restart identity cascade`));
      expect(await seedDemoContent(connection.db)).toBe(true);

      // Words that appear in no demo article, to test ranking and visibility exactly
      await addArticle({
        edition: "en",
        slug: "search-fixture-body",
        title: "Notes from the wetland survey",
        body: "Quillwort here, quillwort there: quillwort grows in the pond. Quillwort again, and quillwort once more.",
        hoursAgo: 1,
      });
      await addArticle({ edition: "en", slug: "search-fixture-title", title: "The quillwort of the northern lakes", body: "A plant of clear water.", hoursAgo: 500 });
      await addArticle({ edition: "en", slug: "search-fixture-draft", title: "Quillwort draft", body: "Not published yet.", hoursAgo: 0, status: "draft" });
      await addArticle({ edition: "en", slug: "search-fixture-scheduled", title: "Quillwort scheduled", body: "Tomorrow.", hoursAgo: -24, status: "scheduled" });
      await addArticle({
        edition: "ar",
        slug: "search-fixture-harakat",
        title: "زَيْتُونَةٌ عَتِيقَةٌ فِي سَاحَةِ ٱلْقَرْيَةِ",
        body: "نَصٌّ مُشَكَّلٌ بِالْكَامِلِ عَنْ شَجَرَةٍ قَدِيمَةٍ.",
        hoursAgo: 3,
      });
      await addArticle({ edition: "ar", slug: "search-fixture-alef", title: "امسية عن الاحلام", body: "نص بلا همزات.", hoursAgo: 4 });
    });
    afterAll(disconnect);

    it("normalizes text in the database exactly as the TypeScript function does (the one table of mappings)", async () => {
      const corpus = normalizationCorpus();
      const result = await connection.db.execute(
        sql`select search_normalize(value) as normalized from json_array_elements_text(${JSON.stringify(corpus)}::json) with ordinality as input(value, position) order by position`,
      );
      const normalized = rowsOf<{ normalized: string }>(result).map((row) => row.normalized);
      expect(normalized).toHaveLength(corpus.length);
      corpus.forEach((text, index) => {
        expect(normalized[index], JSON.stringify(text.slice(0, 60))).toBe(normalizeSearchText(text));
      });
    });

    it("indexes title, excerpt and body with weights A, B and C, and keeps the index up to date", async () => {
      const [row] = rowsOf<{ vector: string }>(
        await connection.db.execute(sql`select search_vector::text as vector from articles where id = ${fixtureIds["search-fixture-title"]!}`),
      );
      expect(row!.vector).toContain("'quillwort':2A");
      expect(row!.vector).toContain("'plant':");
      expect(await foundSlugs("en", "marshmallow")).not.toContain("search-fixture-title");
      await connection.db.update(articles).set({ excerpt: "Marshmallow and quillwort" }).where(eq(articles.id, fixtureIds["search-fixture-title"]!));
      expect(await foundSlugs("en", "marshmallow")).toEqual(["search-fixture-title"]);
    });

    it("keeps statistics on enough words for PostgreSQL to tell a common word from a rare one", async () => {
      const [row] = rowsOf<{ target: number }>(
        await connection.db.execute(
          sql`select attstattarget::int as target from pg_attribute where attrelid = 'articles'::regclass and attname = 'search_vector'`,
        ),
      );
      expect(row!.target).toBe(1000);
    });

    it("finds a seeded Persian article typed with Arabic ي and ك, with or without ZWNJ, or with a space", async () => {
      const { article, word, inTitle } = seededWord("fa", (candidate) => candidate.includes("\u200C") && /[یک]/u.test(candidate));
      expect(inTitle).toBe(true);
      const arabicLetters = word.replace(/ی/gu, "ي").replace(/ک/gu, "ك");
      expect(arabicLetters).not.toBe(word);
      for (const typed of [word, arabicLetters, word.replace(/\u200C/gu, ""), arabicLetters.replace(/\u200C/gu, ""), word.replace(/\u200C/gu, " ")]) {
        expect(await foundSlugs("fa", typed), typed).toContain(article.slug);
      }
    });

    it("finds a seeded Persian article by its Persian digits typed in Latin or Arabic-Indic digits", async () => {
      const { article, word, inTitle } = seededWord("fa", (candidate) => /^[۰-۹]+$/u.test(candidate));
      expect(inTitle).toBe(true);
      const latin = word.replace(/[۰-۹]/gu, (digit) => String(digit.codePointAt(0)! - 0x06f0));
      const arabicIndic = word.replace(/[۰-۹]/gu, (digit) => String.fromCodePoint(digit.codePointAt(0)! - 0x06f0 + 0x0660));
      for (const typed of [word, latin, arabicIndic]) expect(await foundSlugs("fa", typed), typed).toContain(article.slug);
    });

    it("finds Arabic text with or without harakat, and with or without hamza on alef", async () => {
      // Fully vocalized text, typed without harakat and with a bare alef
      expect(await foundSlugs("ar", "زيتونة عتيقة")).toEqual(["search-fixture-harakat"]);
      expect(await foundSlugs("ar", "القريه")).toContain("search-fixture-harakat");
      // Text without hamza, typed with it
      expect(await foundSlugs("ar", "أمسية الأحلام")).toEqual(["search-fixture-alef"]);
      // A seeded title word with hamza on alef, typed with a bare alef, and typed with harakat
      const { article, word, inTitle } = seededWord("ar", (candidate) => /[أإآ]/u.test(candidate) && candidate.length >= 4);
      expect(inTitle).toBe(true);
      expect(await foundSlugs("ar", word.replace(/[أإآ]/gu, "ا")), word).toContain(article.slug);
      const vocalized = [...word].map((letter) => `${letter}\u064E`).join("");
      expect(await foundSlugs("ar", vocalized), vocalized).toContain(article.slug);
    });

    it("finds a seeded Albanian article typed without ë and ç, and in capitals", async () => {
      for (const letter of ["ë", "ç"]) {
        const { article, word } = seededWord("sq", (candidate) => candidate.toLowerCase().includes(letter) && candidate.length >= 4);
        const plain = word.replace(/[ëË]/gu, "e").replace(/[çÇ]/gu, "c");
        expect(await allFoundSlugs("sq", plain), plain).toContain(article.slug);
        expect(await allFoundSlugs("sq", plain.toUpperCase()), plain.toUpperCase()).toContain(article.slug);
      }
    });

    it("returns only articles of the edition searched", async () => {
      const { searchArticles } = await import("~/models/search.server");
      for (const edition of editions) {
        // Issue 170 of the weekly digest exists in every edition
        const page = await searchArticles(edition.code, buildSearchQuery("170")!);
        expect(page.total, edition.code).toBeGreaterThan(0);
        const rows = await connection.db.select({ id: articles.id, edition: articles.edition }).from(articles);
        const editionOf = new Map(rows.map((row) => [row.id, row.edition]));
        for (const hit of page.hits) expect(editionOf.get(hit.id), hit.slug).toBe(edition.code);
      }
      expect(await foundSlugs("sq", "quillwort")).toEqual([]);
      expect(await foundSlugs("en", "زيتونة")).toEqual([]);
    });

    it("puts an article whose title matches before one that only repeats the word in its body", async () => {
      expect(await foundSlugs("en", "quillwort")).toEqual(["search-fixture-title", "search-fixture-body"]);
    });

    it("never shows drafts or articles scheduled for later", async () => {
      expect(await foundSlugs("en", "quillwort draft")).toEqual([]);
      expect(await foundSlugs("en", "quillwort scheduled")).toEqual([]);
      expect(await foundSlugs("en", "quillwort")).not.toContain("search-fixture-draft");
      expect(await foundSlugs("en", "quillwort")).not.toContain("search-fixture-scheduled");
    });

    it("pages through many results ten at a time", async () => {
      const { searchArticles } = await import("~/models/search.server");
      const query = buildSearchQuery("the")!;
      const first = await searchArticles("en", query, 1);
      expect(first.total).toBeGreaterThan(10);
      expect(first.hits).toHaveLength(10);
      expect(first.pageCount).toBe(Math.ceil(first.total / 10));
      const second = await searchArticles("en", query, 2);
      expect(second.hits.length).toBeGreaterThan(0);
      const onFirstPage = new Set(first.hits.map((hit) => hit.id));
      expect(second.hits.filter((hit) => onFirstPage.has(hit.id))).toEqual([]);
    });

    it("ranks only the newest matches of a very common word, says there are more, and pages through them", async () => {
      const { rankedMatchLimit, searchArticles, searchStrategy } = await import("~/models/search.server");
      const [category] = await connection.db.select({ id: categories.id }).from(categories).limit(1);
      const [author] = await connection.db.select({ id: authors.id }).from(authors).limit(1);
      // More body matches than are ranked, an hour apart, the newest ten hours ago
      const bodyMatches = Array.from({ length: rankedMatchLimit + 1 }, (_, index) => ({
        edition: "en",
        slug: `search-fixture-shore-${index}`,
        title: `Shore notes ${index}`,
        excerpt: "",
        body: "Bladderwrack on the rocks.",
        categoryId: category!.id,
        authorId: author!.id,
        status: "published" as const,
        publishedAt: sql`now() - make_interval(hours => ${10 + index})`,
      }));
      for (let start = 0; start < bodyMatches.length; start += 250) {
        await connection.db.insert(articles).values(bodyMatches.slice(start, start + 250));
      }
      // A title match among the newest matches, and one older than all of them
      await addArticle({ edition: "en", slug: "search-fixture-recent-title", title: "Bladderwrack in the bay", body: "Seaweed.", hoursAgo: 10 + rankedMatchLimit / 2 });
      await addArticle({ edition: "en", slug: "search-fixture-old-title", title: "Bladderwrack, a history", body: "Seaweed.", hoursAgo: 50_000 });

      const query = buildSearchQuery("bladderwrack")!;
      const first = await searchArticles("en", query, 1);
      expect(first.capped).toBe(true);
      expect(first.total).toBeGreaterThan(rankedMatchLimit);
      expect(first.pageCount).toBe(rankedMatchLimit / 10);
      expect(first.hits).toHaveLength(10);
      // The title match comes first; the older one is beyond the ranked matches, so not shown before the body matches
      expect(first.hits[0]!.slug).toBe("search-fixture-recent-title");
      expect(first.hits.map((hit) => hit.slug)).not.toContain("search-fixture-old-title");
      // Then the body matches, newest first
      expect(first.hits.slice(1, 4).map((hit) => hit.slug)).toEqual(["search-fixture-shore-0", "search-fixture-shore-1", "search-fixture-shore-2"]);

      const last = await searchArticles("en", query, first.pageCount);
      expect(last.hits).toHaveLength(10);
      expect(last.capped).toBe(true);
      const shown = new Set([...first.hits, ...last.hits].map((hit) => hit.slug));
      expect(shown.has("search-fixture-old-title")).toBe(false);
      // Past the last page: no hits, and the count still known (the route answers 404)
      const beyond = await searchArticles("en", query, first.pageCount + 1);
      expect(beyond.hits).toEqual([]);
      expect(beyond.pageCount).toBe(first.pageCount);

      // A rarer word is counted exactly and not capped
      const exact = await searchArticles("en", buildSearchQuery("bladderwrack seaweed")!, 1);
      expect(exact.capped).toBe(false);
      expect(exact.total).toBe(2);
      expect(exact.hits.map((hit) => hit.slug).sort()).toEqual(["search-fixture-old-title", "search-fixture-recent-title"]);

      // The same pages however few matches the archive's index may add: the newest articles' table
      // (article_search_recent) holds more matches of the common word than are ranked, and the rarer
      // query's two are fewer than the limit
      for (const candidateLimit of [3, rankedMatchLimit + 50]) {
        const strategy = { ...searchStrategy, candidateLimit };
        expect(await searchArticles("en", query, 1, strategy)).toEqual(first);
        expect(await searchArticles("en", query, first.pageCount, strategy)).toEqual(last);
        expect(await searchArticles("en", buildSearchQuery("bladderwrack seaweed")!, 1, strategy)).toEqual(exact);
      }
    });
  });
}
