// The audit log: who created, changed, published or deleted what, and when. Written in the same
// transaction as the change it records, so there is never a change without its record (or the reverse).
import { desc, sql } from "drizzle-orm";
import type { SignedInUser } from "~/auth/permissions";
import type { Database } from "~/db/client.server";
import { auditLog } from "~/db/schema";

/** A database or a transaction: both can record */
type Executor = Pick<Database, "insert">;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: number | null;
  edition?: string | null;
  /** A title or a slug; never a password, a token or a reader's e-mail address */
  summary?: string;
}

export async function recordAudit(db: Executor, actor: Pick<SignedInUser, "id" | "email">, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    userId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    edition: entry.edition ?? null,
    summary: (entry.summary ?? "").slice(0, 300),
  });
}

export async function listAuditEntries(db: Database, { limit = 50, offset = 0 }: { limit?: number; offset?: number } = {}) {
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(limit).offset(offset),
    db.select({ count: sql<number>`count(*)::int` }).from(auditLog),
  ]);
  return { rows, total: total?.count ?? 0 };
}
