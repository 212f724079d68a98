import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PublishedDate } from "./PublishedDate";
import { href } from "~/routing/href";
import { useEdition } from "~/edition-context";

export function RecentPosts({
  articles,
  now,
}: {
  articles: { slug: string; title: string; publishedAt: Date }[];
  now: Date;
}) {
  const edition = useEdition();
  const { t } = useTranslation("article");
  return (
    <aside aria-labelledby="recent-posts" className="self-start print:hidden rounded-lg bg-surface p-5 shadow-sm ring-1 ring-stone-200">
      <h2 id="recent-posts" className="mb-3 text-lg font-bold">
        {t("recentPosts")}
      </h2>
      <ul className="space-y-3">
        {articles.map((article) => (
          <li key={article.slug}>
            <Link to={href(edition, "article", article.slug)} className="font-medium hover:text-brand hover:underline" data-content>
              {article.title}
            </Link>
            <p className="text-sm text-stone-600">
              <PublishedDate date={article.publishedAt} now={now} />
            </p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
