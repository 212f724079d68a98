// npm run i18n:check — checks locales/ against English and against the code; exits 1 on any problem.
// Each line names the file (with line and column where there is one), the key, and what is wrong.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { editions } from "../../app/editions";
import { defaultNamespace } from "../../app/i18n/config";
import { appSourceFiles, scanCodeUsage } from "./code-usage";
import { checkLetters, type EditionLanguage } from "./letter-rules";
import { loadLocaleSet, type LocaleSet } from "./locale-files";
import { checkLocales } from "./locale-rules";
import { formatProblem, isNote, sortProblems, summarizeKinds, type Problem } from "./problems";
import { checkCodeUsage } from "./usage-rules";

export interface CheckOptions {
  root: string;
  /** The editions of app/editions.ts (their code names the locale folder) */
  editions: readonly EditionLanguage[];
  defaultNamespace: string;
  localesDir?: string;
  appDir?: string;
}

export interface CheckResult {
  problems: Problem[];
  languages: string[];
  namespaces: string[];
  codeFiles: number;
  translationCalls: number;
}

/** What the locale files say on their own, without the code: all a translator needs to look at */
export function checkLocaleFiles(set: LocaleSet, editionList: readonly EditionLanguage[]): Problem[] {
  return [...checkLocales(set, editionList.map((edition) => edition.code)), ...checkLetters(set, editionList)];
}

export function runI18nCheck(options: CheckOptions): CheckResult {
  const set = loadLocaleSet(options.root, options.localesDir ?? "locales");
  const scan = scanCodeUsage({
    root: options.root,
    files: appSourceFiles(path.join(options.root, options.appDir ?? "app")),
    defaultNamespace: options.defaultNamespace,
  });
  const problems = [...checkLocaleFiles(set, options.editions), ...scan.problems, ...checkCodeUsage(set, scan)];
  return {
    problems: sortProblems(problems),
    languages: set.languages,
    namespaces: set.namespaces,
    codeFiles: scan.files,
    translationCalls: scan.calls,
  };
}

function main(): void {
  const root = path.resolve(import.meta.dirname, "../..");
  const result = runI18nCheck({ root, editions, defaultNamespace });
  for (const problem of result.problems) console.log(formatProblem(problem));
  const scope = `${result.languages.length} languages (${result.languages.join(", ")}), ${result.namespaces.length} namespaces, ${result.translationCalls} translation calls in ${result.codeFiles} files`;
  const errors = result.problems.filter((problem) => !isNote(problem));
  const notes = result.problems.length - errors.length;
  const noted = notes === 0 ? "" : ` and ${notes} note${notes === 1 ? "" : "s"} (notes do not fail the check)`;
  if (errors.length === 0) {
    console.log(`${notes === 0 ? "" : "\n"}i18n:check: no problems${noted} in ${scope}`);
    return;
  }
  console.log(
    `\ni18n:check: ${errors.length} problem${errors.length === 1 ? "" : "s"} (${summarizeKinds(errors)})${noted} in ${scope}. See TRANSLATING.md.`,
  );
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(error);
    process.exitCode = 2;
  }
}
