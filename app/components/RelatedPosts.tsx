import { useTranslation } from "react-i18next";
import { PostLink } from "./PostLink";

/** Other articles of the same category under an article (nothing when there are none) */
export function RelatedPosts({
  articles,
  now,
}: {
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
            <PostLink article={article} now={now} linkClassName="font-medium text-brand hover:underline" />
          </li>
        ))}
      </ul>
    </section>
  );
}
