// The site's identity (app/identity/site-identity.ts) read for an edition with one query and kept in
// memory until content changes (app/cache/invalidation.server.ts forgets it with the page cache), and
// saved by an admin in one transaction with its audit record and the announcement that empties every cache.
import { sql } from "drizzle-orm";
import type { SignedInUser } from "~/auth/permissions";
import { announceContentChange } from "~/content/changes.server";
import type { Database } from "~/db/client.server";
import { getDb } from "~/db/database.server";
import { editionIdentities, siteIdentity as siteIdentityTable } from "~/db/schema";
import { editions } from "~/editions";
import { defaultEditionIdentity, defaultSocialProfiles, socialProfilesOf, type SiteIdentity, type SocialProfile } from "~/identity/site-identity";
import { pageImageOf } from "~/uploads/library.server";
import { recordAudit } from "./audit.server";

const kept = new Map<string, Promise<SiteIdentity>>();

/** Forgets what was read: the next page reads the identity again */
export function forgetSiteIdentity(): void {
  kept.clear();
}

interface IdentityRow {
  site_name: string | null;
  tagline: string | null;
  logo_alt: string | null;
  social_profiles: unknown;
  has_site_row: boolean;
  storage_key: string | null;
  width: number | null;
  height: number | null;
  widths: number[] | null;
}

async function readSiteIdentity(edition: string): Promise<SiteIdentity> {
  const db = await getDb();
  const result = await db.execute(sql`
    select e.site_name, e.tagline, e.logo_alt, s.social_profiles, s.id is not null as has_site_row,
           u.storage_key, u.width, u.height, u.widths
    from (select 1) as one
    left join ${editionIdentities} e on e.edition = ${edition}
    left join ${siteIdentityTable} s on s.id = 1
    left join uploads u on u.id = s.logo_upload_id and u.kind = 'image' and cardinality(u.widths) > 0`);
  const row = (Array.isArray(result) ? result[0] : (result as unknown as { rows: IdentityRow[] }).rows[0]) as IdentityRow | undefined;
  const defaults = defaultEditionIdentity(edition);
  const siteName = row?.site_name?.trim() || defaults.siteName;
  return {
    siteName,
    tagline: row?.site_name ? (row.tagline ?? "") : defaults.tagline,
    logo: row?.storage_key && row.widths ? { ...pageImageOf({ storageKey: row.storage_key, width: row.width, height: row.height, widths: row.widths }), alt: row.logo_alt?.trim() ?? "" } : null,
    social: row?.has_site_row ? socialProfilesOf(row.social_profiles) : defaultSocialProfiles,
  };
}

/** The identity readers see in `edition` (built-in defaults stand in for what no admin has set) */
export function siteIdentity(edition: string): Promise<SiteIdentity> {
  let identity = kept.get(edition);
  if (!identity) {
    identity = readSiteIdentity(edition);
    kept.set(edition, identity);
    // A failed read (the database away) is not kept
    identity.catch(() => kept.delete(edition));
  }
  return identity;
}

// ---- The admin screen (/admin/identity) ----

export interface EditionIdentityInput {
  siteName: string;
  tagline: string;
  logoAlt: string;
}

export interface SiteIdentityInput {
  editions: Record<string, EditionIdentityInput>;
  logoUploadId: number | null;
  social: SocialProfile[];
}

/** What the admin screen shows: every edition's texts (defaults where none is stored), the logo's upload and the profiles */
export async function siteIdentitySettings(db: Database): Promise<SiteIdentityInput> {
  const [rows, [site]] = await Promise.all([db.select().from(editionIdentities), db.select().from(siteIdentityTable).limit(1)]);
  return {
    editions: Object.fromEntries(
      editions.map(({ code }) => {
        const row = rows.find((candidate) => candidate.edition === code);
        return [code, row ? { siteName: row.siteName, tagline: row.tagline, logoAlt: row.logoAlt } : defaultEditionIdentity(code)];
      }),
    ),
    logoUploadId: site?.logoUploadId ?? null,
    social: site ? socialProfilesOf(site.socialProfiles) : defaultSocialProfiles,
  };
}

export async function saveSiteIdentity(db: Database, actor: Pick<SignedInUser, "id" | "email">, input: SiteIdentityInput): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [edition, texts] of Object.entries(input.editions)) {
      await tx
        .insert(editionIdentities)
        .values({ edition, ...texts })
        .onConflictDoUpdate({ target: editionIdentities.edition, set: { ...texts, updatedAt: new Date() } });
    }
    const shared = { logoUploadId: input.logoUploadId, socialProfiles: input.social };
    await tx
      .insert(siteIdentityTable)
      .values({ id: 1, ...shared })
      .onConflictDoUpdate({ target: siteIdentityTable.id, set: { ...shared, updatedAt: new Date() } });
    const names = Object.entries(input.editions).map(([edition, texts]) => `${edition}: ${texts.siteName}`);
    await recordAudit(tx, actor, { action: "update", entityType: "identity", summary: names.join(" · ") });
    // Every page of every edition shows the name: every cached page is forgotten
    await announceContentChange(tx, { edition: null, entityType: "identity" });
  });
  // This process reads its own change at once, whether or not the announcement has arrived yet
  forgetSiteIdentity();
}
