// i18n:check against small fixture projects written to a temporary directory: one test per kind of
// problem, each proving that the report names the file and the key (and the line where there is one).
import { afterEach, describe, expect, it } from "vitest";
import { editions } from "../../app/editions";
import { checkLocaleFiles, runI18nCheck } from "./check";
import { loadLocaleSet } from "./locale-files";
import { formatProblem, type Problem, type ProblemKind } from "./problems";
import { baseLocales, editionCodes, fixture, removeFixtures, type Locales } from "./test-fixtures";

afterEach(removeFixtures);

/** The fixture's editions are the real ones of app/editions.ts (en, ar, fa, sq), with their Intl locales */
function localeProblems(locales: Record<string, Locales>): Problem[] {
  return checkLocaleFiles(loadLocaleSet(fixture(locales)), editions);
}

function ofKind(problems: Problem[], kind: ProblemKind): Problem[] {
  return problems.filter((problem) => problem.kind === kind);
}

describe("i18n:check on the locale files", () => {
  it("finds nothing wrong in a complete set of four editions", () => {
    expect(localeProblems(baseLocales())).toEqual([]);
  });

  it("reports invalid JSON with the file, line and column", () => {
    const locales = baseLocales();
    (locales.fa as Locales).common = '{\n  "brand": "دیده‌بان افق",\n  "byline": "نوشتهٔ {{author}}"\n  "footer": { "backToTop": "بازگشت" }\n}\n' as never;
    const [problem, ...others] = localeProblems(locales);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ kind: "invalid-json", file: "locales/fa/common.json", line: 4, column: 3 });
    expect(problem?.message).toContain('after the value of "byline"');
    expect(problem?.message).toContain("comma missing");
  });

  it("says in words that a straight quote inside a value ends it, pointing at that quote", () => {
    const locales = baseLocales();
    (locales.fa as Locales).common = '{\n  "brand": "دیده\u200Cبان "افق"",\n  "byline": "نوشتهٔ {{author}}",\n  "footer": { "backToTop": "بازگشت" }\n}\n' as never;
    const [problem, ...others] = localeProblems(locales);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ kind: "invalid-json", file: "locales/fa/common.json", line: 2, column: 22 });
    expect(problem?.message).toBe(
      'invalid JSON: the value of "brand" has a straight quote " inside it, which ends the value too early: write \\" for a quote inside a value, or use the typographic quotes “ ” / « »',
    );
  });

  it("still tells a missing comma between two entries on one line from a quote inside a value", () => {
    const locales = baseLocales();
    (locales.sq as Locales).common = '{ "brand": "Vëzhguesi" "byline": "Nga {{author}}", "footer": { "backToTop": "Kthehu" } }\n' as never;
    const [problem] = localeProblems(locales);
    expect(problem).toMatchObject({ kind: "invalid-json", line: 1, column: 24 });
    expect(problem?.message).toContain("comma missing");
  });

  it("reports a trailing comma at the closing brace", () => {
    const locales = baseLocales();
    (locales.sq as Locales).common = '{\n  "brand": "Vëzhguesi",\n}\n' as never;
    const [problem] = ofKind(localeProblems(locales), "invalid-json");
    expect(problem).toMatchObject({ file: "locales/sq/common.json", line: 3, column: 1 });
    expect(problem?.message).toContain("remove the comma");
  });

  it("reports a key a language is missing, compared with English", () => {
    const locales = baseLocales();
    delete (locales.sq?.common as Record<string, unknown>).byline;
    const problems = localeProblems(locales);
    expect(problems).toEqual([expect.objectContaining({ kind: "missing-key", file: "locales/sq/common.json", key: "byline" })]);
    expect(problems[0]?.message).toContain("By {{author}}");
  });

  it("reports a key a language has that English does not", () => {
    const locales = baseLocales();
    (locales.ar?.common as Record<string, unknown>).subtitle = "عنوان فرعي";
    expect(localeProblems(locales)).toEqual([
      expect.objectContaining({ kind: "extra-key", file: "locales/ar/common.json", key: "subtitle", line: 7, column: 3 }),
    ]);
  });

  it("suggests the English key a misspelt key was meant to be, on one line instead of a missing and an extra key", () => {
    const locales = baseLocales();
    const persian = locales.fa?.common as Record<string, unknown>;
    persian.bylne = persian.byline;
    delete persian.byline;
    persian.footer = { bakToTop: "بازگشت به بالای صفحه" };
    locales.sq!.article = { coments_one: "{{count, number}} koment", coments_other: "{{count, number}} komente" };
    (locales.ar?.common as Record<string, unknown>).subtitle = "عنوان فرعي";
    expect(localeProblems(locales).map(({ kind, file, key, message }) => `${kind} ${file} ${key}: ${message}`)).toEqual([
      "extra-key locales/ar/common.json subtitle: English has no such key: remove it, or add it to English first",
      "extra-key locales/fa/common.json footer.bakToTop: unknown key footer.bakToTop: did you mean footer.backToTop?",
      "extra-key locales/fa/common.json bylne: unknown key bylne: did you mean byline?",
      "extra-key locales/sq/article.json coments_one: unknown key coments_one: did you mean comments_one?",
      "extra-key locales/sq/article.json coments_other: unknown key coments_other: did you mean comments_other?",
    ]);
  });

  it("reports an empty value, in English as in a translation", () => {
    const locales = baseLocales();
    ((locales.fa?.common as Record<string, Record<string, string>>).footer as Record<string, string>).backToTop = "  ";
    (locales.en?.common as Record<string, unknown>).brand = "";
    const problems = ofKind(localeProblems(locales), "empty-value");
    expect(problems).toEqual([
      expect.objectContaining({ file: "locales/en/common.json", key: "brand", line: 2 }),
      expect.objectContaining({ file: "locales/fa/common.json", key: "footer.backToTop", line: 5 }),
    ]);
  });

  it("reports placeholders that differ from English, reading {{count, number}} as count", () => {
    const locales = baseLocales();
    (locales.sq?.article as Record<string, unknown>).comments_other = "{{cuont, number}} komente";
    (locales.fa?.common as Record<string, unknown>).byline = "نوشتهٔ {{name}}";
    const problems = localeProblems(locales);
    expect(problems).toEqual([
      expect.objectContaining({ kind: "placeholder", file: "locales/fa/common.json", key: "byline" }),
      expect.objectContaining({ kind: "placeholder", file: "locales/sq/article.json", key: "comments_other" }),
    ]);
    expect(problems[0]?.message).toContain("missing {{author}}; {{name}} is not in English");
    expect(problems[1]?.message).toBe("unknown placeholder {{cuont}}: did you mean {{count, number}}?");
  });

  it("points at a placeholder written with single braces, or misspelt, with one message per mistake", () => {
    const locales = baseLocales();
    (locales.en?.article as Record<string, unknown>).pageOf = "Page {{page}} of {{pageCount}}";
    (locales.ar?.article as Record<string, unknown>).pageOf = "الصفحة {{page}} من {pageCount}";
    (locales.fa?.article as Record<string, unknown>).pageOf = "صفحهٔ {{page}} از {{pagecount}}";
    (locales.sq?.article as Record<string, unknown>).pageOf = "Faqja {{page}} nga {{pageCont}}";
    expect(localeProblems(locales).map(({ kind, file, key, message }) => ({ kind, file, key, message }))).toEqual([
      { kind: "placeholder", file: "locales/ar/article.json", key: "pageOf", message: "uses {pageCount} with single braces: write {{pageCount}}" },
      { kind: "placeholder", file: "locales/fa/article.json", key: "pageOf", message: "unknown placeholder {{pagecount}}: did you mean {{pageCount}}?" },
      { kind: "placeholder", file: "locales/sq/article.json", key: "pageOf", message: "unknown placeholder {{pageCont}}: did you mean {{pageCount}}?" },
    ]);
  });

  it("points at unbalanced braces and at the Arabic comma ، typed inside a placeholder", () => {
    const locales = baseLocales();
    (locales.fa?.article as Record<string, unknown>).comments_other = "{{count\u060C number}} دیدگاه";
    (locales.sq?.common as Record<string, unknown>).byline = "Nga {{author}";
    expect(localeProblems(locales).map(({ file, key, message }) => `${file} ${key}: ${message}`)).toEqual([
      "locales/fa/article.json comments_other: writes {{count\u060C number}} with the Arabic comma \u060C: write {{count, number}}",
      "locales/sq/common.json byline: uses {{author} with unbalanced braces: write {{author}}",
    ]);
  });

  it("lets Arabic zero, one and two say the number in words, but not few, Persian one, or an unknown placeholder", () => {
    const locales = baseLocales();
    // Arabic "zero", "one", "two" stand for 0, 1, 2: no {{count}} needed (the base fixture relies on it).
    (locales.ar?.article as Record<string, unknown>).comments_few = "تعليقات";
    (locales.ar?.article as Record<string, unknown>).comments_two = "تعليقان من {{author}}";
    // Persian "one" is used for 0 and 1, so the number must be written.
    (locales.fa?.article as Record<string, unknown>).comments_one = "یک دیدگاه";
    const problems = ofKind(localeProblems(locales), "placeholder");
    expect(problems.map(({ file, key }) => `${file} ${key}`)).toEqual([
      "locales/ar/article.json comments_two",
      "locales/ar/article.json comments_few",
      "locales/fa/article.json comments_one",
    ]);
    expect(problems[0]?.message).toContain("{{author}} is not in English");
    expect(problems[1]?.message).toContain("missing {{count}}");
  });

  it("reports a <Trans> tag that a translation drops or invents", () => {
    const locales = baseLocales();
    (locales.en?.common as Record<string, unknown>).brand = "<b>Horizon</b> Watch";
    (locales.ar?.common as Record<string, unknown>).brand = "<b>مرصد</b> الأفق";
    (locales.fa?.common as Record<string, unknown>).brand = "دیده‌بان افق";
    (locales.sq?.common as Record<string, unknown>).brand = "<strong>Vëzhguesi</strong> i Horizontit";
    const problems = localeProblems(locales);
    expect(problems).toEqual([
      expect.objectContaining({ kind: "placeholder", file: "locales/fa/common.json", key: "brand", message: expect.stringContaining("missing <b>") }),
      expect.objectContaining({ kind: "placeholder", file: "locales/sq/common.json", key: "brand", message: expect.stringContaining("<strong> not in English") }),
    ]);
  });

  it("reports a number placeholder that loses its format", () => {
    const locales = baseLocales();
    (locales.fa?.article as Record<string, unknown>).comments_other = "{{count}} دیدگاه";
    expect(localeProblems(locales)).toEqual([
      expect.objectContaining({ kind: "placeholder-format", file: "locales/fa/article.json", key: "comments_other" }),
    ]);
  });

  it("reports plural forms that differ from the language's CLDR categories", () => {
    const locales = baseLocales();
    delete (locales.ar?.article as Record<string, unknown>).comments_many;
    (locales.fa?.article as Record<string, unknown>).comments_few = "{{count, number}} دیدگاه";
    const problems = localeProblems(locales);
    expect(problems).toEqual([
      expect.objectContaining({ kind: "plural-forms", file: "locales/ar/article.json", key: "comments", line: 2 }),
      expect.objectContaining({ kind: "plural-forms", file: "locales/fa/article.json", key: "comments" }),
    ]);
    expect(problems[0]?.message).toContain("zero, one, two, few, many, other: add comments_many");
    expect(problems[1]?.message).toContain("one, other: remove comments_few");
  });

  it("reports a missing plural group with every form the language needs", () => {
    const locales = baseLocales();
    (locales.ar as Locales).article = {};
    expect(localeProblems(locales)).toEqual([
      expect.objectContaining({
        kind: "missing-key",
        file: "locales/ar/article.json",
        key: "comments",
        message: expect.stringContaining("comments_zero, comments_one, comments_two, comments_few, comments_many, comments_other"),
      }),
    ]);
  });

  it("reports an edition of app/editions.ts without a locale folder, and a missing namespace file", () => {
    const locales = baseLocales();
    delete locales.sq;
    delete locales.fa?.article;
    expect(localeProblems(locales)).toEqual([
      expect.objectContaining({ kind: "missing-folder", file: "locales/sq/" }),
      expect.objectContaining({ kind: "missing-file", file: "locales/fa/article.json" }),
    ]);
  });

  it("reports a key written twice and a value that is not a string", () => {
    const locales = baseLocales();
    (locales.sq as Locales).common =
      '{\n  "brand": "Vëzhguesi",\n  "byline": "Nga {{author}}",\n  "brand": "VH",\n  "footer": { "backToTop": 1 }\n}\n' as never;
    const problems = localeProblems(locales);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "duplicate-key", file: "locales/sq/common.json", key: "brand", line: 4 }),
        expect.objectContaining({ kind: "invalid-value", file: "locales/sq/common.json", key: "footer.backToTop", line: 5 }),
      ]),
    );
  });

  it("reports a $t() nesting of a key English does not have", () => {
    const locales = baseLocales();
    (locales.sq?.common as Record<string, unknown>).byline = "Nga {{author}}, $t(common:brnd)";
    expect(localeProblems(locales)).toEqual([expect.objectContaining({ kind: "nesting", file: "locales/sq/common.json", key: "byline" })]);
  });
});

