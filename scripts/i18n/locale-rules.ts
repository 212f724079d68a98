// Checks of the locale files against each other, English being the source: valid JSON, the same keys,
// no empty strings, the same placeholders, and plural forms that match each language's CLDR categories.
import {
  groupMessages,
  localeFile,
  localeFilePath,
  messagePosition,
  sourceLanguage,
  type LocaleSet,
  type Message,
} from "./locale-files";
import type { LocaleEntry } from "./locale-json";
import { closestMatch } from "./closest-match";
import { componentTagsOf, formatPlaceholder, miswrittenPlaceholdersOf, nestedKeysOf, placeholdersOf } from "./placeholders";
import { cldrCategories, languageLabel, pluralFormKey, singleNumberCategories, type PluralCategory } from "./plurals";
import type { Problem } from "./problems";

const list = (items: Iterable<string>) => [...items].join(", ");

export function checkLocales(set: LocaleSet, editionCodes: readonly string[]): Problem[] {
  const problems: Problem[] = [];

  if (!set.languages.includes(sourceLanguage)) {
    problems.push({
      kind: "missing-folder",
      file: `${set.localesDir}/${sourceLanguage}/`,
      message: "the English source folder is missing: every other language is compared with it",
    });
    return problems;
  }
  for (const code of editionCodes) {
    if (!set.languages.includes(code)) {
      problems.push({
        kind: "missing-folder",
        file: `${set.localesDir}/${code}/`,
        message: `app/editions.ts has the edition "${code}" but there is no folder ${set.localesDir}/${code}/ with its strings`,
      });
    }
  }

  for (const file of set.files.values()) {
    if (!file.result.ok) {
      const { message, line, column } = file.result.error;
      problems.push({ kind: "invalid-json", file: file.path, line, column, message: `invalid JSON: ${message}` });
      continue;
    }
    const { locale } = file.result;
    for (const duplicate of locale.duplicates) {
      problems.push({
        kind: "duplicate-key",
        file: file.path,
        line: duplicate.line,
        column: duplicate.column,
        key: duplicate.key,
        message: "this key appears twice in the file; only the last one is used",
      });
    }
    for (const entry of locale.entries.values()) {
      if (entry.valueType !== "string") {
        problems.push({ ...at(file.path, entry), kind: "invalid-value", message: `the value must be a string in double quotes, not ${entry.valueType === "array" ? "a list" : entry.valueType}` });
      } else if ((entry.value ?? "").trim() === "") {
        problems.push({ ...at(file.path, entry), kind: "empty-value", message: "the value is empty: write the translation" });
      }
    }
    if (!set.namespaces.includes(file.namespace)) {
      problems.push({
        kind: "extra-file",
        file: file.path,
        message: `English has no ${localeFilePath(set, sourceLanguage, file.namespace)}: the app never loads this file (add the namespace to English first)`,
      });
    }
  }

  for (const language of set.languages) {
    for (const namespace of set.namespaces) {
      const source = localeFile(set, sourceLanguage, namespace);
      const target = localeFile(set, language, namespace);
      if (!target) {
        problems.push({
          kind: "missing-file",
          file: localeFilePath(set, language, namespace),
          message: `missing: copy ${localeFilePath(set, sourceLanguage, namespace)} and translate it`,
        });
        continue;
      }
      if (!source?.result.ok || !target.result.ok) continue;
      problems.push(...compareNamespace(target.path, language, namespace, source.result.locale.entries, target.result.locale.entries, set));
    }
  }
  return problems;
}

function at(file: string, entry: { key: string; line: number; column: number }) {
  return { file, line: entry.line, column: entry.column, key: entry.key };
}

