// A crawler's walk over the whole demo site, as a search engine would make it: from each edition's
// home, the sitemap index, every edition's sitemap and feed, following every same-origin link the site
// prints (a[href], link[rel=alternate|canonical], img[src], sitemap and feed addresses). No browser: the
// HTML is read by parse5 (the WHATWG parsing algorithm browsers implement), the XML by fast-xml-parser.
// Publication PDFs are asked for with HEAD only. Checks: statuses, one canonical URL per page,
// reciprocal hreflang with x-default, no draft or scheduled item anywhere, one <h1>, a <title>, and
// <html lang dir> of the page's edition; and that each feed and sitemap found is valid RSS 2.0 or
// sitemaps.org XML.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { mediaContent } from "../app/db/seed/media-content/index";
import { findEdition } from "../app/editions";
import { editions, seedContent } from "./fixtures";

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const maxUrls = 3_000;
const concurrency = 4;
const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const w3cDatetime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** What the crawler learned from one HTML page */
interface HtmlPage {
  lang: string | null;
  dir: string | null;
  title: string;
  h1Count: number;
  canonical: string[];
  /** hreflang → absolute URL */
  alternates: Map<string, string>;
  text: string;
}

interface Visit {
  url: string;
  status: number;
  contentType: string;
  location?: string;
  html?: HtmlPage;
  /** Raw body of a feed or sitemap */
  xml?: string;
}

// ---------------------------------------------------------------------------------------------
// Drafts and scheduled items, from the seed content the in-memory database is filled with

interface HiddenItem {
  edition: string;
  path: string;
  slug: string;
  title: string;
}

function hiddenItems(): HiddenItem[] {
  const hidden: HiddenItem[] = [];
  for (const { code } of editions) {
    for (const article of seedContent(code).articles) {
      if ((article.status ?? "published") !== "published" || article.hoursAgo < 0) {
        hidden.push({ edition: code, path: `/${code}/articles/${article.slug}`, slug: article.slug, title: article.title });
      }
    }
    const media = mediaContent[code];
    if (!media) continue;
    // Media and publications carry no status in the seed (media-content/types.ts): one published in the
    // future (hoursAgo < 0) is a scheduled item; a status, should the type grow one, counts too
    for (const [kind, items] of Object.entries(media)) {
      const section = ["books", "newsletter", "pars-brief"].includes(kind) ? "publications" : "media";
      for (const item of items as { slug: string; title: string; hoursAgo: number; status?: string }[]) {
        if ((item.status ?? "published") !== "published" || item.hoursAgo < 0) {
          hidden.push({ edition: code, path: `/${code}/${section}/${kind}/${item.slug}`, slug: item.slug, title: item.title });
        }
      }
    }
  }
  return hidden.map((item) => ({ ...item, path: item.path.normalize("NFC"), slug: item.slug.normalize("NFC") }));
}

// ---------------------------------------------------------------------------------------------
// Reading HTML with parse5

function attribute(element: Element, name: string): string | null {
  return element.attrs.find((candidate) => candidate.name === name)?.value ?? null;
}

function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if ("tagName" in child) {
      yield child;
      // <template> content is not part of the document
      yield* elements(child);
    }
  }
}

function textContent(node: ParentNode): string {
  let text = "";
  for (const child of node.childNodes) {
    if (child.nodeName === "#text") text += (child as DefaultTreeAdapterTypes.TextNode).value;
    else if ("childNodes" in child && child.nodeName !== "script" && child.nodeName !== "style") text += textContent(child);
  }
  return text;
}

