CREATE TABLE "edition_identities" (
	"edition" text PRIMARY KEY NOT NULL,
	"site_name" text NOT NULL,
	"tagline" text DEFAULT '' NOT NULL,
	"logo_alt" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "edition_identities_edition" CHECK (edition ~ '^[a-z]{2,3}(-[a-z0-9]+)?$'),
	CONSTRAINT "edition_identities_site_name" CHECK (length(trim("edition_identities"."site_name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "site_identity" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"logo_upload_id" integer,
	"social_profiles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_identity_one_row" CHECK ("site_identity"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "site_identity" ADD CONSTRAINT "site_identity_logo_upload_id_uploads_id_fk" FOREIGN KEY ("logo_upload_id") REFERENCES "public"."uploads"("id") ON DELETE set null ON UPDATE no action;