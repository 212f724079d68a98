import { editions } from "~/editions";
import { remixI18next } from "~/i18n/i18next.server";
import type { EditionLink } from "./edition-links";

/**
 * Edition switcher links for a page with counterparts (edition code → path): the counterpart where it
 * exists, else that edition's home with a notice in that edition's own language.
 */
export async function buildEditionLinks(versions: Record<string, string>): Promise<EditionLink[]> {
  return Promise.all(
    editions.map(async (other) => {
      const path = versions[other.code];
      if (path) return { edition: other.code, href: path };
      const t = await remixI18next.getFixedT(other.code, "nav");
      return { edition: other.code, href: `/${other.code}`, unavailableNotice: t("notAvailableInEdition") };
    }),
  );
}
