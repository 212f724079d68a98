// An article's category and author are shown under their names in the article's own edition.
// One definition of those joins for every query that lists or shows articles.
import { and, eq } from "drizzle-orm";
import { articles, authorTranslations, categoryTranslations } from "~/db/schema";

export const categoryInArticleEdition = and(
  eq(categoryTranslations.categoryId, articles.categoryId),
  eq(categoryTranslations.edition, articles.edition),
)!;

export const authorInArticleEdition = and(
  eq(authorTranslations.authorId, articles.authorId),
  eq(authorTranslations.edition, articles.edition),
)!;
