import { describe, expect, it } from "vitest";
import { SlidingWindowRateLimiter, tooManyRequests } from "./rate-limit.server";

function limiterWithClock(limit: number, windowMs: number, maxKeys?: number) {
  const clock = { now: 1_000_000 };
  const limiter = new SlidingWindowRateLimiter({ limit, windowMs, maxKeys, now: () => clock.now });
  return { limiter, clock };
}

describe("the sliding-window rate limiter", () => {
  it("lets an address send up to the limit, then refuses and says when to come back", () => {
    const { limiter, clock } = limiterWithClock(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(limiter.attempt("198.51.100.1").allowed).toBe(true);
      clock.now += 10_000;
    }
    const refused = limiter.attempt("198.51.100.1");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it("counts each address on its own", () => {
    const { limiter } = limiterWithClock(1, 60_000);
    expect(limiter.attempt("198.51.100.1").allowed).toBe(true);
    expect(limiter.attempt("198.51.100.1").allowed).toBe(false);
    expect(limiter.attempt("198.51.100.2").allowed).toBe(true);
  });

  it("makes room again as the oldest attempts slide out of the window", () => {
    const { limiter, clock } = limiterWithClock(2, 60_000);
    limiter.attempt("a");
    clock.now += 30_000;
    limiter.attempt("a");
    expect(limiter.attempt("a").allowed).toBe(false);
    clock.now += 30_001; // the first attempt is now older than the window
    expect(limiter.attempt("a").allowed).toBe(true);
    expect(limiter.attempt("a").allowed).toBe(false);
  });

  it("gives a released attempt back (a form returned with errors is not a message)", () => {
    const { limiter } = limiterWithClock(1, 60_000);
    const first = limiter.attempt("a");
    expect(first.allowed).toBe(true);
    if (first.allowed) first.release();
    expect(limiter.attempt("a").allowed).toBe(true);
    expect(limiter.attempt("a").allowed).toBe(false);
  });

  it("remembers a bounded number of addresses, forgetting the oldest first", () => {
    const { limiter } = limiterWithClock(1, 60_000, 3);
    for (const key of ["a", "b", "c", "d"]) limiter.attempt(key);
    expect(limiter.size).toBe(3);
    expect(limiter.attempt("a").allowed).toBe(true); // "a" was forgotten
    expect(limiter.attempt("d").allowed).toBe(false);
  });

  it("answers 429 with Retry-After", () => {
    const response = tooManyRequests(42);
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("42");
  });
});
