// The mirror's static search index (Pagefind). Pagefind splits words at spaces and punctuation and stems
// only some languages (Arabic with Snowball's stemmer; Persian and Albanian not at all); it knows none of
// the site's folding of Arabic-script letter variants, digits and diacritics. So it is given each article's
// text already normalized by the site's search (app/search/normalize.ts), as custom records, and the
// browser normalizes the query the same way (search-client.ts); titles and excerpts stay as written.
import { parse } from "parse5";
import * as pagefind from "pagefind";
import { findEdition } from "~/editions";
import { normalizeSearchText } from "~/search/normalize";

export interface SearchRecord {
  url: string;
  language: string;
  content: string;
  meta: { title: string; excerpt: string };
}

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

function attribute(node: Node, name: string): string | undefined {
  return node.attrs?.find((attr) => attr.name === name)?.value;
}

function find(node: Node, test: (node: Node) => boolean): Node | undefined {
  if (test(node)) return node;
  for (const child of node.childNodes ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function text(node: Node | undefined): string {
  if (!node) return "";
  if (node.nodeName === "#text") return node.value ?? "";
  // A space between elements: words in separate blocks stay separate words
  return (node.childNodes ?? []).map(text).join(" ");
}

/** What the site's search covers of an article page (title, excerpt, body), or undefined for other pages */
export function articleRecord(pathname: string, html: string): SearchRecord | undefined {
  const match = /^\/([^/]+)\/articles\/[^/]+$/.exec(pathname);
  const edition = match ? findEdition(match[1]!) : undefined;
  if (!edition) return undefined;
  const document = parse(html) as unknown as Node;
  const title = text(find(document, (node) => attribute(node, "id") === "article-title")).trim();
  if (!title) return undefined;
  const excerpt = attribute(find(document, (node) => node.nodeName === "meta" && attribute(node, "name") === "description") ?? { nodeName: "" }, "content") ?? "";
  const body = text(find(document, (node) => (attribute(node, "class") ?? "").split(" ").includes("prose-article")));
  return {
    url: pathname,
    language: edition.code,
    content: normalizeSearchText(`${title} ${excerpt} ${body}`).trim(),
    meta: { title, excerpt },
  };
}

/** The index's files (paths under /pagefind/), one index per edition's language */
export async function writeSearchIndex(records: SearchRecord[]): Promise<{ path: string; content: Uint8Array }[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join("; ")}`);
    }
    const { files, errors: writeErrors } = await index.getFiles();
    if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index: ${writeErrors.join("; ")}`);
    return files;
  } finally {
    await pagefind.close();
  }
}
