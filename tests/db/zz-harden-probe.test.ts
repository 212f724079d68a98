import { it, expect } from "vitest";
import { archivesSuite } from "./archives-suite";
process.env.PGLITE_DIR = "memory://";
delete process.env.DATABASE_URL;
process.env.SEED_DEMO_CONTENT = "never";
archivesSuite(
  "PGlite-head",
  async () => { console.log("ENV", (await import("~/env.server")).getEnvironment().SEED_DEMO_CONTENT); return (await import("~/db/zz-harden-head.server")).startDatabase(); },
  async () => (await import("~/db/zz-harden-head.server")).stopDatabase(),
);
