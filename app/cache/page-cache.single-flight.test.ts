// A crowd arriving at a page the cache does not hold yet (after a start or a change): the page is
// rendered once, and everyone gets that rendering. Without this, under 200 connections each worker
// rendered the same pages once per waiting reader and the first answers took over 10 s (npm run load).
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageCacheMiddleware } from "./page-cache.server";

let server: Server;
let origin: string;
const renders = new Map<string, number>();

beforeAll(async () => {
  const app = express();
  app.use((_req, res, next) => {
    res.locals.cspNonce = `nonce-${Math.random()}`;
    next();
  });
  app.use(pageCacheMiddleware as express.RequestHandler);
  // A slow page; "/private" sets a cookie and "/inline-script" carries the answer's nonce, so no rendering of
  // them may be shared
  app.get("*", async (req, res) => {
    renders.set(req.path, (renders.get(req.path) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    res.setHeader("Cache-Control", "public, max-age=60");
    if (req.path === "/private") res.setHeader("Set-Cookie", "a=b");
    res.setHeader("Content-Type", "text/html");
    res.end(Buffer.from(req.path === "/inline-script" ? `<script nonce="${res.locals.cspNonce}"></script>` : `page ${req.path}`));
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function crowd(path: string, size: number): Promise<{ status: number; body: string; cache: string | null }[]> {
  return Promise.all(
    Array.from({ length: size }, async () => {
      const response = await fetch(`${origin}${path}`);
      return { status: response.status, body: await response.text(), cache: response.headers.get("x-page-cache") };
    }),
  );
}

describe("the page cache under a crowd", () => {
  it("renders a page once for everyone who asked while it was being rendered", async () => {
    const answers = await crowd("/en/crowded", 20);
    expect(renders.get("/en/crowded")).toBe(1);
    expect(answers.every((answer) => answer.status === 200 && answer.body === "page /en/crowded")).toBe(true);
    expect(answers.filter((answer) => answer.cache === "miss")).toHaveLength(1);
  });

  it("lets each reader render a page that cannot be shared, after waiting once", async () => {
    const answers = await crowd("/private", 5);
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(renders.get("/private")).toBe(5);
  });

  it("never shares a page that carries its answer's nonce: each reader gets their own", async () => {
    const answers = await crowd("/inline-script", 5);
    expect(renders.get("/inline-script")).toBe(5);
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(5);
  });
});
