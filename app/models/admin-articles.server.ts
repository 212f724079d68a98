// The articles as the editorial screens see them: every status, filtered and paged for the list, one
// article with its translation group for the editor, and the writes (save, delete, translate). Each write
// is one transaction with its audit record and the announcement of what readers will see change.
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { SignedInUser } from "~/auth/permissions";
import type { Database } from "~/db/client.server";
import {
  articleOldSlugs,
  articleRevisions,
  articles,
  authors,
  authorTranslations,
  categories,
  categoryTranslations,
  series,
  seriesTranslations,
  users,
  type ArticleStatus,
} from "~/db/schema";
import { announceTranslatedChange } from "~/content/changes.server";
import { addressLeftBehind } from "~/domain/slug";
import { recordAudit } from "./audit.server";
import { isPublic } from "./visibility.server";

export const adminArticlesPageSize = 20;

/**
 * The status readers experience: a scheduled article whose time has come is published (isPublic()),
 * though its row still says "scheduled"
 */
const effectiveStatus = sql<ArticleStatus>`case when ${articles.status} = 'scheduled' and ${articles.publishedAt} <= now() then 'published' else ${articles.status} end`;

/** The text of an article a translation follows (title, summary, body), kept with the translation to show what changed since */
const sourceTextOf = (id: SQL) => sql<string>`(select concat_ws(E'\n\n', src.title, src.excerpt, src.body) from ${articles} as src where src.id = ${id})`;
const sourceTimeOf = (id: SQL) => sql<Date>`(select src.updated_at from ${articles} as src where src.id = ${id})`;

function statusFilter(status: ArticleStatus): SQL {
  if (status === "published") return isPublic(articles);
  if (status === "scheduled") return and(eq(articles.status, "scheduled"), sql`${articles.publishedAt} > now()`)!;
  return eq(articles.status, "draft");
}

/**
 * The editions of the other articles of the row's translation group. The outer row's columns are
 * written out with their table: drizzle leaves them unqualified in a one-table query, and inside the
 * subquery they would then mean the subquery's own row.
 */
const otherEditionsInGroup = sql<string[]>`array(
  select other.edition from ${articles} as other
  where other.translation_group = ${articles}.translation_group and other.id <> ${articles}.id
  order by other.edition
)`;

/**
 * Whether the row is a translation older than its source's last edit (the rule of translationGroupOf,
 * as a condition on the outer row; its columns written out with their table, see otherEditionsInGroup)
 */
export const staleTranslation = sql<boolean>`exists (
  select 1 from ${articles} as src
  where src.id = ${articles}.translated_from_id
    and (${articles}.source_updated_at is null or src.updated_at > ${articles}.source_updated_at)
)`;

/** Whether a translator's proposed update of the row waits for an editor (decision 016) */
export const proposedUpdate = sql<boolean>`exists (select 1 from ${articleRevisions} as r where r.article_id = ${articles}.id)`;

export interface AdminArticleFilters {
  /** The editions the user may list (app/admin/articles/permissions.ts listedEditions) */
  editions: string[];
  edition?: string;
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  /** Part of the title, compared after search normalization (Arabic/Persian letter variants, case) */
  title?: string;
  /** Only translations older than their source, or with a proposed update waiting */
  stale?: boolean;
  page: number;
}

export async function listAdminArticles(db: Database, filters: AdminArticleFilters) {
  const title = filters.title?.trim();
  const where = and(
    inArray(articles.edition, filters.editions.length > 0 ? filters.editions : ["-"]),
    filters.edition ? eq(articles.edition, filters.edition) : undefined,
    filters.status ? statusFilter(filters.status) : undefined,
    filters.categoryId ? eq(articles.categoryId, filters.categoryId) : undefined,
    filters.authorId ? eq(articles.authorId, filters.authorId) : undefined,
    title ? sql`strpos(search_normalize(${articles.title}), search_normalize(${title})) > 0` : undefined,
    filters.stale ? sql`(${staleTranslation} or ${proposedUpdate})` : undefined,
  );
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: articles.id,
        edition: articles.edition,
        title: articles.title,
        status: effectiveStatus,
        publishedAt: articles.publishedAt,
        updatedAt: articles.updatedAt,
        otherEditions: otherEditionsInGroup,
        stale: staleTranslation,
        proposed: proposedUpdate,
      })
      .from(articles)
      .where(where)
      .orderBy(desc(articles.updatedAt), desc(articles.id))
      .limit(adminArticlesPageSize)
      .offset((filters.page - 1) * adminArticlesPageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(articles).where(where),
  ]);
  const total = totals?.total ?? 0;
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / adminArticlesPageSize)) };
}

