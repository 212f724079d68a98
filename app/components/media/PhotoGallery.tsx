import { useTranslation } from "react-i18next";
import { responsiveImage, srcSetFor } from "~/uploads/image-urls";

export interface GalleryImage {
  position: number;
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
}

const arrowClass = "inline-block rtl:-scale-x-100";
const controlClass =
  "inline-flex items-center gap-2 rounded bg-white/10 px-4 py-2 font-semibold text-white hover:bg-white/20 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white";

/**
 * A gallery's photos in a grid that flows in the reading direction. Without JavaScript each thumbnail
 * is a link to `?image=N`, where the page shows that photo large (`selected`); the reader script
 * (app/reader/enhance.ts) opens it in the modal <dialog> below instead, filled from the thumbnail's
 * data attributes: previous/next, arrow keys in reading direction, Escape to close, focus back on the thumbnail.
 */
export function PhotoGallery({
  basePath,
  images,
  selected,
}: {
  basePath: string;
  images: GalleryImage[];
  /** 1-based position shown large on the page (the no-JavaScript viewer), or null */
  selected: number | null;
}) {
  const { t } = useTranslation("media");
  const count = images.length;
  const wrapIndex = (index: number) => (index + count) % count;
  const viewerHref = (index: number) => `${basePath}?image=${wrapIndex(index) + 1}#photo-viewer`;
  const selectedImage = selected !== null ? images[selected - 1] : undefined;

  return (
    <>
      {selectedImage && selected !== null ? (
        <section id="photo-viewer" aria-labelledby="photo-viewer-title" className="mt-6 rounded-lg bg-ink p-4 text-white">
          <h2 id="photo-viewer-title" className="sr-only">
            {t("gallery.viewer")}
          </h2>
          <figure>
            <img
              src={selectedImage.src}
              {...responsiveImage(selectedImage.src, "(min-width: 56rem) 56rem, 100vw")}
              alt={selectedImage.alt}
              data-content
              width={selectedImage.width ?? undefined}
              height={selectedImage.height ?? undefined}
              className="mx-auto max-h-[75vh] w-auto rounded"
            />
            <figcaption className="mt-3 text-stone-200" data-content>
              {selectedImage.caption}
            </figcaption>
          </figure>
          <p className="mt-2 text-sm text-stone-300">{t("gallery.position", { position: selected, count })}</p>
          <nav aria-label={t("gallery.viewer")} className="mt-3 flex flex-wrap items-center justify-between gap-2">
            <a href={viewerHref(selected - 2)} rel="prev" className={controlClass}>
              <span aria-hidden="true" className={arrowClass}>←</span> {t("gallery.previous")}
            </a>
            <a href={`${basePath}#photos`} className="font-semibold text-white underline underline-offset-4">
              {t("gallery.backToGallery")}
            </a>
            <a href={viewerHref(selected)} rel="next" className={controlClass}>
              {t("gallery.next")} <span aria-hidden="true" className={arrowClass}>→</span>
            </a>
          </nav>
        </section>
      ) : null}

      <section id="photos" aria-labelledby="photos-title" className="mt-8">
        <h2 id="photos-title" className="text-xl font-bold">
          {t("gallery.title")}
        </h2>
        <ol className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
          {images.map((image, index) => (
            <li key={image.position}>
              <figure>
                <a
                  href={viewerHref(index)}
                  data-full={image.src}
                  data-srcset={srcSetFor(image.src)}
                  data-alt={image.alt}
                  data-caption={image.caption}
                  data-position={t("gallery.position", { position: index + 1, count })}
                  aria-current={selected === index + 1 ? "true" : undefined}
                  data-gallery-thumbnail={index + 1}
                  className="block overflow-hidden rounded focus-visible:outline focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-brand"
                >
                  <img
                    src={image.src}
                    {...responsiveImage(image.src, "(min-width: 640px) 18rem, 50vw")}
                    alt={image.alt}
                    data-content
                    width={image.width ?? undefined}
                    height={image.height ?? undefined}
                    loading="lazy"
                    className="aspect-video w-full object-cover transition-transform hover:scale-105"
                  />
                  <span className="sr-only">{t("gallery.enlarge", { position: index + 1 })}</span>
                </a>
                <figcaption className="mt-1 line-clamp-2 text-sm text-stone-600" data-content>
                  {image.caption}
                </figcaption>
              </figure>
            </li>
          ))}
        </ol>
      </section>

      <dialog data-gallery-dialog aria-label={t("gallery.viewer")} className="m-auto w-full max-w-5xl bg-transparent p-0 text-white backdrop:bg-black/85">
        <div className="rounded-lg bg-ink p-4">
          <div className="flex items-center justify-between gap-4">
            <p aria-live="polite" data-gallery-position className="text-sm text-stone-300" />
            <button type="button" data-gallery-close className={controlClass}>
              <span aria-hidden="true">✕</span> {t("gallery.close")}
            </button>
          </div>
          <figure className="mt-3">
            {/* Filled by the reader script when a thumbnail is opened */}
            <img alt="" data-content className="mx-auto max-h-[70vh] w-auto rounded" />
            <figcaption className="mt-3 text-stone-200" data-content />
          </figure>
          <div className="mt-3 flex items-center justify-between gap-2">
            <button type="button" data-gallery-step="-1" className={controlClass}>
              <span aria-hidden="true" className={arrowClass}>←</span> {t("gallery.previous")}
            </button>
            <button type="button" data-gallery-step="1" className={controlClass}>
              {t("gallery.next")} <span aria-hidden="true" className={arrowClass}>→</span>
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
