// The loaders and actions of the category, author and series screens: the routes
// admin.{categories,authors,series}.{_index,new,$id}.tsx only name their kind and call these.
// Editors manage the names of their own editions; the other editions are shown, never written.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { formValues, validate, type FieldProblems } from "~/admin/form-validation.server";
import { isValidSlug, maxSlugLength } from "~/domain/slug";
import { forbidden, readEditorialForm, requirePermission, requireUserWith, requireEditor } from "~/auth/guard.server";
import { can, editionsOf, type SignedInUser } from "~/auth/permissions";
import { getDb } from "~/db/database.server";
import { defaultEdition, editionCodes } from "~/editions";
import {
  deleteTaxonomyItem,
  listTaxonomy,
  saveTaxonomyItem,
  taxonomyItem,
  type TaxonomyEdit,
  type TaxonomyKind,
  type TaxonomyTranslation,
} from "~/models/admin-taxonomy.server";
import { notFound, requireId } from "~/routing/params.server";
import { formatNumber } from "~/utils/format";

export const maxNameLength = 200;
export const maxTextLength = 2000;
/** Four editions' names and descriptions, percent-encoded (a Persian letter takes 6 bytes so) */
const maxFormBytes = 256 * 1024;

/** The form field of an edition: "name.fa", "slug.fa", "text.fa" */
export function taxonomyFieldName(field: keyof TaxonomyTranslation, edition: string): string {
  return `${field}.${edition}`;
}

const translationFields = ["name", "slug", "text"] as const;

function managedEditions(user: SignedInUser): string[] {
  return editionsOf(user).filter((code) => can(user, "taxonomy.manage", code));
}

export async function taxonomyListLoader(request: Request, kind: TaxonomyKind) {
  const { interfaceEdition } = await requireEditor(request, "taxonomy.manage");
  const items = await listTaxonomy(await getDb(), kind);
  return {
    kind,
    // Numbers are written on the server, whose ICU knows every edition's locale
    items: items.map((item) => ({ ...item, articleCount: formatNumber(interfaceEdition, item.articleCount) })),
  };
}

export async function taxonomyEditorLoader(request: Request, kind: TaxonomyKind, idParam: string | undefined) {
  const user = await requireUserWith(request, "taxonomy.manage");
  const item = idParam === undefined ? null : await findItem(kind, requireId(idParam));
  return {
    kind,
    item,
    managed: managedEditions(user),
    mayDelete: item ? mayDelete(user, item) : false,
  };
}

async function findItem(kind: TaxonomyKind, id: number) {
  const item = await taxonomyItem(await getDb(), kind, id);
  if (!item) throw notFound();
  return item;
}

/** Deleting removes the item from every edition that names it: the editor must manage each of them */
function mayDelete(user: SignedInUser, item: { translations: Record<string, unknown> }): boolean {
  return Object.keys(item.translations).every((edition) => can(user, "taxonomy.manage", edition));
}

export interface TaxonomyActionData {
  problems: FieldProblems;
  /** What the editor typed, per edition, to fill the form again */
  values: Record<string, TaxonomyTranslation>;
  /** Set when deleting was refused because articles still use the item */
  deleteRefused: { articleCount: number } | null;
}

function translationSchema() {
  return z.object({
    name: z.string().trim().max(maxNameLength),
    slug: z
      .string()
      .trim()
      .transform((slug) => slug.normalize("NFC"))
      .pipe(z.string().max(maxSlugLength).refine((slug) => slug === "" || isValidSlug(slug))),
    text: z.string().trim().max(maxTextLength),
  });
}

export async function taxonomyEditorAction(request: Request, kind: TaxonomyKind, idParam: string | undefined) {
  const { user, form } = await readEditorialForm(request, maxFormBytes);
  requirePermission(user, "taxonomy.manage");
  const db = await getDb();
  const existing = idParam === undefined ? null : await findItem(kind, requireId(idParam));

  if (form.get("intent") === "delete") {
    if (!existing) throw notFound();
    if (!mayDelete(user, existing)) throw forbidden();
    const result = await deleteTaxonomyItem(db, kind, user, existing.id);
    if (result.outcome === "notFound") throw notFound();
    if (result.outcome === "inUse") {
      return data<TaxonomyActionData>({ problems: {}, values: {}, deleteRefused: { articleCount: result.articleCount } }, { status: 400 });
    }
    return redirect(`/admin/${kind}?flash=deleted`);
  }

  // Only the editions the form carries are written, and the form may carry only the user's own
  const submitted = editionCodes.filter((code) => translationFields.some((field) => form.has(taxonomyFieldName(field, code))));
  for (const code of submitted) requirePermission(user, "taxonomy.manage", code);

  const problems: FieldProblems = {};
  const values: Record<string, TaxonomyTranslation> = {};
  const edits: TaxonomyEdit[] = [];
  for (const edition of submitted) {
    const raw = formValues(form, translationFields.map((field) => taxonomyFieldName(field, edition)));
    const typed = { name: raw[taxonomyFieldName("name", edition)], slug: raw[taxonomyFieldName("slug", edition)], text: raw[taxonomyFieldName("text", edition)] };
    values[edition] = { name: typed.name ?? "", slug: typed.slug ?? "", text: typed.text ?? "" };
    const result = validate(translationSchema(), typed);
    if (!result.success) {
      for (const [field, problem] of Object.entries(result.problems)) problems[`${field}.${edition}`] = problem;
      continue;
    }
    const { name, slug, text } = result.data;
    // An edition left empty is simply not translated yet; one that has a name cannot lose it
    if (!name) {
      if (existing?.translations[edition] || slug || text) problems[taxonomyFieldName("name", edition)] = { key: "required" };
      continue;
    }
    edits.push({ edition, name, slug, text });
  }
  if (!existing && edits.length === 0 && Object.keys(problems).length === 0) {
    problems[taxonomyFieldName("name", submitted[0] ?? managedEditions(user)[0] ?? defaultEdition.code)] = { key: "required" };
  }
  if (Object.keys(problems).length > 0) return data<TaxonomyActionData>({ problems, values, deleteRefused: null }, { status: 400 });

  const saved = await saveTaxonomyItem(db, kind, user, existing?.id ?? null, edits);
  if (!saved.ok) {
    if ("notFound" in saved) throw notFound();
    const taken = Object.fromEntries(saved.takenSlugs.map((edition) => [taxonomyFieldName("slug", edition), { key: "slugTaken" } as const]));
    return data<TaxonomyActionData>({ problems: taken, values, deleteRefused: null }, { status: 400 });
  }
  return redirect(`/admin/${kind}?flash=saved`);
}
