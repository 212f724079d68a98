import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PublishedDate } from "./PublishedDate";
import { href } from "~/routing/href";
import { useEdition } from "~/edition-context";

export interface SeriesIssueListItem {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  issueNumber: number | null;
}

/**
 * The issues of a numbered series (the weekly digest), each under its issue number.
 * A table of contents rather than ArticleList's cards: in a series the number is what readers look for.
 */
export function SeriesIssueList({ issues, now }: { issues: SeriesIssueListItem[]; now: Date }) {
  const edition = useEdition();
  const { t } = useTranslation("article");
  if (issues.length === 0) return <p className="py-8 text-stone-600">{t("listing.empty")}</p>;
  return (
    <ol className="divide-y divide-stone-200">
      {issues.map((issue) => (
        <li key={issue.id} className="py-6">
          <article>
            {issue.issueNumber !== null ? (
              <p className="text-sm font-semibold uppercase tracking-wide text-accent">{t("issue", { number: issue.issueNumber })}</p>
            ) : null}
            <h2 className="mt-1 text-xl font-bold leading-snug">
              <Link to={href(edition, "article", issue.slug)} className="hover:text-brand hover:underline" data-content>
                {issue.title}
              </Link>
            </h2>
            <p className="mt-2 leading-relaxed text-stone-700" data-content>
              {issue.excerpt}
            </p>
            <p className="mt-2 text-sm text-stone-600">
              <PublishedDate date={issue.publishedAt} now={now} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
