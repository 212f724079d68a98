// Comments under an article, against a real (in-memory PGlite) database seeded with the demo content:
// a comment is stored "pending" before the reader is told, and is shown only once an editor approved it.
import { and, count, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/client.server";
import { articles, comments } from "~/db/schema";
import { reloadEnvironment } from "~/env.server";

process.env.PGLITE_DIR = "memory://";
delete process.env.DATABASE_URL;
process.env.SEED_DEMO_CONTENT = "auto";
reloadEnvironment();
process.env.SESSION_SECRET = "a-secret-for-the-comments-test";

type Route = typeof import("~/routes/$lang.articles.$slug");
let route: Route;
let db: Database;
let article: { id: number; slug: string };

const lang = "fa";
const context = { clientAddress: "203.0.113.9" };
const articleUrl = () => `http://localhost/${lang}/articles/${encodeURIComponent(article.slug)}`;

/** What the reader's browser sees: the article page's data (it throws a Response for a redirect or an error) */
async function loadArticle(url = articleUrl(), cookie = "") {
  const page = await route.loader({ request: new Request(url, { headers: { Cookie: cookie } }), params: { lang, slug: article.slug }, context });
  return page;
}

/**
 * Post the comment form as a browser does: it says where the request comes from (Sec-Fetch-Site), which
 * for a form on another site is "cross-site"
 */
async function submit(fields: Record<string, string>, { from = "same-origin" } = {}) {
  const body = new URLSearchParams({ name__confirm: "", ...fields });
  const request = new Request(articleUrl(), { method: "POST", headers: { "Sec-Fetch-Site": from }, body });
  try {
    return await route.action({ request, params: { lang, slug: article.slug }, context });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

async function storedCount(): Promise<number> {
  const [row] = await db.select({ total: count() }).from(comments).where(eq(comments.articleId, article.id));
  return row?.total ?? 0;
}

const reader = { name: "  مریم رضایی ", email: "maryam@example.org", comment: "<b>ممنون</b> از این گزارش.\nخط دوم." };

describe("comments under an article and the comments table", () => {
  beforeAll(async () => {
    const { startDatabase } = await import("~/db/database.server");
    db = (await startDatabase()).db;
    route = await import("~/routes/$lang.articles.$slug");
    const [row] = await db
      .select({ id: articles.id, slug: articles.slug })
      .from(articles)
      .where(and(eq(articles.edition, lang), eq(articles.status, "published")))
      .orderBy(desc(articles.publishedAt))
      .limit(1);
    article = row!;
  });
  afterAll(async () => {
    const { stopDatabase } = await import("~/db/database.server");
    await stopDatabase();
  });

  it("stores a valid comment as pending, redirects (303) to the notice, and shows it only once approved", async () => {
    const before = (await loadArticle()).comments.items.length;
    const response = await submit(reader);
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(303);
    expect((response as Response).headers.get("Location")).toBe(`/${lang}/articles/${encodeURIComponent(article.slug)}?comment=pending#comments`);

    const [stored] = await db.select().from(comments).where(eq(comments.articleId, article.id)).orderBy(desc(comments.id)).limit(1);
    expect(stored).toMatchObject({ authorName: "مریم رضایی", authorEmail: "maryam@example.org", body: reader.comment, status: "pending" });

    // The page the reader is sent to says it awaits moderation, and does not show it yet
    const notice = await loadArticle(`${articleUrl()}?comment=pending`);
    expect(notice.comments.awaitingModeration).toBe(true);
    expect(notice.comments.items).toHaveLength(before);

    for (const status of ["rejected", "spam"] as const) {
      await db.update(comments).set({ status }).where(eq(comments.id, stored!.id));
      expect((await loadArticle()).comments.items.map((item) => item.id)).not.toContain(stored!.id);
    }

    await db.update(comments).set({ status: "approved" }).where(eq(comments.id, stored!.id));
    const approved = await loadArticle();
    expect(approved.comments.awaitingModeration).toBe(false);
    expect(approved.comments.items).toHaveLength(before + 1);
    const shown = approved.comments.items.at(-1)!;
    expect(shown).toMatchObject({ id: stored!.id, authorName: "مریم رضایی", body: reader.comment });
    // Never the address
    expect(JSON.stringify(approved)).not.toContain("maryam@example.org");
  });

  it("shows approved comments oldest first", async () => {
    const [first] = await db
      .insert(comments)
      .values({ articleId: article.id, authorName: "Older", authorEmail: "o@example.org", body: "older", status: "approved", createdAt: new Date(Date.now() - 86_400_000) })
      .returning({ id: comments.id });
    const items = (await loadArticle()).comments.items;
    expect(items[0]?.id).toBe(first!.id);
    const times = items.map((item) => new Date(item.createdAt).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("stores nothing when the honeypot is filled or the form was posted from another site", async () => {
    const before = await storedCount();
    const spam = await submit({ ...reader, name__confirm: "http://spam.example" });
    expect((spam as Response).status).toBe(400);
    const forged = await submit(reader, { from: "cross-site" });
    expect((forged as Response).status).toBe(400);
    const sameSite = await submit(reader, { from: "same-site" });
    expect((sameSite as Response).status).toBe(400);
    expect(await storedCount()).toBe(before);
  });

  it("stores nothing and returns the reader's input with an error per field when the form is incomplete", async () => {
    const before = await storedCount();
    const result = await submit({ name: "", email: "not an address", comment: "x".repeat(3001) });
    expect(result).not.toBeInstanceOf(Response);
    const { data, init } = result as Exclude<typeof result, Response>;
    expect(init?.status).toBe(400);
    expect(data.errors).toEqual({ name: "required", email: "email", comment: "tooLong" });
    expect(data.values.email).toBe("not an address");
    expect(await storedCount()).toBe(before);
  });

  it("refuses an address carrying URL syntax (?, &, %, =), as the contact form does", async () => {
    const before = await storedCount();
    const result = await submit({ ...reader, email: "reader@example.org?bcc=spy%40evil.example" });
    expect(result).not.toBeInstanceOf(Response);
    const { data, init } = result as Exclude<typeof result, Response>;
    expect(init?.status).toBe(400);
    expect(data.errors).toEqual({ email: "email" });
    expect(await storedCount()).toBe(before);
  });

  it("keeps other query parameters out of the article's address (301), but not the notice", async () => {
    const redirect = await loadArticle(`${articleUrl()}?comment=approved`).catch((thrown: unknown) => thrown);
    expect(redirect).toBeInstanceOf(Response);
    expect((redirect as Response).status).toBe(301);
    expect((redirect as Response).headers.get("Location")).toBe(`/${lang}/articles/${encodeURIComponent(article.slug)}`);
    // The canonical URL never carries the notice
    const notice = await loadArticle(`${articleUrl()}?comment=pending`);
    expect(notice.seo.canonicalUrl).not.toContain("comment=");
  });
});
