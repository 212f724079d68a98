// The content model. Editions are configuration, not rows: an `edition` column holds
// the edition code, checked for shape only, so that adding an edition needs no migration.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const articleStatuses = ["draft", "scheduled", "published"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];
export const mediaKinds = ["cartoons", "newspics", "photos", "videos"] as const;
export type MediaKind = (typeof mediaKinds)[number];
export const publicationKinds = ["books", "newsletter", "pars-brief"] as const;
export type PublicationKind = (typeof publicationKinds)[number];
export const commentStatuses = ["pending", "approved", "rejected", "spam"] as const;
export const contactMessageStatuses = ["new", "read", "archived"] as const;
export const userRoles = ["admin", "editor", "translator"] as const;
export type UserRole = (typeof userRoles)[number];

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(", "));
const editionShape = (column: string) => sql.raw(`${column} ~ '^[a-z]{2,3}(-[a-z0-9]+)?$'`);
const slugShape = (column: string) => sql.raw(`length(${column}) between 1 and 200 and ${column} !~ '[/?#[:space:]]'`);

/** PostgreSQL's tsvector, as drizzle has no built-in type for it; only read by PostgreSQL itself */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * What search looks in: title (weight A), excerpt (B) and body (C), each through search_normalize()
 * (drizzle/0001_search_normalize.sql, from app/search/normalization-rules.ts) and the 'simple'
 * configuration (no stemming, no stop words: one configuration for every edition's language).
 * The addresses of Markdown links and images are left out, so "images" or "svg" find nothing.
 */
const articleSearchDocument = sql.raw(
  [
    "setweight(to_tsvector('simple'::regconfig, search_normalize(title)), 'A')",
    "setweight(to_tsvector('simple'::regconfig, search_normalize(excerpt)), 'B')",
    "setweight(to_tsvector('simple'::regconfig, search_normalize(regexp_replace(body, '\\]\\([^)]*\\)', ']', 'g'))), 'C')",
  ].join(" || "),
);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

// ---- Taxonomy: one row per thing, one translation row per edition carrying its name and slug ----

export const categories = pgTable("categories", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
});

export const categoryTranslations = pgTable(
  "category_translations",
  {
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    edition: text("edition").notNull(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    description: text("description").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.categoryId, t.edition] }),
    uniqueIndex("category_translations_edition_slug").on(t.edition, t.slug),
    check("category_translations_edition", editionShape("edition")),
    check("category_translations_slug", slugShape("slug")),
  ],
);

export const authors = pgTable("authors", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
});

export const authorTranslations = pgTable(
  "author_translations",
  {
    authorId: integer("author_id")
      .notNull()
      .references(() => authors.id, { onDelete: "cascade" }),
    edition: text("edition").notNull(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    bio: text("bio").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.authorId, t.edition] }),
    uniqueIndex("author_translations_edition_slug").on(t.edition, t.slug),
    check("author_translations_edition", editionShape("edition")),
    check("author_translations_slug", slugShape("slug")),
  ],
);

export const series = pgTable("series", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
});

export const seriesTranslations = pgTable(
  "series_translations",
  {
    seriesId: integer("series_id")
      .notNull()
      .references(() => series.id, { onDelete: "cascade" }),
    edition: text("edition").notNull(),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    description: text("description").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.seriesId, t.edition] }),
    uniqueIndex("series_translations_edition_slug").on(t.edition, t.slug),
    check("series_translations_edition", editionShape("edition")),
    check("series_translations_slug", slugShape("slug")),
  ],
);

// ---- Articles ----

