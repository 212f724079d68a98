import { adminArticlesSuite } from "./admin-articles-suite";
import { adminMediaSuite } from "./admin-media-suite";
import { adminTaxonomySuite } from "./admin-taxonomy-suite";
import { archivesSuite } from "./archives-suite";
import { editorialSuite } from "./editorial-suite";
import { feedsSuite } from "./feeds-suite";
import { mediaSuite } from "./media-suite";
import { rateLimitSuite } from "./rate-limit-suite";
import { searchLimitsSuite } from "./search-limits-suite";
import { searchSuite } from "./search-suite";
import { siteIdentitySuite } from "./site-identity-suite";
import { reloadEnvironment } from "~/env.server";

process.env.PGLITE_DIR = "memory://";
delete process.env.DATABASE_URL;
process.env.SEED_DEMO_CONTENT = "never";
reloadEnvironment();

archivesSuite(
  "PGlite",
  async () => (await import("~/db/database.server")).startDatabase(),
  async () => (await import("~/db/database.server")).stopDatabase(),
);
feedsSuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
searchSuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
mediaSuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
editorialSuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
adminArticlesSuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
adminTaxonomySuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
adminMediaSuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
searchLimitsSuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
rateLimitSuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
siteIdentitySuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
