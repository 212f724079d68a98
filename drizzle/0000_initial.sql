CREATE TABLE "articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition" text NOT NULL,
	"translation_group" uuid DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"excerpt" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"category_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"series_id" integer,
	"issue_number" integer,
	"cover_image" text,
	"cover_alt" text,
	"cover_caption" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_edition" CHECK (edition ~ '^[a-z]{2,3}(-[a-z0-9]+)?$'),
	CONSTRAINT "articles_slug" CHECK (length(slug) between 1 and 200 and slug !~ '[/?#[:space:]]'),
	CONSTRAINT "articles_status" CHECK ("articles"."status" in ('draft', 'scheduled', 'published')),
	CONSTRAINT "articles_scheduled_has_time" CHECK ("articles"."status" = 'draft' or "articles"."published_at" is not null),
	CONSTRAINT "articles_issue_in_series" CHECK ("articles"."issue_number" is null or "articles"."series_id" is not null),
	CONSTRAINT "articles_cover_has_alt" CHECK ("articles"."cover_image" is null or length("articles"."cover_alt") > 0)
);
--> statement-breakpoint
CREATE TABLE "author_translations" (
	"author_id" integer NOT NULL,
	"edition" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	CONSTRAINT "author_translations_author_id_edition_pk" PRIMARY KEY("author_id","edition"),
	CONSTRAINT "author_translations_edition" CHECK (edition ~ '^[a-z]{2,3}(-[a-z0-9]+)?$'),
	CONSTRAINT "author_translations_slug" CHECK (length(slug) between 1 and 200 and slug !~ '[/?#[:space:]]')
);
--> statement-breakpoint
CREATE TABLE "authors" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "authors_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "categories_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "category_translations" (
	"category_id" integer NOT NULL,
	"edition" text NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "category_translations_category_id_edition_pk" PRIMARY KEY("category_id","edition"),
	CONSTRAINT "category_translations_edition" CHECK (edition ~ '^[a-z]{2,3}(-[a-z0-9]+)?$'),
	CONSTRAINT "category_translations_slug" CHECK (length(slug) between 1 and 200 and slug !~ '[/?#[:space:]]')
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"article_id" integer NOT NULL,
	"author_name" text NOT NULL,
	"author_email" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comments_status" CHECK ("comments"."status" in ('pending', 'approved', 'rejected', 'spam'))
);
--> statement-breakpoint
CREATE TABLE "contact_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"subject" text NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_messages_status" CHECK ("contact_messages"."status" in ('new', 'read', 'archived'))
);
--> statement-breakpoint
CREATE TABLE "media_images" (
	"id" serial PRIMARY KEY NOT NULL,
	"media_item_id" integer NOT NULL,
	"position" integer NOT NULL,
	"src" text NOT NULL,
	"width" integer,
	"height" integer,
	"alt" text NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	CONSTRAINT "media_images_alt" CHECK (length(trim("media_images"."alt")) > 0)
);
--> statement-breakpoint
CREATE TABLE "media_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition" text NOT NULL,
	"kind" text NOT NULL,
	"translation_group" uuid DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"video_embed_url" text,
	"video_duration_seconds" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_items_edition" CHECK (edition ~ '^[a-z]{2,3}(-[a-z0-9]+)?$'),
	CONSTRAINT "media_items_slug" CHECK (length(slug) between 1 and 200 and slug !~ '[/?#[:space:]]'),
	CONSTRAINT "media_items_kind" CHECK ("media_items"."kind" in ('cartoons', 'newspics', 'photos', 'videos')),
	CONSTRAINT "media_items_status" CHECK ("media_items"."status" in ('draft', 'scheduled', 'published')),
	CONSTRAINT "media_items_video" CHECK ("media_items"."kind" <> 'videos' or "media_items"."video_embed_url" is not null)
);
--> statement-breakpoint
CREATE TABLE "pages" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition" text NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pages_edition" CHECK (edition ~ '^[a-z]{2,3}(-[a-z0-9]+)?$'),
	CONSTRAINT "pages_slug" CHECK (length(slug) between 1 and 200 and slug !~ '[/?#[:space:]]')
);
--> statement-breakpoint
CREATE TABLE "publication_contents" (
	"id" serial PRIMARY KEY NOT NULL,
	"publication_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"article_id" integer
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition" text NOT NULL,
	"kind" text NOT NULL,
	"translation_group" uuid DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"issue_number" integer,
	"edition_year" integer,
	"language" text NOT NULL,
	"cover_image" text,
	"cover_alt" text,
	"pdf_path" text NOT NULL,
	"pdf_bytes" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publications_edition" CHECK (edition ~ '^[a-z]{2,3}(-[a-z0-9]+)?$'),
	CONSTRAINT "publications_slug" CHECK (length(slug) between 1 and 200 and slug !~ '[/?#[:space:]]'),
	CONSTRAINT "publications_kind" CHECK ("publications"."kind" in ('books', 'newsletter', 'pars-brief')),
	CONSTRAINT "publications_status" CHECK ("publications"."status" in ('draft', 'scheduled', 'published')),
	CONSTRAINT "publications_pdf_bytes" CHECK ("publications"."pdf_bytes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "series" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "series_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "series_translations" (
	"series_id" integer NOT NULL,
	"edition" text NOT NULL,
	"title" text NOT NULL,
	"slug" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "series_translations_series_id_edition_pk" PRIMARY KEY("series_id","edition"),
	CONSTRAINT "series_translations_edition" CHECK (edition ~ '^[a-z]{2,3}(-[a-z0-9]+)?$'),
	CONSTRAINT "series_translations_slug" CHECK (length(slug) between 1 and 200 and slug !~ '[/?#[:space:]]')
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"editions" text[] DEFAULT '{}'::text[] NOT NULL,
	"interface_language" text DEFAULT 'en' NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role" CHECK ("users"."role" in ('admin', 'editor', 'translator'))
);
--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."authors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "author_translations" ADD CONSTRAINT "author_translations_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_translations" ADD CONSTRAINT "category_translations_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_images" ADD CONSTRAINT "media_images_media_item_id_media_items_id_fk" FOREIGN KEY ("media_item_id") REFERENCES "public"."media_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_contents" ADD CONSTRAINT "publication_contents_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_contents" ADD CONSTRAINT "publication_contents_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series_translations" ADD CONSTRAINT "series_translations_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "articles_edition_slug" ON "articles" USING btree ("edition","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_translation_group_edition" ON "articles" USING btree ("translation_group","edition");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_series_issue" ON "articles" USING btree ("edition","series_id","issue_number");--> statement-breakpoint
CREATE INDEX "articles_edition_published" ON "articles" USING btree ("edition","status","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_category_published" ON "articles" USING btree ("category_id","edition","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_author_published" ON "articles" USING btree ("author_id","edition","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_series_published" ON "articles" USING btree ("series_id","edition","issue_number");--> statement-breakpoint
CREATE UNIQUE INDEX "author_translations_edition_slug" ON "author_translations" USING btree ("edition","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "category_translations_edition_slug" ON "category_translations" USING btree ("edition","slug");--> statement-breakpoint
CREATE INDEX "comments_article_status" ON "comments" USING btree ("article_id","status","created_at");--> statement-breakpoint
CREATE INDEX "comments_queue" ON "comments" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "contact_messages_inbox" ON "contact_messages" USING btree ("status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "media_images_item_position" ON "media_images" USING btree ("media_item_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "media_items_edition_kind_slug" ON "media_items" USING btree ("edition","kind","slug");--> statement-breakpoint
CREATE INDEX "media_items_listing" ON "media_items" USING btree ("edition","kind","status","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "pages_edition_slug" ON "pages" USING btree ("edition","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "publication_contents_position" ON "publication_contents" USING btree ("publication_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "publications_edition_kind_slug" ON "publications" USING btree ("edition","kind","slug");--> statement-breakpoint
CREATE INDEX "publications_listing" ON "publications" USING btree ("edition","kind","status","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "series_translations_edition_slug" ON "series_translations" USING btree ("edition","slug");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email" ON "users" USING btree (lower("email"));