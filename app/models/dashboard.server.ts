// What waits for an editor, in the editions they work on: drafts, scheduled articles, comments to
// moderate, unread contact messages, and translations older than their source or with a proposed update
// (the translation queue, which translators see too), counted per edition.
import { and, asc, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Database } from "~/db/client.server";
import { articles, comments, contactMessages } from "~/db/schema";
import { proposedUpdate, staleTranslation } from "./admin-articles.server";

/** Translations of `editions` that need work (older than their source) or a decision (a proposed update), oldest first */
async function translationQueue(db: Database, editions: string[]) {
  const needsWork = sql`(${staleTranslation} or ${proposedUpdate})`;
  const [items, perEdition] = await Promise.all([
    db
      .select({ id: articles.id, edition: articles.edition, title: articles.title, updatedAt: articles.updatedAt, stale: staleTranslation, proposed: proposedUpdate })
      .from(articles)
      .where(and(inArray(articles.edition, editions), needsWork))
      .orderBy(asc(articles.updatedAt), asc(articles.id))
      .limit(10),
    db
      .select({ edition: articles.edition, count: sql<number>`count(*)::int` })
      .from(articles)
      .where(and(inArray(articles.edition, editions), needsWork))
      .groupBy(articles.edition),
  ]);
  return { items, perEdition };
}

export async function loadDashboard(db: Database, editions: string[]) {
  if (editions.length === 0) {
    return { counts: { drafts: 0, scheduled: 0, pendingComments: 0, newMessages: 0 }, drafts: [], scheduled: [], translations: { items: [], perEdition: [] } };
  }
  const inEditions = inArray(articles.edition, editions);
  const isScheduled = and(eq(articles.status, "scheduled"), gt(articles.publishedAt, sql`now()`));
  const summary = { id: articles.id, edition: articles.edition, title: articles.title, updatedAt: articles.updatedAt, publishedAt: articles.publishedAt };
  const [[articleCounts], [commentCount], [messageCount], drafts, scheduled, translations] = await Promise.all([
    db
      .select({
        drafts: sql<number>`count(*) filter (where ${articles.status} = 'draft')::int`,
        scheduled: sql<number>`count(*) filter (where ${isScheduled})::int`,
      })
      .from(articles)
      .where(inEditions),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(and(eq(comments.status, "pending"), inEditions)),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(contactMessages)
      .where(and(eq(contactMessages.status, "new"), inArray(contactMessages.edition, editions))),
    db.select(summary).from(articles).where(and(inEditions, eq(articles.status, "draft"))).orderBy(desc(articles.updatedAt)).limit(5),
    db.select(summary).from(articles).where(and(inEditions, isScheduled)).orderBy(asc(articles.publishedAt)).limit(5),
    translationQueue(db, editions),
  ]);
  return {
    counts: {
      drafts: articleCounts?.drafts ?? 0,
      scheduled: articleCounts?.scheduled ?? 0,
      pendingComments: commentCount?.count ?? 0,
      newMessages: messageCount?.count ?? 0,
    },
    drafts,
    scheduled,
    translations,
  };
}
