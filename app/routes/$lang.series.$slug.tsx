import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { Pagination } from "~/components/Pagination";
import { SeriesIssueList } from "~/components/SeriesIssueList";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { issuesInSeries } from "~/models/articles.server";
import { seriesBySlug, seriesVersions } from "~/models/series.server";
import { notFound, pageNumber, requireEdition, requireExistingPage, requireSlug } from "~/routing/params.server";
import { requireCanonical } from "~/routing/canonical.server";
import { href } from "~/routing/href";
import { buildEditionLinks } from "~/routing/edition-links.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";

export const handle = { i18n: ["article"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const page = pageNumber(request);
  const series = await seriesBySlug(edition.code, requireSlug(params));
  if (!series) throw notFound();
  const path = requireCanonical(request, href(edition.code, "series", series.slug), { page });
  const [listing, t, versionRows] = await Promise.all([
    issuesInSeries(edition.code, series.id, page),
    translatorFor(request, edition.code, ["common", "article"]),
    seriesVersions(series.id),
  ]);
  const versions = Object.fromEntries(versionRows.map((row) => [row.edition, href(row.edition, "series", row.slug)]));
  requireExistingPage(page, listing.pageCount);
  const breadcrumbs = [{ name: series.title, path }];
  const title = page > 1 ? t("article:listing.titlePaged", { title: series.title, page }) : series.title;
  return {
    edition: edition.code,
    title,
    seo: buildPageSeo(request, edition, {
      title,
      siteName: identity.siteName,
      description: series.description || series.title,
      path,
      versions: page === 1 ? versions : {},
      breadcrumbs,
    }),
    breadcrumbs,
    editionLinks: await buildEditionLinks(request, versions),
    series: { title: series.title, slug: series.slug, description: series.description },
    listing,
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function SeriesPage() {
  const { edition: code, breadcrumbs, series, listing, now } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="page-title" className="max-w-4xl">
      <Breadcrumbs trail={breadcrumbs} />
      <h1 id="page-title" className="text-3xl font-bold" data-content>
        {series.title}
      </h1>
      {series.description ? <p className="mt-2 max-w-prose text-stone-700" data-content>
          {series.description}
        </p> : null}
      <SeriesIssueList issues={listing.issues} now={now} />
      <Pagination
        basePath={href(code, "series", series.slug)}
        page={listing.page}
        pageCount={listing.pageCount}
      />
    </section>
  );
}
