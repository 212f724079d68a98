// Editors' accounts. E-mail addresses are unique whatever their case; passwords only as hashes.
import { asc, eq, sql } from "drizzle-orm";
import { hashPassword } from "~/auth/password.server";
import type { SignedInUser } from "~/auth/permissions";
import type { Database } from "~/db/client.server";
import { users, type UserRole } from "~/db/schema";

export interface NewUser {
  email: string;
  password: string;
  role: UserRole;
  editions?: string[];
  interfaceLanguage?: string;
}

const signedInColumns = {
  id: users.id,
  email: users.email,
  role: users.role,
  editions: users.editions,
  interfaceLanguage: users.interfaceLanguage,
};

export function normalizeEmail(email: string): string {
  return email.trim().normalize("NFC").toLowerCase();
}

export async function createUser(db: Database, input: NewUser): Promise<SignedInUser> {
  const [row] = await db
    .insert(users)
    .values({
      email: normalizeEmail(input.email),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      editions: input.editions ?? [],
      interfaceLanguage: input.interfaceLanguage ?? "en",
    })
    .returning(signedInColumns);
  return row!;
}

/** The account with this address and its password hash, for signing in; disabled accounts are not found */
export async function findUserForSignIn(db: Database, email: string) {
  const [row] = await db
    .select({ ...signedInColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)} and not ${users.disabled}`)
    .limit(1);
  return row ?? null;
}

export async function findUserById(db: Database, id: number): Promise<SignedInUser | null> {
  const [row] = await db.select(signedInColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function listUsers(db: Database) {
  return db
    .select({ ...signedInColumns, disabled: users.disabled, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email));
}

export async function setInterfaceLanguage(db: Database, userId: number, language: string): Promise<void> {
  await db.update(users).set({ interfaceLanguage: language, updatedAt: sql`now()` }).where(eq(users.id, userId));
}
