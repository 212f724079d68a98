// The demo content follows the rule editors are held to: every address is in its edition's own script
// (or made from its own title), and no translation has its source's address.
import { describe, expect, it } from "vitest";
import { slugEditionProblem } from "~/domain/slug";
import { editions } from "~/editions";
import { demoContent } from "./content";
import { mediaContent } from "./media-content";

interface Addressed {
  kind: string;
  slug: string;
  title: string;
  translationKey?: string;
}

function addressedItems(code: string): Addressed[] {
  const content = demoContent[code];
  const media = mediaContent[code];
  if (!content || !media) return [];
  return [
    ...content.articles.map((article) => ({ kind: "article", ...article })),
    ...Object.entries(content.categories).map(([key, category]) => ({ kind: "category", slug: category.slug, title: category.name, translationKey: key })),
    ...Object.entries(content.authors).map(([key, author]) => ({ kind: "author", slug: author.slug, title: author.name, translationKey: key })),
    ...Object.entries(content.series).map(([key, entry]) => ({ kind: "series", slug: entry.slug, title: entry.title, translationKey: key })),
    ...(["cartoons", "newspics", "photos", "videos", "books", "newsletter", "pars-brief"] as const).flatMap((kind) =>
      media[kind].map((item) => ({ kind, slug: item.slug, title: item.title, translationKey: item.translationKey })),
    ),
  ];
}

describe("the demo content's addresses", () => {
  it.each(editions.map((edition) => [edition.code, edition] as const))("are in the %s edition's own script", (_code, edition) => {
    const foreign = addressedItems(edition.code).filter((item) => slugEditionProblem(item.slug.normalize("NFC"), { script: edition.script, title: item.title }));
    expect(foreign.map((item) => `${item.kind} ${item.slug}`)).toEqual([]);
  });

  // A person's name is the same word in Latin-script editions (and in Arabic and Persian): authors are left out
  it("differ between the editions of one translation", () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const edition of editions) {
      for (const item of addressedItems(edition.code)) {
        if (!item.translationKey || item.kind === "author") continue;
        const key = `${item.kind}/${item.translationKey}/${item.slug.normalize("NFC")}`;
        const other = seen.get(key);
        if (other) shared.push(`${key} (${other} and ${edition.code})`);
        else seen.set(key, edition.code);
      }
    }
    expect(shared).toEqual([]);
  });
});
