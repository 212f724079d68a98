// Builds the PageSeo (seo.ts) of a reader page in its loader: canonical URL, reciprocal hreflang
// alternates with x-default, Open Graph locale and alternates, BreadcrumbList JSON-LD.
import { editions, type Edition } from "~/editions";
import type { SiteIdentity } from "~/identity/site-identity";
import { plainTextFromMarkdown } from "~/search/highlight";
import { truncateAtWord } from "~/utils/truncate";
import { hreflangAlternates } from "~/xml/hreflang";
import { href } from "./href";
import { siteOrigin } from "./params.server";
import type { PageSeo } from "./seo";

export interface PageSeoOptions {
  title: string;
  siteName: string;
  /** The item's summary; when empty, the start of `body` stands in, else the title */
  description: string;
  /** The item's text as Markdown (an article's body) */
  body?: string;
  /** Canonical path with its query, as requireCanonical() returned it */
  path: string;
  /**
   * The same page in other editions (edition code → path). Pages every edition has (home, archive,
   * about) pass `sameInEveryEdition`; an article passes its translations.
   */
  versions?: Record<string, string>;
  sameInEveryEdition?: (edition: Edition) => string;
  ogType?: "website" | "article";
  image?: { src: string; alt: string; width?: number; height?: number };
  /** Trail from the edition home to this page (the home itself is added first) */
  breadcrumbs?: { name: string; path: string }[];
  homeName?: string;
  jsonLd?: Record<string, unknown>[];
}

export function buildPageSeo(request: Request, edition: Edition, options: PageSeoOptions): PageSeo {
  const origin = siteOrigin(request);
  const absolute = (path: string) => (/^https?:/.test(path) ? path : `${origin}${path}`);
  const versions: Record<string, string> = options.sameInEveryEdition
    ? Object.fromEntries(editions.map((other) => [other.code, options.sameInEveryEdition!(other)]))
    : { ...(options.versions ?? {}) };
  versions[edition.code] = options.path;
  const versionList = Object.entries(versions).map(([code, path]) => ({ edition: code, url: absolute(path) }));
  const alternates =
    versionList.length > 1
      ? hreflangAlternates({ edition: edition.code, url: absolute(options.path) }, versionList).map(({ hreflang, url }) => ({ hreflang, href: url }))
      : [];
  const jsonLd = [...(options.jsonLd ?? [])];
  if (options.breadcrumbs?.length) {
    const trail = [{ name: options.homeName ?? options.siteName, path: href(edition, "home") }, ...options.breadcrumbs];
    jsonLd.push({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: trail.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: absolute(crumb.path) })),
    });
  }
  return {
    title: `${options.title} | ${options.siteName}`,
    siteName: options.siteName,
    description: metaDescription(options.description, options.body) || options.title,
    canonicalUrl: absolute(options.path),
    alternates,
    ogLocale: edition.ogLocale,
    // In the editions' order, as the hreflang alternates: never the order the translations were read in
    ogLocaleAlternates: editions.filter((other) => other.code !== edition.code && other.code in versions).map((other) => other.ogLocale),
    ogType: options.ogType ?? "website",
    image: options.image
      ? { url: absolute(options.image.src), alt: options.image.alt, width: options.image.width, height: options.image.height }
      : undefined,
    jsonLd,
  };
}

/** Search engines show about 160 characters of a description */
const descriptionLength = 160;

/** The summary as written; without one, the start of the body as plain text, cut at a word */
export function metaDescription(summary: string, bodyMarkdown = ""): string {
  const written = summary.replace(/\s+/g, " ").trim();
  return written || truncateAtWord(plainTextFromMarkdown(bodyMarkdown), descriptionLength);
}

/** The JSON-LD `publisher` of the site's pages: its name in the edition and its logo (the site's icon until an admin sets one) */
export function publisherJsonLd(request: Request, identity: SiteIdentity): Record<string, unknown> {
  const origin = siteOrigin(request);
  const { logo } = identity;
  const size = logo?.width && logo.height ? { width: logo.width, height: logo.height } : {};
  return { "@type": "Organization", name: identity.siteName, logo: { "@type": "ImageObject", url: `${origin}${logo?.src ?? "/favicon.svg"}`, ...size } };
}
