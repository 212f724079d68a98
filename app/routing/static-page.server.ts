// A static page (the `pages` table) as its reader route shows it: /<lng>/about, and any other page an
// editor made, at /<lng>/<slug> (app/routes/$lang.$.tsx).
import { siteIdentity } from "~/models/site-identity.server";
import { linkedPageSlugs, pageBySlug } from "~/models/pages.server";
import type { Edition } from "~/editions";
import { renderMarkdown } from "~/utils/markdown.server";
import { requireCanonical } from "./canonical.server";
import { href } from "./href";
import { notFound } from "./params.server";
import { buildPageSeo } from "./seo.server";

export async function loadStaticPage(request: Request, edition: Edition, slug: string) {
  const identity = await siteIdentity(edition.code);
  const page = await pageBySlug(edition.code, slug);
  if (!page) throw notFound();
  const path = requireCanonical(request, href(edition.code, "staticPage", slug));
  return {
    title: page.title,
    seo: buildPageSeo(request, edition, {
      title: page.title,
      siteName: identity.siteName,
      description: identity.tagline,
      path,
      // The pages the site links to exist in every edition; another page only where an editor wrote it
      ...(linkedPageSlugs.includes(slug) ? { sameInEveryEdition: (other: Edition) => href(other.code, "staticPage", slug) } : {}),
      breadcrumbs: [{ name: page.title, path }],
    }),
    bodyHtml: renderMarkdown(page.body),
  };
}
