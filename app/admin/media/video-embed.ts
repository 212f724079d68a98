// The video players a media item may embed. Readers' pages load the player only when asked
// (components/media/VideoPlayer.tsx), in an <iframe> that the Content-Security-Policy of app/http/security-headers.server.ts
// (frame-src) must allow: this list and that directive name the same hosts.
// Editors often paste the address they see in the browser; those forms are turned into the embed address.

export const videoEmbedHosts = ["www.youtube-nocookie.com", "player.vimeo.com"] as const;

const youtubeId = /^[A-Za-z0-9_-]{6,20}$/;
const vimeoId = /^\d{1,12}$/;

function youtubeEmbed(id: string | null | undefined): string | undefined {
  return id && youtubeId.test(id) ? `https://www.youtube-nocookie.com/embed/${id}` : undefined;
}

function vimeoEmbed(id: string | null | undefined): string | undefined {
  return id && vimeoId.test(id) ? `https://player.vimeo.com/video/${id}` : undefined;
}

/**
 * The embed address for what an editor typed: an https address of an allowed player
 * (youtube-nocookie.com/embed/…, player.vimeo.com/video/…), or a YouTube or Vimeo page address,
 * turned into its privacy-friendly embed; undefined for anything else (http, other hosts, other paths).
 */
export function normalizeVideoEmbedUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port) return undefined;
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split("/").filter(Boolean);
  switch (host) {
    case "www.youtube-nocookie.com":
    case "youtube-nocookie.com":
    case "www.youtube.com":
    case "youtube.com":
    case "m.youtube.com":
      if (segments[0] === "embed" && segments.length === 2) return youtubeEmbed(segments[1]);
      if (segments[0] === "watch" && segments.length === 1) return youtubeEmbed(url.searchParams.get("v"));
      if ((segments[0] === "shorts" || segments[0] === "live") && segments.length === 2) return youtubeEmbed(segments[1]);
      return undefined;
    case "youtu.be":
      return segments.length === 1 ? youtubeEmbed(segments[0]) : undefined;
    case "player.vimeo.com":
      return segments[0] === "video" && segments.length === 2 ? vimeoEmbed(segments[1]) : undefined;
    case "vimeo.com":
    case "www.vimeo.com":
      return segments.length === 1 ? vimeoEmbed(segments[0]) : undefined;
    default:
      return undefined;
  }
}