export interface NamedChoice {
  id: number;
  name: string;
}

/**
 * Categories and authors for the list's filters, named in the interface language (their key when
 * they have no name in it yet)
 */
export async function filterChoices(db: Database, language: string): Promise<{ categories: NamedChoice[]; authors: NamedChoice[] }> {
  const [categoryRows, authorRows] = await Promise.all([
    db
      .select({ id: categories.id, name: sql<string>`coalesce(${categoryTranslations.name}, ${categories.key})` })
      .from(categories)
      .leftJoin(categoryTranslations, and(eq(categoryTranslations.categoryId, categories.id), eq(categoryTranslations.edition, language)))
      .orderBy(sql`2`),
    db
      .select({ id: authors.id, name: sql<string>`coalesce(${authorTranslations.name}, ${authors.key})` })
      .from(authors)
      .leftJoin(authorTranslations, and(eq(authorTranslations.authorId, authors.id), eq(authorTranslations.edition, language)))
      .orderBy(sql`2`),
  ]);
  return { categories: categoryRows, authors: authorRows };
}

export interface ArticleFormChoices {
  categories: NamedChoice[];
  authors: NamedChoice[];
  series: NamedChoice[];
}

/**
 * What an article of `edition` may refer to, named in that edition: only categories, authors and series
 * that have a name there (reader pages join on it)
 */
export async function articleFormChoices(db: Database, edition: string): Promise<ArticleFormChoices> {
  const [categoryRows, authorRows, seriesRows] = await Promise.all([
    db
      .select({ id: categoryTranslations.categoryId, name: categoryTranslations.name })
      .from(categoryTranslations)
      .where(eq(categoryTranslations.edition, edition))
      .orderBy(asc(categoryTranslations.name)),
    db
      .select({ id: authorTranslations.authorId, name: authorTranslations.name })
      .from(authorTranslations)
      .where(eq(authorTranslations.edition, edition))
      .orderBy(asc(authorTranslations.name)),
    db
      .select({ id: seriesTranslations.seriesId, name: seriesTranslations.title })
      .from(seriesTranslations)
      .innerJoin(series, eq(series.id, seriesTranslations.seriesId))
      .where(eq(seriesTranslations.edition, edition))
      .orderBy(asc(seriesTranslations.title)),
  ]);
  return {
    categories: categoryRows,
    authors: authorRows,
    series: seriesRows,
  };
}

/** One article with everything the editor shows, and its translation group */
export async function articleForEditing(db: Database, id: number) {
  const [article] = await db
    .select({
      id: articles.id,
      edition: articles.edition,
      translationGroup: articles.translationGroup,
      slug: articles.slug,
      title: articles.title,
      excerpt: articles.excerpt,
      body: articles.body,
      categoryId: articles.categoryId,
      authorId: articles.authorId,
      seriesId: articles.seriesId,
      issueNumber: articles.issueNumber,
      coverImage: articles.coverImage,
      coverAlt: articles.coverAlt,
      coverCaption: articles.coverCaption,
      translatedFromId: articles.translatedFromId,
      sourceSnapshot: articles.sourceSnapshot,
      status: effectiveStatus,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!article) return undefined;
  return { ...article, group: await translationGroupOf(db, article.translationGroup) };
}

export type ArticleForEditing = NonNullable<Awaited<ReturnType<typeof articleForEditing>>>;

/**
 * Every article of a translation group, each with whether it is stale: made from an article that has
 * been edited since the translation last caught up with it (compared in SQL, at PostgreSQL's precision)
 */
export async function translationGroupOf(db: Database, translationGroup: string) {
  const source = alias(articles, "source");
  return db
    .select({
      id: articles.id,
      edition: articles.edition,
      title: articles.title,
      slug: articles.slug,
      status: effectiveStatus,
      translatedFromId: articles.translatedFromId,
      stale: sql<boolean>`coalesce(${source.updatedAt} > ${articles.sourceUpdatedAt}, ${source.id} is not null)`,
    })
    .from(articles)
    .leftJoin(source, eq(source.id, articles.translatedFromId))
    .where(eq(articles.translationGroup, translationGroup))
    .orderBy(asc(articles.edition));
}

/** A database or a transaction, for the checks made before and inside a write */
type Reader = Pick<Database, "select">;

export async function slugTaken(db: Reader, edition: string, slug: string, exceptId?: number): Promise<boolean> {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.edition, edition), eq(articles.slug, slug), exceptId ? ne(articles.id, exceptId) : undefined))
    .limit(1);
  return row !== undefined;
}

