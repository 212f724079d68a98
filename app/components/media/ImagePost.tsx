import { responsiveImage } from "~/uploads/image-urls";
import type { GalleryImage } from "./PhotoGallery";

/** A cartoon or a news picture: the images first, large, each with its caption */
export function ImagePost({ images }: { images: GalleryImage[] }) {
  return (
    <div className="mt-6 space-y-8">
      {images.map((image, index) => (
        <figure key={image.position} data-content>
          <img
            src={image.src}
            {...responsiveImage(image.src, "(min-width: 56rem) 56rem, 100vw")}
            alt={image.alt}
            width={image.width ?? undefined}
            height={image.height ?? undefined}
            // The first picture is the page's subject; the others wait until the reader scrolls to them
            loading={index === 0 ? undefined : "lazy"}
            className="w-full rounded-lg bg-surface shadow-sm ring-1 ring-stone-200"
          />
          {image.caption ? <figcaption className="mt-2 text-stone-700">{image.caption}</figcaption> : null}
        </figure>
      ))}
    </div>
  );
}
