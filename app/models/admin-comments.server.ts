// The moderation queue: readers' comments in the editions an editor works on, and the editor's
// decisions on them. A decision is recorded in the audit log, and announced to whatever keeps copies of
// reader pages when it changes what readers see, in the same transaction as the change itself.
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { statusAfter, type CommentStatus, type ModerationDecision } from "~/domain/comment-moderation";
import type { SignedInUser } from "~/auth/permissions";
import { announceContentChange } from "~/content/changes.server";
import type { Database } from "~/db/client.server";
import { articles, comments } from "~/db/schema";
import { recordAudit } from "./audit.server";

export interface ModerationQuery {
  /** The editions the editor works on; the queue never shows anything else */
  editions: readonly string[];
  status?: CommentStatus;
  edition?: string;
  page?: number;
  pageSize?: number;
}

/** Comments for moderation: pending ones first (oldest first, as a queue), then the others newest first */
export async function listModerationQueue(db: Database, query: ModerationQuery) {
  const pageSize = query.pageSize ?? 30;
  const page = Math.max(1, query.page ?? 1);
  const editions = query.edition ? query.editions.filter((code) => code === query.edition) : [...query.editions];
  if (editions.length === 0) return { rows: [], total: 0, page, pageCount: 1 };
  const conditions: SQL[] = [inArray(articles.edition, editions)];
  if (query.status) conditions.push(eq(comments.status, query.status));
  const where = and(...conditions);
  const isPending = sql`${comments.status} = 'pending'`;
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: comments.id,
        status: comments.status,
        authorName: comments.authorName,
        body: comments.body,
        createdAt: comments.createdAt,
        articleId: articles.id,
        articleTitle: articles.title,
        articleSlug: articles.slug,
        edition: articles.edition,
      })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(where)
      .orderBy(
        desc(isPending),
        sql`case when ${isPending} then ${comments.createdAt} end asc`,
        desc(comments.createdAt),
        asc(comments.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(where),
  ]);
  const total = counted?.count ?? 0;
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export interface CommentToModerate {
  id: number;
  status: CommentStatus;
  edition: string;
  articleTitle: string;
}

/** The comments a decision is about, each with the edition of its article (what permission is checked against) */
export async function findCommentsToModerate(db: Database, ids: readonly number[]): Promise<CommentToModerate[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: comments.id, status: comments.status, edition: articles.edition, articleTitle: articles.title })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(inArray(comments.id, [...ids]));
}

/**
 * Approves, rejects or marks as spam: the new status, one audit entry per comment and, where readers'
 * pages change (a comment appears or disappears), one announcement per edition, all in one transaction.
 */
export async function moderateComments(
  db: Database,
  actor: Pick<SignedInUser, "id" | "email">,
  targets: readonly CommentToModerate[],
  decision: ModerationDecision,
): Promise<number> {
  const status = statusAfter[decision];
  const changed = targets.filter((target) => target.status !== status);
  if (changed.length === 0) return 0;
  await db.transaction(async (tx) => {
    await tx
      .update(comments)
      .set({ status })
      .where(inArray(comments.id, changed.map((target) => target.id)));
    for (const target of changed) {
      await recordAudit(tx, actor, { action: decision, entityType: "comment", entityId: target.id, edition: target.edition, summary: target.articleTitle });
    }
    const visibleChange = new Set(changed.filter((target) => target.status === "approved" || status === "approved").map((target) => target.edition));
    for (const edition of visibleChange) await announceContentChange(tx, { edition, entityType: "comment" });
  });
  return changed.length;
}
