// Per-address rate limits for the readers' forms: at most CONTACT_RATE_LIMIT_MAX submissions of a form
// per CONTACT_RATE_LIMIT_WINDOW_SECONDS from one address, each form counted on its own, over a sliding
// window. The attempts are kept in the database (form_attempts), so every server process (cluster workers,
// several machines on one database) and a restart see the same count: kept in each process's memory, the
// limit was per worker, twice the intended one on two cores.
import { and, asc, eq, gt, lt, sql } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import type { Database } from "~/db/client.server";
import { formAttempts } from "~/db/schema";
import { getEnvironment } from "~/env.server";

export type ReaderForm = "contact" | "comments";

export type RateLimitDecision =
  | {
      allowed: true;
      /** Gives the attempt back, e.g. when the form only came back with validation errors */
      release(): Promise<void>;
    }
  | { allowed: false; retryAfterSeconds: number };

export interface RateLimit {
  /** Attempts allowed per window */
  limit: number;
  windowSeconds: number;
}

function configuredLimit(): RateLimit {
  const environment = getEnvironment();
  return { limit: environment.CONTACT_RATE_LIMIT_MAX, windowSeconds: environment.CONTACT_RATE_LIMIT_WINDOW_SECONDS };
}

/**
 * Counts one submission of `form` from `clientAddress` if the window has room for it. Decided under a
 * transaction-scoped advisory lock per form and address, so that simultaneous posts from one address (in
 * different processes) cannot all see room for themselves.
 */
export async function attemptFormSubmission(
  form: ReaderForm,
  clientAddress: string,
  { limit, windowSeconds }: RateLimit = configuredLimit(),
  db?: Database,
): Promise<RateLimitDecision> {
  const database = db ?? (await getDb());
  const windowStart = sql`now() - make_interval(secs => ${windowSeconds})`;
  const decision = await database.transaction(async (transaction) => {
    await transaction.execute(sql`select pg_advisory_xact_lock(hashtext('form_attempts'), hashtext(${`${form} ${clientAddress}`}))`);
    // Attempts older than the window no longer count for anyone
    await transaction.delete(formAttempts).where(lt(formAttempts.createdAt, windowStart));
    const recent = await transaction
      .select({ secondsUntilFree: sql<number>`extract(epoch from ${formAttempts.createdAt} + make_interval(secs => ${windowSeconds}) - now())::float8` })
      .from(formAttempts)
      .where(and(eq(formAttempts.form, form), eq(formAttempts.clientAddress, clientAddress), gt(formAttempts.createdAt, windowStart)))
      .orderBy(asc(formAttempts.createdAt))
      .limit(limit);
    if (recent.length >= limit) return { allowed: false as const, retryAfterSeconds: Math.max(1, Math.ceil(recent[0]!.secondsUntilFree)) };
    const [row] = await transaction.insert(formAttempts).values({ form, clientAddress }).returning({ id: formAttempts.id });
    return { allowed: true as const, id: row!.id };
  });
  if (!decision.allowed) return decision;
  return {
    allowed: true,
    release: async () => {
      await database.delete(formAttempts).where(eq(formAttempts.id, decision.id));
    },
  };
}

/** 429 with Retry-After, rendered by the localized error page */
export function tooManyRequests(retryAfterSeconds: number): Response {
  return new Response("Too Many Requests", {
    status: 429,
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}
