// Where the edition switcher leads from a media or publication page: the same item in the other
// edition when it has been published there, otherwise that edition's page for the same section.
import { editions } from "~/editions";
import { remixI18next } from "~/i18n/i18next.server";
import type { EditionLink } from "~/routing/edition-links";

/** `section` is the path after the edition, e.g. "media/photos" or "publications/books" */
export function sectionEditionLinks(section: string): EditionLink[] {
  return editions.map((edition) => ({ edition: edition.code, href: `/${edition.code}/${section}` }));
}

export function itemEditionLinks(section: string, translations: { edition: string; slug: string }[]): Promise<EditionLink[]> {
  return Promise.all(
    editions.map(async (edition) => {
      const translation = translations.find((candidate) => candidate.edition === edition.code);
      if (translation) return { edition: edition.code, href: `/${edition.code}/${section}/${encodeURIComponent(translation.slug)}` };
      const t = await remixI18next.getFixedT(edition.code, "media");
      return { edition: edition.code, href: `/${edition.code}/${section}`, unavailableNotice: t("notAvailableInEdition") };
    }),
  );
}
