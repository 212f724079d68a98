// Reading docs/deploy.md and the files of docs/deploy/ the way their readers' tools do: the page's fenced
// blocks, a systemd unit's settings and command lines, an environment file as systemd and sh both take it.
// Used by e2e/deploy.spec.ts.
import { readFileSync } from "node:fs";

export const deployPage = "docs/deploy.md";

export interface FencedBlock {
  /** The file the block shows (`<!-- file: docs/deploy/… -->` on the line before it), if marked */
  file?: string;
  language: string;
  /** The block's lines, each ending with a newline, as a file holds them */
  content: string;
  /** 1-based line of the opening fence */
  line: number;
}

const fileMarker = /^<!-- file: (\S+) -->$/;

export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split("\n");
  const blocks: FencedBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = /^```(\S*)$/.exec(lines[index]!);
    if (!opening) continue;
    const end = lines.indexOf("```", index + 1);
    if (end === -1) throw new Error(`${deployPage}:${index + 1}: a fenced block is never closed`);
    const body = lines.slice(index + 1, end);
    blocks.push({
      file: fileMarker.exec(lines[index - 1] ?? "")?.[1],
      language: opening[1]!,
      content: body.map((line) => `${line}\n`).join(""),
      line: index + 1,
    });
    index = end;
  }
  return blocks;
}

/** The lines of the page's unmarked (shell command) blocks, comments and blank lines left out */
export function shellCommandLines(blocks: FencedBlock[]): string[] {
  return blocks
    .filter((block) => !block.file)
    .flatMap((block) => block.content.split("\n"))
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

export type Unit = Map<string, [key: string, value: string][]>;

/** A unit file's sections and their settings, in order (a key may repeat) */
export function parseUnit(text: string): Unit {
  const unit: Unit = new Map();
  let section: [string, string][] | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      section = [];
      unit.set(header[1]!, section);
      continue;
    }
    const setting = /^(\w+)=(.*)$/.exec(line);
    if (!setting || !section) throw new Error(`Not a unit file line: ${line}`);
    section.push([setting[1]!, setting[2]!]);
  }
  return unit;
}

export function unitSetting(unit: Unit, section: string, key: string): string[] {
  return (unit.get(section) ?? []).filter(([name]) => name === key).map(([, value]) => value);
}

/**
 * A command line of a unit (ExecStart=…) split into words as systemd does: by spaces, quotes grouping,
 * `%%` and `$$` standing for % and $. Other specifiers and variables are refused: the test would not know them.
 */
export function systemdWords(commandLine: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (let index = 0; index < commandLine.length; index++) {
    const character = commandLine[index]!;
    const next = commandLine[index + 1];
    if ((character === "%" || character === "$") && next === character) {
      word = (word ?? "") + character;
      index++;
    } else if (character === "%" || (character === "$" && next !== undefined && /[A-Za-z_{]/.test(next))) {
      throw new Error(`A systemd specifier or variable this test does not expand, in: ${commandLine}`);
    } else if (quote) {
      if (character === quote) quote = undefined;
      else word += character;
    } else if (character === "'" || character === '"') {
      quote = character;
      word ??= "";
    } else if (/\s/.test(character)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? "") + character;
    }
  }
  if (quote) throw new Error(`An unclosed quote in: ${commandLine}`);
  if (word !== undefined) words.push(word);
  return words;
}

/**
 * KEY=value lines and comments. Values must mean the same to systemd's EnvironmentFile= and to sh's `.`,
 * so no quotes, spaces or characters the shell would expand.
 */
export function parseEnvironmentFile(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const setting = /^([A-Z][A-Z0-9_]*)=([^\s'"`$\\;&|<>()*?[\]{}~#]*)$/.exec(line);
    if (!setting) throw new Error(`Not a KEY=value line that systemd and sh read alike: ${line}`);
    variables[setting[1]!] = setting[2]!;
  }
  return variables;
}

export function readText(file: string): string {
  return readFileSync(file, "utf8");
}

/** Each occurrence of each key replaced by its value, in order; a key that does not occur is an error */
export function substitute(text: string, replacements: readonly (readonly [string, string])[], what: string): string {
  let result = text;
  for (const [placeholder, value] of replacements) {
    if (!result.includes(placeholder)) throw new Error(`${what} no longer holds ${JSON.stringify(placeholder)}: update e2e/deploy.spec.ts and docs/deploy.md together`);
    result = result.split(placeholder).join(value);
  }
  return result;
}
