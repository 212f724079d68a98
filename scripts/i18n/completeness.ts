// How much of English each language has translated, per namespace: what npm run i18n:status prints.
// A message counts once (a plural group is one message) and is translated when every form the
// language needs is there and not empty.
import { groupMessages, localeFile, sourceLanguage, type LocaleSet, type Message } from "./locale-files";
import type { LocaleEntry } from "./locale-json";
import { cldrCategories } from "./plurals";

export interface Completeness {
  language: string;
  namespace: string;
  total: number;
  translated: number;
  missing: number;
  /** Keys still to translate, as the code names them */
  missingKeys: string[];
  /** Why nothing could be counted: the file is missing or is not valid JSON */
  unreadable?: "missing file" | "invalid JSON";
}

function isTranslated(entry: LocaleEntry | undefined): boolean {
  return entry !== undefined && (entry.value ?? "").trim() !== "";
}

function translatedIn(language: string, source: Message, target: Message | undefined): boolean {
  if (source.entry && !isTranslated(target?.entry)) return false;
  if (source.plural) {
    const needed = cldrCategories(language, source.plural.ordinal);
    return needed.every((category) => isTranslated(target?.plural?.forms.get(category)));
  }
  return true;
}

export function completeness(set: LocaleSet, language: string, namespace: string): Completeness {
  const sourceFile = localeFile(set, sourceLanguage, namespace);
  const sourceMessages = sourceFile?.result.ok ? [...groupMessages(sourceFile.result.locale.entries).values()] : [];
  const total = sourceMessages.length;
  const target = localeFile(set, language, namespace);
  if (!target || !target.result.ok) {
    return {
      language,
      namespace,
      total,
      translated: 0,
      missing: total,
      missingKeys: sourceMessages.map((message) => message.id),
      unreadable: target ? "invalid JSON" : "missing file",
    };
  }
  const targetMessages = groupMessages(target.result.locale.entries);
  const missingKeys = sourceMessages.filter((message) => !translatedIn(language, message, targetMessages.get(message.id))).map((message) => message.id);
  return { language, namespace, total, translated: total - missingKeys.length, missing: missingKeys.length, missingKeys };
}

/** Rounded down, so 99.6 % is not shown as done */
export function percentage(translated: number, total: number): number {
  return total === 0 ? 100 : Math.floor((translated / total) * 100);
}

export interface EditionLabel {
  code: string;
  nativeName: string;
}

function pad(text: string, width: number, align: "start" | "end"): string {
  // Arabic and Persian names are short and have no combining marks that matter here; length is close enough.
  const space = " ".repeat(Math.max(0, width - [...text].length));
  return align === "start" ? text + space : space + text;
}

export function renderStatus(set: LocaleSet, editions: EditionLabel[]): string {
  const header = ["edition", "namespace", "translated", "missing", "done"];
  const rows: string[][] = [];
  const missingLists: string[] = [];
  const codes = [...editions.map((edition) => edition.code), ...set.languages.filter((language) => !editions.some((edition) => edition.code === language))];
  for (const code of codes) {
    const edition = editions.find((candidate) => candidate.code === code);
    const name = edition ? `${code} ${edition.nativeName}` : `${code} (no edition in app/editions.ts)`;
    if (!set.languages.includes(code)) {
      rows.push([name, "(no folder locales/" + code + "/)", "0", "–", "0%"]);
      continue;
    }
    let translated = 0;
    let total = 0;
    set.namespaces.forEach((namespace, index) => {
      const row = completeness(set, code, namespace);
      translated += row.translated;
      total += row.total;
      rows.push([
        index === 0 ? name : "",
        namespace,
        `${row.translated}/${row.total}`,
        row.unreadable ? row.unreadable : String(row.missing),
        `${percentage(row.translated, row.total)}%`,
      ]);
      if (row.missingKeys.length > 0 && !row.unreadable) {
        missingLists.push(`  ${code} ${namespace}: ${row.missingKeys.join(", ")}`);
      } else if (row.unreadable) {
        missingLists.push(`  ${code} ${namespace}: ${row.unreadable} (${localeFile(set, code, namespace)?.path ?? `${set.localesDir}/${code}/${namespace}.json`})`);
      }
    });
    rows.push(["", "all", `${translated}/${total}`, String(total - translated), `${percentage(translated, total)}%`]);
  }
  const widths = header.map((title, column) => Math.max([...title].length, ...rows.map((row) => [...(row[column] ?? "")].length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => pad(cell, widths[column] ?? 0, column < 2 ? "start" : "end")).join("  ").trimEnd();
  const output = [
    `Translation status against English (${set.localesDir}/${sourceLanguage}/), one message per key (a plural group counts once)`,
    "",
    line(header),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map((row) => (row[1] === "all" ? line(row) + "\n" : line(row))),
  ];
  if (missingLists.length > 0) output.push("Still to translate:", ...missingLists);
  else output.push("Every edition is complete.");
  return output.join("\n").replace(/\n+$/, "") + "\n";
}