/** Whether another article of the edition is already that issue of the series */
export async function issueTaken(db: Reader, edition: string, seriesId: number, issueNumber: number, exceptId?: number): Promise<boolean> {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        eq(articles.edition, edition),
        eq(articles.seriesId, seriesId),
        eq(articles.issueNumber, issueNumber),
        exceptId ? ne(articles.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The validated content of the article form */
export interface ArticleInput {
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  categoryId: number;
  authorId: number;
  seriesId: number | null;
  issueNumber: number | null;
  coverImage: string | null;
  coverAlt: string | null;
  coverCaption: string | null;
  status: ArticleStatus;
  publishedAt: Date | null;
}

/** The audit action of a save: the change of status readers notice, else a plain create/update */
function auditAction(before: ArticleStatus | null, after: ArticleStatus): "create" | "update" | "publish" | "schedule" | "unpublish" {
  if (before === after || (before === null && after === "draft")) return before === null ? "create" : "update";
  if (after === "published") return "publish";
  if (after === "scheduled") return "schedule";
  return "unpublish";
}

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Readers' pages change (announceTranslatedChange) unless it is a draft and was one: then no reader sees a difference */
async function announceArticleChange(tx: Transaction, edition: string, translationGroup: string, visibleBeforeOrAfter: boolean) {
  if (visibleBeforeOrAfter) await announceTranslatedChange(tx, articles, { edition, entityType: "article", groups: [translationGroup] });
}

/**
 * Keeps a published article's old address answering (a 301, see articleMovedTo) when its slug changes;
 * the new address stops redirecting anywhere, as a live article now has it
 */
async function recordSlugChange(tx: Transaction, edition: string, articleId: number, before: { slug: string; status: ArticleStatus } | null, slug: string) {
  await tx.delete(articleOldSlugs).where(and(eq(articleOldSlugs.edition, edition), eq(articleOldSlugs.slug, slug)));
  const oldSlug = addressLeftBehind(before, slug);
  if (oldSlug === null) return;
  await tx
    .insert(articleOldSlugs)
    .values({ edition, slug: oldSlug, articleId })
    .onConflictDoUpdate({ target: [articleOldSlugs.edition, articleOldSlugs.slug], set: { articleId, createdAt: sql`now()` } });
}

export async function createArticle(db: Database, user: SignedInUser, edition: string, input: ArticleInput): Promise<number> {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(articles)
      .values({ ...input, edition })
      .returning({ id: articles.id, translationGroup: articles.translationGroup });
    if (!created) throw new Error("The article was not created");
    await recordSlugChange(tx, edition, created.id, null, input.slug);
    await recordAudit(tx, user, { action: "create", entityType: "article", entityId: created.id, edition, summary: input.title });
    if (input.status !== "draft") {
      await recordAudit(tx, user, { action: auditAction("draft", input.status), entityType: "article", entityId: created.id, edition, summary: input.title });
    }
    await announceArticleChange(tx, edition, created.translationGroup, input.status !== "draft");
    return created.id;
  });
}

/**
 * Saves `input` over the article. `markUpToDate`: the editor says this translation has caught up with
 * its source, so it records the source's current updated_at (read in SQL, at full precision).
 */
