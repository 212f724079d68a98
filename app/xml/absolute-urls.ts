// Feed readers show an item's HTML away from the site, where a root-relative address such as
// /images/demo/harbor.svg points nowhere: make such addresses absolute.

/**
 * Rewrites src="/…" and href="/…" (not protocol-relative "//…") to the site's origin. Meant for
 * HTML that came out of the Markdown sanitizer, whose attributes are always double-quoted and whose
 * text never holds a raw quote, so the pattern can only match inside a tag.
 */
export function absolutizeUrls(html: string, origin: string): string {
  return html.replace(/(\s(?:src|href)=")\/(?!\/)/g, `$1${origin}/`);
}
