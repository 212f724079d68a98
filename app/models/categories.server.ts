import { and, eq } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { categoryTranslations } from "~/db/schema";

export async function categoryBySlug(edition: string, slug: string) {
  const db = await getDb();
  const [category] = await db
    .select({
      id: categoryTranslations.categoryId,
      name: categoryTranslations.name,
      slug: categoryTranslations.slug,
      description: categoryTranslations.description,
    })
    .from(categoryTranslations)
    .where(and(eq(categoryTranslations.edition, edition), eq(categoryTranslations.slug, slug)))
    .limit(1);
  return category;
}

/** The category's name and slug in every edition that has it */
export async function categoryVersions(categoryId: number) {
  const db = await getDb();
  return db
    .select({ edition: categoryTranslations.edition, slug: categoryTranslations.slug })
    .from(categoryTranslations)
    .where(eq(categoryTranslations.categoryId, categoryId));
}
