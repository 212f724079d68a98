import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { ArticleList } from "~/components/ArticleList";
import { Pagination } from "~/components/Pagination";
import { RecentPosts } from "~/components/RecentPosts";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { latestArticles, recentArticles } from "~/models/articles.server";
import { requireCanonical } from "~/routing/canonical.server";
import { href } from "~/routing/href";
import { pageNumber, requireEdition, requireExistingPage } from "~/routing/params.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";

export const handle = { i18n: ["article"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const page = pageNumber(request);
  const path = requireCanonical(request, href(edition.code, "home"), { page });
  const [listing, recent, t] = await Promise.all([
    latestArticles(edition.code, page),
    recentArticles(edition.code, 5),
    translatorFor(request, edition.code, ["common", "article"]),
  ]);
  requireExistingPage(page, listing.pageCount);
  const title = page > 1 ? t("article:home.titlePaged", { page }) : t("article:home.title");
  return {
    edition: edition.code,
    title,
    seo: buildPageSeo(request, edition, {
      title,
      siteName: identity.siteName,
      description: identity.tagline,
      path,
      // Page N of one edition's stream is not page N of another's: only the first pages are counterparts
      ...(page === 1 ? { sameInEveryEdition: (other) => href(other.code, "home") } : {}),
    }),
    listing,
    recent,
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function EditionHome() {
  const { edition: code, listing, recent, now, title } = useLoaderData<typeof loader>();
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <section aria-labelledby="page-title">
        <h1 id="page-title" className="text-3xl font-bold">
          {title}
        </h1>
        <ArticleList articles={listing.articles} now={now} lead={listing.page === 1} />
        <Pagination basePath={href(code, "home")} page={listing.page} pageCount={listing.pageCount} />
      </section>
      <RecentPosts articles={recent} now={now} />
    </div>
  );
}
