// "Adding a fifth edition" in TRANSLATING.md, followed to the letter in a temporary copy: its Urdu
// entry is pasted into a copy of app/editions.ts, locales/en is copied to locales/ur, and the pieces
// that read the edition list (the i18n check, negotiation, routing, the switcher's links, the i18next
// instances, formatting) are run against that copy with nothing else changed.
// Not covered: step 3 (fonts: installing an @fontsource package) and the e2e suite, whose fixtures
// also need demo content for the edition (e2e/fixtures.ts seedContent).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
// The copy of editions.ts must be inside the project for Vite to load it (.cache/ is git-ignored)
mkdirSync(path.join(root, ".cache"), { recursive: true });
const codeDirectory = mkdtempSync(path.join(root, ".cache", "fifth-edition-"));
const editionsCopy = path.join(codeDirectory, "editions.ts");
const localesCopy = path.join(mkdtempSync(path.join(tmpdir(), "fifth-edition-")), "locales");

/** Step 1 as documented: the ```ts block of "Adding a fifth edition", pasted as one more entry of `editions` */
function editionsWithDocumentedEntry(): string {
  const guide = readFileSync(path.join(root, "TRANSLATING.md"), "utf8");
  const section = guide.slice(guide.indexOf("## Adding a fifth edition"));
  const entry = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (!entry) throw new Error("TRANSLATING.md has no ```ts block under “Adding a fifth edition”");
  const source = readFileSync(path.join(root, "app/editions.ts"), "utf8");
  const end = "] as const satisfies readonly Edition[];";
  if (!source.includes(end)) throw new Error(`app/editions.ts no longer ends its list with ${end}`);
  return source.replace(end, `${entry}${end}`);
}

beforeAll(() => {
  writeFileSync(editionsCopy, editionsWithDocumentedEntry());
  // Step 2: a copy of every file of locales/en (translating it changes nothing the code reads)
  cpSync(path.join(root, "locales"), localesCopy, { recursive: true });
  cpSync(path.join(localesCopy, "en"), path.join(localesCopy, "ur"), { recursive: true });
  process.env.LOCALES_DIR = localesCopy;
  vi.doMock("~/editions", () => import(editionsCopy));
});

afterAll(() => {
  vi.doUnmock("~/editions");
  rmSync(codeDirectory, { recursive: true, force: true });
  rmSync(path.dirname(localesCopy), { recursive: true, force: true });
});

