-- Search ranks only the newest matches (app/models/search.server.ts). For a common word PostgreSQL must
-- then walk articles_edition_newest and stop after a few hundred matches, instead of reading every match
-- through the GIN index and sorting them; it chooses so only if it knows the word is common. With the
-- default statistics it tracks the 1,000 most frequent words of all four editions together, which leaves
-- out words as common as "news" in English (1 article in 10): they were estimated as rare. 1,000 tracks
-- about 10,000 words (ANALYZE of 400,000 articles: about 30 s). Not expressible in drizzle's schema.
ALTER TABLE "articles" ALTER COLUMN "search_vector" SET STATISTICS 1000;
