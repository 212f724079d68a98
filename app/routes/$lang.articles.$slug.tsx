import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, type MetaFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { commentNoticeParameter, commentPendingValue } from "~/components/comments/comment-fields";
import { parseCommentForm } from "~/components/comments/comment-schema.server";
import { CommentsSection } from "~/components/comments/CommentsSection";
import { PublishedDate } from "~/components/PublishedDate";
import { RecentPosts } from "~/components/RecentPosts";
import { RelatedPosts } from "~/components/RelatedPosts";
import { ShareLinks } from "~/components/ShareLinks";
import { getEdition } from "~/editions";
import { siteIdentity } from "~/models/site-identity.server";
import {
  adjacentIssues,
  articleBySlug,
  articleMovedTo,
  type AdjacentIssues,
  articleTranslations,
  recentArticles,
  relatedArticles,
} from "~/models/articles.server";
import { approvedComments, createPendingComment } from "~/models/comments.server";
import { requireCanonical } from "~/routing/canonical.server";
import { href } from "~/routing/href";
import { buildEditionLinks } from "~/routing/edition-links.server";
import { notFound, requireEdition, requireSlug, siteOrigin } from "~/routing/params.server";
import { seoMeta } from "~/routing/seo";
import { buildPageSeo, publisherJsonLd, metaDescription } from "~/routing/seo.server";
import { readFormData } from "~/security/body-limit.server";
import { requireSameOriginPost } from "~/security/csrf.server";
import { requireEmptyHoneypot } from "~/security/honeypot.server";
import { attemptFormSubmission, tooManyRequests } from "~/security/rate-limit.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { formatDate } from "~/utils/format";
import { responsiveImage } from "~/uploads/image-urls";
import { articleCardSubject, shareCardImage } from "~/share-cards/share-card.server";

export const handle = { i18n: ["article", "comments", "forms"] };

