// Which translation keys the code uses, read with the TypeScript compiler rather than with regular
// expressions: a translation call is a call of anything whose type is i18next's TFunction (t from
// useTranslation(), the result of getFixedT(), i18n.t, a t passed as an argument), plus <Trans i18nKey>.
//
// - namespaces come from the useTranslation(ns)/getFixedT(lng, ns) call that produced that t (also through
//   `const [a, b, t] = await Promise.all([..., getFixedT(...)])`), else from TFunction's type argument;
// - a key in a template literal, t(`nav:${kind}`), is expanded from the type of each ${…} when that type is a
//   union of string literals (`as const` arrays, literal unions); a ${…} of plain type string becomes a
//   wildcard, so t(`share.${network}`) uses every key under "share." and t(`${kind}.title`) every "….title";
// - where that leaves nothing of the key (t(`nav:${label}`) with label: string, t(key) with key: string),
//   the call is reported as "unanalysable" unless a comment right above it (or on its line) lists the keys:
//   `// i18n-keys: nav:cartoons nav:newspics` (in JSX: {/* i18n-keys: … */}). Such a comment anywhere else
//   declares keys that code builds in ways no analysis can follow.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { Problem } from "./problems";

export interface KeyUsage {
  file: string;
  line: number;
  column: number;
  /** Where i18next looks the key up, in order (an unprefixed key with useTranslation(["nav", "common"])) */
  namespaces: string[];
  /** An exact key (a plural base like "comments" stands for its plural forms) */
  key?: string;
  /** Keys matching this, "*" standing for any text: "share.*" for t(`share.${network}`) where network is any string */
  pattern?: string;
  /** false when the call certainly passes no count (a plural key would then not be pluralised) */
  hasCount: boolean | undefined;
  /** The code, for messages: t(`nav:${kind}`) */
  source: string;
}

export interface CodeScan {
  usages: KeyUsage[];
  problems: Problem[];
  /** Namespaces with an unanalysable call: which of their keys are unused cannot be known */
  unanalysedNamespaces: Map<string, string>;
  files: number;
  calls: number;
}

export interface CodeScanOptions {
  root: string;
  /** Absolute paths of the files to read */
  files: string[];
  /** The i18next defaultNS: for useTranslation() without arguments and i18n.t() */
  defaultNamespace: string;
}

/** app/**\/*.{ts,tsx}, without tests and declaration files */
export function appSourceFiles(appDirectory: string): string[] {
  return (readdirSync(appDirectory, { recursive: true }) as string[])
    .map((name) => path.join(appDirectory, name))
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|spec)\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
    .sort();
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = path.join(root, "tsconfig.json");
  const fallback: ts.CompilerOptions = {
    strict: true,
    jsx: ts.JsxEmit.ReactJSX,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  };
  if (!ts.sys.fileExists(configPath)) return fallback;
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return { ...parsed.options, noEmit: true };
}

// Files that can contain translation calls mention one of these; the rest are not type-checked at all.
const mayTranslate = /useTranslation|getFixedT|translatorFor|TFunction|i18next|<Trans\b|i18n-keys/;

interface Annotation {
  line: number;
  column: number;
  keys: string[];
  attached: boolean;
}

interface Translator {
  /** undefined: unknown, `reason` says why */
  namespaces: string[] | undefined;
  keyPrefix: string | undefined;
  reason?: string;
}

type KeyCandidates =
  | { kind: "exact"; keys: string[] }
  /** Keys where "*" stands for a ${…} of type string */
  | { kind: "pattern"; patterns: string[] }
  | { kind: "unknown"; reason: string };

const annotationPattern = /\/\/[ \t]*i18n-keys:([^\n]*)|\/\*\s*i18n-keys:([\s\S]*?)\*\//g;
const maxExpandedKeys = 500;
const wildcard = "*";

