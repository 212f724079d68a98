import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "~/db/client.server";
import { announcedEdition, keepPageCacheFresh, stopPageCacheTimers } from "./invalidation.server";
import { pageCache, storedPage } from "./page-cache.server";

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

  it("forgets only the pages of the edition a change names; a change that names none, or cannot be read, empties the cache", async () => {
    const { connection, handlers } = connectionToDrive();
    await keepPageCacheFresh(connection);
    const cache = pageCache()!;
    const fill = () => ["/en", "/fa", "/ar/articles/a"].forEach((path) => cache.set(`http://example.org${path}`, storedPage(200, [], Buffer.from(path))));
    const kept = () => ["/en", "/fa", "/ar/articles/a"].filter((path) => cache.get(`http://example.org${path}`));

    fill();
    handlers.onNotify!(JSON.stringify({ edition: "fa", entityType: "media" }));
    expect(kept()).toEqual(["/en", "/ar/articles/a"]);
    fill();
    handlers.onNotify!(JSON.stringify({ edition: null, entityType: "identity" }));
    expect(kept()).toEqual([]);
    fill();
    handlers.onNotify!("not json");
    expect(kept()).toEqual([]);
  });

  it("reads the edition of an announced change only when the site has it", () => {
    expect(announcedEdition('{"edition":"ar","entityType":"article"}')).toBe("ar");
    expect(announcedEdition('{"edition":"de","entityType":"article"}')).toBeUndefined();
    expect(announcedEdition('{"edition":null,"entityType":"category"}')).toBeUndefined();
    expect(announcedEdition("null")).toBeUndefined();
    expect(announcedEdition(undefined)).toBeUndefined();
  });
});
