// The audit log: who created, changed, published or deleted what, and when. Written in the same
// transaction as the change it records, so there is never a change without its record (or the reverse).
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { SignedInUser } from "~/auth/permissions";
import type { Database } from "~/db/client.server";
import { auditLog, users } from "~/db/schema";

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

export interface AuditQuery {
  limit?: number;
  offset?: number;
  entityType?: string;
  /** The acting account's id */
  actorId?: number;
}

/** Entries newest first, optionally of one kind of entity or by one account */
export async function listAuditEntries(db: Database, { limit = 50, offset = 0, entityType, actorId }: AuditQuery = {}) {
  const conditions: SQL[] = [];
  if (entityType) conditions.push(eq(auditLog.entityType, entityType));
  if (actorId !== undefined) conditions.push(eq(auditLog.userId, actorId));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(limit).offset(offset),
    db.select({ count: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.count ?? 0 };
}

/** What the audit log's filters offer: the kinds of entity and the accounts that appear in it */
export async function auditFilterChoices(db: Database) {
  const [entityTypes, actors] = await Promise.all([
    db.selectDistinct({ entityType: auditLog.entityType }).from(auditLog).orderBy(asc(auditLog.entityType)),
    db
      .selectDistinct({ id: users.id, email: users.email })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.userId))
      .orderBy(asc(users.email)),
  ]);
  return { entityTypes: entityTypes.map((row) => row.entityType), actors };
}
