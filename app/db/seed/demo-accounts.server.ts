// The demo newsroom, so that `npm start` can be tried as an editor at once. Each account gets a random
// password, shown once on the console when it is created; none is written anywhere else.
import { count } from "drizzle-orm";
import { generatePassword } from "~/auth/password.server";
import type { Environment } from "~/env.server";
import { createUser } from "~/models/users.server";
import type { Database } from "../client.server";
import { users } from "../schema";

export const demoAccounts = [
  { email: "admin@example.org", role: "admin", editions: [] as string[], interfaceLanguage: "en" },
  { email: "editor@example.org", role: "editor", editions: ["en", "ar", "fa", "sq"], interfaceLanguage: "fa" },
  { email: "translator@example.org", role: "translator", editions: ["sq"], interfaceLanguage: "sq" },
] as const;

/** On the embedded database unless turned off; on a PostgreSQL server only when asked for (SEED_DEMO_ACCOUNTS=1) */
export function wantsDemoAccounts(environment: Pick<Environment, "SEED_DEMO_ACCOUNTS" | "SEED_DEMO_CONTENT" | "DATABASE_URL">): boolean {
  if (environment.SEED_DEMO_ACCOUNTS === "auto") return environment.SEED_DEMO_CONTENT === "auto" && !environment.DATABASE_URL;
  return environment.SEED_DEMO_ACCOUNTS === "1";
}

/**
 * Creates the demo accounts when the database has no account at all, each with a new random password
 * (or `password`, for tests that sign in), and tells the console which.
 */
export async function seedDemoAccounts(db: Database, password?: string): Promise<boolean> {
  const [row] = await db.select({ total: count() }).from(users);
  if ((row?.total ?? 0) > 0) return false;
  const created = [];
  for (const account of demoAccounts) {
    const accountPassword = password ?? generatePassword();
    await createUser(db, { ...account, editions: [...account.editions], password: accountPassword });
    created.push(`  ${account.email.padEnd(24)} ${account.role.padEnd(11)} ${password ? "(DEMO_ACCOUNT_PASSWORD)" : accountPassword}`);
  }
  console.log(
    [
      "Demo accounts created for the editorial screens (/admin). Their passwords are shown only this once:",
      ...created,
      "Lost them? Stop the server and run: npm run admin:create -- --email admin@example.org --reset-password",
    ].join("\n"),
  );
  return true;
}
