// Demo content for a fresh database. Deterministic (identifiers derive from the content itself)
// and idempotent: it does nothing when the database already holds content.
// Publication times are relative to the moment of seeding so the demo always looks current.
import { count } from "drizzle-orm";
import type { Database } from "../client.server";
import {
  articles,
  authors,
  authorTranslations,
  categories,
  categoryTranslations,
  editionIdentities,
  pages,
  series,
  seriesTranslations,
  siteIdentity,
} from "../schema";
import { defaultEditionIdentity, defaultSocialProfiles } from "~/identity/site-identity";
import { demoContent } from "./content";
import { seedMediaAndPublications } from "./media-seed.server";
import { stableUuid } from "./stable-uuid";
import { authorKeys, categoryKeys, seriesKeys, type EditionContent } from "./types";

export async function databaseIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ total: count() }).from(categories);
  return (row?.total ?? 0) === 0;
}

export async function seedDemoContent(
  db: Database,
  content: Record<string, EditionContent> = demoContent,
  now: Date = new Date(),
): Promise<boolean> {
  if (!(await databaseIsEmpty(db))) return false;
  const hour = 3_600_000;

  await db.transaction(async (tx) => {
    const categoryIds = new Map<string, number>();
    for (const key of categoryKeys) {
      const [row] = await tx.insert(categories).values({ key }).returning({ id: categories.id });
      categoryIds.set(key, row!.id);
    }
    const authorIds = new Map<string, number>();
    for (const key of authorKeys) {
      const [row] = await tx.insert(authors).values({ key }).returning({ id: authors.id });
      authorIds.set(key, row!.id);
    }
    const seriesIds = new Map<string, number>();
    for (const key of seriesKeys) {
      const [row] = await tx.insert(series).values({ key }).returning({ id: series.id });
      seriesIds.set(key, row!.id);
    }

    for (const [edition, editionContent] of Object.entries(content)) {
      await tx.insert(categoryTranslations).values(
        categoryKeys.map((key) => ({ categoryId: categoryIds.get(key)!, edition, ...editionContent.categories[key] })),
      );
      await tx.insert(authorTranslations).values(
        authorKeys.map((key) => ({ authorId: authorIds.get(key)!, edition, ...editionContent.authors[key] })),
      );
      await tx.insert(seriesTranslations).values(
        seriesKeys.map((key) => ({ seriesId: seriesIds.get(key)!, edition, ...editionContent.series[key] })),
      );
      await tx.insert(pages).values([
        { edition, slug: "about", ...editionContent.about },
        { edition, slug: "accessibility", ...editionContent.accessibility },
      ]);
      await tx.insert(articles).values(
        editionContent.articles.map((article) => {
          const publishedAt = article.status === "draft" ? null : new Date(now.getTime() - article.hoursAgo * hour);
          return {
            edition,
            translationGroup: stableUuid(article.translationKey ?? `${edition}/${article.slug}`),
            slug: article.slug.normalize("NFC"),
            title: article.title,
            excerpt: article.excerpt,
            body: article.body.trim(),
            categoryId: categoryIds.get(article.category)!,
            authorId: authorIds.get(article.author)!,
            seriesId: article.series ? seriesIds.get(article.series)! : null,
            issueNumber: article.issueNumber ?? null,
            coverImage: article.cover ? `/images/demo/${article.cover.image}.svg` : null,
            coverAlt: article.cover?.alt ?? null,
            coverCaption: article.cover?.caption ?? null,
            status: article.status ?? "published",
            publishedAt,
            createdAt: publishedAt ?? now,
            updatedAt: publishedAt ?? now,
          };
        }),
      );
    }
    await seedMediaAndPublications(tx, { editions: Object.keys(content), now });
    // The site's identity as the demo has always shown it (an admin changes it at /admin/identity)
    await tx.insert(editionIdentities).values(Object.keys(content).map((edition) => ({ edition, ...defaultEditionIdentity(edition) })));
    await tx.insert(siteIdentity).values({ id: 1, logoUploadId: null, socialProfiles: defaultSocialProfiles });
  });
  return true;
}
