// A strict JSON reader for locale files. JSON.parse would do for the app, but translators need more
// than "Unexpected token": the line and column of the mistake, a hint at the usual causes (a missing
// or extra comma, a quote that is not a straight double quote), the position of every key, and
// duplicate keys, which JSON.parse silently resolves by keeping the last one.

export interface Position {
  /** 1-based */
  line: number;
  /** 1-based, in characters */
  column: number;
}

export interface LocaleEntry extends Position {
  /** Dotted path, e.g. "pagination.pageOf" */
  key: string;
  /** The string; undefined when the value is not a string (valueType says what it is) */
  value: string | undefined;
  valueType: "string" | "number" | "boolean" | "null" | "array";
}

export interface ParsedLocale {
  /** Every leaf, in file order */
  entries: Map<string, LocaleEntry>;
  /** Keys whose value is a group of keys (a JSON object), with their position */
  groups: Map<string, Position>;
  duplicates: (Position & { key: string })[];
}

export interface LocaleSyntaxError extends Position {
  message: string;
}

export type LocaleParseResult = { ok: true; locale: ParsedLocale } | { ok: false; error: LocaleSyntaxError };

class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type JsonValue =
  | { type: "string"; value: string; offset: number }
  | { type: "number" | "boolean" | "null" | "array"; offset: number }
  | { type: "object"; properties: { key: string; offset: number; value: JsonValue }[]; offset: number };

function describe(text: string, offset: number): string {
  if (offset >= text.length) return "the end of the file";
  const char = text[offset] as string;
  if (char === "\n" || char === "\r") return "the end of the line";
  if ("“”„«»".includes(char)) return `the typographic quote ${char} (JSON needs the straight quote ")`;
  return `"${char}"`;
}

class Reader {
  offset = 0;
  /** Where the last string read ended, just after its closing quote */
  stringEnd = 0;
  constructor(readonly text: string) {}

  fail(message: string, offset = this.offset): never {
    throw new SyntaxFailure(message, offset);
  }

  skipWhitespace(): void {
    while (this.offset < this.text.length && " \t\n\r".includes(this.text[this.offset] as string)) this.offset++;
  }

