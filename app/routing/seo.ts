// Head metadata for every reader page from one description of the page: canonical URL, hreflang
// alternates, Open Graph and Twitter cards, JSON-LD. Loaders build a PageSeo (seo.server.ts);
// each route's meta function is just `seoMeta(data?.seo)`.
import type { MetaDescriptor } from "@remix-run/react";

export interface PageSeo {
  title: string;
  description: string;
  canonicalUrl: string;
  siteName: string;
  /** Every edition that has this page, plus x-default; empty when the page exists in one edition only */
  alternates: { hreflang: string; href: string }[];
  ogLocale: string;
  ogLocaleAlternates: string[];
  ogType: "website" | "article";
  /** A raster image of known size (the item's share card) gets og:image:width and og:image:height */
  image?: { url: string; alt: string; width?: number; height?: number };
  jsonLd: Record<string, unknown>[];
  /** RSS feeds for autodiscovery, besides the edition feed */
  feeds?: { title: string; href: string }[];
}

export function seoMeta(seo: PageSeo | undefined): MetaDescriptor[] {
  if (!seo) return [];
  const descriptors: MetaDescriptor[] = [
    { title: seo.title },
    { name: "description", content: seo.description },
    { tagName: "link", rel: "canonical", href: seo.canonicalUrl },
    ...seo.alternates.map(({ hreflang, href }) => ({ tagName: "link", rel: "alternate", hrefLang: hreflang, href })),
    ...(seo.feeds ?? []).map(({ title, href }) => ({ tagName: "link", rel: "alternate", type: "application/rss+xml", title, href })),
    { property: "og:site_name", content: seo.siteName },
    { property: "og:type", content: seo.ogType },
    { property: "og:title", content: seo.title },
    { property: "og:description", content: seo.description },
    { property: "og:url", content: seo.canonicalUrl },
    { property: "og:locale", content: seo.ogLocale },
    ...seo.ogLocaleAlternates.map((locale) => ({ property: "og:locale:alternate", content: locale })),
    { name: "twitter:card", content: seo.image ? "summary_large_image" : "summary" },
    { name: "twitter:title", content: seo.title },
    { name: "twitter:description", content: seo.description },
  ];
  if (seo.image) {
    descriptors.push(
      { property: "og:image", content: seo.image.url },
      ...(seo.image.width && seo.image.height
        ? [
            { property: "og:image:width", content: String(seo.image.width) },
            { property: "og:image:height", content: String(seo.image.height) },
          ]
        : []),
      { property: "og:image:alt", content: seo.image.alt },
      { name: "twitter:image", content: seo.image.url },
      { name: "twitter:image:alt", content: seo.image.alt },
    );
  }
  for (const document of seo.jsonLd) descriptors.push({ "script:ld+json": document });
  return descriptors;
}
