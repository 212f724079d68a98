import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { Pagination } from "~/components/Pagination";
import { SeriesIssueList } from "~/components/SeriesIssueList";
import { getEdition } from "~/editions";
import { remixI18next } from "~/i18n/i18next.server";
import { issuesInSeries } from "~/models/articles.server";
import { seriesBySlug } from "~/models/series.server";
import { notFound, pageNumber, requireEdition, requireExistingPage, requireSlug } from "~/routing/params.server";

export const handle = { i18n: ["article"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const page = pageNumber(request);
  const series = await seriesBySlug(edition.code, requireSlug(params));
  if (!series) throw notFound();
  const [listing, t] = await Promise.all([
    issuesInSeries(edition.code, series.id, page),
    remixI18next.getFixedT(edition.code, ["common", "article"]),
  ]);
  requireExistingPage(page, listing.pageCount);
  return {
    edition: edition.code,
    title: page > 1 ? t("article:listing.titlePaged", { title: series.title, page }) : series.title,
    brand: t("common:brand"),
    series: { title: series.title, slug: series.slug, description: series.description },
    listing,
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.title} | ${data.brand}` },
        { name: "description", content: data.series.description },
      ]
    : [];

export default function SeriesPage() {
  const { edition: code, series, listing, now } = useLoaderData<typeof loader>();
  const edition = getEdition(code);
  return (
    <section aria-labelledby="page-title" className="max-w-4xl">
      <h1 id="page-title" className="text-3xl font-bold">
        {series.title}
      </h1>
      {series.description ? <p className="mt-2 max-w-prose text-stone-700">{series.description}</p> : null}
      <SeriesIssueList edition={edition} issues={listing.issues} now={now} />
      <Pagination
        edition={edition}
        basePath={`/${code}/series/${encodeURIComponent(series.slug)}`}
        page={listing.page}
        pageCount={listing.pageCount}
      />
    </section>
  );
}
