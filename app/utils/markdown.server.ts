// Article bodies are Markdown written by editors. markdown-it renders them (raw HTML disabled) and
// sanitize-html keeps only an allowlist of elements and attributes, so a body can never carry a script.
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// A paragraph that holds nothing but an image becomes a <figure>, its title the <figcaption>.
markdown.core.ruler.push("figures", (state) => {
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length - 2; index++) {
    const [open, inline, close] = [tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
    const children = inline.children ?? [];
    if (open.type !== "paragraph_open" || close.type !== "paragraph_close" || children.length !== 1) continue;
    const image = children[0]!;
    if (image.type !== "image") continue;
    open.tag = close.tag = "figure";
    const caption = image.attrGet("title");
    if (caption) {
      image.attrs = (image.attrs ?? []).filter(([name]) => name !== "title");
      const captionOpen = new state.Token("html_block", "", 0);
      captionOpen.content = `<figcaption>${markdown.utils.escapeHtml(caption)}</figcaption>`;
      tokens.splice(index + 2, 0, captionOpen);
    }
  }
});

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "strong", "em", "b", "i", "s", "blockquote", "ul", "ol", "li", "h2", "h3", "h4",
    "a", "img", "figure", "figcaption", "hr", "code", "pre", "sup", "sub", "table", "thead", "tbody", "tr", "th", "td",
  ],
  allowedAttributes: {
    a: ["href", "title", "lang", "dir"],
    img: ["src", "alt", "width", "height", "loading"],
    "*": ["dir", "lang"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/.test(attribs.href ?? "") ? { ...attribs, rel: "noopener nofollow" } : attribs,
    }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
  },
};
allowed.allowedAttributes = { ...allowed.allowedAttributes, a: ["href", "title", "lang", "dir", "rel"] };

export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), allowed);
}
