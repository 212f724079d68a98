import { useTranslation } from "react-i18next";
import { PostLink } from "./PostLink";

export function RecentPosts({
  articles,
  now,
}: {
  articles: { slug: string; title: string; publishedAt: Date }[];
  now: Date;
}) {
  const { t } = useTranslation("article");
  return (
    <aside aria-labelledby="recent-posts" className="self-start print:hidden rounded-lg bg-surface p-5 shadow-sm ring-1 ring-stone-200">
      <h2 id="recent-posts" className="mb-3 text-lg font-bold">
        {t("recentPosts")}
      </h2>
      <ul className="space-y-3">
        {articles.map((article) => (
          <li key={article.slug}>
            <PostLink article={article} now={now} linkClassName="font-medium hover:text-brand hover:underline" />
          </li>
        ))}
      </ul>
    </aside>
  );
}