/** The visible article at this address; a 301 from an address it had before its slug changed; else 404 */
async function requireArticle(edition: string, slug: string) {
  const article = await articleBySlug(edition, slug);
  if (article) return article;
  const movedTo = await articleMovedTo(edition, slug);
  if (movedTo) throw redirect(href(edition, "article", movedTo), 301);
  throw notFound();
}

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const article = await requireArticle(edition.code, requireSlug(params));
  const path = href(edition.code, "article", article.slug);
  // After a comment was sent (post/redirect/get) the page says it awaits moderation; that notice is
  // the only query the article allows, and the canonical URL (seo) never carries it
  const awaitingModeration = new URL(request.url).searchParams.get(commentNoticeParameter) === commentPendingValue;
  requireCanonical(request, path, { [commentNoticeParameter]: awaitingModeration ? commentPendingValue : undefined });
  const [translations, recent, adjacent, comments, related] = await Promise.all([
    articleTranslations(article.translationGroup),
    // A mirror's article page leaves out the newest posts, so that a publication rewrites its own page, its
    // translations and the listings, not every article of the edition (docs/mirrors.md)
    context.mirror ? Promise.resolve(null) : recentArticles(edition.code, 6),
    article.seriesId !== null && article.issueNumber !== null
      ? adjacentIssues(edition.code, article.seriesId, article.issueNumber)
      : Promise.resolve<AdjacentIssues>({}),
    approvedComments(article.id),
    relatedArticles(article.id, edition.code),
  ]);
  // The edition switcher, hreflang alternates and og:locale:alternate all follow the translations
  const versions = Object.fromEntries(
    translations.map((translation) => [translation.edition, href(translation.edition, "article", translation.slug)]),
  );
  const origin = siteOrigin(request);
  const breadcrumbs = [
    { name: article.categoryName, path: href(edition.code, "category", article.categorySlug) },
    { name: article.title, path },
  ];
  const seo = buildPageSeo(request, edition, {
    title: article.title,
    siteName: identity.siteName,
    description: article.excerpt,
    body: article.body,
    path,
    versions,
    ogType: "article",
    image: shareCardImage(articleCardSubject(edition, identity.siteName, article)),
    breadcrumbs,
    jsonLd: [
      {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: article.title,
        description: metaDescription(article.excerpt, article.body),
        inLanguage: edition.code,
        datePublished: article.publishedAt.toISOString(),
        dateModified: (article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt).toISOString(),
        author: { "@type": "Person", name: article.authorName, url: `${origin}${href(edition.code, "author", article.authorSlug)}` },
        publisher: publisherJsonLd(request, identity),
        mainEntityOfPage: `${origin}${path}`,
        ...(article.coverImage ? { image: [`${origin}${article.coverImage}`] } : {}),
      },
    ],
  });
  const issueLink = (issue: { slug: string; issueNumber: number } | undefined) =>
    issue ? { href: href(edition, "article", issue.slug), issueNumber: issue.issueNumber } : null;
  return {
    edition: edition.code,
    breadcrumbs,
    article: {
      title: article.title,
      excerpt: article.excerpt,
      bodyHtml: renderMarkdown(article.body),
      publishedAt: article.publishedAt,
      coverImage: article.coverImage,
      coverAlt: article.coverAlt,
      coverCaption: article.coverCaption,
      categoryName: article.categoryName,
      categorySlug: article.categorySlug,
      authorName: article.authorName,
      authorHref: href(edition, "author", article.authorSlug),
      seriesTitle: article.seriesTitle,
      seriesHref: article.seriesSlug ? href(edition, "series", article.seriesSlug) : null,
      issueNumber: article.issueNumber,
    },
    newerSource: article.newerSource
      ? {
          date: formatDate(edition, article.newerSource.updatedAt),
          // The source's language named in the reader's: "Persian", «الفارسية», «فارسی», "persisht"
          language: new Intl.DisplayNames([edition.intlLocale], { type: "language" }).of(article.newerSource.edition) ?? article.newerSource.edition,
          lang: article.newerSource.edition,
          href: href(article.newerSource.edition, "article", article.newerSource.slug),
        }
      : null,
    issues: { previous: issueLink(adjacent.previous), next: issueLink(adjacent.next) },
    url: `${origin}${path}`,
    translations: translations
      .filter((translation) => translation.edition !== edition.code)
      .map((translation) => ({ edition: translation.edition, title: translation.title, href: versions[translation.edition]! })),
    editionLinks: await buildEditionLinks(request, versions),
    seo,
    recent: recent?.filter((item) => item.slug !== article.slug).slice(0, 5) ?? null,
    related,
    comments: { items: comments, path, awaitingModeration },
    now: new Date(),
  };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const edition = requireEdition(params);
  const article = await requireArticle(edition.code, requireSlug(params));
  const attempt = await attemptFormSubmission("comments", context.clientAddress);
  if (!attempt.allowed) throw tooManyRequests(attempt.retryAfterSeconds);

  requireSameOriginPost(request, siteOrigin(request));
  const formData = await readFormData(request);
  requireEmptyHoneypot(formData);

  const submission = parseCommentForm(formData);
  if (!submission.ok) {
    // A reader correcting a typo has not sent a comment: the attempt does not count
    await attempt.release();
    return data({ values: submission.values, errors: submission.errors }, { status: 400 });
  }
  // Stored first: the reader is told it awaits moderation only once it is
  await createPendingComment({
    articleId: article.id,
    authorName: submission.comment.name,
    authorEmail: submission.comment.email,
    body: submission.comment.comment,
  });
  const path = href(edition.code, "article", article.slug);
  return redirect(`${path}?${commentNoticeParameter}=${commentPendingValue}#comments`, 303);
}