function readHtml(source: string, base: string, discovered: (href: string, kind: "page" | "asset") => void): HtmlPage {
  const document = parse(source);
  const all = [...elements(document)];
  const html = all.find((element) => element.tagName === "html")!;
  const head = all.find((element) => element.tagName === "head");
  const body = all.find((element) => element.tagName === "body");
  const absolute = (href: string) => new URL(href, base).href;
  const page: HtmlPage = {
    lang: attribute(html, "lang"),
    dir: attribute(html, "dir"),
    title: head ? [...elements(head)].filter((element) => element.tagName === "title").map(textContent).join("").trim() : "",
    h1Count: all.filter((element) => element.tagName === "h1").length,
    canonical: [],
    alternates: new Map(),
    text: body ? textContent(body).normalize("NFC") : "",
  };
  for (const element of all) {
    const href = attribute(element, "href");
    if (element.tagName === "a" && href !== null) discovered(href, "page");
    if (element.tagName === "img" && attribute(element, "src")) discovered(attribute(element, "src")!, "asset");
    if (element.tagName !== "link" || href === null) continue;
    const rel = (attribute(element, "rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("canonical")) {
      page.canonical.push(absolute(href));
      discovered(href, "page");
    }
    if (rel.includes("alternate")) {
      const hreflang = attribute(element, "hreflang");
      if (hreflang !== null) page.alternates.set(hreflang, absolute(href));
      discovered(href, "page");
    }
  }
  return page;
}

// ---------------------------------------------------------------------------------------------
// Reading feeds and sitemaps with fast-xml-parser, and checking them against their formats

type XmlNode = Record<string, unknown>;
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["item", "url", "sitemap", "xhtml:link", "category", "atom:link"].includes(name),
});

const textOf = (node: unknown): string =>
  typeof node === "object" && node !== null ? String((node as XmlNode)["#text"] ?? "") : String(node ?? "");

/** Problems of an RSS 2.0 feed (RSS 2.0 specification, Atom self link as the RSS Advisory Board recommends) */
function feedProblems(url: string, xml: string, origin: string, discovered: (href: string) => void): string[] {
  const problems: string[] = [];
  const validation = XMLValidator.validate(xml);
  if (validation !== true) return [`${url}: not well-formed XML: ${validation.err.msg} (line ${validation.err.line})`];
  const rss = xmlParser.parse(xml).rss as XmlNode | undefined;
  if (!rss || rss["@version"] !== "2.0") return [`${url}: root is not <rss version="2.0">`];
  const channel = rss.channel as XmlNode | undefined;
  if (!channel || Array.isArray(channel)) return [`${url}: not exactly one <channel>`];
  for (const name of ["title", "link", "description"]) {
    if (!textOf(channel[name]).trim()) problems.push(`${url}: <channel> has no <${name}>`);
  }
  discovered(textOf(channel.link));
  const self = ((channel["atom:link"] ?? []) as XmlNode[]).find((link) => link["@rel"] === "self");
  if (self?.["@href"] !== url) problems.push(`${url}: atom:link rel=self is ${String(self?.["@href"])}`);
  if (channel["atom:link"] && rss["@xmlns:atom"] !== "http://www.w3.org/2005/Atom") problems.push(`${url}: atom namespace not declared`);
  if (channel.lastBuildDate !== undefined && !rfc822.test(textOf(channel.lastBuildDate))) problems.push(`${url}: lastBuildDate is not RFC 822`);
  const guids = new Set<string>();
  for (const item of (channel.item ?? []) as XmlNode[]) {
    const link = textOf(item.link);
    if (!textOf(item.title) && !textOf(item.description)) problems.push(`${url}: an item has neither title nor description`);
    if (!link.startsWith(`${origin}/`)) problems.push(`${url}: item link ${link} is not an absolute address on the site`);
    const guid = textOf(item.guid);
    if (!guid || guids.has(guid)) problems.push(`${url}: item guid "${guid}" missing or repeated`);
    guids.add(guid);
    if (!rfc822.test(textOf(item.pubDate))) problems.push(`${url}: item pubDate "${textOf(item.pubDate)}" is not RFC 822`);
    discovered(link);
  }
  return problems;
}