function compareNamespace(
  file: string,
  language: string,
  namespace: string,
  sourceEntries: Map<string, LocaleEntry>,
  targetEntries: Map<string, LocaleEntry>,
  set: LocaleSet,
): Problem[] {
  const problems: Problem[] = [];
  const isSource = language === sourceLanguage;
  const sourceMessages = groupMessages(sourceEntries);
  const targetMessages = groupMessages(targetEntries);
  const label = languageLabel(language);
  // A misspelt key is reported once, as "did you mean", not also as the English key it was meant to be missing
  const misspelt = misspeltKeys(sourceMessages, targetMessages, sourceEntries, language);
  const meant = new Set(misspelt.values());

  for (const sourceMessage of sourceMessages.values()) {
    const targetMessage = targetMessages.get(sourceMessage.id);
    if (sourceMessage.entry && !targetMessage?.entry) {
      if (!meant.has(sourceMessage.entry.key)) {
        problems.push({
          kind: "missing-key",
          file,
          key: sourceMessage.entry.key,
          message: `missing: English has "${sourceMessage.entry.value ?? ""}" (${localeFilePath(set, sourceLanguage, namespace)}:${sourceMessage.entry.line})`,
        });
      }
    } else if (sourceMessage.entry && targetMessage?.entry && !isSource) {
      problems.push(...comparePlaceholders(file, targetMessage.entry, [sourceMessage.entry], false));
    }
    if (!sourceMessage.plural) continue;
    const expected = cldrCategories(language, sourceMessage.plural.ordinal);
    const expectedKeys = expected.map((category) => pluralFormKey(sourceMessage.base, sourceMessage.plural?.ordinal ?? false, category));
    const forms = targetMessage?.plural?.forms;
    if (!forms || forms.size === 0) {
      const needed = expectedKeys.filter((key) => !meant.has(key));
      if (needed.length > 0) {
        problems.push({
          kind: "missing-key",
          file,
          key: sourceMessage.id,
          message: `missing plural forms: ${label} needs ${list(needed)}`,
        });
      }
      continue;
    }
    const present = [...forms.keys()];
    const missing = expected.filter(
      (category) => !forms.has(category) && !meant.has(pluralFormKey(sourceMessage.base, sourceMessage.plural?.ordinal ?? false, category)),
    );
    const extra = present.filter((category) => !expected.includes(category));
    if (missing.length > 0 || extra.length > 0) {
      const first = messagePosition(targetMessage as Message);
      const parts = [
        missing.length > 0 ? `add ${list(missing.map((category) => pluralFormKey(sourceMessage.base, sourceMessage.plural?.ordinal ?? false, category)))}` : "",
        extra.length > 0 ? `remove ${list(extra.map((category) => pluralFormKey(sourceMessage.base, sourceMessage.plural?.ordinal ?? false, category)))}` : "",
      ].filter(Boolean);
      problems.push({
        kind: "plural-forms",
        file,
        line: first.line,
        column: first.column,
        key: sourceMessage.id,
        message: `plural forms do not match ${label}, whose CLDR categories are ${list(expected)}: ${parts.join("; ")}`,
      });
    }
    if (!isSource) {
      const singleNumber = singleNumberCategories(language);
      const sourceForms = [...sourceMessage.plural.forms.values()];
      for (const [category, entry] of forms) {
        if (!expected.includes(category)) continue;
        problems.push(...comparePlaceholders(file, entry, sourceForms, singleNumber.has(category), category));
      }
    }
  }

  const didYouMean = (key: string) => `unknown key ${key}: did you mean ${misspelt.get(key)}?`;
  for (const targetMessage of targetMessages.values()) {
    const sourceMessage = sourceMessages.get(targetMessage.id);
    if (targetMessage.entry && !sourceMessage?.entry) {
      const { key } = targetMessage.entry;
      problems.push({
        ...at(file, targetMessage.entry),
        kind: "extra-key",
        message: isGroupIn(sourceEntries, key)
          ? "English has a group of keys here, not a single string"
          : sourceMessage?.plural
            ? `English has this only as plural forms (${list([...sourceMessage.plural.forms.values()].map((entry) => entry.key))})`
            : misspelt.has(key)
              ? didYouMean(key)
              : "English has no such key: remove it, or add it to English first",
      });
    }
    if (targetMessage.plural && !sourceMessage?.plural) {
      for (const entry of targetMessage.plural.forms.values()) {
        problems.push({
          ...at(file, entry),
          kind: "extra-key",
          message: misspelt.has(entry.key)
            ? didYouMean(entry.key)
            : `English has no plural key "${targetMessage.id}": remove it, or add the plural forms to English first`,
        });
      }
    }
  }

  for (const entry of targetEntries.values()) {
    for (const nested of nestedKeysOf(entry.value ?? "")) {
      const [nestedNamespace, nestedKey] = nested.includes(":") ? (nested.split(/:(.*)/s) as [string, string]) : [namespace, nested];
      const sourceFile = localeFile(set, sourceLanguage, nestedNamespace);
      if (!set.namespaces.includes(nestedNamespace)) {
        problems.push({ ...at(file, entry), kind: "nesting", message: `$t(${nested}) nests a string from the namespace "${nestedNamespace}", which does not exist` });
      } else if (sourceFile?.result.ok && !hasMessage(groupMessages(sourceFile.result.locale.entries), nestedKey)) {
        problems.push({ ...at(file, entry), kind: "nesting", message: `$t(${nested}) nests "${nestedKey}", which ${localeFilePath(set, sourceLanguage, nestedNamespace)} does not have` });
      }
    }
  }
  return problems;
}

