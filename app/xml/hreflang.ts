// hreflang alternates for one page: every edition that has it (itself included) and x-default, the
// version for readers whose language no edition serves: the default edition's when it has one.
import { defaultEdition, editionCodes } from "~/editions";
import type { SitemapAlternate } from "./sitemap.server";

export interface PageVersion {
  edition: string;
  url: string;
}

export function hreflangAlternates(self: PageVersion, versions: PageVersion[]): SitemapAlternate[] {
  const known = versions
    .filter((version) => editionCodes.includes(version.edition))
    .sort((a, b) => editionCodes.indexOf(a.edition) - editionCodes.indexOf(b.edition));
  if (!known.some((version) => version.edition === self.edition)) known.unshift(self);
  const fallback = known.find((version) => version.edition === defaultEdition.code) ?? self;
  return [
    ...known.map((version) => ({ hreflang: version.edition, url: version.url })),
    { hreflang: "x-default", url: fallback.url },
  ];
}
