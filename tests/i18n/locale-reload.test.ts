// A translator's edit shows without a rebuild in development (TRANSLATING.md, "Seeing your change"):
// the server re-reads a locale file when its modification time changes, and the browser's copy at
// /locales/<lng>/<ns>.json is served with no-cache. In production a file is read once, until restart.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let localesDirectory: string;
const originalEnvironment = { ...process.env };

function writeNamespace(language: string, namespace: string, strings: Record<string, unknown>, modifiedAt: Date): void {
  const file = path.join(localesDirectory, language, `${namespace}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(strings));
  // Explicit times: two writes within the file system's timestamp resolution must still differ
  utimesSync(file, modifiedAt, modifiedAt);
}

/** Fresh modules (locales.server.ts reads LOCALES_DIR, env.server.ts NODE_ENV, once) under the given mode */
async function serverIn(mode: "development" | "production") {
  process.env.NODE_ENV = mode;
  process.env.LOCALES_DIR = localesDirectory;
  vi.resetModules();
  return {
    ...(await import("~/i18n/locales.server")),
    ...(await import("~/i18n/i18next.server")),
    route: await import("~/routes/locales.$lng.$ns"),
  };
}

async function fetchLocale(route: { loader: (args: never) => Promise<Response> }, language: string, namespace: string) {
  const response = await route.loader({
    params: { lng: language, ns: `${namespace}.json` },
    request: new Request(`http://localhost/locales/${language}/${namespace}.json`),
    context: {},
  } as never);
  return { cacheControl: response.headers.get("Cache-Control"), strings: (await response.json()) as Record<string, string> };
}

beforeEach(() => {
  localesDirectory = mkdtempSync(path.join(tmpdir(), "locales-"));
  writeNamespace("sq", "nav", { home: "Kreu" }, new Date("2026-01-01T10:00:00Z"));
});

afterEach(() => {
  process.env = { ...originalEnvironment };
  rmSync(localesDirectory, { recursive: true, force: true });
});

describe("in development (npm run dev)", () => {
  it("a saved edit is what the next read, the next page render and the browser's next fetch get", async () => {
    const server = await serverIn("development");
    expect(await server.readNamespace("sq", "nav")).toEqual({ home: "Kreu" });
    const before = await server.translatorFor(new Request("http://localhost/sq"), "sq", "nav");
    expect(before("home")).toBe("Kreu");
    expect(await fetchLocale(server.route, "sq", "nav")).toEqual({ cacheControl: "no-cache", strings: { home: "Kreu" } });

    writeNamespace("sq", "nav", { home: "Faqja kryesore" }, new Date("2026-01-01T10:05:00Z"));

    expect(await server.readNamespace("sq", "nav")).toEqual({ home: "Faqja kryesore" });
    const after = await server.translatorFor(new Request("http://localhost/sq"), "sq", "nav");
    expect(after("home")).toBe("Faqja kryesore");
    expect((await fetchLocale(server.route, "sq", "nav")).strings).toEqual({ home: "Faqja kryesore" });
  });

  it("the pseudo-locales follow an edit of the English file", async () => {
    writeNamespace("en", "nav", { home: "Home" }, new Date("2026-01-01T10:00:00Z"));
    const server = await serverIn("development");
    expect((await fetchLocale(server.route, "en-XA", "nav")).strings.home).toMatch(/^\[Ĥöɱé ~+\]$/);
    writeNamespace("en", "nav", { home: "Front page" }, new Date("2026-01-01T10:05:00Z"));
    expect((await fetchLocale(server.route, "en-XA", "nav")).strings.home).toMatch(/^\[Ƒŕöñţ þáĝé ~+\]$/);
  });
});

describe("in production (npm start, npm run serve)", () => {
  it("a file is read once: an edit shows after a restart, and the browser may keep its copy for five minutes", async () => {
    const server = await serverIn("production");
    expect(await server.readNamespace("sq", "nav")).toEqual({ home: "Kreu" });
    const first = await fetchLocale(server.route, "sq", "nav");
    expect(first.cacheControl).toContain("max-age=300");

    writeNamespace("sq", "nav", { home: "Faqja kryesore" }, new Date("2026-01-01T10:05:00Z"));
    expect(await server.readNamespace("sq", "nav")).toEqual({ home: "Kreu" });
    expect((await server.translatorFor(new Request("http://localhost/sq"), "sq", "nav"))("home")).toBe("Kreu");

    const restarted = await serverIn("production");
    expect(await restarted.readNamespace("sq", "nav")).toEqual({ home: "Faqja kryesore" });
  });
});