export function scanCodeUsage(options: CodeScanOptions): CodeScan {
  // Only files that may translate are roots; what they import is read for its types.
  const candidates = options.files.filter((fileName) => mayTranslate.test(readFileSync(fileName, "utf8")));
  const program = ts.createProgram(candidates, compilerOptions(options.root));
  const checker = program.getTypeChecker();
  const scan: CodeScan = { usages: [], problems: [], unanalysedNamespaces: new Map(), files: 0, calls: 0 };

  for (const fileName of candidates) {
    const sourceFile = program.getSourceFile(fileName);
    if (!sourceFile) continue;
    scan.files++;
    const file = path.relative(options.root, fileName).split(path.sep).join("/");
    const annotations = readAnnotations(sourceFile, file, scan.problems);
    const context = { checker, sourceFile, file, options, scan, annotations };

    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isTranslationFunction(checker, node.expression)) {
        translationCall(context, node);
      } else if ((ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) && node.tagName.getText(sourceFile) === "Trans") {
        transElement(context, node);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);

    for (const annotation of annotations) {
      if (annotation.attached) continue;
      for (const written of annotation.keys) {
        const [namespaces, key] = splitNamespace(written, [options.defaultNamespace]);
        scan.usages.push({ file, line: annotation.line, column: annotation.column, namespaces, key, hasCount: undefined, source: `i18n-keys: ${written}` });
      }
    }
  }
  return scan;
}

interface Context {
  checker: ts.TypeChecker;
  sourceFile: ts.SourceFile;
  file: string;
  options: CodeScanOptions;
  scan: CodeScan;
  annotations: Annotation[];
}

function readAnnotations(sourceFile: ts.SourceFile, file: string, problems: Problem[]): Annotation[] {
  const annotations: Annotation[] = [];
  for (const match of sourceFile.text.matchAll(annotationPattern)) {
    const end = (match.index ?? 0) + match[0].length;
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(end);
    const keys = (match[1] ?? match[2] ?? "").split(/[\s,]+/).filter(Boolean);
    const malformed = keys.filter((key) => !/^[\w.:$-]+$/.test(key));
    if (keys.length === 0 || malformed.length > 0) {
      problems.push({
        kind: "unanalysable",
        file,
        line: line + 1,
        column: character + 1,
        message: `this i18n-keys comment must list keys separated by spaces, like "// i18n-keys: nav:books nav:newsletter"${malformed.length > 0 ? ` (not ${malformed.join(" ")})` : ""}`,
      });
      continue;
    }
    annotations.push({ line: line + 1, column: character + 1, keys, attached: false });
  }
  return annotations;
}

function isTFunctionType(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.some(isTFunctionType);
  return (type.aliasSymbol ?? type.getSymbol())?.getName() === "TFunction";
}

function isTranslationFunction(checker: ts.TypeChecker, callee: ts.Expression): boolean {
  if (!ts.isIdentifier(callee) && !ts.isPropertyAccessExpression(callee)) return false;
  return isTFunctionType(checker.getTypeAtLocation(callee));
}

function position(context: Context, node: ts.Node) {
  const { line, character } = context.sourceFile.getLineAndCharacterOfPosition(node.getStart(context.sourceFile));
  return { line: line + 1, column: character + 1 };
}

function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isAwaitExpression(current) ||
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isSatisfiesExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** useTranslation(...), *.getFixedT(...) or the app's translatorFor(request, lng, ns) */
function translatorSource(expression: ts.Expression | undefined): ts.CallExpression | undefined {
  if (!expression) return undefined;
  const inner = unwrap(expression);
  if (!ts.isCallExpression(inner)) return undefined;
  const name = calleeName(inner);
  return name === "useTranslation" || name === "getFixedT" || name === "translatorFor" ? inner : undefined;
}

