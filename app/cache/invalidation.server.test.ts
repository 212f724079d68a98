import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "~/db/client.server";
import { keepPageCacheFresh, stopPageCacheTimers } from "./invalidation.server";
import { pageCache } from "./page-cache.server";

/** A connection whose LISTEN the test drives: it can announce a change, or come back after being lost */
function connectionToDrive() {
  const handlers: { onNotify?: (payload: string) => void; onListen?: () => void } = {};
  const connection = {
    driver: "postgres",
    // No scheduled publication ahead
    db: { execute: async () => [{ next: null }] },
    listen: async (_channel: string, onNotify: (payload: string) => void, onListen?: () => void) => {
      handlers.onNotify = onNotify;
      handlers.onListen = onListen;
      onListen?.();
    },
    close: async () => {},
  } as unknown as DatabaseConnection;
  return { connection, handlers };
}

afterEach(() => stopPageCacheTimers());

describe("keeping the page cache true to the database", () => {
  it("empties the cache when a change is announced, and when the LISTEN comes back after being lost (changes announced meanwhile were missed)", async () => {
    const { connection, handlers } = connectionToDrive();
    await keepPageCacheFresh(connection);
    const cache = pageCache()!;
    const clearsAtStart = cache.generation;

    // Listening for the first time empties nothing
    expect(cache.generation).toBe(clearsAtStart);

    handlers.onNotify!(JSON.stringify({ edition: "en", entityType: "article" }));
    expect(cache.generation).toBe(clearsAtStart + 1);

    // postgres.js lost the LISTEN connection (an outage) and listens again on a new one
    handlers.onListen!();
    expect(cache.generation).toBe(clearsAtStart + 2);
  });
});
