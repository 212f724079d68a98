import { and, eq } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { authorTranslations } from "~/db/schema";

/** An author as the edition names them; undefined when the edition has no author with that slug */
export async function authorBySlug(edition: string, slug: string) {
  const db = await getDb();
  const [author] = await db
    .select({
      id: authorTranslations.authorId,
      name: authorTranslations.name,
      slug: authorTranslations.slug,
      bio: authorTranslations.bio,
    })
    .from(authorTranslations)
    .where(and(eq(authorTranslations.edition, edition), eq(authorTranslations.slug, slug)))
    .limit(1);
  return author;
}

/** The author's slug in every edition that has them */
export async function authorVersions(authorId: number) {
  const db = await getDb();
  return db
    .select({ edition: authorTranslations.edition, slug: authorTranslations.slug })
    .from(authorTranslations)
    .where(eq(authorTranslations.authorId, authorId));
}
