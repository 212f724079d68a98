// Each reader page runs a fixed number of database queries, however many items it shows: no query per
// article, comment, image or table-of-contents entry (N+1). Every page is loaded twice, as the edition
// layout and the route's loader answer a real Request: once while the English edition shows very little
// (two visible articles, one image, one contents entry, no comments), once with full pages (dozens of
// articles in the category, comments everywhere, a dozen images and contents entries). The queries are
// counted through the database client's listeners (app/db/client.server.ts, DATABASE_QUERY_LISTENERS=1).
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, comments, mediaImages, mediaItems, publicationContents, publications } from "~/db/schema";
import { demoContent } from "~/db/seed/content";
import { seedDemoContent } from "~/db/seed/seed.server";
import { reloadEnvironment } from "~/env.server";
import { loader as homeLoader } from "~/routes/$lang._index";
import { loader as articleLoader } from "~/routes/$lang.articles.$slug";
import { loader as archiveLoader } from "~/routes/$lang.articles._index";
import { loader as categoryLoader } from "~/routes/$lang.categories.$slug";
import { loader as feedLoader } from "~/routes/$lang.feed[.]xml";
import { loader as mediaLoader } from "~/routes/$lang.media.$kind.$slug";
import { loader as publicationLoader } from "~/routes/$lang.publications.$kind.$slug";
import { loader as searchLoader } from "~/routes/$lang.search";
import { loader as editionLayoutLoader } from "~/routes/$lang";

process.env.PGLITE_DIR = "memory://";
delete process.env.DATABASE_URL;
process.env.SEED_DEMO_CONTENT = "never";
// Read as the connection opens: only then does drizzle get the logger that tells the listeners
process.env.DATABASE_QUERY_LISTENERS = "1";
reloadEnvironment();

const origin = "https://news.example";
type Loader = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

/**
 * The most queries each page may run. Lower them when a page needs fewer; raising one is a decision to
 * write down (docs/performance.md), never a way to let a per-item query in.
 */
const budgets = {
  home: 4,
  article: 8,
  category: 5,
  archive: 3,
  search: 7,
  feed: 2,
  media: 4,
  publication: 4,
} as const;
type PageName = keyof typeof budgets;

interface Page {
  name: PageName;
  path: string;
  params: Record<string, string>;
  loader: Loader;
}

/** The SQL of every query a page ran (the layout's loader and the route's), and what it answered */
async function queriesOf(page: Page): Promise<{ queries: string[]; status: number }> {
  const { listenToQueries } = await import("~/db/client.server");
  // A first visit, the worst case: with nothing kept about the listings from an earlier one (listing-facts.server.ts)
  (await import("~/cache/listing-facts.server")).forgetListingFacts();
  // and without the site's identity kept (models/site-identity.server.ts): one query, then none until content changes
  (await import("~/models/site-identity.server")).forgetSiteIdentity();
  // and without the search kept from the first visit (cache/search-results.server.ts)
  (await import("~/cache/search-results.server")).forgetSearchResults();
  const queries: string[] = [];
  const stop = listenToQueries((query) => queries.push(query));
  try {
    const args = { request: new Request(`${origin}${page.path}`), params: page.params, context: { clientAddress: "127.0.0.1", cspNonce: "n" } };
    let status = 200;
    try {
      await (editionLayoutLoader as Loader)(args);
      const answer = await page.loader(args);
      // A feed answers a Response whose body may still be produced
      if (answer instanceof Response) {
        status = answer.status;
        await answer.text();
      }
    } catch (thrown) {
      if (!(thrown instanceof Response)) throw thrown;
      status = thrown.status;
    }
    return { queries, status };
  } finally {
    stop();
  }
}

