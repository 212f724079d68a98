// A publication row turned into what its pages show: the edition's digits, units and language names.
import type { PublicationKind } from "~/db/schema";
import type { Edition } from "~/editions";
import type { PublicationSummary } from "~/models/publications.server";
import { storedDocumentUrl } from "~/uploads/document-urls";
import { formatYear } from "~/utils/format";
import { formatFileSize, languageName } from "./format";
import type { PublicationView } from "./PublicationParts";

/** The menu's key for each kind (locales/<lng>/nav.json names the Pars Brief "parsBrief") */
export const publicationMenuKeys = { books: "books", newsletter: "newsletter", "pars-brief": "parsBrief" } as const satisfies Record<PublicationKind, string>;

export function publicationView(edition: Edition, publication: PublicationSummary): PublicationView {
  return {
    id: publication.id,
    slug: publication.slug,
    title: publication.title,
    description: publication.description,
    publishedAt: publication.publishedAt,
    coverImage: publication.coverImage,
    coverAlt: publication.coverAlt,
    issueNumber: publication.issueNumber,
    editionYear: publication.editionYear !== null ? formatYear(edition, publication.editionYear) : null,
    language: { code: publication.language, name: languageName(edition, publication.language) },
    size: formatFileSize(edition, publication.pdfBytes),
    fileHref: storedDocumentUrl(publication.pdfPath),
  };
}
