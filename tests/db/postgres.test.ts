// Runs when TEST_DATABASE_URL points at a PostgreSQL server: creates its own database, drops it after.
import postgres from "postgres";
import { describe, it } from "vitest";
import { archivesSuite } from "./archives-suite";
import { feedsSuite, postgresTestDatabase } from "./feeds-suite";
import { mediaSuite } from "./media-suite";
import { searchSuite } from "./search-suite";
import { reloadEnvironment } from "~/env.server";

const serverUrl = process.env.TEST_DATABASE_URL;

if (!serverUrl) {
  describe.skip("the database on PostgreSQL (set TEST_DATABASE_URL to run)", () => {
    it("needs a server", () => {});
  });
} else {
  const databaseName = `ngo_news_test_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  archivesSuite(
    "PostgreSQL",
    async () => {
      await admin.unsafe(`create database ${databaseName}`);
      const url = new URL(serverUrl);
      url.pathname = `/${databaseName}`;
      process.env.DATABASE_URL = url.toString();
      process.env.SEED_DEMO_CONTENT = "never";
      reloadEnvironment();
      return (await import("~/db/database.server")).startDatabase();
    },
    async () => {
      await (await import("~/db/database.server")).stopDatabase();
      await admin.unsafe(`drop database if exists ${databaseName} with (force)`);
      await admin.end();
    },
  );
  feedsSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  searchSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
  mediaSuite("PostgreSQL", ...postgresTestDatabase(serverUrl, databaseName));
}
