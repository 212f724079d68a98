import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { sectionEditionLinks } from "~/routing/edition-links.server";
import { formatDuration, isoDuration } from "~/components/media/format";
import { MediaGrid, type MediaCard } from "~/components/media/MediaGrid";
import { Pagination } from "~/components/Pagination";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { isMediaKind, mediaListing } from "~/models/media.server";
import { requireCanonical } from "~/routing/canonical.server";
import { href } from "~/routing/href";
import { notFound, pageNumber, requireEdition, requireExistingPage } from "~/routing/params.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";

export const handle = { i18n: ["media", "article"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const kind = params.kind;
  if (!isMediaKind(kind)) throw notFound();
  const page = pageNumber(request);
  const path = requireCanonical(request, href(edition.code, "mediaKind", kind), { page });
  const [listing, t] = await Promise.all([mediaListing(edition.code, kind, page), translatorFor(request, edition.code, ["common", "nav", "media"])]);
  requireExistingPage(page, listing.pageCount);
  const items: MediaCard[] = listing.items.map(({ videoDurationSeconds, ...item }) => ({
    ...item,
    duration: videoDurationSeconds !== null ? { text: formatDuration(edition, videoDurationSeconds), iso: isoDuration(videoDurationSeconds) } : null,
  }));
  const title = t(`nav:${kind}`);
  const intro = t(`media:intro.${kind}`);
  return {
    seo: buildPageSeo(request, edition, {
      title,
      siteName: identity.siteName,
      description: intro,
      path,
      // Page N of one edition's listing is not page N of another's: only the first pages are counterparts
      ...(page === 1 ? { sameInEveryEdition: (other) => href(other.code, "mediaKind", kind) } : {}),
      breadcrumbs: [{ name: title, path }],
    }),
    edition: edition.code,
    kind,
    items,
    page: listing.page,
    pageCount: listing.pageCount,
    editionLinks: sectionEditionLinks((code) => href(code, "mediaKind", kind)),
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function MediaListPage() {
  const { edition: code, kind, items, page, pageCount, now } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["nav", "media"]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" className="text-3xl font-bold">
        {t(`nav:${kind}`)}
      </h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t(`media:intro.${kind}`)}</p>
      <MediaGrid kind={kind} items={items} now={now} />
      <Pagination basePath={href(code, "mediaKind", kind)} page={page} pageCount={pageCount} />
    </section>
  );
}
