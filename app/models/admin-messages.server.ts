// The editors' inbox of contact messages, in the editions they work on: new, read and archived.
// Reading and archiving are recorded in the audit log with the message's id and subject, never the
// sender's address (the audit log is seen by every administrator and kept for long).
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { SignedInUser } from "~/auth/permissions";
import type { Database } from "~/db/client.server";
import { contactMessages, contactMessageStatuses } from "~/db/schema";
import { recordAudit } from "./audit.server";

export type ContactMessageStatus = (typeof contactMessageStatuses)[number];

export function isContactMessageStatus(value: string | null | undefined): value is ContactMessageStatus {
  return (contactMessageStatuses as readonly string[]).includes(value ?? "");
}

export interface InboxQuery {
  editions: readonly string[];
  status: ContactMessageStatus;
  edition?: string;
  page?: number;
  pageSize?: number;
}

/** One tab of the inbox, newest first, with the number of messages in each tab */
export async function listInbox(db: Database, query: InboxQuery) {
  const pageSize = query.pageSize ?? 30;
  const page = Math.max(1, query.page ?? 1);
  const editions = query.edition ? query.editions.filter((code) => code === query.edition) : [...query.editions];
  if (editions.length === 0) return { rows: [], counts: { new: 0, read: 0, archived: 0 }, page, pageCount: 1 };
  const inEditions = inArray(contactMessages.edition, editions);
  const [rows, countRows] = await Promise.all([
    db
      .select({
        id: contactMessages.id,
        edition: contactMessages.edition,
        name: contactMessages.name,
        subject: contactMessages.subject,
        status: contactMessages.status,
        createdAt: contactMessages.createdAt,
      })
      .from(contactMessages)
      .where(and(inEditions, eq(contactMessages.status, query.status)))
      .orderBy(desc(contactMessages.createdAt), desc(contactMessages.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ status: contactMessages.status, count: sql<number>`count(*)::int` })
      .from(contactMessages)
      .where(inEditions)
      .groupBy(contactMessages.status),
  ]);
  const counts = { new: 0, read: 0, archived: 0 } satisfies Record<ContactMessageStatus, number>;
  for (const row of countRows) counts[row.status] = row.count;
  return { rows, counts, page, pageCount: Math.max(1, Math.ceil(counts[query.status] / pageSize)) };
}

export async function findContactMessage(db: Database, id: number) {
  const [row] = await db.select().from(contactMessages).where(eq(contactMessages.id, id)).limit(1);
  return row ?? null;
}

type Actor = Pick<SignedInUser, "id" | "email">;
type MessageRef = { id: number; edition: string; subject: string; status: ContactMessageStatus };

/** Opening a new message marks it read (once: opening it again records nothing) */
export async function markContactMessageRead(db: Database, actor: Actor, message: MessageRef): Promise<boolean> {
  if (message.status !== "new") return false;
  return db.transaction(async (tx) => {
    // Only if still new: two editors opening it at once record one reading
    const updated = await tx
      .update(contactMessages)
      .set({ status: "read" })
      .where(and(eq(contactMessages.id, message.id), eq(contactMessages.status, "new")))
      .returning({ id: contactMessages.id });
    if (updated.length === 0) return false;
    await recordAudit(tx, actor, { action: "read", entityType: "contact-message", entityId: message.id, edition: message.edition, summary: message.subject });
    return true;
  });
}

/** Archives a message, or brings an archived one back to the inbox (as read) */
export async function setContactMessageArchived(db: Database, actor: Actor, message: MessageRef, archived: boolean): Promise<void> {
  const status: ContactMessageStatus = archived ? "archived" : "read";
  if (message.status === status) return;
  await db.transaction(async (tx) => {
    await tx.update(contactMessages).set({ status }).where(eq(contactMessages.id, message.id));
    await recordAudit(tx, actor, {
      action: archived ? "archive" : "unarchive",
      entityType: "contact-message",
      entityId: message.id,
      edition: message.edition,
      summary: message.subject,
    });
  });
}
