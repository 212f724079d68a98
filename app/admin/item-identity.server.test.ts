import { describe, expect, it } from "vitest";
import { getEdition } from "~/editions";
import type { TranslationCandidate } from "~/models/admin-media.server";
import { checkItemIdentity, checkSlug, checkTranslationLink } from "./item-identity.server";

const persian = getEdition("fa");
const candidates: TranslationCandidate[] = [
  { id: 1, edition: "en", title: "Families gather", slug: "families-gather", translationGroup: "group-families" },
  { id: 2, edition: "fa", title: "خانواده‌ها گرد هم آمدند", slug: "خانواده-ها-گرد-هم-آمدند", translationGroup: "group-persian" },
  { id: 3, edition: "ar", title: "العائلات تجتمع", slug: "العائلات-تجتمع", translationGroup: "group-taken" },
];
const takenSlugs = (...slugs: string[]) => async (slug: string) => slugs.includes(slug);
const groupsWithPersian = (...groups: string[]) => async (group: string, edition: string) => edition === "fa" && groups.includes(group);

describe("the slug of a new or edited item", () => {
  it("is made from the title when none is typed, and skips the addresses other items have", async () => {
    expect(await checkSlug("", "Families gather", takenSlugs())).toEqual({ slug: "families-gather" });
    expect(await checkSlug("", "Families gather", takenSlugs("families-gather", "families-gather-2"))).toEqual({ slug: "families-gather-3" });
  });

  it("is kept as typed (in NFC) when valid and free, refused when not a slug or when another item has it", async () => {
    expect(await checkSlug("خانواده-ها", "ignored", takenSlugs())).toEqual({ slug: "خانواده-ها" });
    expect(await checkSlug("Families Gather", "ignored", takenSlugs())).toMatchObject({ problem: { key: "invalid" } });
    expect(await checkSlug("families-gather", "ignored", takenSlugs("families-gather"))).toMatchObject({ problem: { key: "slugTaken" } });
  });
});

describe("the slug of an item in its edition's own words", () => {
  const albanian = getEdition("sq");
  const sourceSlug = "آزمون-ویرایشگر";

  it("refuses a slug in another edition's script and offers the one made from the title", async () => {
    const checked = await checkSlug(sourceSlug, "Prova e redaktorit", takenSlugs(), { edition: albanian });
    expect(checked.problem).toEqual({ key: "slugScript", suggestion: "prova-e-redaktorit" });
    expect((await checkSlug("prova-e-redaktorit", "Prova e redaktorit", takenSlugs(), { edition: albanian })).problem).toBeUndefined();
    expect((await checkSlug("families-gather", "خانواده‌ها", takenSlugs(), { edition: persian })).problem?.key).toBe("slugScript");
  });

  it("refuses the address of the same item in another edition, even in the same script", async () => {
    const arabic = getEdition("ar");
    const checked = await checkSlug(sourceSlug, "اختبار المحرر", takenSlugs(), { edition: arabic, otherEditionSlugs: [sourceSlug] });
    expect(checked.problem).toEqual({ key: "slugSameAsOtherEdition", suggestion: "اختبار-المحرر" });
  });

  it("accepts the slug made from the item's own title whatever letters it holds, and Persian letters and digits in Persian", async () => {
    expect((await checkSlug("covid-19-در-ایران", "COVID-19 در ایران", takenSlugs(), { edition: persian })).problem).toBeUndefined();
    expect((await checkSlug("گزارش-۱۴۰۳", "ignored", takenSlugs(), { edition: persian })).problem).toBeUndefined();
    expect((await checkSlug("raporti-i-vitit-çështja-ë", "ignored", takenSlugs(), { edition: albanian })).problem).toBeUndefined();
  });

  it("checks a media item's slug against the item it is linked to", async () => {
    const context = { edition: getEdition("sq"), existing: null, candidates, mayPublish: false, slugTaken: takenSlugs(), groupHasEdition: groupsWithPersian() };
    const checked = await checkItemIdentity({ title: "Familjet mblidhen", slug: "families-gather", translationOf: "1" }, { status: "draft", publishedAt: "" }, context);
    expect(checked.problems.slug).toEqual({ key: "slugSameAsOtherEdition", suggestion: "familjet-mblidhen" });
  });
});

describe("the link of an item to the same item in another edition", () => {
  const context = { edition: persian, existing: null, candidates, groupHasEdition: groupsWithPersian("group-taken") };

  it("joins the candidate's translation group, or none when nothing is chosen", async () => {
    expect(await checkTranslationLink("1", context)).toEqual({ translationGroup: "group-families" });
    expect(await checkTranslationLink("", context)).toEqual({ translationGroup: null });
  });

  it("refuses an unknown candidate and one of the item's own edition", async () => {
    expect(await checkTranslationLink("99", context)).toMatchObject({ problem: { key: "invalid" } });
    expect(await checkTranslationLink("2", context)).toMatchObject({ problem: { key: "invalid" } });
  });

  it("refuses a group that already has an item in this edition, unless it is the item's own group", async () => {
    expect(await checkTranslationLink("3", context)).toEqual({ translationGroup: null, problem: { key: "invalid" }, note: "translationTaken" });
    const ownGroup = await checkTranslationLink("3", { ...context, existing: { id: 7, translationGroup: "group-taken" } });
    expect(ownGroup).toEqual({ translationGroup: "group-taken" });
  });
});

describe("the identity of a media item or a publication", () => {
  const context = {
    edition: persian,
    existing: null,
    candidates,
    mayPublish: true,
    slugTaken: takenSlugs("گرفته"),
    groupHasEdition: groupsWithPersian("group-taken"),
  };

  it("gives the slug, the translation group and the publish state to store when all are right", async () => {
    const checked = await checkItemIdentity({ title: "Families gather", slug: "", translationOf: "1" }, { status: "draft", publishedAt: "" }, context);
    expect(checked).toEqual({
      identity: { slug: "families-gather", translationGroup: "group-families", status: "draft", publishedAt: null },
      problems: {},
      notes: {},
    });
  });

  it("says every field that was refused, with the notes the forms show", async () => {
    const checked = await checkItemIdentity({ title: "یک عنوان", slug: "گرفته", translationOf: "3" }, { status: "scheduled", publishedAt: "2000-01-01T08:00" }, context);
    expect(checked.identity).toBeNull();
    expect(checked.problems).toEqual({ translationOf: { key: "invalid" }, slug: { key: "slugTaken" }, publishedAt: { key: "invalid" } });
    expect(checked.notes).toEqual({ translationOf: "translationTaken", publishedAt: "scheduledNeedsFuture" });
  });

  it("keeps the stored state for an editor who may not publish", async () => {
    const publishedAt = new Date("2026-01-01T00:00:00Z");
    const existing = { id: 7, translationGroup: "group-persian", status: "published" as const, publishedAt };
    const checked = await checkItemIdentity({ title: "A title", slug: "a-title", translationOf: "" }, { status: "", publishedAt: "" }, {
      ...context,
      existing,
      mayPublish: false,
    });
    expect(checked.identity).toEqual({ slug: "a-title", translationGroup: null, status: "published", publishedAt });
  });
});
