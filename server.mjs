// The production server: opens the database (migrating and seeding it when empty) before it listens,
// serves the built assets and the Remix app, and shuts down cleanly on SIGTERM and SIGINT.
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Production unless told otherwise: React, Express and the app pick their slower development builds and
// checks when NODE_ENV is unset, and `node server.mjs` is how production starts. Set before the build (and
// React with it) is loaded below.
process.env.NODE_ENV ??= "production";
const development = process.env.NODE_ENV === "development";

// REMIX_BUILD_DIR (a build tool's setting, read before any of the app is loaded): see remix.config.js
const buildDirectory = process.env.REMIX_BUILD_DIR;
const buildEntry = path.resolve(buildDirectory ?? "build", "index.js");
if (!existsSync(buildEntry)) {
  console.error(`There is no build at ${buildEntry}: run npm run build first (npm start builds, then serves).`);
  process.exit(1);
}
// Every setting is validated once, as the build loads (app/env.server.ts): a wrong one stops the start with what is wrong
let build;
try {
  build = await import(pathToFileURL(buildEntry).href);
} catch (error) {
  if (!String(error?.message).startsWith("Invalid environment")) throw error;
  console.error(error.message);
  process.exit(1);
}
const { lifecycle, logger, createHttpLogger, pageCacheMiddleware, earlyRefusalMiddleware, choosesPseudoLocale, getEnvironment, DatabaseStartError, originMiddleware, crossSiteGuard } =
  build.entry.module;
const environment = getEnvironment();

// On PostgreSQL in production, one server process per core (WEB_CONCURRENCY overrides): the primary
// process only starts workers, restarts one that dies, and passes SIGTERM/SIGINT on. The embedded
// database (PGlite) belongs to one process, so without DATABASE_URL there is a single process.
const workerCount = environment.DATABASE_URL && !development ? (environment.WEB_CONCURRENCY ?? availableParallelism()) : 1;
if (cluster.isPrimary && workerCount > 1) {
  let stopping = false;
  let started = false;
  const startWorker = () =>
    new Promise((resolve) => {
      const worker = cluster.fork();
      worker.once("listening", resolve);
      worker.once("exit", resolve);
    });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (!started) return;
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    // Each worker finishes its in-flight requests and closes its database connections (see shutdown below)
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(1), 10_000).unref();
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  // Listened to before any worker starts: a SIGTERM while the later workers are still starting (the first
  // one already serves) would otherwise end the primary at once, its workers cut off mid-request
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  // The first worker alone: it migrates (and, when empty, seeds) the database; then the others
  await startWorker();
  if (!stopping) await Promise.all(Array.from({ length: workerCount - 1 }, startWorker));
  started = true;
  // The primary serves nothing itself: the rest of this module is the workers'
  await new Promise(() => {});
}
// A PostgreSQL server unreachable at start-up does not stop the site: it serves (pages answer 503, the
// localized "temporarily unavailable" page) and keeps trying, waiting 1 s, 2 s, 4 s… at most 10 s between
// tries. The embedded database cannot come back by waiting: a failure to open it ends the process.
const { DATABASE_URL: databaseUrl, SITE_URL: siteUrl, TRUST_PROXY: trustProxy, HSTS: hsts } = environment;
let retryTimer;
async function openDatabase(attempt = 1) {
  try {
    await lifecycle.start();
    if (attempt > 1) logger.info({ attempt }, "database opened");
    return true;
  } catch (error) {
    if (!databaseUrl) stopStarting(error instanceof DatabaseStartError ? error.message : `The embedded database could not be opened: ${error?.message ?? error}`, error);
    const retryInMs = Math.min(1_000 * 2 ** (attempt - 1), 10_000);
    const server = new URL(databaseUrl);
    console.error(`Waiting for PostgreSQL at ${server.hostname}:${server.port || 5432} (${error?.code ?? error?.message ?? error}); trying again in ${retryInMs / 1000} s.`);
    logger.error({ err: error, attempt, retryInMs }, "the database could not be opened; retrying");
    retryTimer = setTimeout(() => openDatabase(attempt + 1), retryInMs);
    return false;
  }
}
/** A start that cannot work says so in one sentence and stops, before it ever claims to serve */
function stopStarting(sentence, error) {
  console.error(sentence);
  logger.debug({ err: error }, "start-up failed");
  process.exit(1);
}
await openDatabase();

