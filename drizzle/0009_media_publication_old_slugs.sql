CREATE TABLE "media_item_old_slugs" (
	"edition" text NOT NULL,
	"kind" text NOT NULL,
	"slug" text NOT NULL,
	"media_item_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_item_old_slugs_edition_kind_slug_pk" PRIMARY KEY("edition","kind","slug"),
	CONSTRAINT "media_item_old_slugs_slug" CHECK (length(slug) between 1 and 200 and slug !~ '[/?#[:space:]]')
);
--> statement-breakpoint
CREATE TABLE "publication_old_slugs" (
	"edition" text NOT NULL,
	"kind" text NOT NULL,
	"slug" text NOT NULL,
	"publication_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publication_old_slugs_edition_kind_slug_pk" PRIMARY KEY("edition","kind","slug"),
	CONSTRAINT "publication_old_slugs_slug" CHECK (length(slug) between 1 and 200 and slug !~ '[/?#[:space:]]')
);
--> statement-breakpoint
ALTER TABLE "media_item_old_slugs" ADD CONSTRAINT "media_item_old_slugs_media_item_id_media_items_id_fk" FOREIGN KEY ("media_item_id") REFERENCES "public"."media_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_old_slugs" ADD CONSTRAINT "publication_old_slugs_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_item_old_slugs_item" ON "media_item_old_slugs" USING btree ("media_item_id");--> statement-breakpoint
CREATE INDEX "publication_old_slugs_publication" ON "publication_old_slugs" USING btree ("publication_id");