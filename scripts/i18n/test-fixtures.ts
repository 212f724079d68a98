// Fixture projects for the i18n tests, written to a temporary directory.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repositoryRoot = path.resolve(import.meta.dirname, "../..");
export const editionCodes = ["en", "ar", "fa", "sq"];
const fixtures: string[] = [];

export function removeFixtures(): void {
  for (const directory of fixtures.splice(0)) rmSync(directory, { recursive: true, force: true });
}

export type Locales = Record<string, Record<string, unknown>>;

/** A complete, correct set of locales for four editions; each test breaks one thing */
export function baseLocales(): Record<string, Locales> {
  return {
    en: {
      common: { brand: "Horizon Watch", byline: "By {{author}}", footer: { backToTop: "Back to top" } },
      article: { comments_one: "{{count, number}} comment", comments_other: "{{count, number}} comments" },
    },
    ar: {
      common: { brand: "مرصد الأفق", byline: "بقلم {{author}}", footer: { backToTop: "العودة إلى أعلى الصفحة" } },
      article: {
        comments_zero: "لا تعليقات",
        comments_one: "تعليق واحد",
        comments_two: "تعليقان",
        comments_few: "{{count, number}} تعليقات",
        comments_many: "{{count, number}} تعليقًا",
        comments_other: "{{count, number}} تعليق",
      },
    },
    fa: {
      common: { brand: "دیده‌بان افق", byline: "نوشتهٔ {{author}}", footer: { backToTop: "بازگشت به بالای صفحه" } },
      article: { comments_one: "{{count, number}} دیدگاه", comments_other: "{{count, number}} دیدگاه" },
    },
    sq: {
      common: { brand: "Vëzhguesi i Horizontit", byline: "Nga {{author}}", footer: { backToTop: "Kthehu në krye" } },
      article: { comments_one: "{{count, number}} koment", comments_other: "{{count, number}} komente" },
    },
  };
}

/** Writes a project: locales/<lng>/<ns>.json from `locales` (a string is written as is), plus other files */
export function fixture(locales: Record<string, Record<string, unknown>>, files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), "i18n-check-"));
  fixtures.push(root);
  for (const [language, namespaces] of Object.entries(locales)) {
    mkdirSync(path.join(root, "locales", language), { recursive: true });
    for (const [namespace, content] of Object.entries(namespaces)) {
      const text = typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`;
      writeFileSync(path.join(root, "locales", language, `${namespace}.json`), text);
    }
  }
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  // The fixture's code imports react-i18next and react like the app's does
  symlinkSync(path.join(repositoryRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  return root;
}