/** Follows a t back to the call that made it */
function traceTranslatorSource(checker: ts.TypeChecker, callee: ts.Expression): ts.CallExpression | undefined {
  if (ts.isPropertyAccessExpression(callee)) {
    // useTranslation("nav").t("home")
    return callee.name.text === "t" ? translatorSource(callee.expression) : undefined;
  }
  if (!ts.isIdentifier(callee)) return undefined;
  const declaration = checker.getSymbolAtLocation(callee)?.declarations?.[0];
  if (!declaration) return undefined;
  if (ts.isVariableDeclaration(declaration)) {
    const initializer = declaration.initializer && unwrap(declaration.initializer);
    // const t = await getFixedT(...); const t = useTranslation("nav").t
    if (initializer && ts.isPropertyAccessExpression(initializer) && initializer.name.text === "t") return translatorSource(initializer.expression);
    return translatorSource(initializer);
  }
  if (!ts.isBindingElement(declaration)) return undefined;
  const pattern = declaration.parent;
  const variable = pattern.parent;
  if (!ts.isVariableDeclaration(variable) || !variable.initializer) return undefined;
  if (ts.isObjectBindingPattern(pattern)) {
    // const { t } = useTranslation("nav"); const { t: tNav } = ...
    const property = declaration.propertyName ?? declaration.name;
    return ts.isIdentifier(property) && property.text === "t" ? translatorSource(variable.initializer) : undefined;
  }
  const index = pattern.elements.indexOf(declaration);
  const initializer = unwrap(variable.initializer);
  // const [t] = useTranslation("nav")
  const direct = translatorSource(initializer);
  if (direct) return index === 0 && calleeName(direct) === "useTranslation" ? direct : undefined;
  // const [listing, t] = await Promise.all([latestArticles(...), remixI18next.getFixedT(code, "article")])
  if (ts.isCallExpression(initializer) && ts.isPropertyAccessExpression(initializer.expression) && initializer.expression.getText() === "Promise.all") {
    const list = initializer.arguments[0];
    if (list && ts.isArrayLiteralExpression(list)) return translatorSource(list.elements[index]);
  }
  return undefined;
}

/** String literal values an expression can have, from the expression itself or from its type */
function literalValues(checker: ts.TypeChecker, expression: ts.Expression): string[] | undefined {
  const inner = unwrap(expression);
  if (ts.isStringLiteralLike(inner)) return [inner.text];
  const type = checker.getTypeAtLocation(inner);
  const members = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const member of members) {
    if (member.isStringLiteral()) values.push(member.value);
    else if (member.isNumberLiteral()) values.push(String(member.value));
    else return undefined;
  }
  return values.length > 0 ? values : undefined;
}

function namespacesFrom(checker: ts.TypeChecker, argument: ts.Expression | undefined, defaultNamespace: string): string[] | undefined {
  if (!argument) return [defaultNamespace];
  const inner = unwrap(argument);
  if (inner.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(inner) && inner.text === "undefined")) return [defaultNamespace];
  if (ts.isArrayLiteralExpression(inner)) {
    const namespaces: string[] = [];
    for (const element of inner.elements) {
      const values = literalValues(checker, element);
      if (values?.length !== 1) return undefined;
      namespaces.push(values[0] as string);
    }
    return namespaces;
  }
  const values = literalValues(checker, inner);
  if (values?.length === 1) return values;
  // a variable holding a tuple of literals: const namespaces = ["nav", "common"] as const
  const type = checker.getTypeAtLocation(inner);
  if (checker.isTupleType(type)) {
    const elements = checker.getTypeArguments(type as ts.TypeReference);
    if (elements.every((element) => element.isStringLiteral())) return elements.map((element) => (element as ts.StringLiteralType).value);
  }
  return undefined;
}

function objectProperty(expression: ts.Expression | undefined, name: string): ts.Expression | "absent" | "unknown" {
  if (!expression) return "absent";
  const inner = unwrap(expression);
  if (!ts.isObjectLiteralExpression(inner)) return "unknown";
  let found: ts.Expression | "absent" | "unknown" = "absent";
  for (const property of inner.properties) {
    if (ts.isSpreadAssignment(property)) found = found === "absent" ? "unknown" : found;
    else if (property.name && ts.isIdentifier(property.name) && property.name.text === name) {
      found = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : "unknown";
    }
  }
  return found;
}

