import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { sectionEditionLinks } from "~/routing/edition-links.server";
import { formatDuration, isoDuration } from "~/components/media/format";
import { MediaGrid, type MediaCard } from "~/components/media/MediaGrid";
import { Pagination } from "~/components/Pagination";
import { getEdition } from "~/editions";
import { remixI18next } from "~/i18n/i18next.server";
import { isMediaKind, mediaListing } from "~/models/media.server";
import { notFound, pageNumber, requireEdition, requireExistingPage } from "~/routing/params.server";

export const handle = { i18n: ["media", "article"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const kind = params.kind;
  if (!isMediaKind(kind)) throw notFound();
  const page = pageNumber(request);
  const [listing, t] = await Promise.all([mediaListing(edition.code, kind, page), remixI18next.getFixedT(edition.code, ["common", "nav", "media"])]);
  requireExistingPage(page, listing.pageCount);
  const items: MediaCard[] = listing.items.map(({ videoDurationSeconds, ...item }) => ({
    ...item,
    duration: videoDurationSeconds !== null ? { text: formatDuration(edition, videoDurationSeconds), iso: isoDuration(videoDurationSeconds) } : null,
  }));
  return {
    edition: edition.code,
    kind,
    brand: t("common:brand"),
    title: t(`nav:${kind}`),
    intro: t(`media:intro.${kind}`),
    items,
    page: listing.page,
    pageCount: listing.pageCount,
    editionLinks: sectionEditionLinks(`media/${kind}`),
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.title} | ${data.brand}` },
        { name: "description", content: data.intro },
      ]
    : [];

export default function MediaListPage() {
  const { edition: code, kind, items, page, pageCount, now } = useLoaderData<typeof loader>();
  const edition = getEdition(code);
  const { t } = useTranslation(["nav", "media"]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" className="text-3xl font-bold">
        {t(`nav:${kind}`)}
      </h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t(`media:intro.${kind}`)}</p>
      <MediaGrid edition={edition} kind={kind} items={items} now={now} />
      <Pagination edition={edition} basePath={`/${code}/media/${kind}`} page={page} pageCount={pageCount} />
    </section>
  );
}
