// The one rule for what readers may see, shared by articles, media items and publications:
// not a draft, and its publish time has come — so a scheduled item goes live by itself.
import { and, lte, ne, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

export function isPublic(table: { status: PgColumn; publishedAt: PgColumn }): SQL {
  return and(ne(table.status, "draft"), lte(table.publishedAt, sql`now()`))!;
}
