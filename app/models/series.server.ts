import { and, eq } from "drizzle-orm";
import { getDb } from "~/db/database.server";
import { seriesTranslations } from "~/db/schema";

/** A series as the edition titles it; undefined when the edition has no series with that slug */
export async function seriesBySlug(edition: string, slug: string) {
  const db = await getDb();
  const [found] = await db
    .select({
      id: seriesTranslations.seriesId,
      title: seriesTranslations.title,
      slug: seriesTranslations.slug,
      description: seriesTranslations.description,
    })
    .from(seriesTranslations)
    .where(and(eq(seriesTranslations.edition, edition), eq(seriesTranslations.slug, slug)))
    .limit(1);
  return found;
}

/** The series' slug in every edition that has it */
export async function seriesVersions(seriesId: number) {
  const db = await getDb();
  return db
    .select({ edition: seriesTranslations.edition, slug: seriesTranslations.slug })
    .from(seriesTranslations)
    .where(eq(seriesTranslations.seriesId, seriesId));
}
