// The publication form's shape, shared by the screens and the server (publication-form.server.ts checks it).
import type { UploadProblem } from "~/uploads/store.server";
import type { PublishNote } from "~/domain/publish-state.server";

export const publicationLimits = { title: 300, description: 4000, coverAlt: 300 } as const;

export const publicationFields = [
  "title",
  "slug",
  "description",
  "issueNumber",
  "editionYear",
  "language",
  "coverChoice",
  "coverAlt",
  "pdfChoice",
  "translationOf",
  "status",
  "publishedAt",
  "publishedAtCalendar",
] as const;

/**
 * The form's fields as typed. coverChoice and pdfChoice name an upload by its id, or "current" (keep the
 * file the publication has), or "" (no cover); a file uploaded with the form wins over the choice.
 */
export type PublicationFormValues = Record<(typeof publicationFields)[number], string>;

export { currentFileChoice } from "~/admin/ui/UploadPicker";

export interface PublicationFieldNotes {
  translationOf?: "translationTaken";
  publishedAt?: PublishNote;
  /** Why an uploaded cover or PDF was refused */
  cover?: UploadProblem;
  pdf?: UploadProblem;
}

export function emptyPublicationValues(language: string): PublicationFormValues {
  return {
    title: "",
    slug: "",
    description: "",
    issueNumber: "",
    editionYear: "",
    language,
    coverChoice: "",
    coverAlt: "",
    pdfChoice: "",
    translationOf: "",
    status: "draft",
    publishedAt: "",
    publishedAtCalendar: "",
  };
}
