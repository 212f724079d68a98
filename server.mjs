// The production server: opens the database (migrating and seeding it when empty) before it listens,
// serves the built assets and the Remix app, and shuts down cleanly on SIGTERM and SIGINT.
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import path from "node:path";
import { pathToFileURL } from "node:url";

const development = process.env.NODE_ENV === "development";
// REMIX_BUILD_DIR: see remix.config.js
const buildDirectory = process.env.REMIX_BUILD_DIR;
const build = await import(pathToFileURL(path.resolve(buildDirectory ?? "build", "index.js")).href);
const { lifecycle } = build.entry.module;

try {
  await lifecycle.start();
} catch (error) {
  console.error("The database could not be opened:", error);
  process.exit(1);
}

const app = express();
app.disable("x-powered-by");
// Content-hashed bundles never change: cache them for a year.
app.use("/build", express.static(buildDirectory ? `${buildDirectory}/public/build` : "public/build", { immutable: true, maxAge: "1y" }));
app.use("/fonts", express.static("public/fonts", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
// One canonical form per page: no trailing slash (routes handle the rest, see canonical.server.ts)
app.use((req, res, next) => {
  if (req.path.length > 1 && req.path.endsWith("/")) {
    const queryStart = req.originalUrl.indexOf("?");
    const query = queryStart === -1 ? "" : req.originalUrl.slice(queryStart);
    // Leading slashes collapse too, so "//example.com/" can never become an off-site redirect
    return res.redirect(301, `/${req.path.replace(/^\/+|\/+$/g, "")}${query}`);
  }
  next();
});
// Behind a proxy, set TRUST_PROXY (e.g. "loopback" or a hop count) so req.ip is the reader's address.
if (process.env.TRUST_PROXY) app.set("trust proxy", /^\d+$/.test(process.env.TRUST_PROXY) ? Number(process.env.TRUST_PROXY) : process.env.TRUST_PROXY);
app.all(
  "*",
  createRequestHandler({
    build,
    mode: build.mode,
    // The reader's address, for per-address rate limits (see app/remix.env.d.ts)
    getLoadContext: (req) => ({ clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown" }),
  }),
);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const server = app.listen(port, host, async () => {
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
  console.log(`${signal}: closing`);
  // Stop accepting, let in-flight requests finish, then close the database; give up after 10 s.
  const deadline = setTimeout(() => process.exit(1), 10_000);
  deadline.unref();
  server.close(async () => {
    await lifecycle.stop().catch((error) => console.error(error));
    process.exit(0);
  });
  server.closeIdleConnections?.();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