function isGroupIn(entries: Map<string, LocaleEntry>, key: string): boolean {
  return [...entries.keys()].some((other) => other.startsWith(`${key}.`));
}

/**
 * Keys of a translation that English lacks, each with the key it most likely misspells: one English has and the
 * translation lacks, a small edit away ("nav.hme" for "nav.home", "coments_one" for "comments_one").
 */
function misspeltKeys(
  sourceMessages: Map<string, Message>,
  targetMessages: Map<string, Message>,
  sourceEntries: Map<string, LocaleEntry>,
  language: string,
): Map<string, string> {
  const lacking: string[] = [];
  for (const source of sourceMessages.values()) {
    const target = targetMessages.get(source.id);
    if (source.entry && !target?.entry) lacking.push(source.entry.key);
    if (!source.plural) continue;
    for (const category of cldrCategories(language, source.plural.ordinal)) {
      if (!target?.plural?.forms.has(category)) lacking.push(pluralFormKey(source.base, source.plural.ordinal, category));
    }
  }
  const unknown: string[] = [];
  for (const target of targetMessages.values()) {
    const source = sourceMessages.get(target.id);
    // a string where English has a group, or plural forms, gets its own explanation
    if (target.entry && !source?.entry && !source?.plural && !isGroupIn(sourceEntries, target.entry.key)) unknown.push(target.entry.key);
    if (target.plural && !source?.plural) unknown.push(...[...target.plural.forms.values()].map((entry) => entry.key));
  }
  const pairs = new Map<string, string>();
  for (const key of unknown) {
    const meant = closestMatch(key, lacking);
    if (meant === undefined) continue;
    pairs.set(key, meant);
    lacking.splice(lacking.indexOf(meant), 1);
  }
  return pairs;
}

/** A key as the code (or a $t() nesting) asks for it: a plain string or the base of a plural group */
export function hasMessage(messages: Map<string, Message>, key: string): boolean {
  const message = messages.get(key);
  return Boolean(message?.entry || message?.plural || messages.get(`${key}_ordinal`)?.plural);
}

/**
 * A translation uses the placeholders its English source uses, no more and no fewer. For a plural form the
 * source is the whole English group, and a form standing for exactly one number (Arabic zero, one, two)
 * may say the number in words and leave out {{count}}.
 * Each mistake gets its own line: a placeholder written wrong (`{pageCount}`) or misspelt (`{{pagecount}}`) is
 * named with the English one it stands for, and is not reported again as missing.
 */