export async function updateArticle(
  db: Database,
  user: SignedInUser,
  before: Pick<ArticleForEditing, "id" | "edition" | "translationGroup" | "status" | "slug">,
  input: ArticleInput,
  { markUpToDate }: { markUpToDate: boolean },
): Promise<void> {
  await db.transaction(async (tx) => {
    await recordSlugChange(tx, before.edition, before.id, before, input.slug);
    await tx
      .update(articles)
      .set({
        ...input,
        updatedAt: sql`now()`,
        ...(markUpToDate
          ? {
              sourceUpdatedAt: sql`coalesce(${sourceTimeOf(sql`${articles}.translated_from_id`)}, ${articles.sourceUpdatedAt})`,
              sourceSnapshot: sql`coalesce(${sourceTextOf(sql`${articles}.translated_from_id`)}, ${articles.sourceSnapshot})`,
            }
          : {}),
      })
      .where(eq(articles.id, before.id));
    await recordAudit(tx, user, {
      action: auditAction(before.status, input.status),
      entityType: "article",
      entityId: before.id,
      edition: before.edition,
      summary: input.title,
    });
    await announceArticleChange(tx, before.edition, before.translationGroup, before.status !== "draft" || input.status !== "draft");
  });
}

export async function deleteArticle(db: Database, user: SignedInUser, article: Pick<ArticleForEditing, "id" | "edition" | "translationGroup" | "status" | "title">) {
  await db.transaction(async (tx) => {
    await announceArticleChange(tx, article.edition, article.translationGroup, article.status !== "draft");
    await tx.delete(articles).where(eq(articles.id, article.id));
    await recordAudit(tx, user, { action: "delete", entityType: "article", entityId: article.id, edition: article.edition, summary: article.title });
  });
}

/** What the translator wrote on the translate screen; the rest of a translation comes from its source */
export interface TranslationTexts {
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  coverAlt: string;
  coverCaption: string;
}

/**
 * A draft in `targetEdition`, in the source's translation group and made from it: the translator's
 * texts, the source's category, author, series and cover. The issue number comes along unless that
 * issue of the series exists in the target edition already (an editor then sets it). `texts.slug` is
 * free in the target edition.
 */
export async function createTranslation(
  db: Database,
  user: SignedInUser,
  sourceId: number,
  targetEdition: string,
  texts: TranslationTexts,
): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    const [source] = await tx.select().from(articles).where(eq(articles.id, sourceId)).limit(1);
    if (!source) return undefined;
    const keepIssue =
      source.seriesId !== null && source.issueNumber !== null && !(await issueTaken(tx, targetEdition, source.seriesId, source.issueNumber));
    const [created] = await tx
      .insert(articles)
      .values({
        edition: targetEdition,
        translationGroup: source.translationGroup,
        translatedFromId: source.id,
        // The source's own timestamp, not a copy through JavaScript (which would drop microseconds)
        sourceUpdatedAt: sql`(select updated_at from ${articles} where id = ${source.id})`,
        sourceSnapshot: sourceTextOf(sql`${source.id}`),
        slug: texts.slug,
        title: texts.title,
        excerpt: texts.excerpt,
        body: texts.body,
        categoryId: source.categoryId,
        authorId: source.authorId,
        seriesId: source.seriesId,
        issueNumber: keepIssue ? source.issueNumber : null,
        coverImage: source.coverImage,
        coverAlt: source.coverImage ? texts.coverAlt : null,
        coverCaption: source.coverImage && texts.coverCaption ? texts.coverCaption : null,
        status: "draft",
        publishedAt: null,
      })
      .returning({ id: articles.id });
    if (!created) throw new Error("The translation was not created");
    await recordSlugChange(tx, targetEdition, created.id, null, texts.slug);
    await recordAudit(tx, user, {
      action: "translate",
      entityType: "article",
      entityId: created.id,
      edition: targetEdition,
      summary: `${source.edition} #${source.id} → ${targetEdition}: ${source.title}`,
    });
    return created.id;
  });
}

/** What a translator proposes for a published translation (docs/decisions/016) */
export interface RevisionTexts {
  title: string;
  excerpt: string;
  body: string;
  coverAlt: string | null;
  coverCaption: string | null;
}

/** The open proposal of an article, with who made it */
export async function articleRevision(db: Database, articleId: number) {
  const [revision] = await db
    .select({
      title: articleRevisions.title,
      excerpt: articleRevisions.excerpt,
      body: articleRevisions.body,
      coverAlt: articleRevisions.coverAlt,
      coverCaption: articleRevisions.coverCaption,
      inSync: sql<boolean>`${articleRevisions.sourceUpdatedAt} is not null`,
      proposedBy: users.email,
      updatedAt: articleRevisions.updatedAt,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.proposedBy))
    .where(eq(articleRevisions.articleId, articleId))
    .limit(1);
  return revision;
}