function translatorOf(context: Context, callee: ts.Expression): Translator {
  const { checker, options } = context;
  const source = traceTranslatorSource(checker, callee);
  if (source) {
    const isHook = calleeName(source) === "useTranslation";
    // translatorFor(request, lng, ns, { keyPrefix }) takes the request first
    const args = calleeName(source) === "translatorFor" ? source.arguments.slice(1) : source.arguments;
    const namespaceArgument = isHook ? args[0] : args[1];
    const namespaces = namespacesFrom(checker, namespaceArgument, options.defaultNamespace);
    // useTranslation(ns, { keyPrefix }); remix-i18next getFixedT(lng, ns, { keyPrefix }); i18next getFixedT(lng, ns, keyPrefix)
    const prefixArgument = isHook ? args[1] : args[2];
    let keyPrefix: string | undefined;
    let prefixKnown = true;
    if (prefixArgument) {
      const inner = unwrap(prefixArgument);
      const value = ts.isObjectLiteralExpression(inner) ? objectProperty(inner, "keyPrefix") : inner;
      if (value === "unknown") prefixKnown = false;
      else if (value !== "absent") {
        const values = literalValues(checker, value);
        if (values?.length === 1) keyPrefix = values[0];
        else if (!(ts.isIdentifier(value) && value.text === "undefined")) prefixKnown = false;
      }
    }
    const call = source.getText(context.sourceFile).replace(/\s+/g, " ");
    if (!namespaces) return { namespaces, keyPrefix, reason: `its namespace in ${call} is not a string literal (or a list of them)` };
    if (!prefixKnown) return { namespaces: undefined, keyPrefix, reason: `the keyPrefix in ${call} is not a string literal` };
    return { namespaces, keyPrefix };
  }
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === "t") {
    // i18n.t / i18next.t: the instance's defaultNS
    return { namespaces: [options.defaultNamespace], keyPrefix: undefined };
  }
  // A t received as an argument or prop: its TFunction<"nav"> type may still say the namespace.
  // ("translation" is i18next's type-level default, i.e. the type does not know.)
  const type = checker.getTypeAtLocation(callee);
  const tFunction = (type.isUnion() ? type.types : [type]).find(isTFunctionType);
  const [namespaceType, prefixType] = tFunction && tFunction.flags & ts.TypeFlags.Object ? checker.getTypeArguments(tFunction as ts.TypeReference) : [];
  let namespaces: string[] | undefined;
  if (namespaceType?.isStringLiteral() && namespaceType.value !== "translation") namespaces = [namespaceType.value];
  else if (namespaceType && checker.isTupleType(namespaceType)) {
    const elements = checker.getTypeArguments(namespaceType as ts.TypeReference);
    if (elements.every((element) => element.isStringLiteral())) namespaces = elements.map((element) => (element as ts.StringLiteralType).value);
  }
  const keyPrefix = prefixType?.isStringLiteral() ? prefixType.value : undefined;
  const prefixKnown = !prefixType || prefixType.isStringLiteral() || Boolean(prefixType.flags & ts.TypeFlags.Undefined);
  if (namespaces && prefixKnown) return { namespaces, keyPrefix };
  return {
    namespaces: undefined,
    keyPrefix: undefined,
    reason: `${callee.getText(context.sourceFile)} does not come from useTranslation()/getFixedT() in this file and its type (${checker.typeToString(type)}) does not name a namespace`,
  };
}

function keyCandidates(checker: ts.TypeChecker, expression: ts.Expression | undefined): KeyCandidates {
  if (!expression) return { kind: "unknown", reason: "it has no key" };
  const inner = unwrap(expression);
  if (ts.isStringLiteralLike(inner)) return { kind: "exact", keys: [inner.text] };
  if (ts.isTemplateExpression(inner)) {
    let combinations = [inner.head.text];
    let wildcards = false;
    for (const span of inner.templateSpans) {
      const values = literalValues(checker, span.expression) ?? [wildcard];
      if (values[0] === wildcard) wildcards = true;
      combinations = combinations.flatMap((start) => values.map((value) => `${start}${value}${span.literal.text}`));
      if (combinations.length > maxExpandedKeys) return { kind: "unknown", reason: `it stands for more than ${maxExpandedKeys} keys` };
    }
    return wildcards ? { kind: "pattern", patterns: combinations } : { kind: "exact", keys: combinations };
  }
  const values = literalValues(checker, inner);
  if (values) return { kind: "exact", keys: values };
  return {
    kind: "unknown",
    reason: `the key ${inner.getText()} has the type ${checker.typeToString(checker.getTypeAtLocation(inner))}, which does not list the keys it can be`,
  };
}