function comparePlaceholders(
  file: string,
  entry: LocaleEntry,
  sources: LocaleEntry[],
  mayOmitCount: boolean,
  category?: PluralCategory,
): Problem[] {
  const problems: Problem[] = [];
  const sourcePlaceholders = sources.flatMap((source) => placeholdersOf(source.value ?? ""));
  const targetPlaceholders = placeholdersOf(entry.value ?? "");
  const allowed = new Set(sourcePlaceholders.map((placeholder) => placeholder.name));
  /** How English writes a name: {{count, number}} where it formats it, {{pageCount}} where not */
  const english = (name: string) => {
    const formatted = sourcePlaceholders.find((placeholder) => placeholder.name === name && placeholder.format);
    return formatPlaceholder(name, formatted?.format);
  };
  const present = new Set(targetPlaceholders.map((placeholder) => placeholder.name));
  const meant = new Set<string>();

  for (const miswritten of miswrittenPlaceholdersOf(entry.value ?? "")) {
    const name = allowed.has(miswritten.name) ? miswritten.name : closestMatch(miswritten.name, allowed);
    if (miswritten.mistake === "Arabic comma") {
      problems.push({
        ...at(file, entry),
        kind: "placeholder",
        message: `writes ${miswritten.written} with the Arabic comma \u060C: write ${name ? english(name) : miswritten.written.replace("\u060C", ",")}`,
      });
      continue;
    }
    if (name === undefined) continue; // braces around a word English has no placeholder for: text, as far as we can tell
    meant.add(name);
    problems.push({ ...at(file, entry), kind: "placeholder", message: `uses ${miswritten.written} with ${miswritten.mistake}: write ${english(name)}` });
  }

  const required = [...allowed].filter((name) => !(mayOmitCount && name === "count"));
  let missing = required.filter((name) => !present.has(name) && !meant.has(name));
  let unknown = [...present].filter((name) => !allowed.has(name));
  // A placeholder English lacks, close to one English has and this string lacks, is that one misspelt
  const unused = [...allowed].filter((name) => !present.has(name) && !meant.has(name));
  for (const name of [...unknown]) {
    const suggestion = closestMatch(name, unused);
    if (suggestion === undefined) continue;
    unused.splice(unused.indexOf(suggestion), 1);
    unknown = unknown.filter((other) => other !== name);
    missing = missing.filter((other) => other !== suggestion);
    problems.push({ ...at(file, entry), kind: "placeholder", message: `unknown placeholder ${formatPlaceholder(name)}: did you mean ${english(suggestion)}?` });
  }

  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length > 0 ? `missing ${list(missing.map((name) => formatPlaceholder(name)))}` : "",
      unknown.length > 0 ? `${list(unknown.map((name) => formatPlaceholder(name)))} ${unknown.length === 1 ? "is" : "are"} not in English` : "",
    ].filter(Boolean);
    const englishNames = [...allowed].map((name) => formatPlaceholder(name));
    problems.push({
      ...at(file, entry),
      kind: "placeholder",
      message: `placeholders differ from English (${englishNames.length > 0 ? list(englishNames) : "none"}): ${parts.join("; ")}${
        category && missing.includes("count") ? ` (only a plural form that stands for a single number may leave out {{count}})` : ""
      }`,
    });
  }
  const sourceTags = new Set(sources.flatMap((source) => [...componentTagsOf(source.value ?? "")]));
  const targetTags = componentTagsOf(entry.value ?? "");
  const missingTags = [...sourceTags].filter((tag) => !targetTags.has(tag));
  const unknownTags = [...targetTags].filter((tag) => !sourceTags.has(tag));
  if (missingTags.length > 0 || unknownTags.length > 0) {
    problems.push({
      ...at(file, entry),
      kind: "placeholder",
      message: `tags differ from English (${sourceTags.size > 0 ? [...sourceTags].map((tag) => `<${tag}>`).join(", ") : "none"}), which the code fills in: ${[
        missingTags.length > 0 ? `missing <${missingTags.join(">, <")}>` : "",
        unknownTags.length > 0 ? `<${unknownTags.join(">, <")}> not in English` : "",
      ]
        .filter(Boolean)
        .join("; ")}`,
    });
  }
  for (const placeholder of targetPlaceholders) {
    const sourceFormats = new Set(sourcePlaceholders.filter((source) => source.name === placeholder.name && source.format).map((source) => source.format));
    if (sourceFormats.size > 0 && !sourceFormats.has(placeholder.format)) {
      const englishForms = [...sourceFormats].map((format) => formatPlaceholder(placeholder.name, format)).join(" or ");
      problems.push({
        ...at(file, entry),
        kind: "placeholder-format",
        message: `English writes ${englishForms}, this has {{${placeholder.name}${placeholder.format ? `, ${placeholder.format}` : ""}}}: keep the format so numbers get the edition's digits`,
      });
    }
  }
  return problems;
}
