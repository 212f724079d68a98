import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { sectionEditionLinks } from "~/routing/edition-links.server";
import { PublicationList } from "~/components/media/PublicationParts";
import { publicationMenuKeys, publicationView } from "~/components/media/publication-view.server";
import { Pagination } from "~/components/Pagination";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { isPublicationKind, publicationListing } from "~/models/publications.server";
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
  if (!isPublicationKind(kind)) throw notFound();
  const page = pageNumber(request);
  const path = requireCanonical(request, href(edition.code, "publicationKind", kind), { page });
  const [listing, t] = await Promise.all([
    publicationListing(edition.code, kind, page),
    translatorFor(request, edition.code, ["common", "nav", "media"]),
  ]);
  requireExistingPage(page, listing.pageCount);
  const title = t(`nav:${publicationMenuKeys[kind]}`);
  const intro = t(`media:intro.${kind}`);
  return {
    seo: buildPageSeo(request, edition, {
      title,
      siteName: identity.siteName,
      description: intro,
      path,
      // Page N of one edition's listing is not page N of another's: only the first pages are counterparts
      ...(page === 1 ? { sameInEveryEdition: (other) => href(other.code, "publicationKind", kind) } : {}),
      breadcrumbs: [{ name: title, path }],
    }),
    edition: edition.code,
    kind,
    title,
    intro,
    publications: listing.publications.map((publication) => publicationView(edition, publication)),
    page: listing.page,
    pageCount: listing.pageCount,
    editionLinks: sectionEditionLinks((code) => href(code, "publicationKind", kind)),
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function PublicationListPage() {
  const { edition: code, kind, title, intro, publications, page, pageCount, now } = useLoaderData<typeof loader>();
  const basePath = href(code, "publicationKind", kind);
  return (
    <section aria-labelledby="page-title" className="max-w-4xl">
      <h1 id="page-title" className="text-3xl font-bold">
        {title}
      </h1>
      <p className="mt-2 text-stone-700">{intro}</p>
      <PublicationList basePath={basePath} publications={publications} now={now} />
      <Pagination basePath={basePath} page={page} pageCount={pageCount} />
    </section>
  );
}
