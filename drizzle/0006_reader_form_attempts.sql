CREATE TABLE "form_attempts" (
	"id" serial PRIMARY KEY NOT NULL,
	"form" text NOT NULL,
	"client_address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "form_attempts_address" ON "form_attempts" USING btree ("form","client_address","created_at");--> statement-breakpoint
CREATE INDEX "form_attempts_created" ON "form_attempts" USING btree ("created_at");