export const articles = pgTable(
  "articles",
  {
    id: serial("id").primaryKey(),
    edition: text("edition").notNull(),
    /** The same article in several editions shares one translation group */
    translationGroup: uuid("translation_group").notNull().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    /** Markdown source; rendered and sanitized on the server */
    body: text("body").notNull(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => authors.id, { onDelete: "restrict" }),
    seriesId: integer("series_id").references(() => series.id, { onDelete: "set null" }),
    issueNumber: integer("issue_number"),
    coverImage: text("cover_image"),
    coverAlt: text("cover_alt"),
    coverCaption: text("cover_caption"),
    /** A translation made with "translate into…": the article it was made from… */
    translatedFromId: integer("translated_from_id").references((): AnyPgColumn => articles.id, { onDelete: "set null" }),
    /** …and that article's updated_at when this translation last caught up with it (older = stale) */
    sourceUpdatedAt: timestamp("source_updated_at", { withTimezone: true }),
    /** …and that article's title, summary and body at that moment, to show what changed in it since */
    sourceSnapshot: text("source_snapshot"),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    /** For scheduled articles, the moment they go live; visible when status <> 'draft' and published_at <= now() */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Kept up to date by PostgreSQL (a stored generated column); see articleSearchDocument */
    searchVector: tsvector("search_vector").generatedAlwaysAs(articleSearchDocument),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("articles_edition_slug").on(t.edition, t.slug),
    // (edition, search_vector) where btree_gin can be created: drizzle/0011_article_search_recent.sql
    index("articles_search").using("gin", t.searchVector),
    uniqueIndex("articles_translation_group_edition").on(t.translationGroup, t.edition),
    uniqueIndex("articles_series_issue").on(t.edition, t.seriesId, t.issueNumber),
    // Every descending key below says NULLS FIRST: that is what ORDER BY … DESC means, and an index
    // built NULLS LAST (drizzle's default for .desc()) cannot give that order, so PostgreSQL sorts instead.
    // The editorial lists and the dashboard (a status, then by date)
    index("articles_edition_published").on(t.edition, t.status, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // Readers' lists (home, archive, feeds, recent, category, author): visible means status <> 'draft',
    // which no index can seek, so the key is the listing's own order and LIMIT stops after one page
    // instead of sorting the whole edition; status comes last so that counting and skipping (OFFSET)
    // read the index alone (docs/performance.md)
    index("articles_edition_newest").on(t.edition, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.status),
    index("articles_category_published").on(t.categoryId, t.edition, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.status),
    index("articles_author_published").on(t.authorId, t.edition, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.status),
    index("articles_series_published").on(t.seriesId, t.edition, t.issueNumber),
    check("articles_edition", editionShape("edition")),
    check("articles_slug", slugShape("slug")),
    check("articles_status", sql`${t.status} in (${inList(articleStatuses)})`),
    check("articles_scheduled_has_time", sql`${t.status} = 'draft' or ${t.publishedAt} is not null`),
    check("articles_issue_in_series", sql`${t.issueNumber} is null or ${t.seriesId} is not null`),
    check("articles_cover_has_alt", sql`${t.coverImage} is null or length(${t.coverAlt}) > 0`),
  ],
);

/**
 * Each edition's newest non-draft articles (2,500: article_search_recent_size() in the migration) with their
 * search vectors, kept by triggers on articles (drizzle/0011_article_search_recent.sql): a common word's
 * newest matches are found through this small table's GIN index, whatever the archive's size
 * (docs/decisions/020-bounded-search.md). Every non-draft article newer than an edition's oldest entry is in it.
 */
export const articleSearchRecent = pgTable(
  "article_search_recent",
  {
    articleId: integer("article_id")
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    edition: text("edition").notNull(),
    status: text("status").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    searchVector: tsvector("search_vector").notNull(),
  },
  (t) => [
    index("article_search_recent_newest").on(t.edition, t.publishedAt.desc().nullsFirst(), t.articleId.desc().nullsFirst()),
    // Written at every change, read by every search: no pending list to scan (GIN's fastupdate) on each read
    index("article_search_recent_words").using("gin", t.searchVector).with({ fastupdate: false }),
  ],
);

/**
 * Addresses a published article had before its slug was changed: readers' links and search engines
 * keep reaching it (a 301 to its current address). An address a live article takes again wins.
 */
export const articleOldSlugs = pgTable(
  "article_old_slugs",
  {
    edition: text("edition").notNull(),
    slug: text("slug").notNull(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.edition, t.slug] }), index("article_old_slugs_article").on(t.articleId), check("article_old_slugs_slug", slugShape("slug"))],
);

/**
 * A translator's proposed update of a published translation (docs/decisions/016): an editor of the
 * edition publishes it with one action, or discards it. One open proposal per article.
 */
export const articleRevisions = pgTable("article_revisions", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  excerpt: text("excerpt").notNull().default(""),
  body: text("body").notNull(),
  coverAlt: text("cover_alt"),
  coverCaption: text("cover_caption"),
  /** The translator compared it with this version of the source (its updated_at and its text then) */
  sourceUpdatedAt: timestamp("source_updated_at", { withTimezone: true }),
  sourceSnapshot: text("source_snapshot"),
  proposedBy: integer("proposed_by").references(() => users.id, { onDelete: "set null" }),
  ...timestamps,
});

// ---- Media: cartoons, news pictures, photo galleries, videos ----

