// The server's life, wired in one place: the database opens (migrated, seeded when empty) with the page
// cache listening for its changes, and both stop together. Called by app/http/start.server.ts before it listens and on
// SIGTERM/SIGINT.
import { keepPageCacheFresh, stopPageCacheTimers } from "./cache/invalidation.server";
import { accompanyConnections, startDatabase, stopDatabase } from "./db/database.server";

accompanyConnections({ opened: keepPageCacheFresh, closing: stopPageCacheTimers });

export const lifecycle = { start: startDatabase, stop: stopDatabase };
