// Editorial sessions: a random id in an HttpOnly cookie, only its SHA-256 kept in the database (a
// leaked table signs no one in). A new id at every sign-in (no session fixation); sessions end after
// ADMIN_SESSION_HOURS and at sign-out, when the row is deleted.
import { createHash, randomBytes } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { and, eq, gt, lte, sql } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { sessions, users } from "~/db/schema";
import { getEnvironment } from "~/env.server";
import type { SignedInUser } from "./permissions";

const sessionCookie = createCookie("admin_session", {
  // "/": the client-side data requests of the editorial screens go to /admin.data, outside a /admin path
  path: "/",
  httpOnly: true,
  sameSite: "lax",
});

const digest = (sessionId: string) => createHash("sha256").update(sessionId).digest("hex");
const isSecure = (request: Request) => new URL(request.url).protocol === "https:";

async function readSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie")).catch(() => null);
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

/** Starts a session for `userId` and answers the Set-Cookie header that carries it */
export async function startSession(request: Request, userId: number): Promise<string> {
  const db = await getDb();
  const hours = getEnvironment().ADMIN_SESSION_HOURS;
  // Whatever session the browser had before is over: its id must not survive the sign-in
  const previous = await readSessionId(request);
  if (previous) await db.delete(sessions).where(eq(sessions.id, digest(previous)));
  // Expired sessions of everyone are cleared on the way, so the table does not grow forever
  await db.delete(sessions).where(lte(sessions.expiresAt, sql`now()`));
  const sessionId = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id: digest(sessionId),
    userId,
    expiresAt: sql`now() + make_interval(secs => ${Math.round(hours * 3600)})`,
  });
  return sessionCookie.serialize(sessionId, { secure: isSecure(request), maxAge: Math.round(hours * 3600) });
}

/** The signed-in user, or null (no cookie, unknown or expired session, disabled account) */
export async function findSessionUser(request: Request): Promise<SignedInUser | null> {
  const sessionId = await readSessionId(request);
  if (!sessionId) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      role: users.role,
      editions: users.editions,
      interfaceLanguage: users.interfaceLanguage,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, digest(sessionId)), gt(sessions.expiresAt, sql`now()`), eq(users.disabled, false)))
    .limit(1);
  return row ?? null;
}

/** Ends the browser's session and answers the Set-Cookie header that clears the cookie */
export async function endSession(request: Request): Promise<string> {
  const sessionId = await readSessionId(request);
  if (sessionId) await (await getDb()).delete(sessions).where(eq(sessions.id, digest(sessionId)));
  return sessionCookie.serialize("", { secure: isSecure(request), maxAge: 0 });
}

/** Ends every session of a user (a disabled account, a changed password) */
export async function endSessionsOf(userId: number): Promise<void> {
  await (await getDb()).delete(sessions).where(eq(sessions.userId, userId));
}