export const mediaItems = pgTable(
  "media_items",
  {
    id: serial("id").primaryKey(),
    edition: text("edition").notNull(),
    kind: text("kind", { enum: mediaKinds }).notNull(),
    translationGroup: uuid("translation_group").notNull().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** Videos only: the embed address, loaded only after the reader asks for it */
    videoEmbedUrl: text("video_embed_url"),
    videoDurationSeconds: integer("video_duration_seconds"),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("media_items_edition_kind_slug").on(t.edition, t.kind, t.slug),
    // The readers' listing order (see articles_edition_newest)
    index("media_items_listing").on(t.edition, t.kind, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.status),
    check("media_items_edition", editionShape("edition")),
    check("media_items_slug", slugShape("slug")),
    check("media_items_kind", sql`${t.kind} in (${inList(mediaKinds)})`),
    check("media_items_status", sql`${t.status} in (${inList(articleStatuses)})`),
    check("media_items_video", sql`${t.kind} <> 'videos' or ${t.videoEmbedUrl} is not null`),
  ],
);

/** A published media item's earlier addresses (see articleOldSlugs); its kind never changes */
export const mediaItemOldSlugs = pgTable(
  "media_item_old_slugs",
  {
    edition: text("edition").notNull(),
    kind: text("kind", { enum: mediaKinds }).notNull(),
    slug: text("slug").notNull(),
    mediaItemId: integer("media_item_id")
      .notNull()
      .references(() => mediaItems.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.edition, t.kind, t.slug] }),
    index("media_item_old_slugs_item").on(t.mediaItemId),
    check("media_item_old_slugs_slug", slugShape("slug")),
  ],
);

export const mediaImages = pgTable(
  "media_images",
  {
    id: serial("id").primaryKey(),
    mediaItemId: integer("media_item_id")
      .notNull()
      .references(() => mediaItems.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    src: text("src").notNull(),
    width: integer("width"),
    height: integer("height"),
    alt: text("alt").notNull(),
    caption: text("caption").notNull().default(""),
  },
  (t) => [
    uniqueIndex("media_images_item_position").on(t.mediaItemId, t.position),
    check("media_images_alt", sql`length(trim(${t.alt})) > 0`),
  ],
);

// ---- Publications: books, newsletter issues, the Pars Brief ----

export const publications = pgTable(
  "publications",
  {
    id: serial("id").primaryKey(),
    edition: text("edition").notNull(),
    kind: text("kind", { enum: publicationKinds }).notNull(),
    translationGroup: uuid("translation_group").notNull().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    issueNumber: integer("issue_number"),
    editionYear: integer("edition_year"),
    /** Language of the document itself (an edition may list a document in another language) */
    language: text("language").notNull(),
    coverImage: text("cover_image"),
    coverAlt: text("cover_alt"),
    pdfPath: text("pdf_path").notNull(),
    pdfBytes: integer("pdf_bytes").notNull(),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("publications_edition_kind_slug").on(t.edition, t.kind, t.slug),
    // The readers' listing order (see articles_edition_newest)
    index("publications_listing").on(t.edition, t.kind, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.status),
    check("publications_edition", editionShape("edition")),
    check("publications_slug", slugShape("slug")),
    check("publications_kind", sql`${t.kind} in (${inList(publicationKinds)})`),
    check("publications_status", sql`${t.status} in (${inList(articleStatuses)})`),
    check("publications_pdf_bytes", sql`${t.pdfBytes} >= 0`),
  ],
);

/** A published publication's earlier addresses (see articleOldSlugs); its kind never changes */
export const publicationOldSlugs = pgTable(
  "publication_old_slugs",
  {
    edition: text("edition").notNull(),
    kind: text("kind", { enum: publicationKinds }).notNull(),
    slug: text("slug").notNull(),
    publicationId: integer("publication_id")
      .notNull()
      .references(() => publications.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.edition, t.kind, t.slug] }),
    index("publication_old_slugs_publication").on(t.publicationId),
    check("publication_old_slugs_slug", slugShape("slug")),
  ],
);

