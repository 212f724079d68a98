// Builds the PageSeo (seo.ts) of a reader page in its loader: canonical URL, reciprocal hreflang
// alternates with x-default, Open Graph locale and alternates, BreadcrumbList JSON-LD.
import { editions, type Edition } from "~/editions";
import { hreflangAlternates } from "~/xml/hreflang";
import { siteOrigin } from "./params.server";
import type { PageSeo } from "./seo";

export interface PageSeoOptions {
  title: string;
  siteName: string;
  description: string;
  /** Canonical path with its query, as requireCanonical() returned it */
  path: string;
  /**
   * The same page in other editions (edition code → path). Pages every edition has (home, archive,
   * about) pass `sameInEveryEdition`; an article passes its translations.
   */
  versions?: Record<string, string>;
  sameInEveryEdition?: (edition: Edition) => string;
  ogType?: "website" | "article";
  image?: { src: string; alt: string };
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
    const trail = [{ name: options.homeName ?? options.siteName, path: `/${edition.code}` }, ...options.breadcrumbs];
    jsonLd.push({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: trail.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: absolute(crumb.path) })),
    });
  }
  return {
    title: `${options.title} | ${options.siteName}`,
    siteName: options.siteName,
    description: options.description,
    canonicalUrl: absolute(options.path),
    alternates,
    ogLocale: edition.ogLocale,
    // In the editions' order, as the hreflang alternates: never the order the translations were read in
    ogLocaleAlternates: editions.filter((other) => other.code !== edition.code && other.code in versions).map((other) => other.ogLocale),
    ogType: options.ogType ?? "website",
    image: options.image ? { url: absolute(options.image.src), alt: options.image.alt } : undefined,
    jsonLd,
  };
}
