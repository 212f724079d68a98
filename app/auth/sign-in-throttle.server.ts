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

async function decide(reader: Pick<Database, "select">, emailKey: string, clientAddress: string): Promise<ThrottleDecision> {
  const { SIGN_IN_MAX_FAILURES: max, SIGN_IN_WINDOW_SECONDS: window, SIGN_IN_LOCKOUT_SECONDS: lockout } = getEnvironment();
  const since = sql`now() - make_interval(secs => ${window})`;
  const [counts] = await reader
    .select({
      forAccount: sql<number>`count(*) filter (where ${signInFailures.emailKey} = ${emailKey})::int`,
      fromAddress: sql<number>`count(*) filter (where ${signInFailures.clientAddress} = ${clientAddress})::int`,
      secondsSinceLast: sql<number>`coalesce(extract(epoch from now() - max(${signInFailures.createdAt})), 0)::float8`,
    })
    .from(signInFailures)
    .where(and(gt(signInFailures.createdAt, since), or(eq(signInFailures.emailKey, emailKey), eq(signInFailures.clientAddress, clientAddress))));
  if (!counts || (counts.forAccount < max && counts.fromAddress < max * 4)) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(lockout - counts.secondsSinceLast)) };
}

/**
 * Decides whether the password may be checked and, if so, counts the attempt as a failure already (a
 * success clears it). Decided and counted under a lock per account and per address: checked, then
 * recorded after the password check, 20 simultaneous guesses all found room.
 */
export async function beginSignInAttempt(db: Database, email: string, clientAddress: string): Promise<ThrottleDecision> {
  const { SIGN_IN_WINDOW_SECONDS: window, SIGN_IN_LOCKOUT_SECONDS: lockout } = getEnvironment();
  // Failures older than both the window and the lock-out no longer matter to anyone
  await db.delete(signInFailures).where(lt(signInFailures.createdAt, sql`now() - make_interval(secs => ${Math.max(window, lockout)})`));
  const emailKey = normalizeEmail(email);
  // A lock-out seen without the lock is already a correct refusal: a flood of guesses does not queue for it,
  // each holding a pooled connection (as in rate-limit.server.ts)
  const seen = await decide(db, emailKey, clientAddress);
  if (!seen.allowed) return seen;
  return db.transaction(async (transaction) => {
    // Always the account's lock first, then the address's: no two attempts wait for each other in a circle
    await transaction.execute(sql`select pg_advisory_xact_lock(hashtext('sign_in_failures account'), hashtext(${emailKey}))`);
    await transaction.execute(sql`select pg_advisory_xact_lock(hashtext('sign_in_failures address'), hashtext(${clientAddress}))`);
    const decision = await decide(transaction, emailKey, clientAddress);
    if (decision.allowed) await transaction.insert(signInFailures).values({ emailKey, clientAddress });
    return decision;
  });
}

/** Whether the next attempt would be refused: after a wrong password, tells at once that it was the last one allowed */
export function checkSignInThrottle(db: Database, email: string, clientAddress: string): Promise<ThrottleDecision> {
  return decide(db, normalizeEmail(email), clientAddress);
}

/** A successful sign-in forgives the account's failures, its own attempt included */
export async function clearSignInFailures(db: Database, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.emailKey, normalizeEmail(email)));
}
