import { archivesSuite } from "./archives-suite";
import { feedsSuite } from "./feeds-suite";
import { mediaSuite } from "./media-suite";
import { searchSuite } from "./search-suite";
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