/**
 * Saves the translator's proposal (replacing an open one). `inSyncWith`: the source's version (to the
 * millisecond, as the form carried it) the translator compared with; the proposal then records that
 * version at full precision and its text. "sourceChanged" when the source was edited since: compare again.
 */
export async function proposeRevision(
  db: Database,
  user: SignedInUser,
  article: Pick<ArticleForEditing, "id" | "edition" | "translatedFromId" | "title">,
  texts: RevisionTexts,
  { inSyncWith }: { inSyncWith: string | null },
): Promise<"saved" | "sourceChanged"> {
  return db.transaction(async (tx) => {
    const sourceId = sql`${article.translatedFromId ?? 0}`;
    if (inSyncWith !== null) {
      const [source] = await tx
        .select({ same: sql<boolean>`date_trunc('milliseconds', ${articles.updatedAt}) = ${inSyncWith}::timestamptz` })
        .from(articles)
        .where(eq(articles.id, article.translatedFromId ?? 0));
      if (!source?.same) return "sourceChanged";
    }
    const sync = inSyncWith !== null ? { sourceUpdatedAt: sourceTimeOf(sourceId), sourceSnapshot: sourceTextOf(sourceId) } : { sourceUpdatedAt: null, sourceSnapshot: null };
    const values = { ...texts, ...sync, proposedBy: user.id };
    await tx
      .insert(articleRevisions)
      .values({ articleId: article.id, ...values })
      .onConflictDoUpdate({ target: articleRevisions.articleId, set: { ...values, updatedAt: sql`now()` } });
    await recordAudit(tx, user, { action: "propose", entityType: "article", entityId: article.id, edition: article.edition, summary: texts.title });
    return "saved";
  });
}

/**
 * An editor's one action: the proposal becomes the published translation (and, when the translator
 * compared it with the source, the translation is in step with that version of it)
 */
export async function publishRevision(db: Database, user: SignedInUser, article: Pick<ArticleForEditing, "id" | "edition" | "translationGroup" | "coverImage">): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [revision] = await tx.select().from(articleRevisions).where(eq(articleRevisions.articleId, article.id)).for("update");
    if (!revision) return false;
    const hasCover = article.coverImage !== null;
    await tx
      .update(articles)
      .set({
        title: revision.title,
        excerpt: revision.excerpt,
        body: revision.body,
        ...(hasCover ? { coverAlt: revision.coverAlt ?? "", coverCaption: revision.coverCaption } : {}),
        ...(revision.sourceUpdatedAt
          ? {
              // Copied in SQL: a JavaScript Date would drop the microseconds the staleness check compares
              sourceUpdatedAt: sql`(select r.source_updated_at from ${articleRevisions} as r where r.article_id = ${article.id})`,
              sourceSnapshot: revision.sourceSnapshot,
            }
          : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(articles.id, article.id));
    await tx.delete(articleRevisions).where(eq(articleRevisions.articleId, article.id));
    await recordAudit(tx, user, { action: "update", entityType: "article", entityId: article.id, edition: article.edition, summary: revision.title });
    await announceArticleChange(tx, article.edition, article.translationGroup, true);
    return true;
  });
}

export async function discardRevision(db: Database, user: SignedInUser, article: Pick<ArticleForEditing, "id" | "edition" | "title">) {
  await db.transaction(async (tx) => {
    const removed = await tx.delete(articleRevisions).where(eq(articleRevisions.articleId, article.id)).returning({ id: articleRevisions.articleId });
    if (removed.length > 0) await recordAudit(tx, user, { action: "discard", entityType: "article", entityId: article.id, edition: article.edition, summary: article.title });
  });
}

/** The name of the unique index a failed insert or update ran into (drizzle wraps the driver's error) */
export function violatedUniqueIndex(error: unknown): string | undefined {
  for (let current: unknown = error; current && typeof current === "object"; current = (current as { cause?: unknown }).cause) {
    const candidate = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (candidate.code === "23505") return String(candidate.constraint_name ?? candidate.constraint ?? "");
  }
  return undefined;
}
