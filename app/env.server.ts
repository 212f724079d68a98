// The environment, read and validated once at start-up; typed everywhere after.
import { z } from "zod";

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** postgres://… switches from the embedded PGlite database to a PostgreSQL server */
  DATABASE_URL: z.string().url().optional(),
  /** Where PGlite keeps its files; `memory://` for a throwaway database */
  PGLITE_DIR: z.string().default(".data/pglite"),
  /** Seed the demo content when the database is empty */
  SEED_DEMO_CONTENT: z.enum(["auto", "never"]).default("auto"),
  /** Public origin used in share links and canonical URLs; defaults to the request's own origin */
  SITE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Environment = z.infer<typeof environmentSchema>;

let cached: Environment | undefined;

export function getEnvironment(): Environment {
  if (!cached) {
    const parsed = environmentSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}