  value(context: string): JsonValue {
    this.skipWhitespace();
    const start = this.offset;
    const char = this.text[start];
    if (char === "{") return this.object();
    if (char === "[") {
      this.array();
      return { type: "array", offset: start };
    }
    if (char === '"') return { type: "string", value: this.string(), offset: start };
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(start, start + 64));
    if (literal) {
      this.offset += literal[0].length;
      const word = literal[0];
      return { type: word === "null" ? "null" : word === "true" || word === "false" ? "boolean" : "number", offset: start };
    }
    return this.fail(`expected ${context}, found ${describe(this.text, start)}`);
  }

  object(): JsonValue {
    const start = this.offset;
    this.offset++; // {
    const properties: { key: string; offset: number; value: JsonValue }[] = [];
    this.skipWhitespace();
    if (this.text[this.offset] === "}") {
      this.offset++;
      return { type: "object", properties, offset: start };
    }
    for (;;) {
      this.skipWhitespace();
      const keyOffset = this.offset;
      if (this.text[keyOffset] !== '"') {
        const afterComma = properties.length > 0 && this.text[keyOffset] === "}";
        this.fail(
          afterComma
            ? `expected another "key": "value" after the comma, found "}" (remove the comma after the last entry)`
            : `expected a key in double quotes, found ${describe(this.text, keyOffset)}`,
        );
      }
      const key = this.string();
      this.skipWhitespace();
      if (this.text[this.offset] !== ":") this.fail(`expected ":" after the key "${key}", found ${describe(this.text, this.offset)}`);
      this.offset++;
      const value = this.value(`a value for "${key}"`);
      properties.push({ key, offset: keyOffset, value });
      this.skipWhitespace();
      const next = this.text[this.offset];
      if (next === ",") {
        this.offset++;
        continue;
      }
      if (next === "}") {
        this.offset++;
        return { type: "object", properties, offset: start };
      }
      if (value.type === "string" && this.quoteInsideValue()) {
        // The string ended at a " the translator meant as part of the text; point at that quote
        this.fail(
          `the value of "${key}" has a straight quote " inside it, which ends the value too early: write \\" for a quote inside a value, or use the typographic quotes “ ” / « »`,
          this.stringEnd - 1,
        );
      }
      this.fail(
        next === '"'
          ? `expected "," or "}" after the value of "${key}", found the start of another key (is a comma missing?)`
          : `expected "," or "}" after the value of "${key}", found ${describe(this.text, this.offset)}`,
      );
    }
  }

  array(): void {
    this.offset++; // [
    this.skipWhitespace();
    if (this.text[this.offset] === "]") {
      this.offset++;
      return;
    }
    for (;;) {
      this.value("a value in the list");
      this.skipWhitespace();
      const next = this.text[this.offset];
      this.offset++;
      if (next === "]") return;
      if (next !== ",") this.fail(`expected "," or "]" in the list, found ${describe(this.text, this.offset - 1)}`, this.offset - 1);
    }
  }

  /**
   * After a string value that is not followed by "," or "}": is the rest of its line more of the same value, cut
   * short by an unescaped "? It is when the line goes on with text and another " (`"Say "hi" now",`), unless
   * what follows is a "key": on the same line, which is a missing comma.
   */
  quoteInsideValue(): boolean {
    const rest = /^[^\r\n]*/.exec(this.text.slice(this.stringEnd))?.[0] ?? "";
    return rest.includes('"') && !/^\s*"(?:[^"\\]|\\.)*"\s*:/.test(rest);
  }

  string(): string {
    const start = this.offset;
    this.offset++; // "
    let result = "";
    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined) this.fail("this string is never closed: a closing \" is missing", start);
      if (char === '"') {
        this.offset++;
        this.stringEnd = this.offset;
        return result;
      }
      if (char === "\n" || char === "\r") {
        this.fail('this string runs past the end of the line: a closing " is missing, or write a line break as \\n', start);
      }
      if (char < " ") this.fail("a control character (such as a tab) inside a string: write it as \\t or remove it");
      if (char === "\\") {
        const escape = this.text[this.offset + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (escape !== undefined && escape in simple) {
          result += simple[escape];
          this.offset += 2;
          continue;
        }
        const hex = this.text.slice(this.offset + 2, this.offset + 6);
        if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(hex)) {
          result += String.fromCharCode(parseInt(hex, 16));
          this.offset += 6;
          continue;
        }
        this.fail(`"\\${escape ?? ""}" is not a JSON escape: write a backslash as \\\\ and a quote as \\"`);
      }
      result += char;
      this.offset++;
    }
  }
}

function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === "\n") {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseLocaleJson(text: string): LocaleParseResult {
  const reader = new Reader(text);
  let root: JsonValue;
  try {
    if (text.startsWith("\uFEFF")) {
      reader.fail("the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM", 0);
    }
    reader.skipWhitespace();
    if (reader.text[reader.offset] !== "{") reader.fail(`a locale file must be one JSON object starting with "{", found ${describe(text, reader.offset)}`);
    root = reader.value("an object");
    reader.skipWhitespace();
    if (reader.offset < text.length) reader.fail(`unexpected ${describe(text, reader.offset)} after the closing "}" of the file`);
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error;
    return { ok: false, error: { message: error.message, ...positionAt(text, error.offset) } };
  }

  const locale: ParsedLocale = { entries: new Map(), groups: new Map(), duplicates: [] };
  const collect = (value: JsonValue, prefix: string) => {
    if (value.type !== "object") return;
    const seen = new Set<string>();
    for (const property of value.properties) {
      const key = prefix ? `${prefix}.${property.key}` : property.key;
      const position = positionAt(text, property.offset);
      if (seen.has(property.key)) locale.duplicates.push({ key, ...position });
      seen.add(property.key);
      if (property.value.type === "object") {
        locale.groups.set(key, position);
        collect(property.value, key);
      } else {
        locale.entries.set(key, {
          key,
          value: property.value.type === "string" ? property.value.value : undefined,
          valueType: property.value.type,
          ...position,
        });
      }
    }
  };
  collect(root, "");
  return { ok: true, locale };
}
