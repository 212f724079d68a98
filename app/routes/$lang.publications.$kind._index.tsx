import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, type MetaFunction } from "@remix-run/react";
import { sectionEditionLinks } from "~/routing/edition-links.server";
import { PublicationList } from "~/components/media/PublicationParts";
import { publicationMenuKeys, publicationView } from "~/components/media/publication-view.server";
import { Pagination } from "~/components/Pagination";
import { getEdition } from "~/editions";
import { remixI18next } from "~/i18n/i18next.server";
import { isPublicationKind, publicationListing } from "~/models/publications.server";
import { notFound, pageNumber, requireEdition, requireExistingPage } from "~/routing/params.server";

export const handle = { i18n: ["media", "article"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const kind = params.kind;
  if (!isPublicationKind(kind)) throw notFound();
  const page = pageNumber(request);
  const [listing, t] = await Promise.all([
    publicationListing(edition.code, kind, page),
    remixI18next.getFixedT(edition.code, ["common", "nav", "media"]),
  ]);
  requireExistingPage(page, listing.pageCount);
  return {
    edition: edition.code,
    kind,
    brand: t("common:brand"),
    title: t(`nav:${publicationMenuKeys[kind]}`),
    intro: t(`media:intro.${kind}`),
    publications: listing.publications.map((publication) => publicationView(edition, publication)),
    page: listing.page,
    pageCount: listing.pageCount,
    editionLinks: sectionEditionLinks(`publications/${kind}`),
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.title} | ${data.brand}` }, { name: "description", content: data.intro }] : [];

export default function PublicationListPage() {
  const { edition: code, kind, title, intro, publications, page, pageCount, now } = useLoaderData<typeof loader>();
  const edition = getEdition(code);
  const basePath = `/${code}/publications/${kind}`;
  return (
    <section aria-labelledby="page-title" className="max-w-4xl">
      <h1 id="page-title" className="text-3xl font-bold">
        {title}
      </h1>
      <p className="mt-2 text-stone-700">{intro}</p>
      <PublicationList edition={edition} basePath={basePath} publications={publications} now={now} />
      <Pagination edition={edition} basePath={basePath} page={page} pageCount={pageCount} />
    </section>
  );
}
