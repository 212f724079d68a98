import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EditionProvider, useEdition } from "./edition-context";
import { getEdition } from "./editions";

function EditionName() {
  const edition = useEdition();
  return createElement("span", { lang: edition.code, dir: edition.dir }, edition.nativeName);
}

describe("the page's edition, read with useEdition()", () => {
  it("is the one the layout set, in a server rendering without hydration", () => {
    const html = renderToString(createElement(EditionProvider, { edition: getEdition("fa"), children: createElement(EditionName) }));
    expect(html).toBe(`<span lang="fa" dir="rtl">${getEdition("fa").nativeName}</span>`);
  });

  it("is refused outside the layout, rather than guessed", () => {
    expect(() => renderToString(createElement(EditionName))).toThrow(/outside the root layout/);
  });
});
