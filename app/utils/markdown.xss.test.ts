// Article bodies against the cross-site scripting corpus (e2e/xss-payloads.ts): whatever an editor's
// Markdown holds, alone or inside a paragraph, a link, an image, a quote or a list, the HTML that
// renderMarkdown() makes has no element that runs or embeds anything, no event handler, no style,
// and no link or image address outside http(s) (and mailto: for links).
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { xssPayloads } from "../../e2e/xss-payloads";
import { renderMarkdown } from "./markdown.server";

type Node = DefaultTreeAdapterMap["childNode"];

const forbiddenElements = new Set(["script", "iframe", "object", "embed", "style", "svg", "math", "form", "input", "textarea", "button", "body", "details", "noscript", "link", "meta", "base"]);

/** Every problem in the rendered HTML, parsed the way a browser parses it */
function problemsIn(html: string): string[] {
  const problems: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!("tagName" in node)) continue;
      if (forbiddenElements.has(node.tagName)) problems.push(`<${node.tagName}> element`);
      for (const { name, value } of node.attrs) {
        if (/^on/i.test(name)) problems.push(`${name} handler on <${node.tagName}>`);
        if (name === "style" || name === "srcdoc" || name === "formaction") problems.push(`${name} attribute on <${node.tagName}>`);
        if (name === "href" || name === "src") {
          const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
          const allowed = node.tagName === "a" ? ["http", "https", "mailto"] : ["http", "https"];
          if (scheme !== undefined && !allowed.includes(scheme)) problems.push(`${name}="${value}" on <${node.tagName}>`);
          if (/^\s*\/\//.test(value)) problems.push(`protocol-relative ${name}="${value}"`);
        }
      }
      walk(node.childNodes as Node[]);
      if (node.tagName === "template") walk((node as unknown as { content: { childNodes: Node[] } }).content.childNodes);
    }
  };
  walk(parseFragment(html).childNodes as Node[]);
  return problems;
}

/** Each payload as a body on its own, and in the Markdown places a payload can hide */
function placements(payload: string): string[] {
  return [
    payload,
    `Before ${payload} after.`,
    `> ${payload}`,
    `- ${payload}`,
    `## ${payload}`,
    `[link](${payload})`,
    `[${payload}](https://example.org/)`,
    `![${payload}](/images/demo/harbor.svg "${payload}")`,
    `![alt](${payload})`,
    `<${payload}>`,
    `\`${payload}\``,
    `    ${payload}`,
  ];
}

describe("rendered Markdown, against the XSS corpus", () => {
  for (const { name, payload } of xssPayloads) {
    it(`leaves nothing that runs: ${name}`, () => {
      for (const source of placements(payload)) {
        expect(problemsIn(renderMarkdown(source)), source).toEqual([]);
      }
    });
  }

  it("shows a payload written as HTML as text, so the reader sees what the editor typed", () => {
    const html = renderMarkdown("<script>window.__xss=1</script>");
    expect(html).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
  });

  it("the check above finds what an unsanitized renderer would let through", () => {
    // The same checks on raw HTML, so that a renderer that stopped sanitizing would be caught
    expect(problemsIn('<img src=x onerror=window.__xss=1><a href="javascript:alert(1)">x</a><iframe srcdoc="x"></iframe>')).toEqual([
      "onerror handler on <img>",
      'href="javascript:alert(1)" on <a>',
      "<iframe> element",
      "srcdoc attribute on <iframe>",
    ]);
  });
});
