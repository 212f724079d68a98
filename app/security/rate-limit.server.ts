// Per-address rate limits, kept in this process's memory: a sliding window that remembers the
// moments of the last few accepted attempts per key. Several app instances each keep their own
// counts, so behind a load balancer the effective limit is per instance; a shared store (the
// database or Redis) would be the next step if that ever matters.
import { getEnvironment } from "~/env.server";

export interface RateLimitOptions {
  /** Attempts allowed per window */
  limit: number;
  windowMs: number;
  /** Addresses remembered at most; the oldest are forgotten first (bounds the memory a flood can take) */
  maxKeys?: number;
  now?: () => number;
}

export type RateLimitDecision =
  | {
      allowed: true;
      /** Gives the attempt back, e.g. when the form only came back with validation errors */
      release(): void;
    }
  | { allowed: false; retryAfterSeconds: number };

export class SlidingWindowRateLimiter {
  private readonly attempts = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RateLimitOptions) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Counts one attempt for `key` if the window has room for it */
  attempt(key: string): RateLimitDecision {
    const now = this.now();
    const recent = (this.attempts.get(key) ?? []).filter((moment) => moment > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.attempts.set(key, recent);
      const oldest = recent[0] ?? now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    // Re-inserting moves the key to the end of the Map's order, which is what forget() relies on
    this.attempts.delete(key);
    this.attempts.set(key, recent);
    this.forgetOldKeys(now);
    return {
      allowed: true,
      release: () => {
        const moments = this.attempts.get(key);
        const index = moments?.lastIndexOf(now) ?? -1;
        if (moments && index >= 0) moments.splice(index, 1);
      },
    };
  }

  /** How many addresses are remembered (for tests) */
  get size(): number {
    return this.attempts.size;
  }

  private forgetOldKeys(now: number): void {
    if (this.attempts.size <= this.maxKeys) return;
    for (const [key, moments] of this.attempts) {
      if (moments.every((moment) => moment <= now - this.windowMs)) this.attempts.delete(key);
    }
    for (const key of this.attempts.keys()) {
      if (this.attempts.size <= this.maxKeys) break;
      this.attempts.delete(key);
    }
  }
}

/** 429 with Retry-After, rendered by the localized error page */
export function tooManyRequests(retryAfterSeconds: number): Response {
  return new Response("Too Many Requests", {
    status: 429,
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}

const formLimiters = new Map<string, SlidingWindowRateLimiter>();

/**
 * One limiter per readers' form ("contact", "comments"), each counting on its own, all with the same
 * limit: CONTACT_RATE_LIMIT_MAX submissions per CONTACT_RATE_LIMIT_WINDOW_SECONDS per address
 */
export function formRateLimiter(form: "contact" | "comments"): SlidingWindowRateLimiter {
  let limiter = formLimiters.get(form);
  if (!limiter) {
    const environment = getEnvironment();
    limiter = new SlidingWindowRateLimiter({
      limit: environment.CONTACT_RATE_LIMIT_MAX,
      windowMs: environment.CONTACT_RATE_LIMIT_WINDOW_SECONDS * 1000,
    });
    formLimiters.set(form, limiter);
  }
  return limiter;
}

/** The contact form's limit (see formRateLimiter) */
export function contactRateLimiter(): SlidingWindowRateLimiter {
  return formRateLimiter("contact");
}
