// Structured JSON logs (pino): one line per request from the HTTP layer's pino-http middleware (app/http/site.server.ts), and the
// application's errors. Never logged: bodies, cookies, Authorization, Set-Cookie, secrets in the query
// string, or whole e-mail addresses (kept as "j…@example.org").
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pino, type DestinationStream, type Logger } from "pino";
import { pinoHttp, type HttpLogger } from "pino-http";
import { getEnvironment } from "~/env.server";

/** Query parameters whose values are never logged */
const secretParameter = /pass|token|secret|session|csrf|key|auth|code/i;
const emailAddress = /([^\s@/?&=:;,"'<>()[\]]+)@([^\s@/?&=:;,"'<>()[\]]+\.[^\s@/?&=:;,"'<>()[\]]+)/g;

/** An e-mail address keeps its first character and its domain: enough to tell readers apart, not to name one */
export function maskEmails(text: string): string {
  return text.replace(emailAddress, (_match, local: string, domain: string) => `${local.slice(0, 1)}…@${domain}`);
}

/** The request's path and query string as logged: secrets dropped, e-mail addresses masked */
export function loggablePath(url: string): string {
  let parsed: URL;
  try {
    // Against the origin explicitly: "///" or "/\\host" relative to a base would be read as another host (and throw)
    parsed = new URL(url.startsWith("/") ? `http://localhost${url}` : url, "http://localhost");
  } catch {
    // Not an address at all ("*", or garbage): logged as it came, without its query, masked and cut short
    return maskEmails(url.split("?")[0]!.slice(0, 200));
  }
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (secretParameter.test(name)) parsed.searchParams.set(name, "[redacted]");
  }
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Malformed percent-encoding: log it as it came
  }
  const query = decodeURIComponent(parsed.searchParams.toString().replace(/\+/g, " "));
  return maskEmails(query ? `${path}?${query}` : path);
}

/**
 * What an error may say in a log line. A failed query's error carries the values it was given (drizzle's
 * "Failed query: … params: <name>,<e-mail>,<message>", its `params`; postgres.js's `parameters` in debug
 * mode) and PostgreSQL's own messages may quote a value ("Key (email)=(…) already exists"): the values
 * are dropped, and any e-mail address left is masked, in the error and its causes.
 */
export function loggableError(error: unknown): unknown {
  const scrub = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") return maskEmails(value.replace(/\nparams: [^\n]*/g, "\nparams: [redacted]"));
    if (depth > 4 || value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, /^(params|parameters|args)$/.test(key) ? "[redacted]" : scrub(item, depth + 1)]),
    );
  };
  // With its cause as an object of its own: the database's code and detail are what an operator needs
  return scrub(error instanceof Error ? pino.stdSerializers.errWithCause(error) : error, 0);
}

export function createLogger(destination?: DestinationStream, level = getEnvironment().LOG_LEVEL): Logger {
  return pino(
    {
      level,
      base: { service: "horizon-watch" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // The fields of a line (a path given alongside an error, say) name no one either
        log: (fields) => Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, typeof value === "string" ? maskEmails(value) : value])),
      },
      serializers: { err: loggableError },
      // A second guard should anything log a request or response object whole
      redact: {
        paths: [
          "req.headers.cookie",
          "req.headers.authorization",
          'res.headers["set-cookie"]',
          "headers.cookie",
          "headers.authorization",
          "password",
          "*.password",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

// Written to stdout without blocking: lines logged while a write is under way go out together with the next
// one, and what is left is flushed as the process exits (pino registers the flush); a SIGKILL may lose the last lines
export const logger: Logger = createLogger(pino.destination({ dest: 1, sync: false }));

const undecodablePathWarning = /^The URL path "(.*)" could not be decoded because it is is a malformed URL segment/s;

/**
 * React Router warns through console.warn, outside this log, about every path it cannot decode: three lines
 * on stderr per request, each quoting the whole path as sent, e-mail addresses in it included, at whatever
 * pace a client sends such paths. The request has its own line in this log already (its 400); the warning
 * goes there too, at debug level, with the path masked like any other. Other warnings are left alone.
 */
export function routeRouterWarningsToLog(target: Logger = logger): void {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const undecodable = typeof args[0] === "string" ? undecodablePathWarning.exec(args[0]) : null;
    if (!undecodable) return warn.apply(console, args);
    target.debug({ path: loggablePath(undecodable[1]!) }, "React Router could not decode the path");
  };
}
routeRouterWarningsToLog();

const requestIdPattern = /^[\w.-]{1,64}$/;

/** A request's id: a proxy's X-Request-Id, when sane, else a new one */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers["x-request-id"];
  return typeof incoming === "string" && requestIdPattern.test(incoming) ? incoming : randomUUID();
}

/** The log line of an answer sent from the page cache, before the per-request middleware (the same fields) */
export function logStoredAnswer(req: IncomingMessage, status: number, id: string, base: Logger = logger): void {
  base.info({ req: { id, method: req.method, path: loggablePath(req.url ?? "") }, res: { status } }, `${req.method} ${status}`);
}

/** The per-request middleware: a request id (a proxy's X-Request-Id, when sane, else a new one), echoed as X-Request-Id */
export function createHttpLogger(base: Logger = logger): HttpLogger {
  return pinoHttp({
    logger: base,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const id = requestIdOf(req);
      res.setHeader("X-Request-Id", id);
      return id;
    },
    customLogLevel(_req, res, error) {
      if (error || res.statusCode >= 500) return "error";
      if (res.statusCode >= 400) return "warn";
      return "info";
    },
    customSuccessMessage: (req, res) => `${req.method} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${res.statusCode}`,
    // Only what an operator needs; no headers, cookies, bodies or client addresses
    serializers: {
      err: loggableError,
      req: (req: { id: string; method: string; url: string; raw?: IncomingMessage }) => ({
        id: req.id,
        method: req.method,
        path: loggablePath(req.raw?.url ?? req.url),
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customAttributeKeys: { responseTime: "durationMs" },
  });
}
