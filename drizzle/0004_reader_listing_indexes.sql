DROP INDEX "articles_edition_published";--> statement-breakpoint
DROP INDEX "articles_category_published";--> statement-breakpoint
DROP INDEX "articles_author_published";--> statement-breakpoint
DROP INDEX "audit_log_recent";--> statement-breakpoint
DROP INDEX "contact_messages_inbox";--> statement-breakpoint
DROP INDEX "media_items_listing";--> statement-breakpoint
DROP INDEX "publications_listing";--> statement-breakpoint
CREATE INDEX "articles_edition_newest" ON "articles" USING btree ("edition","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"status");--> statement-breakpoint
CREATE INDEX "articles_edition_published" ON "articles" USING btree ("edition","status","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "articles_category_published" ON "articles" USING btree ("category_id","edition","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"status");--> statement-breakpoint
CREATE INDEX "articles_author_published" ON "articles" USING btree ("author_id","edition","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"status");--> statement-breakpoint
CREATE INDEX "audit_log_recent" ON "audit_log" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "contact_messages_inbox" ON "contact_messages" USING btree ("status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "media_items_listing" ON "media_items" USING btree ("edition","kind","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"status");--> statement-breakpoint
CREATE INDEX "publications_listing" ON "publications" USING btree ("edition","kind","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"status");