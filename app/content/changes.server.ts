// Every editorial change that readers could see is announced on PostgreSQL's LISTEN/NOTIFY channel
// `content_changed`, inside the change's transaction (PostgreSQL delivers it only if the change
// commits). Whatever keeps copies of reader pages listens and forgets what the change touched.
import { sql } from "drizzle-orm";
import type { Database } from "~/db/client.server";

export const contentChangedChannel = "content_changed";

export interface ContentChange {
  /** The edition whose pages change; null when every edition's may (a category used everywhere) */
  edition: string | null;
  /** article, category, author, series, media, publication, page, comment */
  entityType: string;
}

type Executor = Pick<Database, "execute">;

export async function announceContentChange(db: Executor, change: ContentChange): Promise<void> {
  await db.execute(sql`select pg_notify(${contentChangedChannel}, ${JSON.stringify(change)})`);
}