const app = express();
app.disable("x-powered-by");
// Behind a proxy, TRUST_PROXY (e.g. "loopback" or a hop count): then req.ip, req.protocol and the origin
// read its X-Forwarded-For, -Proto and -Host; without it they are ignored
if (trustProxy) app.set("trust proxy", /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
if (!siteUrl && !development) {
  console.warn("SITE_URL is not set: links in feeds, sitemaps and share cards name whatever host each request was sent to. Set SITE_URL to the site's public address (https://…) before putting it on the internet.");
}
// One JSON log line per request with its id (also sent as X-Request-Id), method, path, status and duration
app.use(createHttpLogger());
// Security headers on every answer (pages, resource routes, static files, redirects). Inline scripts
// (Remix's <Scripts>, <ScrollRestoration>) run only with this request's nonce (app/security/nonce.ts).
// Style attributes stay allowed (style-src-attr): the root sets the edition's font as a CSS variable on
// <html>, and a few components use style={…}; <style> elements and stylesheets must come from this site.
app.use((req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  // The reader's address, for per-address rate limits (behind a proxy, see TRUST_PROXY below)
  res.locals.clientAddress = req.ip ?? req.socket.remoteAddress ?? "unknown";
  next();
});
// The origin of every absolute URL and of the page cache's keys: SITE_URL, or a Host that names a host
app.use(originMiddleware(siteUrl));
const securityHeaders = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", (req, res) => `'nonce-${res.locals.cspNonce}'`],
      styleSrc: ["'self'"],
      styleSrcAttr: ["'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      // The video players media items may embed (app/admin/video-embed.ts names the same hosts)
      frameSrc: ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
    },
  },
  crossOriginOpenerPolicy: { policy: "same-origin" },
  referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  xFrameOptions: { action: "deny" },
  // Sent below, only over HTTPS
  strictTransportSecurity: false,
};
const pageSecurityHeaders = helmet(securityHeaders);
// Stored files (/files, /uploads: someone's upload on the site's own origin) open sandboxed: no scripts,
// forms or access to the site, whatever a PDF holds; Chromium's PDF viewer still shows it inline
const storedFileSecurityHeaders = helmet({
  ...securityHeaders,
  contentSecurityPolicy: { ...securityHeaders.contentSecurityPolicy, directives: { ...securityHeaders.contentSecurityPolicy.directives, sandbox: [] } },
});
app.use((req, res, next) => (/^\/(files|uploads)\//.test(req.path) ? storedFileSecurityHeaders : pageSecurityHeaders)(req, res, next));
const permissionsPolicy = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  // No interest-based advertising cohorts (FLoC's interest-cohort, and the Topics API that replaced it)
  "interest-cohort=()",
  "browsing-topics=()",
  'fullscreen=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")',
].join(", ");
const sendHsts = hsts === "on";
app.use((req, res, next) => {
  res.setHeader("Permissions-Policy", permissionsPolicy);
  // req.secure honours X-Forwarded-Proto from a trusted proxy (TRUST_PROXY); HSTS=off leaves it to the proxy
  if (sendHsts && req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
});
// Brotli or gzip for text answers (compression ≥ 1.8 does both; it picks by Accept-Encoding and sends Vary).
// It wraps everything below, so the ETags underneath are computed on the uncompressed bytes.
app.use(compression());
// redirect: false: serve-static would answer a directory's address with a redirect to it plus "/", and it
// collapses leading slashes but not backslashes: "/\evil.example/.." would go to "/\evil.example/../", off
// the site in a browser. No directory is browsable anyway; such addresses go on to the app's 404.
// Content-hashed bundles never change: cache them for a year.
app.use("/build", express.static(buildDirectory ? `${buildDirectory}/public/build` : "public/build", { immutable: true, maxAge: "1y", redirect: false }));
app.use("/fonts", express.static("public/fonts", { immutable: true, maxAge: "1y", redirect: false }));
// Only an address that ends in a file extension can be a file of public/ (pages have none): a page's
// request does not wait for a disk lookup
const publicFiles = express.static("public", { maxAge: "1h", redirect: false });
app.use((req, res, next) => (/\.[\w]+$/.test(req.path) ? publicFiles(req, res, next) : next()));
// Longer than any page's address (the longest slug, 200 characters, percent-encoded, with the longest
// query a page reads): the edition layout answers 414 with the localized page (app/routes/$lang.tsx).
// Never redirected: a redirect echoing such an address in its Location overflowed clients' limit on
// header size (16 KB in Node), found by e2e/fuzz-paths.spec.ts.
const maxAddressLength = 8_192;
const addressTooLong = (req) => req.originalUrl.length > maxAddressLength;
// One canonical form per page: no trailing slash (routes handle the rest, see canonical.server.ts)
app.use((req, res, next) => {
  if (req.path.length > 1 && req.path.endsWith("/") && !addressTooLong(req)) {
    const queryStart = req.originalUrl.indexOf("?");
    const query = queryStart === -1 ? "" : req.originalUrl.slice(queryStart);
    // Leading slashes (and backslashes, which browsers read as slashes) collapse too, so "//example.com/"
    // or "/\example.com/" can never become an off-site redirect
    return res.redirect(301, `/${req.path.replace(/^[/\\]+|\/+$/g, "")}${query}`);
  }
  next();
});

/**
 * The rules of HTTP caching that depend on the answer itself; the page's own policy comes from its route
 * (app/routing/cache-control.ts). A server error is never stored; a 404/410 is kept a minute at most;
 * other client errors (400, 403, 405, 413, 429…) depend on the request and are not stored; an answer that
 * sets a cookie is per-reader whatever the route said.
 */
function cacheControlForStatus(status, cacheControl, setsCookie) {
  if (status >= 500) return "no-store";
  if (setsCookie && !/\b(private|no-store)\b/.test(cacheControl ?? "")) return "no-store";
  if (status === 404 || status === 410) return /\bpublic\b/.test(cacheControl ?? "") ? "public, max-age=60" : cacheControl;
  if (status >= 400) return "no-store";
  return cacheControl;
}

// Where the pseudo-locales are offered (never in front of readers), their cookie makes a page per-browser
const pseudoLocales = development || environment.PSEUDO_LOCALES === "1";

// The text answers of the app (HTML, feeds, sitemaps, JSON) whose body is hashed into an ETag
const validatedTypes = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml)\b)/;

