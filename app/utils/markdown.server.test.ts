import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.server";

describe("article Markdown", () => {
  it("renders paragraphs, quotes and lists", () => {
    const html = renderMarkdown("Para one.\n\n> A quote\n\n- one\n- two");
    expect(html).toContain("<p>Para one.</p>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<li>one</li>");
  });

  it("turns a lone image into a figure with its caption", () => {
    const html = renderMarkdown('![Boats at dawn](/images/demo/harbor.svg "The harbour at dawn")');
    expect(html).toMatch(/<figure><img src="\/images\/demo\/harbor.svg" alt="Boats at dawn"[^>]*>\s*<figcaption>The harbour at dawn<\/figcaption><\/figure>/);
  });

  it("never lets a script or an event handler through", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/<img[^>]*onerror/);
  });
});
