// Search, for anything a reader can type: the input check, the normalization, the query and the
// highlighting never throw; normalizing is idempotent; the query PostgreSQL receives always parses
// (a syntax error there would be a 500), and the database's search_normalize() agrees with TypeScript.
import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "~/db/client.server";
import { anyText } from "../../tests/property/arbitraries";
import { hasHighlight, highlightText, plainTextFromMarkdown, snippetAround } from "./highlight";
import { maxQueryLength, readSearchInput } from "./input";
import { normalizeSearchText, searchWords } from "./normalize";
import { buildSearchQuery, maxQueryWords } from "./query";

const runs = { numRuns: 2_000 };
const typed = fc.oneof(anyText(40), anyText(250));

describe("search, for any text", () => {
  it("normalization is idempotent, and leaves only words separated by single spaces", () => {
    fc.assert(
      fc.property(typed, (text) => {
        const normalized = normalizeSearchText(text);
        expect(normalizeSearchText(normalized)).toBe(normalized);
        expect(normalized).not.toMatch(/ {2}/);
        expect(searchWords(normalized)).toEqual(searchWords(text));
      }),
      runs,
    );
  });

  it("the search box either refuses the input (empty, too long, malformed) or keeps a trimmed NFC query of at most 200 characters", () => {
    fc.assert(
      fc.property(fc.option(typed, { nil: null }), (raw) => {
        const input = readSearchInput(raw);
        if (input.kind === "query") {
          expect(input.text).toBe(input.text.normalize("NFC").trim());
          expect(input.text).not.toBe("");
          expect([...input.text].length).toBeLessThanOrEqual(maxQueryLength);
          // What the box accepted, typed again, is accepted as it is
          expect(readSearchInput(input.text)).toEqual(input);
        }
      }),
      runs,
    );
  });

  it("the query has a bounded number of quoted words, or nothing to search", () => {
    fc.assert(
      fc.property(typed, (text) => {
        const query = buildSearchQuery(text);
        if (!query) {
          expect(searchWords(text)).toEqual([]);
          return;
        }
        expect(query.words.length).toBeGreaterThan(0);
        expect(query.words.length).toBeLessThanOrEqual(maxQueryWords);
        for (const word of query.words) expect(normalizeSearchText(word)).toBe(word);
        // Outside the quotes, only the operators and parentheses of the query's own making
        expect(query.tsquery.replace(/'[^'\\]*'/g, "")).toMatch(/^[ &|()]*$/);
      }),
      runs,
    );
  });

  it("highlighting keeps the text as it was, cut into segments", () => {
    fc.assert(
      fc.property(typed, typed, (text, query) => {
        const words = buildSearchQuery(query)?.matchingWords ?? [];
        const segments = highlightText(text, words);
        expect(segments.map((segment) => segment.text).join("")).toBe(text);
        const snippet = snippetAround(text, words, 60);
        if (snippet) expect(hasHighlight(snippet)).toBe(true);
        expect(typeof plainTextFromMarkdown(text)).toBe("string");
      }),
      runs,
    );
  });
});

describe("search, for any text, on the embedded database", () => {
  let connection: DatabaseConnection;
  let client: PGlite;

  beforeAll(async () => {
    const { connectDatabase } = await import("~/db/client.server");
    connection = await connectDatabase({ pgliteDir: "memory://" });
    client = (connection.db as unknown as { $client: PGlite }).$client;
  });
  afterAll(() => connection?.close());

  // PostgreSQL text cannot hold NUL; JavaScript strings can hold lone surrogates, which no UTF-8 text can
  const storable = typed.map((text) => text.replace(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ""));

  it("to_tsquery('simple', …) parses every query the site builds", async () => {
    await fc.assert(
      fc.asyncProperty(storable, async (text) => {
        const query = buildSearchQuery(text);
        if (!query) return;
        await client.query("select to_tsquery('simple', $1)", [query.tsquery]);
      }),
      { numRuns: 400 },
    );
  });

  it("search_normalize() in the database gives what normalizeSearchText() gives", async () => {
    await fc.assert(
      fc.asyncProperty(storable, async (text) => {
        const result = await connection.db.execute(sql`select search_normalize(${text}) as normalized`);
        const rows = Array.isArray(result) ? result : (result as { rows: { normalized: string }[] }).rows;
        expect(rows[0]!.normalized).toBe(normalizeSearchText(text));
      }),
      { numRuns: 400 },
    );
  });
});
