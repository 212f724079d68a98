// The production server: opens the database (migrating and seeding it when empty) before it listens,
// serves the built assets and the Remix app, and shuts down cleanly on SIGTERM and SIGINT.
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const viteDevelopment = process.env.NODE_ENV === "development";
const build = await import("./build/index.js");
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
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use("/fonts", express.static("public/fonts", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, mode: build.mode }));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const server = app.listen(port, host, async () => {
  const address = server.address();
  const shownHost = host === "0.0.0.0" ? "localhost" : host;
  console.log(`Serving on http://${shownHost}:${typeof address === "object" && address ? address.port : port}`);
  if (viteDevelopment) {
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
