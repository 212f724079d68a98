// Shapes of the demo content. Each edition's content lives in content/<edition>.ts
// and is written natively in that language, not machine-translated from English.

export const categoryKeys = [
  "news",
  "analysis",
  "opinion",
  "statements",
  "family-stories",
  "pictorials",
  "digest",
] as const;
export type CategoryKey = (typeof categoryKeys)[number];

export const authorKeys = ["leila-karimi", "omar-haddad", "arben-krasniqi", "sara-mahmoudi"] as const;
export type AuthorKey = (typeof authorKeys)[number];

export const seriesKeys = ["weekly-digest"] as const;
export type SeriesKey = (typeof seriesKeys)[number];

/** Illustrations drawn for this project, in public/images/demo/<key>.svg */
export const imageKeys = ["harbor", "classroom", "market", "mountains", "library", "gathering"] as const;
export type ImageKey = (typeof imageKeys)[number];

export interface SeedCover {
  image: ImageKey;
  alt: string;
  caption: string;
}

export interface SeedArticle {
  /** URL slug in the edition's own script (Persian/Arabic slugs are normal), lower case, words joined by "-" */
  slug: string;
  title: string;
  excerpt: string;
  /** Markdown: paragraphs, > block quotes, - bulleted lists, optionally ![alt](/images/demo/<key>.svg "caption") */
  body: string;
  category: CategoryKey;
  author: AuthorKey;
  series?: SeriesKey;
  issueNumber?: number;
  /** Same key in every edition that carries a translation of this article */
  translationKey?: string;
  /** Publication time relative to the moment the seed runs, so the demo always looks current */
  hoursAgo: number;
  /** Defaults to "published". A "scheduled" article gets a publish time in the future (hoursAgo negative). */
  status?: "draft" | "scheduled" | "published";
  cover?: SeedCover;
}

export interface EditionContent {
  categories: Record<CategoryKey, { name: string; slug: string; description: string }>;
  authors: Record<AuthorKey, { name: string; slug: string; bio: string }>;
  series: Record<SeriesKey, { title: string; slug: string; description: string }>;
  about: { title: string; body: string };
  accessibility: { title: string; body: string };
  articles: SeedArticle[];
}