describe("a fifth edition from one entry in app/editions.ts and one folder in locales/", () => {
  it("is in the edition list, with its facts from the entry", async () => {
    const { editions, editionCodes, findEdition, isEditionCode } = await import("~/editions");
    expect(editions).toHaveLength(5);
    expect(editionCodes).toContain("ur");
    expect(isEditionCode("ur")).toBe(true);
    expect(findEdition("ur")).toMatchObject({ dir: "rtl", intlLocale: "ur-PK" });
  });

  it("passes the locale-file check once locales/ur exists, and fails it without", async () => {
    const { editionCodes } = await import("~/editions");
    const { loadLocaleSet } = await import("../../scripts/i18n/locale-files");
    const { checkLocales } = await import("../../scripts/i18n/locale-rules");
    const fourEditions = editionCodes.filter((code) => code !== "ur");
    const relativeLocales = path.relative(root, localesCopy);
    // Whatever the four editions' files say today, the fifth adds no problem of its own
    const withFolder = checkLocales(loadLocaleSet(root, relativeLocales), editionCodes).map((problem) => problem.file);
    const withoutFifth = checkLocales(loadLocaleSet(root, relativeLocales), fourEditions).map((problem) => problem.file);
    expect(withFolder).toEqual(withoutFifth);
    expect(withFolder.filter((file) => file?.includes("/ur/"))).toEqual([]);

    rmSync(path.join(localesCopy, "ur"), { recursive: true });
    try {
      const problems = checkLocales(loadLocaleSet(root, relativeLocales), editionCodes);
      expect(problems.map((problem) => problem.kind)).toContain("missing-folder");
    } finally {
      cpSync(path.join(localesCopy, "en"), path.join(localesCopy, "ur"), { recursive: true });
    }
  });

  it("is negotiated for / from Accept-Language and found from the URL", async () => {
    const { negotiateEdition } = await import("~/i18n/negotiation.server");
    const { editionFromPath } = await import("~/routing/edition-path");
    const { requireEdition } = await import("~/routing/params.server");
    const request = new Request("http://localhost/", { headers: { "Accept-Language": "ur-PK, en;q=0.5" } });
    expect(await negotiateEdition(request)).toBe("ur");
    expect(editionFromPath("/ur/articles/x").code).toBe("ur");
    expect(requireEdition({ lang: "ur" }).code).toBe("ur");
  });

  it("gets links in the edition switcher, with a notice in its own strings where a page has no counterpart", async () => {
    const { sectionEditionLinks } = await import("~/routing/edition-links.server");
    const { buildEditionLinks } = await import("~/routing/edition-links.server");
    expect(sectionEditionLinks((code) => `/${code}/media/photos`).map((link) => link.href)).toContain("/ur/media/photos");
    const links = await buildEditionLinks(new Request("http://localhost/en/articles/a"), { en: "/en/articles/a" });
    const urdu = links.find((link) => link.edition === "ur");
    const english = JSON.parse(readFileSync(path.join(localesCopy, "ur", "nav.json"), "utf8")) as Record<string, unknown>;
    expect(urdu).toEqual({ edition: "ur", href: "/ur", unavailableNotice: english.notAvailableInEdition });
  });

  it("is rendered by i18next in its own language and plural rules, from locales/ur", async () => {
    const { createInstance } = await import("i18next");
    const { editionFormatters, i18nConfig } = await import("~/i18n/config");
    const { localeFileBackend } = await import("~/i18n/i18next.server");
    expect(i18nConfig.supportedLngs).toContain("ur");
    writeFileSync(
      path.join(localesCopy, "ur", "article.json"),
      JSON.stringify({
        ...JSON.parse(readFileSync(path.join(localesCopy, "en", "article.json"), "utf8")),
        comments_one: "{{count, number}} تبصرہ",
        comments_other: "{{count, number}} تبصرے",
      }),
    );
    const i18n = createInstance();
    await i18n.use(localeFileBackend).use(editionFormatters).init({ ...i18nConfig, lng: "ur", ns: ["article"] });
    expect(i18n.t("article:comments", { count: 1 })).toBe("1 تبصرہ");
    expect(i18n.t("article:comments", { count: 1234 })).toBe("1,234 تبصرے");
  });

  it("formats dates and numbers from its entry", async () => {
    const { getEdition } = await import("~/editions");
    const { formatDate, formatNumber } = await import("~/utils/format");
    const urdu = getEdition("ur");
    expect(formatNumber(urdu, 1234)).toBe(new Intl.NumberFormat("ur-PK", { numberingSystem: "latn" }).format(1234));
    expect(formatDate(urdu, new Date("2026-01-15T12:00:00Z"))).toBe(
      new Intl.DateTimeFormat("ur-PK", { dateStyle: "long", timeZone: "Asia/Karachi", numberingSystem: "latn" }).format(
        new Date("2026-01-15T12:00:00Z"),
      ),
    );
  });
});

describe("no module but app/editions.ts knows which editions exist", () => {
  /** Lists and comparisons of edition codes: ["en", "ar"], === "fa", case "sq":, { en: …, ar: … } */
  const hardCodedEdition = /"(en|ar|fa|sq)"\s*,\s*"(en|ar|fa|sq)"|[!=]==?\s*["'](en|ar|fa|sq)["']|["'](en|ar|fa|sq)["']\s*[!=]==?|case\s+["'](en|ar|fa|sq)["']/;

  function sourceFiles(directory: string): string[] {
    return readdirSync(directory).flatMap((name) => {
      const file = path.join(directory, name);
      if (statSync(file).isDirectory()) return sourceFiles(file);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
    });
  }

  it("has no hard-coded edition code in app/ (demo content, keyed by edition, aside)", () => {
    const files = sourceFiles(path.join(root, "app")).filter(
      (file) => !file.endsWith(path.join("app", "editions.ts")) && !file.includes(path.join("app", "db", "seed")),
    );
    expect(files.length).toBeGreaterThan(30);
    const offending = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) => (hardCodedEdition.test(line) ? [`${path.relative(root, file)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(offending).toEqual([]);
  });

  it("would notice one", () => {
    expect(hardCodedEdition.test('if (edition.code === "fa") return;')).toBe(true);
    expect(hardCodedEdition.test('const rtl = ["ar", "fa"];')).toBe(true);
    expect(hardCodedEdition.test("const code = edition.code;")).toBe(false);
  });
});
