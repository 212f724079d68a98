// Guessing passwords is slowed, then stopped: after SIGN_IN_MAX_FAILURES failed sign-ins for one
// account within SIGN_IN_WINDOW_SECONDS (or four times that from one address, whatever the account),
// sign-in answers 429 until SIGN_IN_LOCKOUT_SECONDS after the last failure. Failures are kept in the
// database, so every server process (and a restart) sees the same count.
import { and, eq, gt, lt, or, sql } from "drizzle-orm";
import type { Database } from "~/db/client.server";
import { signInFailures } from "~/db/schema";
import { getEnvironment } from "~/env.server";
import { normalizeEmail } from "~/models/users.server";

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function checkSignInThrottle(db: Database, email: string, clientAddress: string): Promise<ThrottleDecision> {
  const { SIGN_IN_MAX_FAILURES: max, SIGN_IN_WINDOW_SECONDS: window, SIGN_IN_LOCKOUT_SECONDS: lockout } = getEnvironment();
  // Failures older than both the window and the lock-out no longer matter to anyone
  await db.delete(signInFailures).where(lt(signInFailures.createdAt, sql`now() - make_interval(secs => ${Math.max(window, lockout)})`));
  const since = sql`now() - make_interval(secs => ${window})`;
  const [counts] = await db
    .select({
      forAccount: sql<number>`count(*) filter (where ${signInFailures.emailKey} = ${normalizeEmail(email)})::int`,
      fromAddress: sql<number>`count(*) filter (where ${signInFailures.clientAddress} = ${clientAddress})::int`,
      secondsSinceLast: sql<number>`coalesce(extract(epoch from now() - max(${signInFailures.createdAt})), 0)::float8`,
    })
    .from(signInFailures)
    .where(
      and(
        gt(signInFailures.createdAt, since),
        or(eq(signInFailures.emailKey, normalizeEmail(email)), eq(signInFailures.clientAddress, clientAddress)),
      ),
    );
  if (!counts || (counts.forAccount < max && counts.fromAddress < max * 4)) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(lockout - counts.secondsSinceLast)) };
}

export async function recordSignInFailure(db: Database, email: string, clientAddress: string): Promise<void> {
  await db.insert(signInFailures).values({ emailKey: normalizeEmail(email), clientAddress });
}

/** A successful sign-in forgives the account's failures */
export async function clearSignInFailures(db: Database, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.emailKey, normalizeEmail(email)));
}
