// The translate screen's form on the server: the translation's own texts, typed beside the source's.
// Fields start empty; "copy" fills one field from the source (a round trip, so it works without
// JavaScript). The slug is made from the translation's own title, never taken from the source.
import { z } from "zod";
import { formValues, validate, type FieldProblems } from "~/admin/form-validation.server";
import { checkSlug } from "~/admin/item-identity.server";
import { copyableFields, type CopyableField, type SourceTexts } from "./translation-fields";
import { maxSlugLength } from "~/domain/slug";
import type { Edition } from "~/editions";
import type { ArticleForEditing, RevisionTexts, TranslationTexts } from "~/models/admin-articles.server";
import { articleLimits } from "./form.server";

const translationFields = ["title", "slug", "excerpt", "body", "coverAlt", "coverCaption"] as const;
export type TranslationValues = Record<(typeof translationFields)[number], string>;

/** The texts a translation is made from, as the translate screen and the editor show them */
export function sourceTextsOf(article: ArticleForEditing): SourceTexts {
  return {
    edition: article.edition,
    title: article.title,
    excerpt: article.excerpt,
    body: article.body,
    coverImage: article.coverImage,
    coverAlt: article.coverAlt ?? "",
    coverCaption: article.coverCaption ?? "",
  };
}

export function emptyTranslationValues(): TranslationValues {
  return { title: "", slug: "", excerpt: "", body: "", coverAlt: "", coverCaption: "" };
}

/** The values as typed, and the field the translator asked to copy from the source (if any) */
export function readTranslationForm(form: FormData): { values: TranslationValues; copy: CopyableField | null } {
  const values = formValues(form, translationFields) as TranslationValues;
  const copy = form.get("copy")?.toString();
  return { values, copy: copyableFields.find((field) => field === copy) ?? null };
}

/** The form again with `field` holding the source's text (the translator then replaces it, phrase by phrase) */
export function copyFromSource(values: TranslationValues, field: CopyableField, source: SourceTexts): TranslationValues {
  return { ...values, [field]: source[field] };
}

function translationSchema(hasCover: boolean) {
  const text = (max: number) => z.string().trim().max(max);
  return z.object({
    title: text(articleLimits.title).min(1),
    slug: text(maxSlugLength),
    excerpt: text(articleLimits.excerpt),
    body: text(articleLimits.body).min(1),
    // The cover comes from the source: its description must be in the translation's language
    coverAlt: hasCover ? text(articleLimits.coverAlt).min(1) : z.string(),
    coverCaption: text(articleLimits.coverCaption),
  });
}

/** The texts of a translator's proposed update of a published translation, or the problems to show */
export function checkRevisionTexts(
  values: { title: string; excerpt: string; body: string; coverAlt: string; coverCaption: string },
  hasCover: boolean,
): { ok: true; texts: RevisionTexts } | { ok: false; problems: FieldProblems } {
  const parsed = validate(translationSchema(hasCover).omit({ slug: true }), values);
  if (!parsed.success) return { ok: false, problems: parsed.problems };
  const { coverAlt, coverCaption, ...texts } = parsed.data;
  return { ok: true, texts: { ...texts, coverAlt: hasCover ? coverAlt.trim() : null, coverCaption: hasCover && coverCaption ? coverCaption : null } };
}

/** The texts to store, or the problems to show; `otherEditionSlugs` are the group's addresses elsewhere */
export async function checkTranslation(
  values: TranslationValues,
  {
    target,
    source,
    otherEditionSlugs,
    slugTaken,
  }: { target: Edition; source: SourceTexts; otherEditionSlugs: string[]; slugTaken: (slug: string) => Promise<boolean> },
): Promise<{ ok: true; texts: TranslationTexts } | { ok: false; problems: FieldProblems }> {
  const parsed = validate(translationSchema(source.coverImage !== null), values);
  if (!parsed.success) return { ok: false, problems: parsed.problems };
  const fields = parsed.data;
  const { slug, problem } = await checkSlug(fields.slug, fields.title, slugTaken, { edition: target, otherEditionSlugs });
  if (problem) return { ok: false, problems: { slug: problem } };
  return { ok: true, texts: { ...fields, slug, coverAlt: fields.coverAlt.trim() } };
}
