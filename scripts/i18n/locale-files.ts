// The translators' files, locales/<language>/<namespace>.json, read once and shared by
// i18n:check and i18n:status. English (locales/en) is the source: its files are the namespaces.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseLocaleJson, type LocaleEntry, type LocaleParseResult, type Position } from "./locale-json";
import { parsePluralKey, type PluralCategory } from "./plurals";

export const sourceLanguage = "en";

export interface LocaleFile {
  language: string;
  namespace: string;
  /** Relative to the repository root, with forward slashes: locales/ar/article.json */
  path: string;
  result: LocaleParseResult;
}

export interface LocaleSet {
  root: string;
  /** Relative to root, e.g. "locales" */
  localesDir: string;
  /** Every folder in locales/, the source language first */
  languages: string[];
  /** The JSON files of locales/en, without ".json" */
  namespaces: string[];
  /** `${language}/${namespace}` → file; also files that English does not have */
  files: Map<string, LocaleFile>;
}

export function localeFilePath(set: Pick<LocaleSet, "localesDir">, language: string, namespace: string): string {
  return `${set.localesDir}/${language}/${namespace}.json`;
}

export function loadLocaleSet(root: string, localesDir = "locales"): LocaleSet {
  const absolute = path.join(root, localesDir);
  const folders = existsSync(absolute)
    ? readdirSync(absolute).filter((name) => statSync(path.join(absolute, name)).isDirectory())
    : [];
  const languages = [...folders].sort((a, b) => (a === sourceLanguage ? -1 : b === sourceLanguage ? 1 : a.localeCompare(b)));
  const jsonFiles = (language: string) =>
    readdirSync(path.join(absolute, language))
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.slice(0, -".json".length))
      .sort();
  const namespaces = folders.includes(sourceLanguage) ? jsonFiles(sourceLanguage) : [];
  const files = new Map<string, LocaleFile>();
  for (const language of languages) {
    for (const namespace of jsonFiles(language)) {
      const text = readFileSync(path.join(absolute, language, `${namespace}.json`), "utf8");
      files.set(`${language}/${namespace}`, {
        language,
        namespace,
        path: localeFilePath({ localesDir }, language, namespace),
        result: parseLocaleJson(text),
      });
    }
  }
  return { root, localesDir, languages, namespaces, files };
}

export function localeFile(set: LocaleSet, language: string, namespace: string): LocaleFile | undefined {
  return set.files.get(`${language}/${namespace}`);
}

/** A file's entries, or undefined when the file is missing or is not valid JSON */
export function localeEntries(set: LocaleSet, language: string, namespace: string): Map<string, LocaleEntry> | undefined {
  const file = localeFile(set, language, namespace);
  return file?.result.ok ? file.result.locale.entries : undefined;
}

/**
 * One thing to translate: a plain string, or a plural group (`comments_one`, `comments_other`, …)
 * that the code asks for as t("comments", { count }).
 */
export interface Message {
  /** The key the code uses: "pagination.label", "comments"; ordinal groups end in "_ordinal" */
  id: string;
  /** For plural groups, the key without suffix ("comments") */
  base: string;
  plural?: { ordinal: boolean; forms: Map<PluralCategory, LocaleEntry> };
  entry?: LocaleEntry;
}

export function messageId(base: string, ordinal: boolean): string {
  return ordinal ? `${base}_ordinal` : base;
}

/** Plain strings and plural groups; a plain key and a plural group can share a name, so both live on one Message */
export function groupMessages(entries: Map<string, LocaleEntry>): Map<string, Message> {
  const messages = new Map<string, Message>();
  const at = (id: string, base: string): Message => {
    let message = messages.get(id);
    if (!message) {
      message = { id, base };
      messages.set(id, message);
    }
    return message;
  };
  for (const entry of entries.values()) {
    const plural = parsePluralKey(entry.key);
    if (plural) {
      const message = at(messageId(plural.base, plural.ordinal), plural.base);
      message.plural ??= { ordinal: plural.ordinal, forms: new Map() };
      message.plural.forms.set(plural.category, entry);
    } else {
      at(entry.key, entry.key).entry = entry;
    }
  }
  return messages;
}

/** Where a message starts in its file: its plain entry, or its first plural form */
export function messagePosition(message: Message): Position & { key: string } {
  const first = message.entry ?? [...(message.plural?.forms.values() ?? [])][0];
  return first ?? { key: message.id, line: 1, column: 1 };
}
