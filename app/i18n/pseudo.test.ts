import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInstance } from "i18next";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { findPseudoLocale, interfaceLanguage, pseudoNamespace, pseudoString } from "./pseudo";

describe("pseudo-locale strings", () => {
  it("accent every letter, grow by about a third, and are bracketed", () => {
    expect(pseudoString("Home")).toBe("[Ĥöɱé ~~]");
    const long = pseudoString("Nothing has been published here yet.");
    expect(long).toMatch(/^\[Ñöţĥíñĝ ĥáš ƀééñ þüƀļíšĥéð ĥéŕé ýéţ\. ~{10}\]$/);
    expect(long.length).toBeGreaterThanOrEqual(Math.round("Nothing has been published here yet.".length * 1.3));
    expect(pseudoString("Home")).not.toMatch(/[A-Za-z]/);
  });

  it("keep placeholders, nesting and markup byte for byte", () => {
    expect(pseudoString("Page {{page, number}} of {{pageCount}}")).toBe("[Þáĝé {{page, number}} öƒ {{pageCount}} ~~]");
    expect(pseudoString("© $t(common:brand)")).toBe("[© $t(common:brand) ~~]");
    expect(pseudoString("Results for <q>“<query/>”</q>")).toBe("[Ŕéšüļţš ƒöŕ <q>“<query/>”</q> ~~~~]");
    expect(pseudoString("Read <0>the rules</0>")).toBe("[Ŕéáð <0>ţĥé ŕüļéš</0> ~~~~]");
  });

  it("give plural groups the forms of the pseudo-locale's rules", () => {
    const english = { comments_one: "{{count, number}} comment", comments_other: "{{count, number}} comments", nested: { a: "A" } };
    const accented = pseudoNamespace(english, findPseudoLocale("accented")!);
    expect(Object.keys(accented).sort()).toEqual(["comments_one", "comments_other", "nested"]);
    const rtl = pseudoNamespace(english, findPseudoLocale("rtl")!);
    expect(Object.keys(rtl).sort()).toEqual(["comments_few", "comments_many", "comments_one", "comments_other", "comments_two", "comments_zero", "nested"]);
    expect(rtl.comments_one).toBe(pseudoString("{{count, number}} comment"));
    expect(rtl.comments_many).toBe(pseudoString("{{count, number}} comments"));
  });

  it("are resolved by i18next with English (en-XA) and Arabic (ar-XB) plural rules", async () => {
    const english = { comments_one: "{{count}} comment", comments_other: "{{count}} comments" };
    for (const [name, count, expected] of [
      ["accented", 1, "comment"],
      ["accented", 0, "comments"],
      ["rtl", 1, "comment"],
      ["rtl", 0, "comments"],
      ["rtl", 11, "comments"],
    ] as const) {
      const locale = findPseudoLocale(name)!;
      const i18n = createInstance();
      await i18n.init({ lng: locale.code, supportedLngs: [locale.code], fallbackLng: false, resources: { [locale.code]: { translation: pseudoNamespace(english, locale) } } });
      expect(i18n.t("comments", { count })).toBe(pseudoString(`{{count}} ${expected}`).replace("{{count}}", String(count)));
    }
    expect(new Intl.PluralRules("ar-XB").select(11)).toBe("many");
  });

  it("stay the interface language across client navigations once the server rendered one", () => {
    expect(interfaceLanguage("ar", "en-XA")).toBe("en-XA");
    expect(interfaceLanguage("ar", "en")).toBe("ar");
    expect(interfaceLanguage("fa", undefined)).toBe("fa");
  });
});

describe("offering the pseudo-locales", () => {
  const originalEnvironment = { ...process.env };
  let localesDirectory: string;

  beforeEach(() => {
    localesDirectory = mkdtempSync(path.join(tmpdir(), "pseudo-"));
    mkdirSync(path.join(localesDirectory, "en"));
    writeFileSync(path.join(localesDirectory, "en", "nav.json"), JSON.stringify({ home: "Home" }));
  });

  afterEach(() => {
    process.env = { ...originalEnvironment };
    rmSync(localesDirectory, { recursive: true, force: true });
  });

  async function serverWith(environment: Record<string, string>) {
    Object.assign(process.env, { PSEUDO_LOCALES: "0", LOCALES_DIR: localesDirectory }, environment);
    vi.resetModules();
    return {
      ...(await import("./pseudo.server")),
      route: await import("~/routes/locales.$lng.$ns"),
    };
  }

  const withCookie = (cookie: string) => new Request("http://localhost/en", { headers: { Cookie: `lng=x; ${cookie}` } });

  it("a production server ignores the cookie and answers 404 for a pseudo-locale's strings", async () => {
    const server = await serverWith({ NODE_ENV: "production" });
    expect(server.pseudoLocalesEnabled()).toBe(false);
    expect(server.pseudoLocaleOf(withCookie("pseudo=accented"))).toBeUndefined();
    expect(await server.readInterfaceNamespace("en-XA", "nav")).toBeNull();
    const answer = await server.route
      .loader({ params: { lng: "en-XA", ns: "nav.json" }, request: new Request("http://localhost/locales/en-XA/nav.json"), context: {} } as never)
      .catch((thrown: unknown) => thrown);
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(404);
  });

  it("development, or PSEUDO_LOCALES=1, offers them", async () => {
    for (const environment of [{ NODE_ENV: "development" }, { NODE_ENV: "production", PSEUDO_LOCALES: "1" }] as Record<string, string>[]) {
      const server = await serverWith(environment);
      expect(server.pseudoLocaleOf(withCookie("pseudo=rtl"))?.code).toBe("ar-XB");
      expect(server.pseudoLocaleOf(withCookie("pseudo=klingon"))).toBeUndefined();
      expect(await server.readInterfaceNamespace("en-XA", "nav")).toEqual({ home: "[Ĥöɱé ~~]" });
    }
  });

  it("PSEUDO_LOCALES takes only 0 or 1", async () => {
    Object.assign(process.env, { PSEUDO_LOCALES: "yes" });
    vi.resetModules();
    const { getEnvironment } = await import("~/env.server");
    expect(() => getEnvironment()).toThrow(/PSEUDO_LOCALES/);
  });
});
