// Every editorial change that readers could see is announced on PostgreSQL's LISTEN/NOTIFY channel
// `content_changed`, inside the change's transaction (PostgreSQL delivers it only if the change
// commits). Whatever keeps copies of reader pages listens and forgets what the change touched: the pages of
// the edition it names (every edition's when it names none).
import { inArray, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
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

/** A table of items with translations (articles, media items, publications) */
type TranslatedTable = PgTable & { edition: PgColumn; translationGroup: PgColumn };

/**
 * A change to an item with translations: its own edition's pages change, and those of every edition its
 * translation groups reach (before and after the change), whose edition switchers link to it
 */
export async function announceTranslatedChange(
  db: Pick<Database, "execute" | "selectDistinct">,
  table: TranslatedTable,
  change: { edition: string; entityType: string; groups: readonly (string | null | undefined)[] },
): Promise<void> {
  const groups = change.groups.filter((group): group is string => typeof group === "string");
  const reached = groups.length === 0 ? [] : await db.selectDistinct({ edition: table.edition }).from(table).where(inArray(table.translationGroup, groups));
  const editions = new Set([change.edition, ...reached.map((row) => row.edition as string)]);
  for (const edition of editions) await announceContentChange(db, { edition, entityType: change.entityType });
}
