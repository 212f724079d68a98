// Readers' comments under articles. A new comment is stored "pending" before the reader is told it
// was received; only comments an editor approved are ever shown (pending, rejected and spam never are).
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { comments } from "~/db/schema";

export interface ApprovedComment {
  id: number;
  authorName: string;
  body: string;
  createdAt: Date;
}

/** An article's approved comments, oldest first (a conversation reads from its beginning) */
export async function approvedComments(articleId: number): Promise<ApprovedComment[]> {
  const db = await getDb();
  return db
    .select({ id: comments.id, authorName: comments.authorName, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.status, "approved")))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

export interface NewComment {
  articleId: number;
  authorName: string;
  authorEmail: string;
  body: string;
}

/** Stores a reader's comment for moderation (status "pending") and returns its id */
export async function createPendingComment(input: NewComment): Promise<{ id: number }> {
  const db = await getDb();
  const [row] = await db
    .insert(comments)
    .values({ ...input, status: "pending" })
    .returning({ id: comments.id });
  if (!row) throw new Error("The comment was not stored");
  return row;
}
