// The demo newsroom of the embedded database (never of a PostgreSQL server: see database.server.ts),
// with the credentials README.md shows, so that `npm start` can be tried as an editor at once.
import { count } from "drizzle-orm";
import { createUser } from "~/models/users.server";
import type { Database } from "../client.server";
import { users } from "../schema";

export const demoAccounts = [
  { email: "admin@example.org", password: "newsroom-demo-admin", role: "admin", editions: [] as string[], interfaceLanguage: "en" },
  { email: "editor@example.org", password: "newsroom-demo-editor", role: "editor", editions: ["en", "ar", "fa", "sq"], interfaceLanguage: "fa" },
  { email: "translator@example.org", password: "newsroom-demo-translator", role: "translator", editions: ["sq"], interfaceLanguage: "sq" },
] as const;

/** Creates the demo accounts when the database has no account at all */
export async function seedDemoAccounts(db: Database): Promise<boolean> {
  const [row] = await db.select({ total: count() }).from(users);
  if ((row?.total ?? 0) > 0) return false;
  for (const account of demoAccounts) await createUser(db, { ...account, editions: [...account.editions] });
  return true;
}
