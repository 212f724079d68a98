import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { ArticleList } from "~/components/ArticleList";
import { Pagination } from "~/components/Pagination";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { latestArticles } from "~/models/articles.server";
import { pageNumber, requireEdition, requireExistingPage } from "~/routing/params.server";
import { requireCanonical } from "~/routing/canonical.server";
import { href } from "~/routing/href";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";

export const handle = { i18n: ["article"] };

/** The archive: every published article of the edition, newest first, ten a page like the home page */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const page = pageNumber(request);
  const path = requireCanonical(request, href(edition.code, "articles"), { page });
  const [listing, t] = await Promise.all([
    latestArticles(edition.code, page),
    translatorFor(request, edition.code, ["common", "article"]),
  ]);
  requireExistingPage(page, listing.pageCount);
  const heading = t("article:archive.title");
  const title = page > 1 ? t("article:listing.titlePaged", { title: heading, page }) : heading;
  return {
    edition: edition.code,
    heading,
    title,
    seo: buildPageSeo(request, edition, {
      title,
      siteName: identity.siteName,
      description: identity.tagline,
      path,
      ...(page === 1 ? { sameInEveryEdition: (other) => href(other.code, "articles") } : {}),
      breadcrumbs: [{ name: heading, path }],
    }),
    listing,
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function ArchivePage() {
  const { edition: code, heading, listing, now } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="page-title" className="max-w-4xl">
      <h1 id="page-title" className="text-3xl font-bold">
        {heading}
      </h1>
      <ArticleList articles={listing.articles} now={now} />
      <Pagination basePath={href(code, "articles")} page={listing.page} pageCount={listing.pageCount} />
    </section>
  );
}
