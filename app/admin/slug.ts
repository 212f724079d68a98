// Slugs made from titles in any script: "Families gather" → "families-gather", «خانواده‌ها گرد هم آمدند»
// → "خانواده-ها-گرد-هم-آمدند". Letters, combining marks and digits of every script are kept (browsers
// show them in the address bar); everything else (spaces, punctuation, the zero-width non-joiner,
// symbols) becomes one hyphen. The database allows at most 200 characters (schema.ts slugShape).
export const maxSlugLength = 120;

export function slugify(title: string): string {
  const slug = title
    .normalize("NFC")
    .toLowerCase()
    // Tatweel (ـ) only stretches Arabic letters; it is not part of the word
    .replace(/\u0640/g, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  // Cut at a hyphen rather than inside a word when the title is long
  if (slug.length <= maxSlugLength) return slug;
  const cut = slug.slice(0, maxSlugLength);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxSlugLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, "");
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
    const candidate = `${root.slice(0, maxSlugLength - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
