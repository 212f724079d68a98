// Editors' accounts. E-mail addresses are unique whatever their case; passwords only as hashes.
import { asc, eq, sql } from "drizzle-orm";
import { hashPassword } from "~/auth/password.server";
import type { SignedInUser } from "~/auth/permissions";
import type { Database } from "~/db/client.server";
import { users, type UserRole } from "~/db/schema";
import { recordAudit } from "./audit.server";

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

export async function createUser(db: Pick<Database, "insert">, input: NewUser): Promise<SignedInUser> {
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

// ---- Managing accounts (administrators only): every change recorded in the audit log, never a password ----

type Actor = Pick<SignedInUser, "id" | "email">;

export interface AccountSettings {
  role: UserRole;
  /** Ignored for administrators, who work on every edition */
  editions: string[];
  interfaceLanguage: string;
}

export interface Account extends SignedInUser {
  disabled: boolean;
  createdAt: Date;
}

export async function findAccount(db: Database, id: number): Promise<Account | null> {
  const [row] = await db
    .select({ ...signedInColumns, disabled: users.disabled, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

export async function isEmailTaken(db: Database, email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${normalizeEmail(email)}`).limit(1);
  return Boolean(row);
}

const editionsFor = (settings: AccountSettings) => (settings.role === "admin" ? [] : [...new Set(settings.editions)]);
const describe = (email: string, settings: AccountSettings) =>
  `${email} · ${settings.role}${settings.role === "admin" ? "" : ` · ${editionsFor(settings).join(", ")}`}`;

/** Creates an account with the given (generated) password and records its creation */
export async function createAccount(db: Database, actor: Actor, input: AccountSettings & { email: string; password: string }): Promise<SignedInUser> {
  return db.transaction(async (tx) => {
    const created = await createUser(tx, { ...input, editions: editionsFor(input) });
    await recordAudit(tx, actor, { action: "create", entityType: "user", entityId: created.id, summary: describe(created.email, input) });
    return created;
  });
}

export async function updateAccount(db: Database, actor: Actor, account: Pick<Account, "id" | "email">, settings: AccountSettings): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ role: settings.role, editions: editionsFor(settings), interfaceLanguage: settings.interfaceLanguage, updatedAt: sql`now()` })
      .where(eq(users.id, account.id));
    await recordAudit(tx, actor, { action: "update", entityType: "user", entityId: account.id, summary: describe(account.email, settings) });
  });
}

/** Disables or enables an account; the caller ends a disabled account's sessions (endSessionsOf) */
export async function setAccountDisabled(db: Database, actor: Actor, account: Pick<Account, "id" | "email">, disabled: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ disabled, updatedAt: sql`now()` }).where(eq(users.id, account.id));
    await recordAudit(tx, actor, { action: disabled ? "disable" : "enable", entityType: "user", entityId: account.id, summary: account.email });
  });
}

/** Replaces an account's password with a new (generated) one; the caller ends its sessions (endSessionsOf) */
export async function resetAccountPassword(db: Database, actor: Actor, account: Pick<Account, "id" | "email">, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, account.id));
    await recordAudit(tx, actor, { action: "reset-password", entityType: "user", entityId: account.id, summary: account.email });
  });
}

export type SelfChangeProblem = "selfDisable" | "selfDemote" | "selfReset";

/**
 * What an administrator may not do to their own account: disable it or give up the administrator role
 * (there is then always an administrator left), or reset their password here (that would end the session
 * the new password is shown in).
 */
export function selfChangeProblem(
  actor: Pick<SignedInUser, "id">,
  account: Pick<Account, "id" | "role">,
  change: { disable?: boolean; role?: UserRole; resetPassword?: boolean },
): SelfChangeProblem | null {
  if (actor.id !== account.id) return null;
  if (change.disable) return "selfDisable";
  if (change.role && change.role !== account.role) return "selfDemote";
  if (change.resetPassword) return "selfReset";
  return null;
}
