CREATE TABLE "article_search_recent" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"edition" text NOT NULL,
	"status" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"search_vector" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_search_recent" ADD CONSTRAINT "article_search_recent_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_search_recent_newest" ON "article_search_recent" USING btree ("edition","published_at" DESC NULLS FIRST,"article_id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "article_search_recent_words" ON "article_search_recent" USING gin ("search_vector") WITH (fastupdate=false);--> statement-breakpoint
-- Hand-written below: the table is kept by statement-level triggers on articles (one pass per statement, so a
-- COPY of thousands of old articles costs a few index reads). Invariant: every non-draft article of an
-- edition newer than its oldest entry has an entry; at most article_search_recent_size() published ones per
-- edition, and the scheduled ones.
-- Why: docs/decisions/020-bounded-search.md.
-- Vectors kept in the row (compressed) where they fit: reading one then needs no TOAST lookup
ALTER TABLE "article_search_recent" ALTER COLUMN "search_vector" SET STORAGE MAIN;
--> statement-breakpoint
CREATE FUNCTION article_search_recent_size() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 2500';
--> statement-breakpoint
CREATE FUNCTION article_search_recent_refresh(target_edition text, changed integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  size constant integer := article_search_recent_size();
  oldest record;
  boundary record;
  kept integer;
BEGIN
  DELETE FROM article_search_recent WHERE article_id = ANY (changed);
  SELECT published_at, article_id INTO oldest FROM article_search_recent
    WHERE edition = target_edition ORDER BY published_at, article_id LIMIT 1;
  -- Written articles newer than the oldest entry; older ones come in below, in order, if there is room
  INSERT INTO article_search_recent (article_id, edition, status, published_at, search_vector)
    SELECT id, edition, status, published_at, search_vector FROM articles
    WHERE id = ANY (changed) AND edition = target_edition AND status <> 'draft' AND published_at IS NOT NULL
      AND oldest.article_id IS NOT NULL AND (published_at, id) > (oldest.published_at, oldest.article_id);
  -- Scheduled articles are kept beside the newest size published ones, not counted among them
  SELECT published_at, article_id INTO boundary FROM article_search_recent
    WHERE edition = target_edition AND published_at <= now() ORDER BY published_at DESC, article_id DESC OFFSET size - 1 LIMIT 1;
  IF boundary.article_id IS NOT NULL THEN
    DELETE FROM article_search_recent
      WHERE edition = target_edition AND (published_at, article_id) < (boundary.published_at, boundary.article_id);
  END IF;
  SELECT count(*) INTO kept FROM article_search_recent WHERE edition = target_edition AND published_at <= now();
  IF kept < size THEN
    SELECT published_at, article_id INTO oldest FROM article_search_recent
      WHERE edition = target_edition ORDER BY published_at, article_id LIMIT 1;
    INSERT INTO article_search_recent (article_id, edition, status, published_at, search_vector)
      SELECT id, edition, status, published_at, search_vector FROM articles
      WHERE edition = target_edition AND status <> 'draft' AND published_at IS NOT NULL
        AND (oldest.article_id IS NULL OR (published_at, id) < (oldest.published_at, oldest.article_id))
      ORDER BY published_at DESC, id DESC
      LIMIT size - kept;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION articles_search_recent_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    FOR target IN SELECT edition, array_agg(id) AS ids FROM written_articles GROUP BY edition LOOP
      PERFORM article_search_recent_refresh(target.edition, target.ids);
    END LOOP;
  ELSIF TG_OP = 'UPDATE' THEN
    -- An article moved to another edition leaves the first one's entries too
    FOR target IN
      SELECT edition, array_agg(id) AS ids FROM (SELECT edition, id FROM written_articles UNION SELECT edition, id FROM previous_articles) moved
      GROUP BY edition
    LOOP
      PERFORM article_search_recent_refresh(target.edition, target.ids);
    END LOOP;
  ELSE
    FOR target IN SELECT edition, array_agg(id) AS ids FROM previous_articles GROUP BY edition LOOP
      PERFORM article_search_recent_refresh(target.edition, target.ids);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_search_recent_insert AFTER INSERT ON articles
  REFERENCING NEW TABLE AS written_articles FOR EACH STATEMENT EXECUTE FUNCTION articles_search_recent_sync();
--> statement-breakpoint
CREATE TRIGGER articles_search_recent_update AFTER UPDATE ON articles
  REFERENCING OLD TABLE AS previous_articles NEW TABLE AS written_articles FOR EACH STATEMENT EXECUTE FUNCTION articles_search_recent_sync();
--> statement-breakpoint
CREATE TRIGGER articles_search_recent_delete AFTER DELETE ON articles
  REFERENCING OLD TABLE AS previous_articles FOR EACH STATEMENT EXECUTE FUNCTION articles_search_recent_sync();
--> statement-breakpoint
-- Edition and words in one GIN index (btree_gin, PostgreSQL's contrib, a trusted extension), so that a
-- search reads its own edition's entries and PostgreSQL does not combine the words with a whole edition's
-- btree entries. Where btree_gin is not available (PGlite, unless loaded) or may not be created, the
-- indexes keep the words alone and the same queries run without it.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gin') THEN
    BEGIN
      CREATE EXTENSION IF NOT EXISTS btree_gin;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'btree_gin could not be created: the search indexes keep the words alone';
    END;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gin') THEN
    DROP INDEX "articles_search";
    CREATE INDEX "articles_search" ON "articles" USING gin ("edition", "search_vector");
    DROP INDEX "article_search_recent_words";
    CREATE INDEX "article_search_recent_words" ON "article_search_recent" USING gin ("edition", "search_vector") WITH (fastupdate=false);
  END IF;
END $$;
--> statement-breakpoint
SELECT article_search_recent_refresh(edition, '{}') FROM (SELECT DISTINCT edition FROM articles) editions;
--> statement-breakpoint
ANALYZE "article_search_recent";