/** How many items a page shows: articles on the home page, comments, images, contents entries */
async function itemsShown(page: Page): Promise<number> {
  const answer = (await page.loader({ request: new Request(`${origin}${page.path}`), params: page.params, context: { clientAddress: "127.0.0.1" } })) as object;
  // A loader answering with Remix's data(value, init) wraps what the page gets
  const data = ("type" in answer && answer.type === "DataWithResponseInit" && "data" in answer ? answer.data : answer) as {
    listing?: { articles: unknown[] };
    comments?: { items: unknown[] };
    item?: { images: unknown[] };
    contents?: unknown[];
  };
  return data.listing?.articles.length ?? data.comments?.items.length ?? data.item?.images.length ?? data.contents?.length ?? 0;
}

describe("database queries per reader page (PGlite)", () => {
  let pages: Page[];
  const few = new Map<PageName, string[]>();
  const shownWhenFew = new Map<PageName, number>();
  const withItems = ["home", "article", "media", "publication"] as const;

  beforeAll(async () => {
    const { db } = await (await import("~/db/database.server")).startDatabase();
    expect(await seedDemoContent(db, demoContent, new Date())).toBe(true);

    // The pages measured: a digest issue (its series adds the previous/next issue queries), its category,
    // a photo gallery, a publication with a table of contents
    const [issue] = await db
      .select({ id: articles.id, slug: articles.slug, categoryId: articles.categoryId, translationGroup: articles.translationGroup })
      .from(articles)
      .where(and(eq(articles.edition, "en"), eq(articles.status, "published"), sql`${articles.issueNumber} is not null`))
      .limit(1);
    const [neighbour] = await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.edition, "en"), eq(articles.status, "published"), eq(articles.categoryId, issue!.categoryId), ne(articles.id, issue!.id)))
      .limit(1);
    const [gallery] = await db
      .select({ id: mediaItems.id, slug: mediaItems.slug })
      .from(mediaItems)
      .where(and(eq(mediaItems.edition, "en"), eq(mediaItems.kind, "photos"), eq(mediaItems.status, "published")))
      .limit(1);
    const [publication] = await db
      .select({ id: publications.id, slug: publications.slug, kind: publications.kind })
      .from(publications)
      .where(and(eq(publications.edition, "en"), eq(publications.status, "published")))
      .limit(1);
    const [category] = await db.execute<{ slug: string }>(
      sql`select slug from category_translations where category_id = ${issue!.categoryId} and edition = 'en'`,
    ).then((result) => (Array.isArray(result) ? result : (result as { rows: { slug: string }[] }).rows));
    // A word of the issue's title, for a search that finds it
    const [{ title }] = (await db.select({ title: articles.title }).from(articles).where(eq(articles.id, issue!.id))) as [{ title: string }];
    const searchWord = title.split(/\s+/).find((word) => /^[A-Za-z]{5,}$/.test(word))!.toLowerCase();

    pages = [
      { name: "home", path: "/en", params: { lang: "en" }, loader: homeLoader as Loader },
      { name: "article", path: `/en/articles/${issue!.slug}`, params: { lang: "en", slug: issue!.slug }, loader: articleLoader as Loader },
      { name: "category", path: `/en/categories/${category!.slug}`, params: { lang: "en", slug: category!.slug }, loader: categoryLoader as Loader },
      { name: "archive", path: "/en/articles", params: { lang: "en" }, loader: archiveLoader as Loader },
      { name: "search", path: `/en/search?q=${searchWord}`, params: { lang: "en" }, loader: searchLoader as Loader },
      { name: "feed", path: "/en/feed.xml", params: { lang: "en" }, loader: feedLoader as Loader },
      { name: "media", path: `/en/media/photos/${gallery!.slug}`, params: { lang: "en", kind: "photos", slug: gallery!.slug }, loader: mediaLoader as Loader },
      {
        name: "publication",
        path: `/en/publications/${publication!.kind}/${publication!.slug}`,
        params: { lang: "en", kind: publication!.kind, slug: publication!.slug },
        loader: publicationLoader as Loader,
      },
    ];

    // ---- Few: two visible articles in the whole site, one image, one contents entry, no comments ----
    const visible = [issue!.id, neighbour!.id];
    const hidden = await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(ne(articles.status, "draft"), sql`${articles.id} not in (${sql.join(visible, sql`, `)})`));
    const hiddenIds = hidden.map((row) => row.id);
    await db.update(articles).set({ status: "draft" }).where(inArray(articles.id, hiddenIds));
    await db.delete(comments);
    const images = await db.select().from(mediaImages).where(eq(mediaImages.mediaItemId, gallery!.id));
    await db.delete(mediaImages).where(and(eq(mediaImages.mediaItemId, gallery!.id), ne(mediaImages.position, images[0]!.position)));
    const contents = await db.select().from(publicationContents).where(eq(publicationContents.publicationId, publication!.id));
    await db.delete(publicationContents).where(eq(publicationContents.publicationId, publication!.id));
    await db.insert(publicationContents).values({ publicationId: publication!.id, position: 1, title: "Only entry", articleId: issue!.id });

    for (const page of pages) {
      const { queries, status } = await queriesOf(page);
      expect(status, `${page.path} answers`).toBe(200);
      few.set(page.name, queries);
    }
    for (const name of withItems) shownWhenFew.set(name, await itemsShown(pages.find((page) => page.name === name)!));

    // ---- Many: everything visible again, 40 more articles in the category, comments, images, contents ----
    await db.update(articles).set({ status: "published" }).where(inArray(articles.id, hiddenIds));
    const [template] = await db.select().from(articles).where(eq(articles.id, neighbour!.id));
    const extra = await db
      .insert(articles)
      .values(
        Array.from({ length: 40 }, (_, index) => ({
          edition: "en",
          slug: `more-reporting-${index + 1}`,
          title: `${searchWord} more reporting ${index + 1}`,
          excerpt: template!.excerpt,
          body: `${template!.body}\n\n${searchWord}`,
          categoryId: issue!.categoryId,
          authorId: template!.authorId,
          status: "published" as const,
          publishedAt: new Date(Date.now() - (index + 1) * 60_000),
        })),
      )
      .returning({ id: articles.id });
    const commented = [issue!.id, ...extra.map((row) => row.id)];
    await db.insert(comments).values(
      commented.flatMap((articleId) =>
        Array.from({ length: 3 }, (_, index) => ({
          articleId,
          authorName: `Reader ${index + 1}`,
          authorEmail: `reader${index + 1}@example.org`,
          body: "Thank you for this report.",
          status: "approved" as const,
        })),
      ),
    );
    await db.insert(mediaImages).values(
      Array.from({ length: 12 }, (_, index) => ({ ...images[0]!, id: undefined, position: 100 + index, alt: `${images[0]!.alt} ${index + 1}` })),
    );
    await db.delete(publicationContents).where(eq(publicationContents.publicationId, publication!.id));
    await db.insert(publicationContents).values([
      ...contents.map(({ id: _id, ...entry }) => entry),
      ...extra.slice(0, 12).map((row, index) => ({ publicationId: publication!.id, position: 100 + index, title: `Entry ${index + 1}`, articleId: row.id })),
    ]);
  });

  afterAll(async () => {
    await (await import("~/db/database.server")).stopDatabase();
  });

  it.each(Object.keys(budgets) as PageName[])("the %s page runs as many queries with full pages as with almost nothing, within its budget", async (name) => {
    const page = pages.find((candidate) => candidate.name === name)!;
    const { queries, status } = await queriesOf(page);
    expect(status, `${page.path} answers`).toBe(200);
    const before = few.get(name)!;
    // The SQL in the message shows which query was added
    expect(queries, `${page.path}: queries with full pages vs. almost empty ones`).toHaveLength(before.length);
    expect(queries.length, `${page.path}: ${queries.join("\n")}`).toBeLessThanOrEqual(budgets[name]);
    expect(queries.length).toBeGreaterThan(0);
  });

  it.each(withItems)("the full %s page shows more than the almost empty one (so the comparison means something)", async (name) => {
    const shown = await itemsShown(pages.find((page) => page.name === name)!);
    expect(shownWhenFew.get(name)).toBeLessThanOrEqual(2);
    expect(shown).toBeGreaterThanOrEqual(3);
  });
});
