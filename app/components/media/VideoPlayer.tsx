import { useTranslation } from "react-i18next";
import { responsiveImage } from "~/uploads/image-urls";

/**
 * A video that contacts its host only when the reader asks: until then the page shows our own poster
 * and a notice naming the host. The "load" button is a GET form (`?play=1`), so without JavaScript the
 * server renders the player after the click; the reader script (app/reader/enhance.ts) replaces the
 * poster with the player in place instead.
 */
export function VideoPlayer({
  title,
  embedUrl,
  poster,
  startLoaded,
}: {
  title: string;
  embedUrl: string;
  poster: { src: string; alt: string; width: number | null; height: number | null } | null;
  /** The reader already asked for the player (`?play=1`) */
  startLoaded: boolean;
}) {
  const { t } = useTranslation("media");
  // Isolated (FSI…PDI) so the address reads left to right inside Arabic and Persian sentences,
  // with non-breaking hyphens so it never wraps at "youtube-"
  const host = `\u2068${new URL(embedUrl).hostname.replace(/^www\./, "").replace(/-/g, "\u2011")}\u2069`;
  const playerUrl = new URL(embedUrl);
  playerUrl.searchParams.set("autoplay", "1");

  if (startLoaded) {
    return (
      <div className="aspect-video w-full overflow-hidden rounded-lg bg-black">
        <iframe
          src={playerUrl.toString()}
          title={t("video.player", { title })}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
          className="h-full w-full"
        />
      </div>
    );
  }

  return (
    <div>
      <div data-video className="relative aspect-video w-full overflow-hidden rounded-lg bg-ink">
        {poster ? (
          <img
            src={poster.src}
            {...responsiveImage(poster.src, "(min-width: 56rem) 56rem, 100vw")}
            alt={poster.alt}
            data-content
            width={poster.width ?? undefined}
            height={poster.height ?? undefined}
            className="h-full w-full object-cover opacity-70"
          />
        ) : null}
        <form method="get" data-video-player data-embed-url={embedUrl} data-player-title={t("video.player", { title })} className="absolute inset-0 flex items-center justify-center">
          <button
            type="submit"
            name="play"
            value="1"
            aria-describedby="video-notice"
            className="inline-flex items-center gap-3 rounded-full bg-accent-fill px-6 py-3 text-lg font-bold text-white shadow-lg hover:bg-accent-fill/90 focus-visible:outline focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-white"
          >
            <span aria-hidden="true">▶</span>
            {t("video.load")}
          </button>
        </form>
      </div>
      <p id="video-notice" className="mt-2 text-sm leading-relaxed text-stone-600">
        {t("video.notice", { host })}{" "}
        <a href={embedUrl} rel="noopener noreferrer" className="text-brand underline underline-offset-2">
          {t("video.watchOnHost", { host })}
        </a>
      </p>
    </div>
  );
}
