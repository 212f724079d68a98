import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { MediaKind } from "~/db/schema";
import { PublishedDate } from "../PublishedDate";
import { responsiveImage } from "~/uploads/image-urls";
import { href } from "~/routing/href";
import { useEdition } from "~/edition-context";

export interface MediaCard {
  id: number;
  slug: string;
  title: string;
  description: string;
  publishedAt: Date;
  imageCount: number;
  leadImage: { src: string; alt: string; width: number | null; height: number | null } | null;
  /** Videos: "3:25" in the edition's digits, and its ISO form */
  duration: { text: string; iso: string } | null;
}

/**
 * The listing of one media kind: image-first cards in a grid that flows in the reading direction.
 * The title link stretches over the whole card, so the picture keeps its own alt text.
 */
export function MediaGrid({ kind, items, now }: { kind: MediaKind; items: MediaCard[]; now: Date }) {
  const edition = useEdition();
  const { t } = useTranslation("media");
  if (items.length === 0) return <p className="py-8 text-stone-600">{t("empty")}</p>;
  return (
    <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <li key={item.id} className="relative flex flex-col overflow-hidden rounded-lg bg-surface shadow-sm ring-1 ring-stone-200 focus-within:ring-2 focus-within:ring-brand">
          <div className="relative">
            {item.leadImage ? (
              <img
                src={item.leadImage.src}
                {...responsiveImage(item.leadImage.src, "(min-width: 1024px) 22rem, (min-width: 640px) 50vw, 100vw")}
                alt={item.leadImage.alt}
                data-content
                width={item.leadImage.width ?? undefined}
                height={item.leadImage.height ?? undefined}
                loading="lazy"
                className="aspect-video w-full object-cover"
              />
            ) : null}
            {item.duration ? (
              <span className="absolute bottom-2 end-2 flex items-center gap-1 rounded bg-black/75 px-2 py-0.5 text-sm font-semibold text-white">
                <span aria-hidden="true">▶</span>
                <span className="sr-only">{t("video.duration")}: </span>
                <time dateTime={item.duration.iso}>{item.duration.text}</time>
              </span>
            ) : null}
          </div>
          <div className="flex flex-1 flex-col p-4">
            <h2 className="text-lg font-bold leading-snug">
              <Link
                to={href(edition, "mediaItem", kind, item.slug)}
                className="after:absolute after:inset-0 hover:text-brand hover:underline focus:outline-none"
                data-content
              >
                {item.title}
              </Link>
            </h2>
            <p className="mt-2 line-clamp-3 text-stone-700" data-content>
              {item.description}
            </p>
            <p className="mt-auto flex flex-wrap gap-x-4 pt-3 text-sm text-stone-600">
              <PublishedDate date={item.publishedAt} now={now} />
              {kind === "photos" ? <span>{t("photoCount", { count: item.imageCount })}</span> : null}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
