// What names an editorial item, checked the same way on every form: its address (slug) in its edition,
// its link to the same item in other editions (the translation group) and its status and publish time.
// What differs between articles, media items and publications (the table a slug or a group is looked
// up in) is passed in.
import type { FieldProblem, FieldProblems } from "~/admin/form-validation.server";
import { readPublishState, type PublishNote, type PublishState } from "~/domain/publish-state.server";
import { isValidSlug, slugEditionProblem, slugify, uniqueSlug } from "~/domain/slug";
import type { Edition } from "~/editions";
import type { TranslationCandidate } from "~/models/admin-media.server";

/** What makes an address the edition's own: its script, and the addresses of the same item in other editions */
export interface SlugRules {
  edition: Edition;
  otherEditionSlugs?: readonly string[];
}

/**
 * The slug typed (NFC), or a free one made from the title when none was typed; a problem when refused.
 * With `rules`, a slug in another script or another edition's address of the item is refused too, and
 * the problem carries the slug made from the title for the form to offer.
 */
export async function checkSlug(
  typed: string,
  title: string,
  slugTaken: (slug: string) => Promise<boolean>,
  rules?: SlugRules,
): Promise<{ slug: string; problem?: FieldProblem }> {
  const slug = typed.normalize("NFC");
  const generated = () => uniqueSlug(slugify(title), slugTaken);
  if (slug === "") return { slug: await generated() };
  if (!isValidSlug(slug)) return { slug, problem: { key: "invalid" } };
  const foreign = rules ? slugEditionProblem(slug, { script: rules.edition.script, title, otherEditionSlugs: rules.otherEditionSlugs }) : undefined;
  if (foreign) return { slug, problem: { key: foreign === "script" ? "slugScript" : "slugSameAsOtherEdition", suggestion: await generated() } };
  if (await slugTaken(slug)) return { slug, problem: { key: "slugTaken" } };
  return { slug };
}

/** Whether another item of the translation group already is in `edition` (not counting `exceptId`) */
export type GroupHasEdition = (translationGroup: string, edition: string, exceptId?: number) => Promise<boolean>;

/**
 * The translation group an item joins when linked to a candidate (its id as typed, "" for none). A
 * candidate of the item's own edition is refused, and so is a group that already has an item in it.
 */
export async function checkTranslationLink(
  translationOf: string,
  {
    edition,
    existing,
    candidates,
    groupHasEdition,
  }: { edition: Edition; existing: { id: number; translationGroup: string } | null; candidates: TranslationCandidate[]; groupHasEdition: GroupHasEdition },
): Promise<{ translationGroup: string | null; problem?: FieldProblem; note?: "translationTaken" }> {
  if (translationOf === "") return { translationGroup: null };
  const candidate = candidates.find((entry) => String(entry.id) === translationOf);
  if (!candidate || candidate.edition === edition.code) return { translationGroup: null, problem: { key: "invalid" } };
  // The group it is in already is no conflict
  if (candidate.translationGroup !== existing?.translationGroup && (await groupHasEdition(candidate.translationGroup, edition.code, existing?.id))) {
    return { translationGroup: null, problem: { key: "invalid" }, note: "translationTaken" };
  }
  return { translationGroup: candidate.translationGroup };
}

export interface ItemIdentityNotes {
  translationOf?: "translationTaken";
  publishedAt?: PublishNote;
}

export interface ItemIdentity extends PublishState {
  slug: string;
  translationGroup: string | null;
}

export interface ItemIdentityContext {
  edition: Edition;
  /** The item as stored, when editing */
  existing: (PublishState & { id: number; translationGroup: string }) | null;
  candidates: TranslationCandidate[];
  mayPublish: boolean;
  /** Whether the slug is another item's in the edition (and kind) */
  slugTaken: (slug: string) => Promise<boolean>;
  groupHasEdition: GroupHasEdition;
}

/**
 * The translation link, the slug and the publish state of a media item or a publication, in that order;
 * `identity` is null when any of them was refused (then `problems` says which).
 */
export async function checkItemIdentity(
  fields: { title: string; slug: string; translationOf: string },
  typed: { status: string; publishedAt: string },
  { edition, existing, candidates, mayPublish, slugTaken, groupHasEdition }: ItemIdentityContext,
): Promise<{ identity: ItemIdentity | null; problems: FieldProblems; notes: ItemIdentityNotes }> {
  const problems: FieldProblems = {};
  const notes: ItemIdentityNotes = {};

  const link = await checkTranslationLink(fields.translationOf, { edition, existing, candidates, groupHasEdition });
  if (link.problem) problems.translationOf = link.problem;
  if (link.note) notes.translationOf = link.note;

  const linked = candidates.find((entry) => String(entry.id) === fields.translationOf);
  const { slug, problem: slugProblem } = await checkSlug(fields.slug, fields.title, slugTaken, {
    edition,
    otherEditionSlugs: linked && linked.edition !== edition.code ? [linked.slug] : [],
  });
  if (slugProblem) problems.slug = slugProblem;

  const current: PublishState | null = existing ? { status: existing.status, publishedAt: existing.publishedAt } : null;
  const publish = readPublishState(typed, edition, { current, mayPublish });
  if (!publish.ok) {
    Object.assign(problems, publish.problems);
    if (publish.note) notes.publishedAt = publish.note;
  }

  if (Object.keys(problems).length > 0 || !publish.ok) return { identity: null, problems, notes };
  return { identity: { slug, translationGroup: link.translationGroup, ...publish.state }, problems, notes };
}
