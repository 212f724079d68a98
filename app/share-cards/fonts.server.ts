// The edition's own font for the text of share cards. sharp draws text with Pango, which finds fonts through
// fontconfig and FreeType: neither reads the WOFF2 files the pages use, nor (in sharp's build) WOFF. The
// @fontsource packages also ship WOFF 1.0, whose tables are only zlib-compressed: unpacked here into plain
// TrueType files (written once to a temporary folder) that sharp's `fontfile` can load.
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";
import sharp from "sharp";
import type { Edition } from "~/editions";

/** The sfnt (TrueType/OpenType) font inside a WOFF 1.0 file (W3C WOFF File Format 1.0, section 3–5) */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF 1.0 file");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressedLength = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compressedLength);
    return { tag: woff.subarray(entry, entry + 4), checksum: woff.readUInt32BE(entry + 16), data: compressedLength < length ? inflateSync(stored) : stored };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const headerLength = 12 + 16 * numTables;
  const sfnt = Buffer.alloc(tables.reduce((total, table) => total + padded(table.data.length), headerLength));
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(searchRange, 6);
  sfnt.writeUInt16BE(entrySelector, 8);
  sfnt.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerLength;
  tables.forEach((table, index) => {
    const record = 12 + 16 * index;
    table.tag.copy(sfnt, record);
    sfnt.writeUInt32BE(table.checksum, record + 4);
    sfnt.writeUInt32BE(offset, record + 8);
    sfnt.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}

export interface CardFont {
  /** The family and weight Pango is asked for ("Vazirmatn Bold") */
  description: string;
  /** One file per subset of the font (Arabic, Latin…): all are loaded, Pango picks per character */
  files: string[];
}

// One folder per user: another account's folder in /tmp would not be writable
const fontsFolder = path.join(os.tmpdir(), `ngo-news-share-card-fonts-${process.getuid?.() ?? "user"}`);
const loaded = new Map<string, Promise<CardFont>>();

/** The edition's first font (editions.ts) at `weight`, every subset of it, loaded into sharp's fontconfig */
export function cardFont(edition: Edition, weight: 400 | 700): Promise<CardFont> {
  const fontPackage = edition.fonts[0]!.package;
  const key = `${fontPackage}-${weight}`;
  let font = loaded.get(key);
  if (!font) {
    font = loadFont(fontPackage, /^'([^']+)'/.exec(edition.fontFamily)?.[1] ?? fontPackage, weight);
    font.catch(() => loaded.delete(key));
    loaded.set(key, font);
  }
  return font;
}

async function loadFont(fontPackage: string, family: string, weight: number): Promise<CardFont> {
  const require = createRequire(import.meta.url);
  const packageFolder = path.dirname(require.resolve(`@fontsource/${fontPackage}/package.json`));
  const sources = (await readdir(path.join(packageFolder, "files"))).filter((name) => name.endsWith(`-${weight}-normal.woff`));
  if (sources.length === 0) throw new Error(`@fontsource/${fontPackage} has no WOFF file of weight ${weight}`);
  await mkdir(fontsFolder, { recursive: true });
  const files: string[] = [];
  for (const source of sources.sort()) {
    const file = path.join(fontsFolder, source.replace(/\.woff$/, ".ttf"));
    // Written under a name of this process, then renamed: another server process may be writing the same file
    const partial = `${file}.${process.pid}`;
    await writeFile(partial, woffToSfnt(await readFile(path.join(packageFolder, "files", source))));
    await rename(partial, file);
    // libvips adds a `fontfile` to fontconfig's fonts for the rest of the process: drawing one character
    // with each subset makes them all available to later text, whichever file that text names
    await sharp({ text: { text: "a", fontfile: file, font: `${family} 12` } }).png().toBuffer();
    files.push(file);
  }
  return { description: weight >= 700 ? `${family} Bold` : family, files };
}
