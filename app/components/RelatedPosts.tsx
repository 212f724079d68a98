import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Edition } from "~/editions";
import { PublishedDate } from "./PublishedDate";
import { href } from "~/routing/href";

/** Other articles of the same category under an article (nothing when there are none) */
export function RelatedPosts({
  edition,
  articles,
  now,
}: {
  edition: Edition;
  articles: { id: number; slug: string; title: string; publishedAt: Date }[];
  now: Date;
}) {
  const { t } = useTranslation("article");
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-posts" className="mt-10 border-t border-stone-200 pt-6 print:hidden">
      <h2 id="related-posts" className="text-xl font-bold">
        {t("relatedPosts")}
      </h2>
      <ul className="mt-3 grid gap-4 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.id}>
            <Link to={href(edition, "article", article.slug)} className="font-medium text-brand hover:underline" data-content>
              {article.title}
            </Link>
            <p className="text-sm text-stone-600">
              <PublishedDate edition={edition} date={article.publishedAt} now={now} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
