import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, type MetaFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { buildEditionLinks } from "~/routing/edition-links.server";
import { requireCanonical } from "~/routing/canonical.server";
import { href } from "~/routing/href";
import { formatDuration, isoDuration } from "~/components/media/format";
import { ImagePost } from "~/components/media/ImagePost";
import { PhotoGallery } from "~/components/media/PhotoGallery";
import { VideoPlayer } from "~/components/media/VideoPlayer";
import { PublishedDate } from "~/components/PublishedDate";
import { ShareLinks } from "~/components/ShareLinks";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { isMediaKind, mediaItemBySlug, mediaItemMovedTo, mediaItemTranslations } from "~/models/media.server";
import { parsePositiveInt } from "~/routing/ids";
import { notFound, requireEdition, requireSlug, siteOrigin } from "~/routing/params.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo } from "~/routing/seo.server";
import { mediaCardSubject, shareCardImage } from "~/share-cards/share-card.server";

export const handle = { i18n: ["media"] };

/** `?image=N`: the gallery photo shown large without JavaScript; absent, or a position that exists */
function selectedImage(request: Request, imageCount: number): number | null {
  const raw = new URL(request.url).searchParams.get("image");
  if (raw === null) return null;
  const position = parsePositiveInt(raw, imageCount);
  if (position === null) throw notFound();
  return position;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const kind = params.kind;
  if (!isMediaKind(kind)) throw notFound();
  const slug = requireSlug(params);
  const item = await mediaItemBySlug(edition.code, kind, slug);
  if (!item) {
    // An address the item had before an editor changed its slug
    const movedTo = await mediaItemMovedTo(edition.code, kind, slug);
    throw movedTo ? redirect(href(edition.code, "mediaItem", kind, movedTo), 301) : notFound();
  }
  const [translations, t] = await Promise.all([
    mediaItemTranslations(item.translationGroup, kind),
    translatorFor(request, edition.code, ["common", "nav"]),
  ]);
  const path = href(edition.code, "mediaItem", kind, item.slug);
  const image = kind === "photos" ? selectedImage(request, item.images.length) : null;
  const play = kind === "videos" && new URL(request.url).searchParams.get("play") === "1";
  // Other forms of the address (encoding, NFD, unknown parameters) answer 301; the two views stay
  requireCanonical(request, path, { image: image ?? undefined, play: play ? 1 : undefined });
  const duration = item.videoDurationSeconds;
  const versions = Object.fromEntries(translations.map((translation) => [translation.edition, href(translation.edition, "mediaItem", kind, translation.slug)]));
  const sectionTitle = t(`nav:${kind}`);
  return {
    // `?image=N` and `?play=1` are views of this page: its canonical URL never carries them
    seo: buildPageSeo(request, edition, {
      title: `${item.title} | ${sectionTitle}`,
      siteName: identity.siteName,
      description: item.description,
      path,
      versions,
      image: shareCardImage(mediaCardSubject(edition, identity.siteName, kind, item)),
      breadcrumbs: [
        { name: sectionTitle, path: href(edition.code, "mediaKind", kind) },
        { name: item.title, path },
      ],
    }),
    edition: edition.code,
    kind,
    path,
    url: `${siteOrigin(request)}${path}`,
    item: {
      title: item.title,
      description: item.description,
      publishedAt: item.publishedAt,
      images: item.images,
      videoEmbedUrl: item.videoEmbedUrl,
      duration: duration !== null ? { text: formatDuration(edition, duration), iso: isoDuration(duration) } : null,
    },
    selectedImage: image,
    play,
    editionLinks: await buildEditionLinks(request, versions, {
      path: (other) => href(other, "mediaKind", kind),
      notice: "media:notAvailableInEdition",
    }),
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function MediaItemPage() {
  const { edition: code, kind, path, url, item, selectedImage, play, now } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["nav", "media"]);
  return (
    <article aria-labelledby="item-title" className="mx-auto max-w-4xl">
      <header>
        <Link to={href(code, "mediaKind", kind)} className="text-sm font-semibold uppercase tracking-wide text-accent hover:underline">
          {t(`nav:${kind}`)}
        </Link>
        <h1 id="item-title" className="mt-2 text-3xl font-bold leading-tight sm:text-4xl" data-content>
          {item.title}
        </h1>
        <p className="mt-3 flex flex-wrap gap-x-4 text-sm text-stone-600">
          <PublishedDate date={item.publishedAt} now={now} />
          {item.duration ? (
            <span>
              {t("media:video.duration")}: <time dateTime={item.duration.iso}>{item.duration.text}</time>
            </span>
          ) : null}
          {kind === "photos" ? <span>{t("media:photoCount", { count: item.images.length })}</span> : null}
        </p>
      </header>

      {kind === "videos" && item.videoEmbedUrl ? (
        <div className="mt-6">
          <VideoPlayer title={item.title} embedUrl={item.videoEmbedUrl} poster={item.images[0] ?? null} startLoaded={play} />
        </div>
      ) : null}
      {kind === "cartoons" || kind === "newspics" ? <ImagePost images={item.images} /> : null}

      {item.description ? <p className="mt-6 text-lg leading-relaxed text-stone-800" data-content>
          {item.description}
        </p> : null}

      {kind === "photos" ? <PhotoGallery basePath={path} images={item.images} selected={selectedImage} /> : null}

      <footer className="mt-8 border-t border-stone-200 pt-4">
        <ShareLinks url={url} title={item.title} />
      </footer>
    </article>
  );
}
