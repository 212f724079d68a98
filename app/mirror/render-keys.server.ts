// What each item page of a mirror is made from, read in bulk so that a repeated export renders only the pages
// whose inputs changed (docs/decisions/021-mirror-render-keys.md). Every input is a whole row's text, so an
// edit that forgets updated_at still counts; visibility is computed at now(), so a scheduled item going live
// changes its neighbours' keys too. What a page shows beyond these rows belongs in the export's whole key.
import { sql } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { relatedPostCount } from "~/models/articles.server";

/** One visible item page's address without its leading slash, decoded (`fa/articles/<slug>`), and a hash of its inputs */
export interface RenderInputs {
  page: string;
  inputs: string;
}

const visible = (alias: string) => sql.raw(`(${alias}.status <> 'draft' and ${alias}.published_at <= now())`);

/**
 * An article page shows: its row; its category, author and series in its edition; its translation group
 * (the switcher, hreflang, titles); the source it was translated from (the "newer source" note); its
 * approved comments; the previous and next issue of its series; its related posts, the nearest visible
 * articles in time in its category (relatedArticles takes up to relatedPostCount on each side). A media
 * item: its row, its images, its translation group. A publication: its row, its contents and the articles
 * they link, its translation group.
 */
export async function mirrorRenderInputs(): Promise<RenderInputs[]> {
  const db = await getDb();
  const around = sql.raw(String(relatedPostCount));
  const result = await db.execute<{ page: string; inputs: string }>(sql`
    with all_articles as (
      select a.*, ${visible("a")} as visible, md5(a::text || ${visible("a")}::text) as version from articles a
    ),
    shown as (select * from all_articles where visible),
    related as (
      select id, string_agg(version, ',') over (
        partition by edition, category_id order by published_at, id rows between ${around} preceding and ${around} following
      ) as versions from shown
    ),
    issues as (
      select id, string_agg(version, ',') over (
        partition by edition, series_id order by issue_number rows between 1 preceding and 1 following
      ) as versions from shown where series_id is not null and issue_number is not null
    ),
    article_groups as (
      select translation_group, string_agg(version, ',' order by id) as versions from all_articles group by translation_group
    ),
    approved as (
      select article_id, string_agg(md5(c::text), ',' order by c.id) as versions from comments c where c.status = 'approved' group by article_id
    ),
    category_names as (
      select t.category_id, t.edition, md5(c::text || t::text) as version from categories c join category_translations t on t.category_id = c.id
    ),
    author_names as (
      select t.author_id, t.edition, md5(a::text || t::text) as version from authors a join author_translations t on t.author_id = a.id
    ),
    series_names as (
      select t.series_id, t.edition, md5(s::text || t::text) as version from series s join series_translations t on t.series_id = s.id
    ),
    all_media as (
      select m.*, ${visible("m")} as visible, md5(m::text || ${visible("m")}::text) as version from media_items m
    ),
    media_groups as (
      select translation_group, kind, string_agg(version, ',' order by id) as versions from all_media group by translation_group, kind
    ),
    images as (
      select media_item_id, string_agg(md5(i::text), ',' order by i.id) as versions from media_images i group by media_item_id
    ),
    all_publications as (
      select p.*, ${visible("p")} as visible, md5(p::text || ${visible("p")}::text) as version from publications p
    ),
    publication_groups as (
      select translation_group, kind, string_agg(version, ',' order by id) as versions from all_publications group by translation_group, kind
    ),
    contents as (
      select c.publication_id, string_agg(md5(c::text) || coalesce(a.version, ''), ',' order by c.id) as versions
      from publication_contents c left join all_articles a on a.id = c.article_id group by c.publication_id
    )
    select a.edition || '/articles/' || a.slug as page,
      md5(concat_ws('|', a.version, related.versions, issues.versions, article_groups.versions, source.version, approved.versions,
        category_names.version, author_names.version, series_names.version)) as inputs
    from shown a
    join related on related.id = a.id
    left join issues on issues.id = a.id
    join article_groups on article_groups.translation_group = a.translation_group
    left join all_articles source on source.id = a.translated_from_id
    left join approved on approved.article_id = a.id
    left join category_names on category_names.category_id = a.category_id and category_names.edition = a.edition
    left join author_names on author_names.author_id = a.author_id and author_names.edition = a.edition
    left join series_names on series_names.series_id = a.series_id and series_names.edition = a.edition
    union all
    select m.edition || '/media/' || m.kind || '/' || m.slug, md5(concat_ws('|', m.version, images.versions, media_groups.versions))
    from all_media m
    join media_groups on media_groups.translation_group = m.translation_group and media_groups.kind = m.kind
    left join images on images.media_item_id = m.id
    where m.visible
    union all
    select p.edition || '/publications/' || p.kind || '/' || p.slug, md5(concat_ws('|', p.version, contents.versions, publication_groups.versions))
    from all_publications p
    join publication_groups on publication_groups.translation_group = p.translation_group and publication_groups.kind = p.kind
    left join contents on contents.publication_id = p.id
    where p.visible
  `);
  return Array.isArray(result) ? result : (result as unknown as { rows: RenderInputs[] }).rows;
}

/** The site's identity (name, tagline, logo, social profiles): every page's header and footer show it */
export async function mirrorIdentityVersion(): Promise<string> {
  const db = await getDb();
  const result = await db.execute<{ version: string | null }>(sql`
    select md5(concat_ws('|',
      (select string_agg(e::text, ',' order by e.edition) from edition_identities e),
      (select string_agg(s::text || coalesce(u::text, ''), ',' order by s.id) from site_identity s left join uploads u on u.id = s.logo_upload_id)
    )) as version
  `);
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: { version: string | null }[] }).rows;
  return rows[0]?.version ?? "";
}
