// Keeps the page cache, the listings' kept facts (listing-facts.server.ts) and recent searches true to the database: emptied
// when a change is announced (LISTEN content_changed, sent by app/content/changes.server.ts after the
// change commits, to every server process: the pages of the edition it names) and when the next scheduled
// item's publication time comes (every page).
import { sql } from "drizzle-orm";
import { contentChangedChannel, type ContentChange } from "~/content/changes.server";
import type { DatabaseConnection } from "~/db/client.server";
import { editionCodes } from "~/editions";
import { logger } from "~/logging.server";
import { forgetSiteIdentity } from "~/models/site-identity.server";
import { forgetListingFacts } from "./listing-facts.server";
import { pageCache } from "./page-cache.server";
import { forgetSearchResults } from "./search-results.server";

/** What was kept from the database's content, forgotten: one edition's pages when the change names it, else all */
function forgetContent(announced?: string): void {
  const edition = announcedEdition(announced);
  if (edition) pageCache()?.forgetEdition(edition);
  else pageCache()?.clear();
  forgetListingFacts();
  forgetSiteIdentity();
  forgetSearchResults();
}

/** The edition a change announced (changes.server.ts) names, if it names one this site has */
export function announcedEdition(payload: string | undefined): string | undefined {
  try {
    const { edition } = JSON.parse(payload ?? "null") as Partial<ContentChange> | null ?? {};
    return typeof edition === "string" && (editionCodes as readonly string[]).includes(edition) ? edition : undefined;
  } catch {
    return undefined;
  }
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
  const emptyAndRearm = (payload?: string) => {
    forgetContent(payload);
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