/**
 * Strong validators for the app's answers: Remix streams its HTML, so a successful GET with a text body
 * is held back until it ends (pages are a few tens of KB), hashed (sha1, base64url) into an ETag, and
 * answered 304 without a body when the request's If-None-Match matches. Also applies cacheControlForStatus.
 */
function validators(req, res, next) {
  const { write, end } = res;
  let buffering;
  const chunks = [];
  // Decided at the first write: the status and headers are known by then and not yet sent
  const decide = () => {
    if (buffering !== undefined) return buffering;
    let cacheControl = cacheControlForStatus(res.statusCode, res.getHeader("Cache-Control"), res.hasHeader("Set-Cookie"));
    // A translator's pseudo-locale (app/i18n/pseudo.server.ts) changes the page for that browser only
    if (pseudoLocales && choosesPseudoLocale(req.headers.cookie)) cacheControl = "no-store";
    if (cacheControl) res.setHeader("Cache-Control", cacheControl);
    buffering =
      req.method === "GET" &&
      res.statusCode === 200 &&
      !res.hasHeader("ETag") &&
      // Nothing to revalidate when nothing may be stored
      !/\bno-store\b/.test(String(res.getHeader("Cache-Control") ?? "")) &&
      validatedTypes.test(String(res.getHeader("Content-Type") ?? ""));
    return buffering;
  };
  const toBuffer = (chunk, encoding) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
  res.write = function (chunk, encoding, callback) {
    if (!decide()) return write.apply(this, arguments);
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (!decide()) return end.apply(this, arguments);
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    const done = [chunk, encoding, callback].find((argument) => typeof argument === "function");
    const body = Buffer.concat(chunks);
    // The CSP nonce differs on every answer; the page does not. Hash the page without it, so a reader's
    // copy revalidates; a 304 then leaves out the new CSP header, and the cached copy keeps the header
    // whose nonce matches its body (a cache updates only the headers a 304 carries).
    const nonce = res.locals.cspNonce;
    const hashed = nonce && body.includes(nonce) ? body.toString("utf8").replaceAll(nonce, "") : body;
    res.setHeader("ETag", `"${createHash("sha1").update(hashed).digest("base64url")}"`);
    // req.fresh: If-None-Match against the ETag (and honours a request's Cache-Control: no-cache)
    if (req.fresh) {
      res.statusCode = 304;
      for (const name of ["Content-Type", "Content-Length", "Transfer-Encoding", "Content-Security-Policy"]) res.removeHeader(name);
      return end.call(this, done);
    }
    res.setHeader("Content-Length", body.length);
    return end.call(this, body, done);
  };
  next();
}
// Repeated reads of reader pages come from memory (app/cache/page-cache.server.ts); it sits above the
// ETag layer so that it keeps each page with its validator and answers 304s itself
app.use(pageCacheMiddleware);
app.use(validators);
// A post from an address known to have sent a reader form too often gets the 429 page kept from an
// earlier refusal, without going through the app (app/security/early-refusal.server.ts)
// Another site's form post: 403, the localized page (app/http/origin.server.ts)
app.use(crossSiteGuard);
app.use(earlyRefusalMiddleware);