function splitNamespace(key: string, namespaces: string[]): [string[], string] {
  const separator = key.indexOf(":");
  return separator === -1 ? [namespaces, key] : [[key.slice(0, separator)], key.slice(separator + 1)];
}

function withPrefix(keyPrefix: string | undefined, key: string): string {
  return keyPrefix ? `${keyPrefix}.${key}` : key;
}

function attachedAnnotations(context: Context, node: ts.Node): Annotation[] {
  const { line } = position(context, node);
  return context.annotations.filter((annotation) => annotation.line === line || annotation.line === line - 1);
}

interface TranslationSite {
  node: ts.Node;
  keyExpression: ts.Expression | undefined;
  /** undefined: take them from the translator */
  namespaceOverride: string[] | undefined | "unknown";
  translator: () => Translator;
  hasCount: boolean | undefined;
  unsupported?: string;
}

function recordSite(context: Context, site: TranslationSite): void {
  const { scan, file } = context;
  scan.calls++;
  const where = position(context, site.node);
  const source = site.node.getText(context.sourceFile).replace(/\s+/g, " ").slice(0, 120);
  const unanalysable = (reason: string, example?: string, namespaces?: string[]) => {
    const blind = namespaces ?? namespacesFor().namespaces ?? [];
    const exampleNamespace = blind[0] ?? "namespace";
    example ??= `${exampleNamespace}:key1 ${exampleNamespace}:key2`;
    for (const namespace of blind) if (!scan.unanalysedNamespaces.has(namespace)) scan.unanalysedNamespaces.set(namespace, `${file}:${where.line}`);
    scan.problems.push({
      kind: "unanalysable",
      file,
      ...where,
      key: source,
      message: `cannot tell which keys this uses: ${reason}. Give the value a literal type (\`as const\`), write the key out, or list the keys on the line above: // i18n-keys: ${example}${
        blind.length > 0 ? ` (until then unused keys in ${blind.map((namespace) => `"${namespace}"`).join(", ")} are not reported)` : ""
      }`,
    });
  };

  let translator: Translator | undefined;
  const namespacesFor = (): { namespaces: string[] | undefined; keyPrefix: string | undefined; reason?: string } => {
    if (site.namespaceOverride === "unknown") return { namespaces: undefined, keyPrefix: undefined, reason: "its ns option is not a string literal" };
    translator ??= site.translator();
    return site.namespaceOverride ? { ...translator, namespaces: site.namespaceOverride } : translator;
  };

  // A comment lists keys for a call whose key is computed; a call with a literal key keeps its own key.
  const literalKey = site.keyExpression !== undefined && ts.isStringLiteralLike(unwrap(site.keyExpression));
  const annotations = literalKey ? [] : attachedAnnotations(context, site.node);
  if (annotations.length > 0) {
    for (const annotation of annotations) {
      annotation.attached = true;
      for (const written of annotation.keys) {
        const resolved = namespacesFor();
        const [namespaces, key] = splitNamespace(written, resolved.namespaces ?? [context.options.defaultNamespace]);
        scan.usages.push({ file, ...where, namespaces, key, hasCount: site.hasCount, source });
      }
    }
    return;
  }
  if (site.unsupported) return unanalysable(site.unsupported);

  const candidates = keyCandidates(context.checker, site.keyExpression);
  if (candidates.kind === "unknown") return unanalysable(candidates.reason);
  const written = candidates.kind === "exact" ? candidates.keys : candidates.patterns;
  const dynamic = site.keyExpression?.getText(context.sourceFile) ?? "an expression";
  for (const text of written) {
    const separator = text.indexOf(":");
    const wildcardAt = candidates.kind === "pattern" ? text.indexOf(wildcard) : -1;
    if (separator !== -1 && wildcardAt !== -1 && wildcardAt < separator) {
      return unanalysable(`its namespace is built at run time in ${dynamic}`, "namespace:key1 namespace:key2", []);
    }
    const resolved = separator !== -1 ? undefined : namespacesFor();
    if (resolved && !resolved.namespaces) {
      return unanalysable(`it has no "namespace:" and ${resolved.reason ?? "its namespace is unknown"}`, `namespace:${text.replaceAll(wildcard, "…") || "key"}`);
    }
    const [namespaces, key] = splitNamespace(text, resolved?.namespaces ?? []);
    const fullKey = withPrefix(resolved?.keyPrefix, key);
    if (candidates.kind === "exact") {
      scan.usages.push({ file, ...where, namespaces, key: fullKey, hasCount: site.hasCount, source });
    } else if (fullKey.replaceAll(wildcard, "").replaceAll(".", "") === "") {
      return unanalysable(`the parts of ${dynamic} have the type string, so no part of the key is known`, undefined, namespaces);
    } else {
      scan.usages.push({ file, ...where, namespaces, pattern: fullKey, hasCount: site.hasCount, source });
    }
  }
}

