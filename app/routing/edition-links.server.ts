import { editions } from "~/editions";
import { translatorFor } from "~/i18n/i18next.server";
import type { EditionLink } from "./edition-links";
import { href } from "./href";

export interface MissingCounterpart {
  /** Where to send a reader of an edition without a counterpart (default: that edition's home) */
  path: (edition: string) => string;
  /** The notice shown, in that edition's language ("namespace:key") */
  notice: string;
}

const toEditionHome: MissingCounterpart = { path: (edition) => href(edition, "home"), notice: "nav:notAvailableInEdition" };

/**
 * Edition switcher links for a page with counterparts (edition code → path): the counterpart where it
 * exists, else a fallback page in that edition with a notice in that edition's own language.
 */
export async function buildEditionLinks(
  request: Request,
  versions: Record<string, string>,
  missing: MissingCounterpart = toEditionHome,
): Promise<EditionLink[]> {
  const [namespace, key] = missing.notice.split(":") as [string, string];
  return Promise.all(
    editions.map(async (other) => {
      const path = versions[other.code];
      if (path) return { edition: other.code, href: path };
      const t = await translatorFor(request, other.code, namespace);
      // i18n-keys: nav:notAvailableInEdition media:notAvailableInEdition
      return { edition: other.code, href: missing.path(other.code), unavailableNotice: t(key) };
    }),
  );
}

/** Every edition has this section (media/<kind>, publications/<kind>, search): link each edition's own, with the same query */
export function sectionEditionLinks(section: (edition: string) => string, query?: Record<string, string>): EditionLink[] {
  const search = query ? `?${new URLSearchParams(query)}` : "";
  return editions.map((edition) => ({ edition: edition.code, href: `${section(edition.code)}${search}` }));
}
