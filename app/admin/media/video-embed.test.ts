import { describe, expect, it } from "vitest";
import { normalizeVideoEmbedUrl } from "./video-embed";

describe("video embed addresses", () => {
  it("keeps the embed addresses of the allowed players", () => {
    expect(normalizeVideoEmbedUrl("https://www.youtube-nocookie.com/embed/M7lc1UVf-VE")).toBe("https://www.youtube-nocookie.com/embed/M7lc1UVf-VE");
    expect(normalizeVideoEmbedUrl(" https://player.vimeo.com/video/76979871 ")).toBe("https://player.vimeo.com/video/76979871");
  });

  it("turns the addresses editors copy from YouTube and Vimeo into privacy-friendly embeds", () => {
    expect(normalizeVideoEmbedUrl("https://www.youtube.com/watch?v=M7lc1UVf-VE&t=30")).toBe("https://www.youtube-nocookie.com/embed/M7lc1UVf-VE");
    expect(normalizeVideoEmbedUrl("https://youtu.be/M7lc1UVf-VE")).toBe("https://www.youtube-nocookie.com/embed/M7lc1UVf-VE");
    expect(normalizeVideoEmbedUrl("https://vimeo.com/76979871")).toBe("https://player.vimeo.com/video/76979871");
  });

  it.each([
    "http://www.youtube-nocookie.com/embed/M7lc1UVf-VE",
    "https://evil.example/embed/M7lc1UVf-VE",
    "https://www.youtube-nocookie.com.evil.example/embed/M7lc1UVf-VE",
    "https://user@www.youtube-nocookie.com/embed/M7lc1UVf-VE",
    "javascript:alert(1)",
    "https://www.youtube.com/watch?v=<script>",
    "https://player.vimeo.com/video/abc",
    "not a url",
  ])("refuses %s", (input) => {
    expect(normalizeVideoEmbedUrl(input)).toBeUndefined();
  });
});
