import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, type MetaFunction } from "@remix-run/react";
import { buildEditionLinks } from "~/routing/edition-links.server";
import { requireCanonical } from "~/routing/canonical.server";
import { href } from "~/routing/href";
import { PublicationDetails, TableOfContents } from "~/components/media/PublicationParts";
import { publicationMenuKeys, publicationView } from "~/components/media/publication-view.server";
import { ShareLinks } from "~/components/ShareLinks";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { isPublicationKind, publicationBySlug, publicationMovedTo, publicationTranslations } from "~/models/publications.server";
import { notFound, requireEdition, requireSlug, siteOrigin } from "~/routing/params.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";
import { publicationCardSubject, shareCardImage } from "~/share-cards/share-card.server";

export const handle = { i18n: ["media"] };

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const kind = params.kind;
  if (!isPublicationKind(kind)) throw notFound();
  const slug = requireSlug(params);
  const publication = await publicationBySlug(edition.code, kind, slug);
  if (!publication) {
    // An address the item had before an editor changed its slug
    const movedTo = await publicationMovedTo(edition.code, kind, slug);
    throw movedTo ? redirect(href(edition.code, "publication", kind, movedTo), 301) : notFound();
  }
  const [translations, t] = await Promise.all([
    publicationTranslations(publication.translationGroup, kind),
    translatorFor(request, edition.code, ["common", "nav"]),
  ]);
  const path = requireCanonical(request, href(edition.code, "publication", kind, publication.slug));
  const versions = Object.fromEntries(
    translations.map((translation) => [translation.edition, href(translation.edition, "publication", kind, translation.slug)]),
  );
  const sectionTitle = t(`nav:${publicationMenuKeys[kind]}`);
  return {
    seo: buildPageSeo(request, edition, {
      title: `${publication.title} | ${sectionTitle}`,
      siteName: identity.siteName,
      description: publication.description,
      path,
      versions,
      image: shareCardImage(publicationCardSubject(edition, identity.siteName, kind, publication)),
      breadcrumbs: [
        { name: sectionTitle, path: href(edition.code, "publicationKind", kind) },
        { name: publication.title, path },
      ],
    }),
    edition: edition.code,
    kind,
    sectionTitle,
    url: `${siteOrigin(request)}${path}`,
    publication: publicationView(edition, publication),
    contents: publication.contents.map((entry) => ({
      position: entry.position,
      title: entry.title,
      href: entry.article ? href(entry.article.edition, "article", entry.article.slug) : null,
    })),
    editionLinks: await buildEditionLinks(request, versions, {
      path: (other) => href(other, "publicationKind", kind),
      notice: "media:notAvailableInEdition",
    }),
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function PublicationPage() {
  const { edition: code, kind, sectionTitle, url, publication, contents, now } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="publication-title" className="mx-auto max-w-4xl">
      <header>
        <Link to={href(code, "publicationKind", kind)} className="text-sm font-semibold uppercase tracking-wide text-accent hover:underline">
          {sectionTitle}
        </Link>
        <h1 id="publication-title" className="mt-2 text-3xl font-bold leading-tight sm:text-4xl" data-content>
          {publication.title}
        </h1>
        <p className="mt-3 text-lg text-stone-700" data-content>
          {publication.description}
        </p>
      </header>
      <PublicationDetails publication={publication} now={now} />
      <TableOfContents entries={contents} />
      <footer className="mt-10 border-t border-stone-200 pt-4">
        <ShareLinks url={url} title={publication.title} />
      </footer>
    </article>
  );
}
