import { responsiveImage } from "~/uploads/image-urls";

/**
 * An item's picture (cover, lead image) with its stored sizes for the browser to choose from: lazy unless it is
 * the page's main picture (`priority`)
 */
export function ContentImage({
  src,
  alt,
  sizes,
  width,
  height,
  className,
  priority = false,
}: {
  src: string;
  alt: string | null;
  sizes: string;
  width: number;
  height: number;
  className: string;
  priority?: boolean;
}) {
  return (
    <img
      src={src}
      {...responsiveImage(src, sizes)}
      alt={alt ?? ""}
      data-content
      width={width}
      height={height}
      {...(priority ? { fetchPriority: "high" as const } : { loading: "lazy" as const })}
      className={className}
    />
  );
}
