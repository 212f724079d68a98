import { Link } from "@remix-run/react";
import { useEdition } from "~/edition-context";
import { href } from "~/routing/href";
import { PublishedDate } from "./PublishedDate";

/** An entry of the recent and related posts: the article's title as a link, its date below */
export function PostLink({ article, now, linkClassName }: { article: { slug: string; title: string; publishedAt: Date }; now: Date; linkClassName: string }) {
  const edition = useEdition();
  return (
    <>
      <Link to={href(edition, "article", article.slug)} className={linkClassName} data-content>
        {article.title}
      </Link>
      <p className="text-sm text-stone-600">
        <PublishedDate date={article.publishedAt} now={now} />
      </p>
    </>
  );
}
