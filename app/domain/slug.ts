// Slugs made from titles in any script: "Families gather" → "families-gather", «خانواده‌ها گرد هم آمدند»
// → "خانواده-ها-گرد-هم-آمدند". Letters, combining marks and digits of every script are kept (browsers
// show them in the address bar); everything else (spaces, punctuation, the zero-width non-joiner,
// symbols) becomes one hyphen. The database allows at most 200 characters (schema.ts slugShape).
export const maxSlugLength = 120;

export function slugify(title: string): string {
  const slug = title
    // Lower case first, then NFC: lowercasing can leave a string that is not NFC ("İ" + U+0670 gives
    // i, U+0307, U+0670, whose marks NFC reorders), and readers' addresses are looked up in NFC
    .toLowerCase()
    // Tatweel (ـ) only stretches Arabic letters; it is not part of the word. Removed before NFC, which
    // reorders the marks it stood between ("\u0300ـ\u064b")
    .replace(/\u0640/g, "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  // Cut at a hyphen rather than inside a word when the title is long
  if (slug.length <= maxSlugLength) return slug;
  const cut = cutAt(slug, maxSlugLength);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxSlugLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
}

/** The first `length` UTF-16 units of `text`, one fewer rather than half of a surrogate pair (𠀀, 𝐀) */
function cutAt(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Whether a slug typed by an editor is acceptable as it is (what slugify would leave unchanged) */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= maxSlugLength && slugify(slug) === slug;
}

/**
 * The first of slug, slug-2, slug-3… that `isTaken` says is free: a new article never takes
 * another's address in its edition
 */
export async function uniqueSlug(base: string, isTaken: (candidate: string) => Promise<boolean>): Promise<string> {
  const root = base || "untitled";
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `-${n}`;
    const candidate = `${cutAt(root, maxSlugLength - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}

/**
 * Why a typed slug is not the edition's own address: letters of another script than the edition's
 * ("script"), or the address of the same item in another edition ("sameAsOtherEdition"). The slug made
 * from the item's own title is always accepted, even with a foreign name in it ("COVID-19" in Persian).
 */
export function slugEditionProblem(
  slug: string,
  { script, title, otherEditionSlugs = [] }: { script: string; title: string; otherEditionSlugs?: readonly string[] },
): "script" | "sameAsOtherEdition" | undefined {
  if (otherEditionSlugs.some((other) => other.normalize("NFC") === slug)) return "sameAsOtherEdition";
  if (slug === slugify(title)) return undefined;
  const foreignLetter = new RegExp(`(?!\\p{Script=${script}})\\p{L}`, "u");
  return foreignLetter.test(slug) ? "script" : undefined;
}

/**
 * The address an edit leaves behind, to answer with a 301 to the new one: the slug of a published item
 * whose slug changed; null for a new item, a draft, or an unchanged slug
 */
export function addressLeftBehind(before: { slug: string; status: string } | null, slug: string): string | null {
  return before && before.status === "published" && before.slug !== slug ? before.slug : null;
}
