// The environment's validation at start-up: the HTTP server's limits for slow clients (app/http/start.server.ts)
import { afterEach, describe, expect, it } from "vitest";
import { reloadEnvironment } from "./env.server";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  reloadEnvironment();
});

describe("the slow-client limits", () => {
  it("default to 10 s for a request's headers and 300 s for the whole request", () => {
    delete process.env.HEADERS_TIMEOUT_SECONDS;
    delete process.env.REQUEST_TIMEOUT_SECONDS;
    expect(reloadEnvironment()).toMatchObject({ HEADERS_TIMEOUT_SECONDS: 10, REQUEST_TIMEOUT_SECONDS: 300 });
  });

  it("refuse to start with a headers limit longer than the request's, or no limit at all", () => {
    process.env.HEADERS_TIMEOUT_SECONDS = "60";
    process.env.REQUEST_TIMEOUT_SECONDS = "30";
    expect(() => reloadEnvironment()).toThrow(/HEADERS_TIMEOUT_SECONDS must not exceed REQUEST_TIMEOUT_SECONDS/);
    process.env.HEADERS_TIMEOUT_SECONDS = "0";
    process.env.REQUEST_TIMEOUT_SECONDS = "30";
    expect(() => reloadEnvironment()).toThrow(/HEADERS_TIMEOUT_SECONDS/);
  });
});

describe("the mirrors' addresses", () => {
  it("are a list of origins, empty by default", () => {
    delete process.env.MIRROR_URLS;
    expect(reloadEnvironment().MIRROR_URLS).toEqual([]);
    process.env.MIRROR_URLS = " https://mirror.example.org/ , http://abcdefghijklmnop.onion";
    expect(reloadEnvironment().MIRROR_URLS).toEqual(["https://mirror.example.org", "http://abcdefghijklmnop.onion"]);
  });

  it("refuse to start with an address that is not an http(s) origin", () => {
    for (const wrong of ["mirror.example.org", "ftp://mirror.example.org", "https://mirror.example.org/fa", "https://a.example,javascript:alert(1)"]) {
      process.env.MIRROR_URLS = wrong;
      expect(() => reloadEnvironment(), wrong).toThrow(/MIRROR_URLS/);
    }
  });
});