export const publicationContents = pgTable(
  "publication_contents",
  {
    id: serial("id").primaryKey(),
    publicationId: integer("publication_id")
      .notNull()
      .references(() => publications.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("publication_contents_position").on(t.publicationId, t.position)],
);

// ---- Static pages (about) ----

export const pages = pgTable(
  "pages",
  {
    id: serial("id").primaryKey(),
    edition: text("edition").notNull(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("pages_edition_slug").on(t.edition, t.slug),
    check("pages_edition", editionShape("edition")),
    check("pages_slug", slugShape("slug")),
  ],
);

// ---- Readers' input: stored before the reader is told it was received ----

export const contactMessages = pgTable(
  "contact_messages",
  {
    id: serial("id").primaryKey(),
    edition: text("edition").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    subject: text("subject").notNull(),
    message: text("message").notNull(),
    status: text("status", { enum: contactMessageStatuses }).notNull().default("new"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // NULLS FIRST: the order of ORDER BY created_at DESC, id DESC (see articles_edition_published)
    index("contact_messages_inbox").on(t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    check("contact_messages_status", sql`${t.status} in (${inList(contactMessageStatuses)})`),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: serial("id").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    authorName: text("author_name").notNull(),
    authorEmail: text("author_email").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: commentStatuses }).notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("comments_article_status").on(t.articleId, t.status, t.createdAt),
    index("comments_queue").on(t.status, t.createdAt),
    check("comments_status", sql`${t.status} in (${inList(commentStatuses)})`),
  ],
);

// ---- Editors' accounts ----

export const users = pgTable(
  "users",
  {
    id: serial("id").primaryKey(),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: userRoles }).notNull(),
    /** Editions an editor or translator works on; admins work on all */
    editions: text("editions").array().notNull().default(sql`'{}'::text[]`),
    interfaceLanguage: text("interface_language").notNull().default("en"),
    disabled: boolean("disabled").notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email").on(sql`lower(${t.email})`),
    check("users_role", sql`${t.role} in (${inList(userRoles)})`),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

// ---- The editorial record: who did what, and when ----

export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    /** Kept as written at the time, so the record survives the account's deletion */
    actorEmail: text("actor_email").notNull(),
    /** create, update, publish, unpublish, delete, translate, approve, reject, spam, … */
    action: text("action").notNull(),
    /** article, category, author, series, media, publication, page, comment, contact-message, user, upload */
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id"),
    edition: text("edition"),
    /** A short human-readable description (a title, a slug), never a password or a token */
    summary: text("summary").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // NULLS FIRST: the order of ORDER BY created_at DESC, id DESC (see articles_edition_published)
    index("audit_log_recent").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("audit_log_entity").on(t.entityType, t.entityId),
  ],
);

/** Failed sign-ins, counted per address and per account to slow down and then lock out guessing */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: serial("id").primaryKey(),
    emailKey: text("email_key").notNull(),
    clientAddress: text("client_address").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_failures_email").on(t.emailKey, t.createdAt),
    index("sign_in_failures_address").on(t.clientAddress, t.createdAt),
  ],
);

/**
 * Readers' form submissions (contact messages, comments) per address, for their rate limit
 * (app/security/rate-limit.server.ts). In the database so that every server process counts the same.
 */
export const formAttempts = pgTable(
  "form_attempts",
  {
    id: serial("id").primaryKey(),
    form: text("form").notNull(),
    clientAddress: text("client_address").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("form_attempts_address").on(t.form, t.clientAddress, t.createdAt), index("form_attempts_created").on(t.createdAt)],
);

export const uploadKinds = ["image", "pdf"] as const;
export type UploadKind = (typeof uploadKinds)[number];

/** Files editors uploaded; images are stored at several widths (see app/uploads/) */
export const uploads = pgTable(
  "uploads",
  {
    id: serial("id").primaryKey(),
    kind: text("kind", { enum: uploadKinds }).notNull(),
    /** The name under UPLOADS_DIR, chosen by the server (never the uploader's file name) */
    storageKey: text("storage_key").notNull().unique(),
    originalName: text("original_name").notNull(),
    /** As detected from the content, not as claimed by the browser */
    mimeType: text("mime_type").notNull(),
    bytes: integer("bytes").notNull(),
    width: integer("width"),
    height: integer("height"),
    /** Widths of the resized copies stored for srcset */
    widths: integer("widths").array().notNull().default(sql`'{}'::integer[]`),
    uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("uploads_kind", sql`${t.kind} in (${inList(uploadKinds)})`)],
);

/**
 * The site's identity in one edition, set by an admin (/admin/identity): its name, tagline and the logo's
 * alternative text. An edition without a row shows the built-in defaults (app/identity/site-identity.ts).
 */
export const editionIdentities = pgTable(
  "edition_identities",
  {
    edition: text("edition").primaryKey(),
    siteName: text("site_name").notNull(),
    tagline: text("tagline").notNull().default(""),
    logoAlt: text("logo_alt").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("edition_identities_edition", editionShape("edition")), check("edition_identities_site_name", sql`length(trim(${t.siteName})) > 0`)],
);

/** What the site's identity shares across editions: one row (id 1), the logo (an upload, or none) and the social profiles */
export const siteIdentity = pgTable(
  "site_identity",
  {
    id: integer("id").primaryKey().default(1),
    logoUploadId: integer("logo_upload_id").references(() => uploads.id, { onDelete: "set null" }),
    /** [{ network, url }] in the order shown, validated on the way in (app/identity/site-identity.ts) */
    socialProfiles: jsonb("social_profiles").$type<{ network: string; url: string }[]>().notNull().default(sql`'[]'::jsonb`),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("site_identity_one_row", sql`${t.id} = 1`)],
);
