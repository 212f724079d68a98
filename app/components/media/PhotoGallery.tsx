import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Direction, Edition } from "~/editions";

export interface GalleryImage {
  position: number;
  src: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
}

/** Which arrow key moves forward follows the reading direction */
const arrowSteps: Record<Direction, Record<string, number>> = {
  ltr: { ArrowRight: 1, ArrowLeft: -1 },
  rtl: { ArrowLeft: 1, ArrowRight: -1 },
};

const arrowClass = "inline-block rtl:-scale-x-100";
const controlClass =
  "inline-flex items-center gap-2 rounded bg-white/10 px-4 py-2 font-semibold text-white hover:bg-white/20 focus-visible:outline focus-visible:outline-2 focus-visible:outline-white";

/**
 * A gallery's photos in a grid that flows in the reading direction. Without JavaScript each thumbnail
 * is a link to `?image=N`, where the page shows that photo large (`selected`); with JavaScript the
 * thumbnail opens it in a modal <dialog> instead: previous/next, arrow keys in reading direction,
 * Escape to close, focus back on the thumbnail.
 */
export function PhotoGallery({
  edition,
  basePath,
  images,
  selected,
}: {
  edition: Edition;
  basePath: string;
  images: GalleryImage[];
  /** 1-based position shown large on the page (the no-JavaScript viewer), or null */
  selected: number | null;
}) {
  const { t } = useTranslation("media");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  const count = images.length;
  const wrapIndex = (index: number) => (index + count) % count;
  const viewerHref = (index: number) => `${basePath}?image=${wrapIndex(index) + 1}#photo-viewer`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (openIndex !== null && dialog && !dialog.open) dialog.showModal();
  }, [openIndex]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Escape closes a modal dialog natively; every way of closing ends here
    const onClose = () => {
      setOpenIndex(null);
      openerRef.current?.focus();
    };
    dialog.addEventListener("close", onClose);
    return () => dialog.removeEventListener("close", onClose);
  }, []);

  const openFromThumbnail = (event: MouseEvent<HTMLAnchorElement>, index: number) => {
    // Let the browser handle "open in a new tab" and the like
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openerRef.current = event.currentTarget;
    setOpenIndex(index);
  };

  const step = (delta: number) => setOpenIndex((index) => (index === null ? index : wrapIndex(index + delta)));
  const onDialogKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const delta = arrowSteps[edition.dir][event.key];
    if (delta) {
      event.preventDefault();
      step(delta);
    }
  };

  const selectedImage = selected !== null ? images[selected - 1] : undefined;
  const openImage = openIndex !== null ? images[openIndex] : undefined;

  return (
    <>
      {selectedImage && selected !== null ? (
        <section id="photo-viewer" aria-labelledby="photo-viewer-title" className="mt-6 rounded-lg bg-stone-900 p-4 text-white">
          <h2 id="photo-viewer-title" className="sr-only">
            {t("gallery.viewer")}
          </h2>
          <figure>
            <img
              src={selectedImage.src}
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
                  onClick={(event) => openFromThumbnail(event, index)}
                  aria-current={selected === index + 1 ? "true" : undefined}
                  data-gallery-thumbnail={index + 1}
                  className="block overflow-hidden rounded focus-visible:outline focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-brand"
                >
                  <img
                    src={image.src}
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

      <dialog
        ref={dialogRef}
        aria-label={t("gallery.viewer")}
        onKeyDown={onDialogKeyDown}
        className="m-auto w-full max-w-5xl bg-transparent p-0 text-white backdrop:bg-black/85"
      >
        {openImage && openIndex !== null ? (
          <div className="rounded-lg bg-stone-900 p-4">
            <div className="flex items-center justify-between gap-4">
              <p aria-live="polite" className="text-sm text-stone-300">
                {t("gallery.position", { position: openIndex + 1, count })}
              </p>
              <button type="button" onClick={() => dialogRef.current?.close()} className={controlClass}>
                <span aria-hidden="true">✕</span> {t("gallery.close")}
              </button>
            </div>
            <figure className="mt-3">
              <img
                src={openImage.src}
                alt={openImage.alt}
                data-content
                width={openImage.width ?? undefined}
                height={openImage.height ?? undefined}
                className="mx-auto max-h-[70vh] w-auto rounded"
              />
              <figcaption className="mt-3 text-stone-200" data-content>
                {openImage.caption}
              </figcaption>
            </figure>
            <div className="mt-3 flex items-center justify-between gap-2">
              <button type="button" onClick={() => step(-1)} className={controlClass}>
                <span aria-hidden="true" className={arrowClass}>←</span> {t("gallery.previous")}
              </button>
              <button type="button" onClick={() => step(1)} className={controlClass}>
                {t("gallery.next")} <span aria-hidden="true" className={arrowClass}>→</span>
              </button>
            </div>
          </div>
        ) : null}
      </dialog>
    </>
  );
}
