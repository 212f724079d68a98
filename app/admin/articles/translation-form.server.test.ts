import { describe, expect, it } from "vitest";
import { getEdition } from "~/editions";
import type { SourceTexts } from "./translation-fields";
import { checkTranslation, copyFromSource, emptyTranslationValues, readTranslationForm } from "./translation-form.server";

const persianSource: SourceTexts = {
  edition: "fa",
  title: "آزمون ویرایشگر",
  excerpt: "خلاصه",
  body: "متن اصلی",
  coverImage: "/images/demo/harbor.svg",
  coverAlt: "بندر در سپیده‌دم",
  coverCaption: "",
};
const free = async () => false;
const albanian = getEdition("sq");

describe("the translate screen's form", () => {
  it("starts empty, and copies only the field the translator asks for", () => {
    const form = new FormData();
    form.set("title", "Prova e redaktorit");
    form.set("copy", "body");
    const { values, copy } = readTranslationForm(form);
    expect(copy).toBe("body");
    expect(copyFromSource(values, copy!, persianSource)).toEqual({ ...emptyTranslationValues(), title: "Prova e redaktorit", body: "متن اصلی" });
    form.set("copy", "slug");
    expect(readTranslationForm(form).copy).toBeNull();
  });

  it("makes the translation's address from its own title", async () => {
    const values = { ...emptyTranslationValues(), title: "Prova e redaktorit", body: "Teksti", coverAlt: "Porti në agim" };
    const checked = await checkTranslation(values, { target: albanian, source: persianSource, otherEditionSlugs: ["آزمون-ویرایشگر"], slugTaken: free });
    expect(checked).toMatchObject({ ok: true, texts: { slug: "prova-e-redaktorit", title: "Prova e redaktorit" } });
  });

  it("refuses the source's address, and a cover left undescribed in the translation's language", async () => {
    const values = { ...emptyTranslationValues(), title: "Prova e redaktorit", slug: "آزمون-ویرایشگر", body: "Teksti" };
    const checked = await checkTranslation(values, { target: albanian, source: persianSource, otherEditionSlugs: ["آزمون-ویرایشگر"], slugTaken: free });
    expect(checked).toEqual({ ok: false, problems: { coverAlt: { key: "required" } } });
    const described = await checkTranslation({ ...values, coverAlt: "Porti" }, { target: albanian, source: persianSource, otherEditionSlugs: ["آزمون-ویرایشگر"], slugTaken: free });
    expect(described).toEqual({ ok: false, problems: { slug: { key: "slugSameAsOtherEdition", suggestion: "prova-e-redaktorit" } } });
  });
});