function translationCall(context: Context, call: ts.CallExpression): void {
  // t(key, options) or t(key, defaultValue, options)
  const second = call.arguments[1];
  const optionsArgument = second && ts.isStringLiteralLike(unwrap(second)) ? call.arguments[2] : second;
  const count = objectProperty(optionsArgument, "count");
  const namespaceOption = objectProperty(optionsArgument, "ns");
  const contextOption = objectProperty(optionsArgument, "context");
  let namespaceOverride: TranslationSite["namespaceOverride"];
  if (namespaceOption !== "absent" && namespaceOption !== "unknown") {
    namespaceOverride = namespacesFrom(context.checker, namespaceOption, context.options.defaultNamespace) ?? "unknown";
  }
  recordSite(context, {
    node: call,
    keyExpression: call.arguments[0],
    namespaceOverride,
    translator: () => translatorOf(context, call.expression),
    hasCount: count === "unknown" ? undefined : count !== "absent",
    unsupported: typeof contextOption === "object" ? "it passes a context option, which adds a suffix the checker does not follow" : undefined,
  });
}

function transElement(context: Context, element: ts.JsxSelfClosingElement | ts.JsxOpeningElement): void {
  const attribute = (name: string): ts.Expression | "absent" | "unknown" => {
    for (const property of element.attributes.properties) {
      if (ts.isJsxSpreadAttribute(property)) return "unknown";
      if (property.name.getText(context.sourceFile) !== name) continue;
      const initializer = property.initializer;
      if (!initializer) return "unknown";
      if (ts.isStringLiteral(initializer)) return initializer;
      if (ts.isJsxExpression(initializer) && initializer.expression) return initializer.expression;
      return "unknown";
    }
    return "absent";
  };
  const key = attribute("i18nKey");
  const namespace = attribute("ns");
  const tAttribute = attribute("t");
  const count = attribute("count");
  recordSite(context, {
    node: element,
    keyExpression: key === "absent" || key === "unknown" ? undefined : key,
    namespaceOverride:
      namespace === "absent" ? undefined : namespace === "unknown" ? "unknown" : (namespacesFrom(context.checker, namespace, context.options.defaultNamespace) ?? "unknown"),
    translator: () =>
      tAttribute === "absent"
        ? { namespaces: [context.options.defaultNamespace], keyPrefix: undefined }
        : tAttribute === "unknown"
          ? { namespaces: undefined, keyPrefix: undefined, reason: "its t attribute cannot be read" }
          : translatorOf(context, tAttribute),
    hasCount: count === "absent" ? false : true,
    unsupported: key === "absent" ? "<Trans> has no i18nKey, so its key would be its English children" : undefined,
  });
}