// The same page for every reader (the comment form carries no token: see requireSameOriginPost), so it is
// shared like every reader page (cache-control.ts). Keeps a 429's Retry-After and a 413's Connection: close.
export { readerHeaders as headers } from "~/routing/cache-control";

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export default function ArticlePage() {
  const { edition: code, breadcrumbs, article, newerSource, issues, url, translations, recent, related, comments, now } = useLoaderData<typeof loader>();
  const submission = useActionData<typeof action>();
  const { t } = useTranslation("article");
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="lg:col-span-2 print:hidden">
        <Breadcrumbs trail={breadcrumbs} />
      </div>
      <article aria-labelledby="article-title" className="min-w-0">
        <header>
          <Link
            to={href(code, "category", article.categorySlug)}
            className="text-sm font-semibold uppercase tracking-wide text-accent hover:underline"
            data-content
          >
            {article.categoryName}
          </Link>
          {article.seriesTitle && article.seriesHref && article.issueNumber ? (
            <p className="text-sm text-stone-600">
              <Link to={article.seriesHref} className="hover:text-brand hover:underline" data-content>
                {article.seriesTitle}
              </Link>{" "}
              · {t("issue", { number: article.issueNumber })}
            </p>
          ) : null}
          <h1 id="article-title" className="mt-2 text-3xl font-bold leading-tight sm:text-4xl" data-content>
            {article.title}
          </h1>
          <p className="mt-3 text-lg text-stone-700" data-content>
            {article.excerpt}
          </p>
          <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
            <Byline name={article.authorName} href={article.authorHref} />
            <PublishedDate date={article.publishedAt} now={now} />
          </p>
        </header>
        {newerSource ? (
          <p role="note" className="mt-4 rounded border-s-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950" data-newer-source>
            {t("newerSource.note", { date: newerSource.date })}{" "}
            <a href={newerSource.href} hrefLang={newerSource.lang} className="font-semibold text-brand underline">
              {t("newerSource.read", { language: newerSource.language })}
            </a>
          </p>
        ) : null}
        {article.coverImage ? (
          <figure className="mt-6" data-content>
            <img
              src={article.coverImage}
              {...responsiveImage(article.coverImage, "(min-width: 1024px) 50rem, 100vw")}
              alt={article.coverAlt ?? ""}
              width={1200}
              height={675}
              className="w-full rounded"
            />
            {article.coverCaption ? <figcaption className="mt-2 text-sm text-stone-600">{article.coverCaption}</figcaption> : null}
          </figure>
        ) : null}
        <div className="prose-article mt-6 text-[1.075rem]" data-content dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {issues.previous || issues.next ? (
          <nav aria-label={t("series.navigation")} className="mt-8 flex justify-between gap-4 border-t border-stone-200 pt-4">
            {issues.previous ? (
              <Link to={issues.previous.href} rel="prev" className="group">
                <span className="block text-sm text-stone-600">
                  <span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span> {t("series.previous")}
                </span>
                <span className="font-semibold text-brand group-hover:underline">{t("issue", { number: issues.previous.issueNumber })}</span>
              </Link>
            ) : (
              <span />
            )}
            {issues.next ? (
              <Link to={issues.next.href} rel="next" className="group text-end">
                <span className="block text-sm text-stone-600">
                  {t("series.next")} <span aria-hidden="true" className="inline-block rtl:-scale-x-100">→</span>
                </span>
                <span className="font-semibold text-brand group-hover:underline">{t("issue", { number: issues.next.issueNumber })}</span>
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
        <footer className="mt-8 space-y-4 border-t border-stone-200 pt-4">
          <ShareLinks url={url} title={article.title} />
          {/* On paper, where the article came from */}
          <p className="hidden break-all print:block" dir="ltr">
            {url}
          </p>
          {translations.length > 0 ? (
            <section aria-labelledby="translations-title">
              <h2 id="translations-title" className="font-semibold text-stone-600">
                {t("alsoIn")}
              </h2>
              <ul className="mt-1 flex flex-wrap gap-x-4">
                {translations.map((translation) => {
                  const target = getEdition(translation.edition);
                  return (
                    <li key={translation.edition}>
                      <a href={translation.href} hrefLang={target.code} lang={target.code} dir={target.dir} className="text-brand hover:underline" data-content>
                        <span translate="no">{target.nativeName}</span>: {translation.title}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
        </footer>
        <RelatedPosts articles={related} now={now} />
        <CommentsSection
          comments={comments.items}
          action={comments.path}
          awaitingModeration={comments.awaitingModeration}
          submission={submission}
          now={now}
        />
      </article>
      {recent ? <RecentPosts articles={recent} now={now} /> : null}
    </div>
  );
}

// Stands in for the author's name while the byline sentence is translated, then marks where the link goes
const authorPlaceholder = "\u0000";

/** "By {{author}}" stays one translatable sentence (word order differs by language); only the name is a link */
function Byline({ name, href }: { name: string; href: string }) {
  const { t } = useTranslation("article");
  const [before = "", after = ""] = t("byline", { author: authorPlaceholder }).split(authorPlaceholder);
  return (
    <span>
      {before}
      <Link to={href} rel="author" className="font-semibold text-brand hover:underline" data-content>
        {name}
      </Link>
      {after}
    </span>
  );
}
