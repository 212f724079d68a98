// Messages readers send through the contact form. A message is stored before the reader is told
// it was received; the editors' inbox will read them from here.
import { getDb } from "~/db/database.server";
import { contactMessages } from "~/db/schema";

export interface NewContactMessage {
  edition: string;
  name: string;
  email: string;
  subject: string;
  message: string;
}

/** Stores a reader's message (status "new") and returns its id */
export async function createContactMessage(input: NewContactMessage): Promise<{ id: number }> {
  const db = await getDb();
  const [row] = await db
    .insert(contactMessages)
    .values({
      edition: input.edition,
      name: input.name,
      email: input.email,
      subject: input.subject,
      message: input.message,
    })
    .returning({ id: contactMessages.id });
  if (!row) throw new Error("The contact message was not stored");
  return row;
}
