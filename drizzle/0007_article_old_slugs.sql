CREATE TABLE "article_old_slugs" (
	"edition" text NOT NULL,
	"slug" text NOT NULL,
	"article_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_old_slugs_edition_slug_pk" PRIMARY KEY("edition","slug"),
	CONSTRAINT "article_old_slugs_slug" CHECK (length(slug) between 1 and 200 and slug !~ '[/?#[:space:]]')
);
--> statement-breakpoint
ALTER TABLE "article_old_slugs" ADD CONSTRAINT "article_old_slugs_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_old_slugs_article" ON "article_old_slugs" USING btree ("article_id");