describe("i18n:check on the letters of Arabic-script editions", () => {
  it("reports Arabic ي, ك and ى in Persian values, naming the key, the letter with its code point and the fix", () => {
    const locales = baseLocales();
    const persian = locales.fa?.common as Record<string, Record<string, string> | string>;
    persian.brand = "دیده\u200Cبان \u0643و\u0686\u0643";
    persian.byline = "نوشتهٔ {{author}}، حت\u0649 امروز";
    (persian.footer as Record<string, string>).backToTop = "بازگشت به بالا\u064A صفحه";
    expect(localeProblems(locales).map(({ kind, file, key, message }) => `${kind} ${file} ${key}: ${message}`)).toEqual([
      'lookalike-letter locales/fa/common.json brand: Arabic letter \u0643 (U+0643) in "\u0643و\u0686\u0643": use \u06A9 (U+06A9) instead of \u0643 (U+0643)',
      'lookalike-letter locales/fa/common.json byline: Arabic letter \u0649 (U+0649) in "حت\u0649": use \u06CC (U+06CC) instead of \u0649 (U+0649); Persian writes ی for Arabic\'s alef maksura too (حتی, مصطفی)',
      'lookalike-letter locales/fa/common.json footer.backToTop: Arabic letter \u064A (U+064A) in "بالا\u064A": use \u06CC (U+06CC) instead of \u064A (U+064A)',
    ]);
  });

  it("reports Persian ی and ک in Arabic values, with ى as the other fix at the end of a word", () => {
    const locales = baseLocales();
    const arabic = locales.ar?.common as Record<string, Record<string, string> | string>;
    arabic.brand = "مرصد ال\u06A9ون";
    arabic.byline = "بقلم {{author}} ف\u06CCها";
    (arabic.footer as Record<string, string>).backToTop = "العودة إلى أعل\u06CC الصفحة";
    expect(localeProblems(locales).map(({ key, message }) => `${key}: ${message}`)).toEqual([
      'brand: Persian letter \u06A9 (U+06A9) in "ال\u06A9ون": use \u0643 (U+0643) instead of \u06A9 (U+06A9)',
      'byline: Persian letter \u06CC (U+06CC) in "ف\u06CCها": use \u064A (U+064A) instead of \u06CC (U+06CC)',
      'footer.backToTop: Persian letter \u06CC (U+06CC) in "أعل\u06CC": use \u064A (U+064A) instead of \u06CC (U+06CC), or \u0649 (U+0649) where the word ends in alef maksura (على, إلى)',
    ]);
  });

  it("notes teh marbuta ة in Persian without failing the check, since some Arabic phrases keep it", () => {
    const locales = baseLocales();
    (locales.fa?.common as Record<string, unknown>).brand = "دیده\u200Cبان صفح\u0629";
    const problems = localeProblems(locales);
    expect(problems).toEqual([expect.objectContaining({ kind: "teh-marbuta", severity: "note", file: "locales/fa/common.json", key: "brand" })]);
    expect(formatProblem(problems[0] as Problem)).toBe(
      'locales/fa/common.json:2:3  brand  note: \u0629 (U+0629, teh marbuta) in "صفح\u0629": Persian usually writes ه or ت instead (صفحه, رحمت); keep ة only in an Arabic phrase that Persian writes with it (دائرة\u200Cالمعارف)  (teh-marbuta)',
    );
  });

  it("leaves Arabic letters alone in Arabic and Persian letters alone in Persian", () => {
    const locales = baseLocales();
    (locales.ar?.common as Record<string, unknown>).brand = "مرصد الأفق الكبير على الصفحة";
    (locales.fa?.common as Record<string, unknown>).brand = "دیده\u200Cبان کوچک افق";
    expect(localeProblems(locales)).toEqual([]);
  });
});

