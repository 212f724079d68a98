import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Edition } from "~/editions";
import type { ArticleSummary } from "~/models/articles.server";
import { PublishedDate } from "./PublishedDate";
import { ShareLinks } from "./ShareLinks";
import { responsiveImage } from "~/uploads/image-urls";

/** What a listing shows of an article: the summary the models return, the byline aside */
export type ArticleListItem = Omit<ArticleSummary, "authorName" | "authorSlug">;

/** The one listing used by the home page and every archive (category, author, series) */
export function ArticleList({
  edition,
  articles,
  origin,
  now,
}: {
  edition: Edition;
  articles: ArticleListItem[];
  origin: string;
  now: Date;
}) {
  const { t } = useTranslation("article");
  if (articles.length === 0) return <p className="py-8 text-stone-600">{t("listing.empty")}</p>;
  return (
    <ol className="divide-y divide-stone-200">
      {articles.map((article) => {
        const path = `/${edition.code}/articles/${encodeURIComponent(article.slug)}`;
        return (
          <li key={article.id} className="py-6">
            <article className="flex flex-col gap-4 sm:flex-row">
              {article.coverImage ? (
                <img
                  src={article.coverImage}
                  {...responsiveImage(article.coverImage, "(min-width: 640px) 15rem, 100vw")}
                  alt={article.coverAlt ?? ""}
                  data-content
                  width={240}
                  height={135}
                  loading="lazy"
                  className="aspect-video w-full rounded object-cover sm:w-60"
                />
              ) : null}
              <div className="min-w-0 flex-1">
                <Link
                  to={`/${edition.code}/categories/${encodeURIComponent(article.categorySlug)}`}
                  className="text-sm font-semibold uppercase tracking-wide text-accent hover:underline"
                  data-content
                >
                  {article.categoryName}
                </Link>
                <h2 className="mt-1 text-xl font-bold leading-snug">
                  <Link to={path} className="hover:text-brand hover:underline" data-content>
                    {article.title}
                  </Link>
                </h2>
                <p className="mt-2 leading-relaxed text-stone-700" data-content>
                  {article.excerpt}
                </p>
                <p className="mt-2 flex flex-wrap gap-x-4 text-sm text-stone-500">
                  <PublishedDate edition={edition} date={article.publishedAt} now={now} />
                  <span>{t("comments", { count: article.commentCount })}</span>
                </p>
                <div className="mt-2">
                  <ShareLinks url={`${origin}${path}`} title={article.title} compact />
                </div>
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
