import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { findEdition, type Edition } from "~/editions";
import { siteIdentity } from "~/models/site-identity.server";
import { articleBySlug } from "~/models/articles.server";
import { isMediaKind, mediaItemBySlug } from "~/models/media.server";
import { isPublicationKind, publicationBySlug } from "~/models/publications.server";
import { notFound } from "~/routing/params.server";
import {
  articleCardSubject,
  mediaCardSubject,
  publicationCardSubject,
  shareCardBytes,
  shareCardImage,
  type ShareCardSubject,
} from "~/share-cards/share-card.server";
import { immutableCacheControl } from "~/uploads/serve.server";

/**
 * The share card (og:image) of a public article, media item or publication:
 * /share-cards/<lang>/articles/<slug>/<version>.jpg, /share-cards/<lang>/media|publications/<kind>/<slug>/<version>.jpg
 */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const segments = (params["*"] ?? "").split("/");
  const version = /^([0-9a-f]{16})\.jpg$/.exec(segments.pop() ?? "")?.[1];
  const edition = findEdition(segments[0]);
  if (!version || !edition) throw notFound();
  const { siteName } = await siteIdentity(edition.code);
  const subject = await subjectOf(edition, siteName, segments.slice(1));
  if (!subject) throw notFound();
  const card = shareCardImage(subject);
  // An address of the card before the item was edited: the card it has now
  if (!card.src.endsWith(`/${version}.jpg`)) throw redirect(card.src, { status: 302, headers: { "Cache-Control": "public, max-age=300" } });
  const bytes = await shareCardBytes(subject, context.mirror?.shareCardStore);
  return new Response(request.method === "HEAD" ? null : new Uint8Array(bytes), {
    headers: { "Content-Type": "image/jpeg", "Content-Length": String(bytes.length), "Cache-Control": immutableCacheControl },
  });
}

async function subjectOf(edition: Edition, siteName: string, [section, ...rest]: string[]): Promise<ShareCardSubject | undefined> {
  if (section === "articles" && rest.length === 1) {
    const article = await articleBySlug(edition.code, rest[0]!);
    return article ? articleCardSubject(edition, siteName, article) : undefined;
  }
  const [kind, slug] = rest;
  if (rest.length !== 2 || !slug) return undefined;
  if (section === "media" && isMediaKind(kind)) {
    const item = await mediaItemBySlug(edition.code, kind, slug);
    return item ? mediaCardSubject(edition, siteName, kind, item) : undefined;
  }
  if (section === "publications" && isPublicationKind(kind)) {
    const publication = await publicationBySlug(edition.code, kind, slug);
    return publication ? publicationCardSubject(edition, siteName, kind, publication) : undefined;
  }
  return undefined;
}