/** Problems of a sitemap or sitemap index (sitemaps.org protocol 0.9, with xhtml:link hreflang alternates) */
function sitemapProblems(url: string, xml: string, origin: string, discovered: (href: string) => void): string[] {
  const problems: string[] = [];
  const validation = XMLValidator.validate(xml);
  if (validation !== true) return [`${url}: not well-formed XML: ${validation.err.msg} (line ${validation.err.line})`];
  if (new TextEncoder().encode(xml).length > 50 * 1024 * 1024) problems.push(`${url}: larger than 50 MB`);
  const document = xmlParser.parse(xml) as XmlNode;
  const root = (document.urlset ?? document.sitemapindex) as XmlNode | undefined;
  if (!root) return [`${url}: root is neither <urlset> nor <sitemapindex>`];
  if (root["@xmlns"] !== sitemapNamespace) problems.push(`${url}: not in the sitemaps.org namespace`);
  const entries = ((document.urlset ? root.url : root.sitemap) ?? []) as XmlNode[];
  if (entries.length > 50_000) problems.push(`${url}: more than 50,000 entries`);
  const seen = new Set<string>();
  for (const entry of entries) {
    const loc = textOf(entry.loc);
    // Every address of a sitemap is absolute, on the sitemap's own site, under 2,048 characters, once
    if (!loc.startsWith(`${origin}/`) || loc.length >= 2048) problems.push(`${url}: <loc>${loc}</loc> is not an absolute address on the site`);
    if (seen.has(loc)) problems.push(`${url}: ${loc} is listed twice`);
    seen.add(loc);
    if (entry.lastmod !== undefined && !w3cDatetime.test(textOf(entry.lastmod))) problems.push(`${url}: lastmod of ${loc} is not a W3C datetime`);
    discovered(loc);
    const links = (entry["xhtml:link"] ?? []) as XmlNode[];
    if (links.length > 0 && root["@xmlns:xhtml"] !== "http://www.w3.org/1999/xhtml") problems.push(`${url}: xhtml namespace not declared`);
    for (const link of links) {
      if (link["@rel"] !== "alternate" || !link["@hreflang"]) problems.push(`${url}: an alternate of ${loc} has no rel=alternate or hreflang`);
      discovered(String(link["@href"]));
    }
    // A page's own address is among its alternates, and an x-default goes with them (Google's rules)
    if (links.length > 0) {
      const hreflangs = links.map((link) => String(link["@hreflang"]));
      if (!links.some((link) => link["@href"] === loc)) problems.push(`${url}: ${loc} is not among its own alternates`);
      if (!hreflangs.includes("x-default")) problems.push(`${url}: ${loc} has alternates but no x-default`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The crawl

interface CrawlResult {
  visits: Map<string, Visit>;
  /** URL → the page that printed it first */
  referrers: Map<string, string>;
  /** Addresses printed in feeds and sitemaps */
  listed: Set<string>;
  formatProblems: string[];
  truncated: boolean;
}

async function crawl(request: APIRequestContext, origin: string): Promise<CrawlResult> {
  const visits = new Map<string, Visit>();
  const referrers = new Map<string, string>();
  const listed = new Set<string>();
  const formatProblems: string[] = [];
  const queue: { url: string; kind: "page" | "asset" }[] = [];
  let truncated = false;

  const enqueue = (href: string, from: string, kind: "page" | "asset" = "page") => {
    if (!href || /^(mailto|tel|javascript|data):/i.test(href)) return;
    let url: URL;
    try {
      url = new URL(href, from);
    } catch {
      formatProblems.push(`${from}: unparseable address ${href}`);
      return;
    }
    if (url.origin !== origin) return;
    url.hash = "";
    const key = url.href;
    if (referrers.has(key)) return;
    if (referrers.size >= maxUrls) {
      truncated = true;
      return;
    }
    referrers.set(key, from);
    queue.push({ url: key, kind: url.pathname.startsWith("/files/") ? "asset" : kind });
  };

  const seeds = [...editions.map(({ code }) => `/${code}`), "/sitemap.xml", ...editions.flatMap(({ code }) => [`/sitemaps/${code}.xml`, `/${code}/feed.xml`])];
  for (const seed of seeds) enqueue(seed, `${origin}/`);

  const visit = async ({ url, kind }: { url: string; kind: "page" | "asset" }) => {
    // Assets (publication PDFs, pictures) are asked for their status only; their bodies are never read
    const response = kind === "asset" ? await request.head(url, { maxRedirects: 0 }) : await request.get(url, { maxRedirects: 0 });
    const headers = response.headers();
    const record: Visit = { url, status: response.status(), contentType: headers["content-type"] ?? "" };
    if (headers["location"]) {
      record.location = new URL(headers["location"], url).href;
      enqueue(record.location, url, kind);
    }
    if (kind === "page" && response.status() === 200) {
      const body = await response.text();
      const pathname = new URL(url).pathname;
      if (record.contentType.startsWith("text/html")) {
        record.html = readHtml(body, url, (href, linkKind) => enqueue(href, url, linkKind));
      } else if (record.contentType.startsWith("application/rss+xml")) {
        record.xml = body;
        formatProblems.push(...feedProblems(url, body, origin, (href) => (listed.add(href), enqueue(href, url))));
      } else if (/\.xml$/.test(pathname) && record.contentType.startsWith("application/xml")) {
        record.xml = body;
        formatProblems.push(...sitemapProblems(url, body, origin, (href) => (listed.add(href), enqueue(href, url))));
      }
    } else {
      await response.dispose();
    }
    visits.set(url, record);
  };

  // A fixed pool of workers takes addresses from the one queue until it is empty and nobody is busy
  let busy = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const next = queue.shift();
        if (next) {
          busy++;
          try {
            await visit(next);
          } finally {
            busy--;
          }
        } else if (busy === 0) {
          return;
        } else {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    }),
  );
  return { visits, referrers, listed, formatProblems, truncated };
}

const decodedPath = (url: string) => {
  const { pathname } = new URL(url);
  try {
    return decodeURIComponent(pathname).normalize("NFC");
  } catch {
    return pathname;
  }
};

test.describe("a crawler walking the whole site", () => {
  test("finds every page it is linked to, each canonical, reciprocally translated, in its edition's language, and no unpublished item", async ({ request, baseURL }) => {
    test.setTimeout(10 * 60_000);
    const origin = new URL(baseURL!).origin;
    const started = Date.now();
    const { visits, referrers, listed, formatProblems, truncated } = await crawl(request, origin);
    const from = (url: string) => `${url} (linked from ${referrers.get(url)})`;

    // The summary: how much was walked and what it answered
    const byStatus = new Map<number, number>();
    for (const visit of visits.values()) byStatus.set(visit.status, (byStatus.get(visit.status) ?? 0) + 1);
    const pages = [...visits.values()].filter((visit) => visit.html);
    console.log(
      `crawl: ${visits.size} URLs in ${((Date.now() - started) / 1000).toFixed(1)} s; ${pages.length} HTML pages, ` +
        `${[...visits.values()].filter((visit) => visit.xml).length} feeds and sitemaps; by status: ` +
        [...byStatus].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(", "),
    );
    for (const visit of visits.values()) {
      if (visit.status === 301) console.log(`crawl: 301 ${from(visit.url)} → ${visit.location}`);
    }

    expect(truncated, `more than ${maxUrls} URLs: the crawl stopped early`).toBe(false);
    // Every edition's pages were reached, not just the seeds: each published article, media item and publication
    const reached = new Set(pages.map((visit) => decodedPath(visit.url)));
    const hiddenPaths = new Set(hiddenItems().map((item) => item.path));
    for (const { code } of editions) {
      const expected = [
        ...seedContent(code).articles.map((article) => `/${code}/articles/${article.slug}`),
        ...Object.entries(mediaContent[code] ?? {}).flatMap(([kind, items]: [string, { slug: string }[]]) =>
          items.map((item) => `/${code}/${["books", "newsletter", "pars-brief"].includes(kind) ? "publications" : "media"}/${kind}/${item.slug}`),
        ),
      ].map((path) => path.normalize("NFC"));
      expect(expected.filter((path) => !hiddenPaths.has(path) && !reached.has(path)), `${code} items no link leads to`).toEqual([]);
    }

    await test.step("every address the site prints answers 200, or 301 to its canonical form (302 only for /)", () => {
      const problems: string[] = [];
      for (const visit of visits.values()) {
        const { pathname } = new URL(visit.url);
        if (visit.status === 200) continue;
        if (visit.status === 302 && pathname === "/") continue;
        if (visit.status === 301 && visit.location) {
          const target = visits.get(visit.location);
          if (target?.status === 200 && (!target.html || target.html.canonical[0] === visit.location)) continue;
          problems.push(`${from(visit.url)}: 301 to ${visit.location}, which answers ${target?.status} with canonical ${target?.html?.canonical[0]}`);
          continue;
        }
        problems.push(`${from(visit.url)}: ${visit.status}`);
      }
      expect.soft(problems).toEqual([]);
    });

    await test.step("every page names exactly one canonical URL, which answers 200 and names itself", () => {
      const problems: string[] = [];
      for (const visit of pages) {
        const { canonical } = visit.html!;
        if (canonical.length !== 1) {
          problems.push(`${from(visit.url)}: ${canonical.length} canonical links`);
          continue;
        }
        const target = visits.get(canonical[0]!);
        if (target?.status !== 200 || target.html?.canonical[0] !== canonical[0]) {
          problems.push(`${visit.url}: canonical ${canonical[0]} answers ${target?.status} and names ${target?.html?.canonical.join(" ")}`);
        }
      }
      expect.soft(problems).toEqual([]);
    });

    await test.step("every hreflang alternate exists and links back, with itself and an x-default among them", () => {
      const problems: string[] = [];
      for (const visit of pages) {
        const { alternates, canonical } = visit.html!;
        if (alternates.size === 0) continue;
        const self = canonical[0]!;
        if (!alternates.has("x-default")) problems.push(`${visit.url}: alternates without x-default`);
        const edition = new URL(visit.url).pathname.split("/")[1]!;
        if (alternates.get(edition) !== self) problems.push(`${visit.url}: its own alternate (${edition}) is ${alternates.get(edition)}, not its canonical ${self}`);
        for (const [hreflang, href] of alternates) {
          if (hreflang !== "x-default" && !findEdition(hreflang)) problems.push(`${visit.url}: hreflang ${hreflang} is no edition`);
          const target = visits.get(href);
          if (target?.status !== 200 || !target.html) {
            problems.push(`${visit.url}: alternate ${hreflang} ${href} answers ${target?.status}`);
            continue;
          }
          if (hreflang === "x-default") continue;
          // Reciprocal: the other version names this page, by its canonical URL, as the version in this edition
          if (target.html.alternates.get(edition) !== self) {
            problems.push(`${visit.url}: alternate ${hreflang} ${href} points back to ${target.html.alternates.get(edition)} for ${edition}, not ${self}`);
          }
        }
      }
      expect.soft(problems).toEqual([]);
    });

    await test.step("every page has one <h1>, a <title>, and the lang and dir of its edition", () => {
      const problems: string[] = [];
      for (const visit of pages) {
        const { lang, dir, title, h1Count } = visit.html!;
        const edition = findEdition(new URL(visit.url).pathname.split("/")[1]);
        if (!edition) {
          problems.push(`${from(visit.url)}: an HTML page outside the editions`);
          continue;
        }
        if (h1Count !== 1) problems.push(`${visit.url}: ${h1Count} <h1> elements`);
        if (!title) problems.push(`${visit.url}: empty <title>`);
        if (lang !== edition.code || dir !== edition.dir) problems.push(`${visit.url}: <html lang="${lang}" dir="${dir}">, expected ${edition.code} ${edition.dir}`);
      }
      expect.soft(problems).toEqual([]);
    });

    await test.step("no draft and no scheduled article, media item or publication is linked, listed or shown", () => {
      const hidden = hiddenItems();
      // The demo content has drafts and scheduled articles in every edition: this step checks something
      expect(hidden.filter((item) => item.path.includes("/articles/")).length).toBeGreaterThanOrEqual(editions.length * 2);
      const hiddenPaths = new Map(hidden.map((item) => [item.path, item]));
      const problems: string[] = [];
      for (const url of referrers.keys()) {
        const item = hiddenPaths.get(decodedPath(url));
        if (item) problems.push(`${from(url)}${listed.has(url) ? " (in a feed or sitemap)" : ""}: ${item.edition} "${item.title}" is not published`);
      }
      for (const visit of visits.values()) {
        for (const item of hidden) {
          const body = visit.xml ?? "";
          if (body && (body.includes(`/${encodeURIComponent(item.slug)}<`) || body.includes(item.title))) {
            problems.push(`${visit.url} mentions unpublished ${item.path}`);
          }
          if (visit.html?.text.includes(item.title.normalize("NFC"))) problems.push(`${visit.url} shows the title of unpublished ${item.path}`);
        }
      }
      expect.soft(problems).toEqual([]);
    });

    await test.step("every feed and sitemap found is valid RSS 2.0 or sitemaps.org XML", () => {
      const feeds = [...visits.values()].filter((visit) => visit.contentType.startsWith("application/rss+xml"));
      // Each edition's feed at least (and any category or series feed a page's head names)
      expect(feeds.length).toBeGreaterThanOrEqual(editions.length);
      expect.soft(formatProblems).toEqual([]);
    });
  });
});
