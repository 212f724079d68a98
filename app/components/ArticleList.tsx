import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ArticleSummary } from "~/models/articles.server";
import { ContentImage } from "./ContentImage";
import { PublishedDate } from "./PublishedDate";
import { href } from "~/routing/href";
import { useEdition } from "~/edition-context";

/** What a listing shows of an article: the summary the models return, the byline aside */
export type ArticleListItem = Omit<ArticleSummary, "authorName" | "authorSlug">;

/**
 * The one listing used by the home page and every archive (category, author, series). With `lead`, the first
 * article is the lead story: a large image, a larger headline and the summary, above the rest.
 */
export function ArticleList({
  articles,
  now,
  lead = false,
}: {
  articles: ArticleListItem[];
  now: Date;
  lead?: boolean;
}) {
  const { t } = useTranslation("article");
  if (articles.length === 0) return <p className="py-8 text-stone-600">{t("listing.empty")}</p>;
  return (
    <ol className="divide-y divide-stone-200">
      {articles.map((article, index) =>
        lead && index === 0 ? (
          <li key={article.id} className="pb-8 pt-6">
            <LeadStory article={article} now={now} />
          </li>
        ) : (
          <li key={article.id} className="py-6">
            <article className="flex flex-col gap-4 sm:flex-row">
              {article.coverImage ? (
                <ContentImage
                  src={article.coverImage}
                  alt={article.coverAlt}
                  sizes="(min-width: 640px) 15rem, 100vw"
                  width={240}
                  height={135}
                  className="aspect-video w-full rounded object-cover sm:w-60"
                />
              ) : null}
              <div className="min-w-0 flex-1">
                <ArticleTeaserText article={article} now={now} headingClassName="mt-1 text-xl" />
              </div>
            </article>
          </li>
        ),
      )}
    </ol>
  );
}

function LeadStory({ article, now }: { article: ArticleListItem; now: Date }) {
  return (
    <article>
      {article.coverImage ? (
        <ContentImage
          src={article.coverImage}
          alt={article.coverAlt}
          sizes="(min-width: 1152px) 54rem, (min-width: 1024px) calc(100vw - 22rem), 100vw"
          width={864}
          height={486}
          priority
          className="mb-4 aspect-video w-full rounded object-cover"
        />
      ) : null}
      <ArticleTeaserText article={article} now={now} headingClassName="mt-2 text-2xl sm:text-3xl" summaryClassName="text-lg" />
    </article>
  );
}

/** Category, headline, summary and meta line: the text of a listing item and of the lead story */
function ArticleTeaserText({
  article,
  now,
  headingClassName,
  summaryClassName = "",
}: {
  article: ArticleListItem;
  now: Date;
  headingClassName: string;
  summaryClassName?: string;
}) {
  const edition = useEdition();
  const { t } = useTranslation("article");
  return (
    <>
      <Link
        to={href(edition, "category", article.categorySlug)}
        className="text-sm font-semibold uppercase tracking-wide text-accent hover:underline"
        data-content
      >
        {article.categoryName}
      </Link>
      <h2 className={`${headingClassName} font-bold leading-snug`}>
        <Link to={href(edition, "article", article.slug)} className="hover:text-brand hover:underline" data-content>
          {article.title}
        </Link>
      </h2>
      <p className={`mt-2 leading-relaxed text-stone-700 ${summaryClassName}`} data-content>
        {article.excerpt}
      </p>
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm text-stone-600">
        <PublishedDate date={article.publishedAt} now={now} />
        <span>{t("comments", { count: article.commentCount })}</span>
      </p>
    </>
  );
}
