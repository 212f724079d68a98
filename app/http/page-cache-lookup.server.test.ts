// The page cache in front of the app, with the answer step that fills it. A crowd arriving at a page the cache does not hold yet (after a start or a change): the page is
// rendered once, and everyone gets that rendering. Without this, under 200 connections each worker
// rendered the same pages once per waiting reader and the first answers took over 10 s (npm run load).
import { createServer, get, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageCache } from "~/cache/page-cache.server";
import { createAnswer } from "./answer.server";
import { createPageCacheLookup } from "./page-cache-lookup.server";

let server: Server;
let origin: string;
const renders = new Map<string, number>();

beforeAll(async () => {
  const cache = new PageCache(1_000_000, 60_000);
  const lookup = createPageCacheLookup({ cache, originOf: () => "http://site", ownHeaders: () => ({ headers: [], id: "id" }), logged: () => {} });
  const answer = createAnswer({ cache, constantHeaders: [] });
  // A slow page; "/private" sets a cookie and "/inline-script" carries the answer's nonce, so no rendering of
  // them may be shared
  server = createServer(async (req, res) => {
    const ticket = await lookup(req, res);
    if (ticket === "answered") return;
    if (ticket) res.setHeader("X-Page-Cache", "miss");
    const path = req.url!;
    const nonce = `nonce-${Math.random()}`;
    renders.set(path, (renders.get(path) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const headers = new Headers({ "Cache-Control": "public, max-age=60", "Content-Type": "text/html" });
    if (path === "/private") headers.set("Set-Cookie", "a=b");
    const body = path === "/inline-script" ? `<script nonce="${nonce}"></script>` : `page ${path}`;
    await answer(req, res, new Response(body, { headers }), { nonce, pseudoLocale: false, ticket, keepRefusal: undefined });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
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
  it("answers a repeated read from the stored copy, and 304 when the reader's copy is current", async () => {
    const first = await fetch(`${origin}/en/about`);
    expect(first.headers.get("x-page-cache")).toBe("miss");
    const etag = first.headers.get("etag")!;
    const again = await fetch(`${origin}/en/about`);
    expect([again.headers.get("x-page-cache"), again.headers.get("etag"), await again.text()]).toEqual(["hit", etag, "page /en/about"]);
    // (fetch would add Cache-Control: no-cache to a conditional request)
    const status = await new Promise((resolve) => get(`${origin}/en/about`, { headers: { "If-None-Match": etag } }, (res) => resolve(res.resume().statusCode)));
    expect(status).toBe(304);
    expect(renders.get("/en/about")).toBe(1);
  });

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