/** The fixture's locales for code tests: English only, plus the three translations of the same keys */
function codeFixture(english: Record<string, Record<string, unknown>>, files: Record<string, string>) {
  const locales: Record<string, Locales> = {};
  for (const language of editionCodes) locales[language] = english;
  const root = fixture(locales, files);
  const result = runI18nCheck({ root, editions: editions.filter((edition) => edition.code === "en"), defaultNamespace: "common" });
  // the fixture translations copy English, so the plural forms of other languages are not the point here
  return result.problems.filter((problem) => problem.file.startsWith("app/") || problem.file.startsWith("locales/en/"));
}

const header = (body: string) => `import { useTranslation } from "react-i18next";\n\n${body}`;

describe("i18n:check on the code", () => {
  it("accepts the ways the app calls t(): useTranslation, namespaces, getFixedT through Promise.all, literal unions, wildcards", () => {
    const problems = codeFixture(
      {
        common: { brand: "Horizon Watch", share: { label: "Share", facebook: "Facebook", email: "E-mail" } },
        nav: { home: "Home", cartoons: "Cartoons", photos: "Photos", notAvailable: "Not available in English" },
        article: { comments_one: "{{count}} comment", comments_other: "{{count}} comments", title: "Latest news" },
        errors: { notFound: { title: "Page not found" }, serverError: { title: "Something went wrong" } },
      },
      {
        "app/Header.tsx": header(
          `const kinds = ["cartoons", "photos"] as const;\nexport function Header() {\n  const { t } = useTranslation(["nav", "common"]);\n  return <p>{t("common:brand")} {t("home")} {kinds.map((kind) => t(\`nav:\${kind}\`))}</p>;\n}\n`,
        ),
        "app/ErrorPage.tsx": header(
          `const kindByStatus: Record<number, string> = { 404: "notFound" };\nexport function ErrorPage({ status }: { status: number }) {\n  const { t } = useTranslation("errors");\n  const kind = kindByStatus[status] ?? "serverError";\n  return <h1>{t(\`\${kind}.title\`)}</h1>;\n}\n`,
        ),
        "app/Share.tsx": header(
          `export function Share({ network }: { network: string }) {\n  const { t } = useTranslation("common");\n  return <a aria-label={t("share.label")}>{t(\`share.\${network}\`)}</a>;\n}\n`,
        ),
        "app/loader.server.ts":
          `import type { TFunction } from "i18next";\ndeclare const i18n: { getFixedT(lng: string, ns: string | string[]): Promise<TFunction> };\n` +
          `export async function loader() {\n  const [count, t] = await Promise.all([Promise.resolve(2), i18n.getFixedT("en", ["article", "nav"])]);\n` +
          `  const tOther = await i18n.getFixedT("ar", "nav");\n  return [t("comments", { count }), t("title"), t("notAvailable"), tOther("notAvailable")];\n}\n`,
      },
    );
    expect(problems).toEqual([]);
  });

  it("reports a key the code uses that English lacks, naming the file, line and key", () => {
    const problems = codeFixture(
      { nav: { home: "Home", media: "Media" } },
      {
        "app/Menu.tsx": header(
          `const kinds = ["media", "podcasts"] as const;\nexport function Menu() {\n  const { t } = useTranslation("nav");\n  return <ul><li>{t("home")}</li>{kinds.map((kind) => <li key={kind}>{t(kind)}</li>)}<li>{t("contact")}</li></ul>;\n}\n`,
        ),
      },
    );
    expect(problems).toEqual([
      expect.objectContaining({ kind: "missing-in-english", file: "app/Menu.tsx", line: 6, key: "nav:podcasts" }),
      expect.objectContaining({ kind: "missing-in-english", file: "app/Menu.tsx", line: 6, key: "nav:contact" }),
    ]);
    expect(problems[1]?.message).toContain("locales/en/nav.json");
  });

  it("reports an English key no code uses", () => {
    const problems = codeFixture(
      { common: { brand: "Horizon Watch", slogan: "Watching the horizon" } },
      { "app/Brand.tsx": header(`export function Brand() {\n  const { t } = useTranslation();\n  return <b>{t("brand")}</b>;\n}\n`) },
    );
    expect(problems).toEqual([expect.objectContaining({ kind: "unused-key", file: "locales/en/common.json", line: 3, key: "common:slogan" })]);
  });

  it("says precisely which call it cannot analyse, and accepts an i18n-keys comment there", () => {
    const english = { nav: { books: "Books", newsletter: "Newsletter" } };
    const component = (annotation: string) =>
      header(
        `export function Publications({ labels }: { labels: string[] }) {\n  const { t } = useTranslation("nav");\n  return <ul>{labels.map((label) => (\n    ${annotation}\n    <li key={label}>{t(\`nav:\${label}\`)}</li>\n  ))}</ul>;\n}\n`,
      );
    const unannotated = codeFixture(english, { "app/Publications.tsx": component("") });
    expect(unannotated).toEqual([
      expect.objectContaining({ kind: "unanalysable", file: "app/Publications.tsx", line: 7, key: expect.stringContaining("t(`nav:${label}`)") }),
    ]);
    expect(unannotated[0]?.message).toContain("// i18n-keys: nav:key1 nav:key2");
    expect(unannotated[0]?.message).toContain('unused keys in "nav" are not reported');

    expect(codeFixture(english, { "app/Publications.tsx": component("// i18n-keys: nav:books nav:newsletter") })).toEqual([]);
    const wrong = codeFixture(english, { "app/Publications.tsx": component("{/* i18n-keys: nav:books nav:newspaper */}") });
    expect(wrong).toEqual([
      expect.objectContaining({ kind: "missing-in-english", file: "app/Publications.tsx", key: "nav:newspaper" }),
      expect.objectContaining({ kind: "unused-key", file: "locales/en/nav.json", key: "nav:newsletter" }),
    ]);
  });

  it("reads <Trans i18nKey>, an unknown namespace, and a plural key used without count", () => {
    const problems = codeFixture(
      { article: { intro: "Read <1>more</1>", comments_one: "{{count}} comment", comments_other: "{{count}} comments" } },
      {
        "app/Intro.tsx":
          `import { Trans, useTranslation } from "react-i18next";\nexport function Intro() {\n  const { t } = useTranslation("article");\n` +
          `  return <p><Trans i18nKey="intro" t={t} /> {t("comments")} {t("article:comments", { count: 2 })} {t("artcle:intro")}</p>;\n}\n`,
      },
    );
    expect(problems).toEqual([
      expect.objectContaining({ kind: "plural-without-count", file: "app/Intro.tsx", line: 4, key: "article:comments" }),
      expect.objectContaining({ kind: "unknown-namespace", file: "app/Intro.tsx", line: 4, key: "artcle:intro" }),
    ]);
  });
});
