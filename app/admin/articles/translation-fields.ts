// The fields of an article a translator writes beside its source, shared by the translate screen's
// form (on the server) and its view

/** The texts of the article a translation is made from */
export interface SourceTexts {
  edition: string;
  title: string;
  excerpt: string;
  body: string;
  coverImage: string | null;
  coverAlt: string;
  coverCaption: string;
}

export type CopyableField = "title" | "excerpt" | "body" | "coverAlt" | "coverCaption";
export const copyableFields: readonly CopyableField[] = ["title", "excerpt", "body", "coverAlt", "coverCaption"];
