// The code against English: every key the code uses exists in locales/en, and every English key is used
// (by the code, by an i18n-keys comment, or by another string through $t() nesting).
import type { CodeScan } from "./code-usage";
import { groupMessages, localeFile, localeFilePath, messagePosition, sourceLanguage, type LocaleSet, type Message } from "./locale-files";
import { nestedKeysOf } from "./placeholders";
import type { Problem } from "./problems";

interface EnglishNamespace {
  messages: Map<string, Message>;
  groups: Set<string>;
  used: Set<string>;
}

/** The messages a key asked for by code stands for: a plain string, a plural group, an ordinal plural group */
function messagesForKey(namespace: EnglishNamespace, key: string): Message[] {
  const found: Message[] = [];
  const plain = namespace.messages.get(key);
  if (plain?.entry || plain?.plural) found.push(plain);
  const ordinal = namespace.messages.get(`${key}_ordinal`);
  if (ordinal?.plural) found.push(ordinal);
  return found;
}

/** "*" in a pattern stands for any text */
function patternExpression(pattern: string): RegExp {
  return new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}

export function checkCodeUsage(set: LocaleSet, scan: Pick<CodeScan, "usages" | "unanalysedNamespaces">): Problem[] {
  const problems: Problem[] = [];
  const english = new Map<string, EnglishNamespace>();
  for (const namespace of set.namespaces) {
    const file = localeFile(set, sourceLanguage, namespace);
    if (!file?.result.ok) continue; // reported as invalid JSON; nothing to compare with
    english.set(namespace, { messages: groupMessages(file.result.locale.entries), groups: new Set(file.result.locale.groups.keys()), used: new Set() });
  }

  for (const usage of scan.usages) {
    const at = { file: usage.file, line: usage.line, column: usage.column };
    const unknownNamespace = usage.namespaces.find((namespace) => !set.namespaces.includes(namespace));
    if (unknownNamespace !== undefined) {
      problems.push({
        ...at,
        kind: "unknown-namespace",
        key: `${unknownNamespace}:${usage.key ?? usage.pattern}`,
        message: `there is no namespace "${unknownNamespace}": ${localeFilePath(set, sourceLanguage, unknownNamespace)} does not exist (in ${usage.source})`,
      });
      continue;
    }
    const searched = usage.namespaces.map((namespace) => english.get(namespace));
    if (searched.some((namespace) => namespace === undefined)) continue;
    const namespaces = searched as EnglishNamespace[];
    const firstNamespace = usage.namespaces[0] as string;

    if (usage.pattern !== undefined) {
      const pattern = patternExpression(usage.pattern);
      let matched = 0;
      for (const namespace of namespaces) {
        for (const message of namespace.messages.values()) {
          if (pattern.test(message.base)) {
            namespace.used.add(message.id);
            matched++;
          }
        }
      }
      if (matched === 0) {
        problems.push({
          ...at,
          kind: "missing-in-english",
          key: `${firstNamespace}:${usage.pattern}`,
          message: `${usage.source} builds keys like "${usage.pattern}", but ${usage.namespaces.map((namespace) => localeFilePath(set, sourceLanguage, namespace)).join(" and ")} has none`,
        });
      }
      continue;
    }

    const key = usage.key as string;
    let found = false;
    for (const namespace of namespaces) {
      const messages = messagesForKey(namespace, key);
      if (messages.length === 0) continue;
      found = true;
      for (const message of messages) namespace.used.add(message.id);
      const pluralOnly = messages.every((message) => !message.entry || message.id !== key);
      if (pluralOnly && usage.hasCount === false) {
        problems.push({
          ...at,
          kind: "plural-without-count",
          key: `${usage.namespaces[namespaces.indexOf(namespace)]}:${key}`,
          message: `"${key}" exists only as plural forms, but ${usage.source} passes no count: i18next will not find it`,
        });
      }
      break; // i18next takes the first namespace that has the key
    }
    if (found) continue;
    const group = namespaces.some((namespace) => namespace.groups.has(key));
    problems.push({
      ...at,
      kind: "missing-in-english",
      key: `${firstNamespace}:${key}`,
      message: group
        ? `"${key}" is a group of keys in English, not a string (${usage.source})`
        : `used by ${usage.source} but missing from ${usage.namespaces.map((namespace) => localeFilePath(set, sourceLanguage, namespace)).join(" and ")}`,
    });
  }

  // Strings that nest other strings with $t(ns:key) use them.
  for (const [namespaceName, namespace] of english) {
    for (const message of namespace.messages.values()) {
      const texts = [message.entry?.value, ...[...(message.plural?.forms.values() ?? [])].map((entry) => entry.value)];
      for (const nested of texts.flatMap((text) => nestedKeysOf(text ?? ""))) {
        const separator = nested.indexOf(":");
        const target = english.get(separator === -1 ? namespaceName : nested.slice(0, separator));
        const key = separator === -1 ? nested : nested.slice(separator + 1);
        if (target) for (const used of messagesForKey(target, key)) target.used.add(used.id);
      }
    }
  }

  for (const [namespaceName, namespace] of english) {
    if (scan.unanalysedNamespaces.has(namespaceName)) continue; // reported as unanalysable, with the reason
    const file = localeFilePath(set, sourceLanguage, namespaceName);
    for (const message of namespace.messages.values()) {
      if (namespace.used.has(message.id)) continue;
      const where = messagePosition(message);
      problems.push({
        kind: "unused-key",
        file,
        line: where.line,
        column: where.column,
        key: `${namespaceName}:${message.id}`,
        message: "no code uses this key: remove it from every language, or use it (keys the code builds at run time need a // i18n-keys: comment)",
      });
    }
  }
  return problems;
}
