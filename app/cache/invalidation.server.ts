// Keeps the page cache, the listings' kept facts (listing-facts.server.ts) and recent searches true to the database: emptied
// when a change is announced (LISTEN content_changed, sent by app/content/changes.server.ts after the
// change commits, to every server process) and when the next scheduled item's publication time comes.
import { sql } from "drizzle-orm";
import { contentChangedChannel } from "~/content/changes.server";
import type { DatabaseConnection } from "~/db/client.server";
import { logger } from "~/logging.server";
import { forgetSiteIdentity } from "~/models/site-identity.server";
import { forgetListingFacts } from "./listing-facts.server";
import { pageCache } from "./page-cache.server";
import { forgetSearchResults } from "./search-results.server";

/** Everything kept from the database's content, forgotten */
function forgetContent(): void {
  pageCache()?.clear();
  forgetListingFacts();
  forgetSiteIdentity();
  forgetSearchResults();
}

/** setTimeout's limit (about 24.8 days); a later publication is looked at again then */
const longestTimer = 2 ** 31 - 1;
let scheduledTimer: ReturnType<typeof setTimeout> | undefined;

async function nextScheduledPublication(connection: DatabaseConnection): Promise<Date | null> {
  const rows = (await connection.db.execute(sql`
    select min(published_at) as next from (
      select min(published_at) as published_at from articles where status <> 'draft' and published_at > now()
      union all select min(published_at) from media_items where status <> 'draft' and published_at > now()
      union all select min(published_at) from publications where status <> 'draft' and published_at > now()
    ) upcoming`)) as unknown as { rows?: { next: string | Date | null }[] } | { next: string | Date | null }[];
  const first = Array.isArray(rows) ? rows[0] : rows.rows?.[0];
  return first?.next ? new Date(first.next) : null;
}

async function armScheduledTimer(connection: DatabaseConnection): Promise<void> {
  clearTimeout(scheduledTimer);
  const next = await nextScheduledPublication(connection);
  if (!next) return;
  // A second late, so that now() in the pages' queries has passed the publication time
  scheduledTimer = setTimeout(() => {
    forgetContent();
    armScheduledTimer(connection).catch((error: unknown) => logger.warn({ err: error }, "could not look up the next scheduled publication"));
  }, Math.min(Math.max(next.getTime() - Date.now() + 1_000, 0), longestTimer));
  scheduledTimer.unref();
}

export async function keepPageCacheFresh(connection: DatabaseConnection): Promise<void> {
  // (With PAGE_CACHE=off too: the listings' facts are kept either way)
  const emptyAndRearm = () => {
    forgetContent();
    // A change may have scheduled something sooner (or unscheduled the next one)
    armScheduledTimer(connection).catch((error: unknown) => logger.warn({ err: error }, "could not look up the next scheduled publication"));
  };
  let listening = false;
  await connection.listen(contentChangedChannel, emptyAndRearm, () => {
    // Listening again after the LISTEN connection was lost (an outage, a database restart): a change
    // announced meanwhile reached no one, so this process's pages may predate it
    if (listening) {
      logger.info("listening for content changes again; page cache emptied");
      emptyAndRearm();
    }
    listening = true;
  });
  await armScheduledTimer(connection);
}

export function stopPageCacheTimers(): void {
  clearTimeout(scheduledTimer);
}