const remixHandler = createRequestHandler({
  build,
  mode: build.mode,
  // See app/remix.env.d.ts
  getLoadContext: (req, res) => ({ clientAddress: res.locals.clientAddress, cspNonce: res.locals.cspNonce, addressTooLong: addressTooLong(req), crossSiteRefused: res.locals.crossSiteRefused === true }),
});
/** The path decoded (`resolve`: as an address resolves it), or undefined when it is no address or malformed */
function decodedPath(path, { resolve = false } = {}) {
  try {
    return decodeURIComponent(resolve ? new URL(`http://localhost${path}`).pathname : path);
  } catch {
    return undefined;
  }
}
app.use((req, res, next) => {
  // The path as the app sees it: Remix's adapter parses the address as a URL, which also resolves dot
  // segments ("%2E%2E" included) that Express leaves in place. So a path may be malformed as sent and
  // well-formed once resolved: "/%0D/%c9%F0/.%2e/x" is "/%0D/x" to the app (found by e2e/fuzz-paths.spec.ts).
  const resolved = decodedPath(req.originalUrl, { resolve: true });
  // React Router re-encodes the matched path with new URL(path, base), which throws (a 500) when the path
  // decodes to "/\…" or to "/" and tabs or line breaks ("/%5C", "/%09", "/a/%2E%2E/%5C": remix-run/
  // react-router#15140). A control character ("%00") cannot be part of any address of the site either, and
  // NUL cannot even reach PostgreSQL in a query. The app gets such a path as one segment encoded twice,
  // which stays inert once the router has decoded it, and answers its 404. (The adapter reads originalUrl.)
  if (resolved !== undefined && /^\/([\t\n\r]*[\\/]|[\t\n\r]+$)|[\u0000-\u001F\u007F]/.test(resolved)) {
    const queryStart = req.url.indexOf("?");
    req.url = req.originalUrl = `/${encodeURIComponent(encodeURIComponent(resolved.slice(1)))}${queryStart === -1 ? "" : req.url.slice(queryStart)}`;
  }
  // Malformed percent-encoding ("/fa/articles/%E0%A4%A", "/en/categories/%ZZ"): Express's "*" route
  // would fail decoding its parameter and answer its own bare 400 page (with a stack trace). Hand such
  // a request straight to the app instead, whose edition layout answers 400 with the localized error page.
  if (decodedPath(req.path) === undefined) return remixHandler(req, res, next);
  next();
});
app.all("*", remixHandler);
// The app answers its own errors; what reaches Express before an answer began is the adapter failing to
// turn the request into a Fetch Request: an address that is no URL (a Host header "a b", "a:99999") or one
// with credentials ("Host: a@b"). That is the client's mistake: 400, not Express's 500 page.
app.use((error, req, res, next) => {
  if (!(error instanceof TypeError) || res.headersSent) return next(error);
  res.status(400).type("text/plain").send("Bad Request");
});

const { PORT: port, HOST: host, HEADERS_TIMEOUT_SECONDS, REQUEST_TIMEOUT_SECONDS } = environment;
// Slow clients (slow-loris): a connection that takes longer than HEADERS_TIMEOUT_SECONDS to send a request's
// headers, or REQUEST_TIMEOUT_SECONDS for the whole request (an editor's upload on a slow line included),
// is answered 408 and closed. Node's defaults (60 s and 300 s, checked every 30 s) let a few hundred
// trickling connections hold the server's sockets for a minute each; a proxy in front may be stricter still.
const server = createServer(
  { headersTimeout: HEADERS_TIMEOUT_SECONDS * 1_000, requestTimeout: REQUEST_TIMEOUT_SECONDS * 1_000, connectionsCheckingInterval: 1_000 },
  app,
);
server.once("error", (error) => {
  if (error.code === "EADDRINUSE") stopStarting(`Port ${port} on ${host} is already in use by another program: stop it, or start this site on another port (PORT=3001 npm start).`, error);
  if (error.code === "EACCES") stopStarting(`This user may not listen on port ${port}: choose a port above 1023 (PORT=3000), or start it with the rights to bind it.`, error);
  if (error.code === "EADDRNOTAVAIL") stopStarting(`The address ${host} is not one of this machine's: set HOST to one of its addresses (0.0.0.0 for all).`, error);
  throw error;
});
server.listen(port, host, async () => {
  const address = server.address();
  const shownHost = host === "0.0.0.0" ? "localhost" : host;
  console.log(`Serving on http://${shownHost}:${typeof address === "object" && address ? address.port : port}`);
  if (development) {
    const { broadcastDevReady } = await import("@remix-run/node");
    await broadcastDevReady(build);
  }
});

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "closing");
  clearTimeout(retryTimer);
  // Stop accepting, let in-flight requests finish, then close the database; give up after 10 s.
  const deadline = setTimeout(() => process.exit(1), 10_000);
  deadline.unref();
  server.close(async () => {
    await lifecycle.stop().catch((error) => logger.error({ err: error }, "closing the database failed"));
    process.exit(0);
  });
  server.closeIdleConnections?.();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
