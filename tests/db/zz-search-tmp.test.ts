import { databaseSuite } from "./database-suite";
process.env.PGLITE_DIR = "memory://";
delete process.env.DATABASE_URL;
process.env.SEED_DEMO_CONTENT = "never";
databaseSuite("PGlite", async () => (await import("~/db/database.server")).startDatabase(), async () => (await import("~/db/database.server")).stopDatabase());
