// Runs when TEST_DATABASE_URL points at a PostgreSQL server: creates its own database, drops it after.
import { describe, it } from "vitest";
import { adminArticlesSuite } from "./admin-articles-suite";
import { adminMediaSuite } from "./admin-media-suite";
import { adminTaxonomySuite } from "./admin-taxonomy-suite";
import { archivesSuite } from "./archives-suite";
import { editorialSuite } from "./editorial-suite";
import { feedsSuite, postgresTestDatabase } from "./feeds-suite";
import { mediaSuite } from "./media-suite";
import { rateLimitSuite } from "./rate-limit-suite";
import { searchLimitsSuite } from "./search-limits-suite";
import { searchSuite } from "./search-suite";
import { siteIdentitySuite } from "./site-identity-suite";

const serverUrl = process.env.TEST_DATABASE_URL;

if (!serverUrl) {
  describe.skip("the database on PostgreSQL (set TEST_DATABASE_URL to run)", () => {
    it("needs a server", () => {});
  });
} else {
  const databaseName = `ngo_news_test_${process.pid}_${Date.now()}`;
  // Each suite gets the database fresh: created before it, dropped after it
  archivesSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  feedsSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  searchSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  mediaSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  adminArticlesSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  editorialSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  adminTaxonomySuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  adminMediaSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  searchLimitsSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  rateLimitSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  siteIdentitySuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
}
