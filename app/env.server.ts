// The environment, read and validated once at start-up; typed everywhere after.
import { z } from "zod";

function isHttpOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.pathname === "/" && !url.search && !url.hash && !url.username;
  } catch {
    return false;
  }
}

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
  /** Demo editorial accounts (random passwords, shown once): auto = on the embedded database only; 1 = also on PostgreSQL; 0 = never */
  SEED_DEMO_ACCOUNTS: z.enum(["auto", "0", "1"]).default("auto"),
  /** For tests that sign in: every demo account gets this password instead of a random one */
  DEMO_ACCOUNT_PASSWORD: z.string().min(12, "DEMO_ACCOUNT_PASSWORD must be at least 12 characters").optional(),
  /** Where stored files are kept: demo PDFs (served at /files/<name>) and editors' uploads (/uploads/…, app/uploads/) */
  UPLOADS_DIR: z.string().min(1).default(".data/uploads"),
  /** Public origin used in share links and canonical URLs; defaults to the request's own origin */
  SITE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /**
   * Signs the forms' cookies (CSRF). Several secrets separated by commas rotate: the first signs, all verify.
   * Unset: a random secret per process (app/security/session-secret.server.ts), so several processes need a shared one.
   */
  SESSION_SECRET: z.string().min(16, "SESSION_SECRET must be at least 16 characters").optional(),
  /** Messages one address may send through the contact form per window */
  CONTACT_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(5),
  CONTACT_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
  /** Searches one address may run per window (app/routes/$lang.search.tsx); repeated ones kept in memory do not count */
  SEARCH_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(60),
  SEARCH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Editorial sessions end this many hours after sign-in */
  ADMIN_SESSION_HOURS: z.coerce.number().min(0.01).max(24 * 30).default(12),
  /** Failed sign-ins for one account (or 4× that from one address) within the window before 429 and a lock-out */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  SIGN_IN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).default(900),
  /** The server-side page cache (app/cache/page-cache.server.ts): on, or off to measure without it */
  PAGE_CACHE: z.enum(["on", "off"]).default("on"),
  PAGE_CACHE_MAX_MB: z.coerce.number().min(1).default(64),
  PAGE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).default(60),
  /** postgres.js connections per server process */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  /** Server processes when the database is PostgreSQL (cluster workers); default: one per core */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).optional(),
  /** Slow clients (app/http/start.server.ts): seconds to send a request's headers, and the whole request (uploads included), before 408 */
  HEADERS_TIMEOUT_SECONDS: z.coerce.number().min(1).default(10),
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().min(1).default(300),
  /** Behind a proxy: Express's "trust proxy" (a hop count, "loopback", addresses…); then X-Forwarded-For/-Proto/-Host count */
  TRUST_PROXY: z.string().min(1).optional(),
  /** Strict-Transport-Security on answers to HTTPS requests; off when the proxy sends its own */
  HSTS: z.enum(["on", "off"]).default("on"),
  /**
   * Other addresses of the whole site (static mirrors, an onion service; docs/mirrors.md), comma-separated
   * origins: listed, per edition, on /<lng>/mirrors, linked from every page's footer
   */
  MIRROR_URLS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
    .refine((urls) => urls.every(isHttpOrigin), {
      message: "MIRROR_URLS must be http(s) addresses without a path, separated by commas (https://mirror.example.org,http://…onion)",
    })
    .transform((urls) => urls.map((url) => new URL(url).origin)),
  /** "1" offers the pseudo-locales (TRANSLATING.md) outside development too, e.g. to the e2e server; never in front of readers */
  PSEUDO_LOCALES: z.enum(["0", "1"]).default("0"),
  /** Where the build lives (remix.config.js reads it too, and server.mjs to find the build): default build/ and public/build/ */
  REMIX_BUILD_DIR: z.string().min(1).optional(),
  /** Where the locale files are read from (tests point it at a copy) */
  LOCALES_DIR: z.string().min(1).default("locales"),
}).refine((environment) => environment.HEADERS_TIMEOUT_SECONDS <= environment.REQUEST_TIMEOUT_SECONDS, {
  message: "HEADERS_TIMEOUT_SECONDS must not exceed REQUEST_TIMEOUT_SECONDS (the headers are part of the request)",
  path: ["HEADERS_TIMEOUT_SECONDS"],
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

/**
 * Reads the environment again. For tests that point the app at another database: modules that log or
 * read settings when they load have already cached the environment by the time a test sets process.env.
 */
export function reloadEnvironment(): Environment {
  cached = undefined;
  return getEnvironment();
}
