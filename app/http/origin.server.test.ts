// The origin a request's answer is built on, through a real Express app: X-Forwarded-Host and -Proto
// count only behind a trusted proxy, SITE_URL overrides them all, a Host that names no host is a 400.
import type { AddressInfo } from "node:net";
import { request as httpRequest, type Server } from "node:http";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { isCrossSite, originMiddleware } from "./origin.server";

let server: Server | undefined;
afterEach(() => server?.close());

/** An app that answers the origin it decided, and the Host the app behind it sees */
async function appWith(options: { trustProxy?: string; siteUrl?: string }): Promise<number> {
  const app = express();
  if (options.trustProxy) app.set("trust proxy", options.trustProxy);
  app.use(originMiddleware(options.siteUrl));
  app.use((req, res) => res.json({ origin: res.locals.origin, host: req.headers.host, forwardedHost: req.headers["x-forwarded-host"] ?? null }));
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  return (server!.address() as AddressInfo).port;
}

function get(port: number, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, path: "/en", headers }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("the request's origin", () => {
  it("ignores X-Forwarded-Host and -Proto without TRUST_PROXY", async () => {
    const port = await appWith({});
    const answer = await get(port, { Host: "news.example:8080", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" });
    expect(JSON.parse(answer.body)).toEqual({ origin: "http://news.example:8080", host: "news.example:8080", forwardedHost: null });
  });

  it("reads them from a trusted proxy", async () => {
    const port = await appWith({ trustProxy: "loopback" });
    const answer = await get(port, { Host: "127.0.0.1:3000", "X-Forwarded-Host": "news.example, other.example", "X-Forwarded-Proto": "https" });
    expect(JSON.parse(answer.body)).toEqual({ origin: "https://news.example", host: "news.example", forwardedHost: null });
  });

  it("is SITE_URL whatever the headers say, and the app sees its host", async () => {
    const port = await appWith({ trustProxy: "loopback", siteUrl: "https://news.example.org/" });
    const answer = await get(port, { Host: "evil.example", "X-Forwarded-Host": "evil.example" });
    expect(JSON.parse(answer.body)).toEqual({ origin: "https://news.example.org", host: "news.example.org", forwardedHost: null });
  });

  it("refuses a Host that names no host", async () => {
    const port = await appWith({});
    for (const host of ["evil.example/path", "a@b", "a b", "evil.example:99999999", "<script>"]) {
      expect((await get(port, { Host: host })).status, host).toBe(400);
    }
  });

  it("decides the same for a Host seen before, and refuses one longer than a host can be", async () => {
    const port = await appWith({});
    const tooLong = `${"a".repeat(63)}.`.repeat(5) + "example";
    for (let round = 0; round < 2; round++) {
      expect(JSON.parse((await get(port, { Host: "NEWS.Example:8080" })).body).origin).toBe("http://news.example:8080");
      expect((await get(port, { Host: "<script>" })).status).toBe(400);
      expect((await get(port, { Host: tooLong })).status).toBe(400);
    }
  });
});

describe("another site's form", () => {
  const origin = "https://news.example.org";
  it("is told by Sec-Fetch-Site or by an Origin of another host", () => {
    expect(isCrossSite({ "sec-fetch-site": "cross-site" }, origin)).toBe(true);
    expect(isCrossSite({ origin: "https://evil.example" }, origin)).toBe(true);
    expect(isCrossSite({ origin: "null" }, origin)).toBe(true);
    expect(isCrossSite({ origin: "https://news.example.org" }, origin)).toBe(false);
    expect(isCrossSite({ origin: "http://news.example.org", "sec-fetch-site": "same-origin" }, origin)).toBe(false);
    // No browser sent it (curl, a feed reader): nothing another site could forge through a reader
    expect(isCrossSite({}, origin)).toBe(false);
  });
});
