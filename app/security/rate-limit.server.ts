// Per-address rate limits for the readers' forms: at most CONTACT_RATE_LIMIT_MAX submissions of a form
// per CONTACT_RATE_LIMIT_WINDOW_SECONDS from one address, each form counted on its own, over a sliding
// window. The attempts are kept in the database (form_attempts), so every server process (cluster workers,
// several machines on one database) and a restart see the same count: kept in each process's memory, the
// limit was per worker, twice the intended one on two cores.
import { and, asc, eq, gt, lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import type { Database } from "~/db/client.server";
import { formAttempts } from "~/db/schema";
import { getEnvironment } from "~/env.server";

/** The search form counts searches, each form on its own window (searchRateLimit) */
export type ReaderForm = "contact" | "comments" | "search";

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

/** Searches one address may run per window (a repeated search kept in memory is not one) */
export function searchRateLimit(): RateLimit {
  const environment = getEnvironment();
  return { limit: environment.SEARCH_RATE_LIMIT_MAX, windowSeconds: environment.SEARCH_RATE_LIMIT_WINDOW_SECONDS };
}

/** When the window that ends now began */
function windowStartFor(windowSeconds: number): SQL {
  return sql`now() - make_interval(secs => ${windowSeconds})`;
}

/**
 * Windows this process has seen full, by form and address. Attempts only leave a window, so a full window
 * seen stays full until its oldest attempt leaves it; the one exception is an attempt given back (a form
 * that came back with errors), which makes this process forget the refusal. Another process gives an
 * attempt back a few milliseconds after it was made, so a refusal is still rechecked after `recheckMs`.
 * Under a flood from one address, each process asks the database about it once in that time instead of at
 * every post, and refuses the rest from memory, in the same turn of its event loop (docs/reliability.md,
 * "Load").
 */
export class KnownRefusals {
  private readonly refusals = new Map<string, { recheckAt: number; freeAt: number }>();

  constructor(
    private readonly recheckMs = 10_000,
    /** Beyond this many addresses the oldest are forgotten (they only cost a database read again) */
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  remember(form: ReaderForm, clientAddress: string, retryAfterSeconds: number): void {
    const now = this.now();
    const key = `${form} ${clientAddress}`;
    this.refusals.delete(key);
    this.refusals.set(key, { recheckAt: now + Math.min(this.recheckMs, retryAfterSeconds * 1_000), freeAt: now + retryAfterSeconds * 1_000 });
    // Entries are kept for at most recheckMs, in the order they were made: the first are the oldest
    for (const [oldestKey, oldest] of this.refusals) {
      if (this.refusals.size <= this.maxEntries && oldest.recheckAt > now) break;
      this.refusals.delete(oldestKey);
    }
  }

  forget(form: ReaderForm, clientAddress: string): void {
    this.refusals.delete(`${form} ${clientAddress}`);
  }

  /** A refusal remembered for this form and address and not yet due for a recheck */
  refusal(form: ReaderForm, clientAddress: string): { allowed: false; retryAfterSeconds: number } | undefined {
    const known = this.refusals.get(`${form} ${clientAddress}`);
    const now = this.now();
    if (!known || known.recheckAt <= now) return undefined;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((known.freeAt - now) / 1_000)) };
  }
}

/** This process's memory of full windows (the readers' forms share it, and so does the early refusal, early-refusal.server.ts) */
export const knownRefusals = new KnownRefusals();

/** The window's attempts, oldest first, as many as the limit: a refusal when they fill it (then remembered) */
async function refusalIfFull(
  reader: Pick<Database, "select">,
  form: ReaderForm,
  clientAddress: string,
  { limit, windowSeconds }: RateLimit,
): Promise<{ allowed: false; retryAfterSeconds: number } | undefined> {
  const windowStart = windowStartFor(windowSeconds);
  const recent = await reader
    .select({ secondsUntilFree: sql<number>`extract(epoch from ${formAttempts.createdAt} + make_interval(secs => ${windowSeconds}) - now())::float8` })
    .from(formAttempts)
    .where(and(eq(formAttempts.form, form), eq(formAttempts.clientAddress, clientAddress), gt(formAttempts.createdAt, windowStart)))
    .orderBy(asc(formAttempts.createdAt))
    .limit(limit);
  if (recent.length < limit) return undefined;
  const retryAfterSeconds = Math.max(1, Math.ceil(recent[0]!.secondsUntilFree));
  knownRefusals.remember(form, clientAddress, retryAfterSeconds);
  return { allowed: false, retryAfterSeconds };
}

/**
 * Counts one submission of `form` from `clientAddress` if the window has room for it.
 *
 * An address whose window is full is refused by one read, without a lock: attempts only leave the window,
 * so a full window seen is a correct refusal. Under a flood from one address nearly every post is such a
 * refusal; taking the lock for each made them queue behind each other, every waiter holding one of the
 * pool's connections, until reader pages waited for a connection too (docs/reliability.md, "Load").
 * With room, the decision is taken again under a transaction-scoped advisory lock per form and address, so
 * that simultaneous posts from one address (in different processes) cannot all see room for themselves.
 */
export async function attemptFormSubmission(
  form: ReaderForm,
  clientAddress: string,
  rateLimit: RateLimit = configuredLimit(),
  db?: Database,
): Promise<RateLimitDecision> {
  const known = knownRefusals.refusal(form, clientAddress);
  if (known) return known;
  const database = db ?? (await getDb());
  const seenFull = await refusalIfFull(database, form, clientAddress, rateLimit);
  if (seenFull) return seenFull;
  const decision = await database.transaction(async (transaction) => {
    await transaction.execute(sql`select pg_advisory_xact_lock(hashtext('form_attempts'), hashtext(${`${form} ${clientAddress}`}))`);
    const refusal = await refusalIfFull(transaction, form, clientAddress, rateLimit);
    if (refusal) return refusal;
    const [row] = await transaction.insert(formAttempts).values({ form, clientAddress }).returning({ id: formAttempts.id });
    return { allowed: true as const, id: row!.id };
  });
  if (!decision.allowed) return decision;
  // Attempts older than the window no longer count for anyone; deleted outside the lock, which guards one
  // address only. This form's only: the forms' windows differ
  await database.delete(formAttempts).where(and(eq(formAttempts.form, form), lt(formAttempts.createdAt, windowStartFor(rateLimit.windowSeconds))));
  return {
    allowed: true,
    release: async () => {
      await database.delete(formAttempts).where(eq(formAttempts.id, decision.id));
      knownRefusals.forget(form, clientAddress);
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
