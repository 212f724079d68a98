// The answer step alone: the app's Fetch Response in, the HTTP answer out
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageCache, storedPage } from "~/cache/page-cache.server";
import { createAnswer, etagOf, type AnswerContext } from "./answer.server";

const cache = new PageCache(1_000_000, 60_000);
const answer = createAnswer({ cache, constantHeaders: [["X-Frame-Options", "DENY"]] });
const refusals: Buffer[] = [];
const page = `<main>${"Families of detainees gathered for a day of remembrance. ".repeat(60)}</main>`;
let server: Server;
let origin: string;

/** What the app answers for each path, and with which context */
const routes: Record<string, () => { response: Response; context?: Partial<AnswerContext> }> = {
  "/page": () => ({ response: new Response(page, { headers: { "Content-Type": "text/html", "Cache-Control": "public, max-age=60" } }) }),
  "/kept": () => ({
    response: new Response(page, { headers: { "Content-Type": "text/html", "Cache-Control": "public, max-age=60" } }),
    context: { ticket: { key: "kept", generationAtStart: cache.generation, stale: undefined } },
  }),
  "/outage": () => ({
    response: new Response("unavailable", { status: 503, headers: { "Content-Type": "text/html", "Retry-After": "10" } }),
    context: { ticket: { key: "outage", generationAtStart: cache.generation, stale: storedPage(200, [["Content-Type", "text/html"], ["ETag", '"old"']], Buffer.from("last good copy")) } },
  }),
  "/refused": () => ({
    response: new Response("too many", { status: 429, headers: { "Content-Type": "text/html", "Retry-After": "60" } }),
    context: { keepRefusal: (_headers, body) => refusals.push(body) },
  }),
  "/file": () => ({ response: new Response(Buffer.alloc(4_000, 1), { headers: { "Content-Type": "application/pdf", "Cache-Control": "public, max-age=31536000" } }) }),
};

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const { response, context } = routes[req.url!]!();
    await answer(req, res, response, { nonce: "n0nce", pseudoLocale: false, ticket: undefined, keepRefusal: undefined, ...context });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the answer step", () => {
  it("gives a text answer its ETag and Cache-Control, compressed as the reader accepts", async () => {
    const response = await fetch(`${origin}/page`, { headers: { "Accept-Encoding": "br" } });
    expect(response.headers.get("etag")).toBe(etagOf(Buffer.from(page), "n0nce"));
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("vary")).toMatch(/Accept-Encoding/);
    expect(await response.text()).toBe(page);
  });

  it("keeps a page the cache may keep, with its compressed copies made once", async () => {
    await fetch(`${origin}/kept`);
    const kept = cache.get("kept")!.page;
    expect(brotliDecompressSync(kept.variants.br!.body).toString()).toBe(page);
    expect(kept.variants.identity.headers).toContain("X-Frame-Options");
  });

  it("sends the last good copy instead of a 503, stored by no one", async () => {
    const response = await fetch(`${origin}/outage`);
    expect([response.status, response.headers.get("cache-control"), response.headers.get("x-page-cache"), response.headers.get("etag")]).toEqual([200, "no-store", "stale", null]);
    expect(await response.text()).toBe("last good copy");
  });

  it("hands a reader form's 429 page to the early refusal, and sends it", async () => {
    const response = await fetch(`${origin}/refused`);
    expect([response.status, response.headers.get("retry-after"), response.headers.get("cache-control")]).toEqual([429, "60", "no-store"]);
    expect(refusals.map(String)).toEqual(["too many"]);
  });

  it("streams what is not text, uncompressed and without an ETag", async () => {
    const response = await fetch(`${origin}/file`, { headers: { "Accept-Encoding": "br, gzip" } });
    expect([response.headers.get("content-encoding"), response.headers.get("etag")]).toEqual([null, null]);
    expect((await response.arrayBuffer()).byteLength).toBe(4_000);
  });
});
