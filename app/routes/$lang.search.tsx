import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, type MetaFunction } from "@remix-run/react";
import { Fragment } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Pagination } from "~/components/Pagination";
import { PublishedDate } from "~/components/PublishedDate";
import { translatorFor } from "~/i18n/i18next.server";
import { siteIdentity } from "~/models/site-identity.server";
import { useMirror } from "~/mirror/context";
import { keptSearch, rememberSearch, searchGeneration, searchKey } from "~/cache/search-results.server";
import { maxSearchPage, rankedMatchLimit, searchArticles, type SearchHit, type SearchResultPage } from "~/models/search.server";
import { attemptFormSubmission, searchRateLimit, tooManyRequests } from "~/security/rate-limit.server";
import { pageNumber, requireEdition, requireExistingPage } from "~/routing/params.server";
import { sectionEditionLinks } from "~/routing/edition-links.server";
import { hasHighlight, highlightText, plainTextFromMarkdown, snippetAround, type TextSegment } from "~/search/highlight";
import { maxQueryLength, readSearchInput } from "~/search/input";
import { buildSearchQuery, type SearchQuery } from "~/search/query";
import { absoluteHref, href } from "~/routing/href";
import { useEdition } from "~/edition-context";

export const handle = { i18n: ["search", "article"] };

export interface SearchResult {
  id: number;
  slug: string;
  title: TextSegment[];
  snippet: TextSegment[];
  publishedAt: Date;
  categoryName: string;
  categorySlug: string;
}

/** The excerpt when it holds a match, else the passage of the body around the first match, else the excerpt */
function resultOf(hit: SearchHit, matchingWords: string[]): SearchResult {
  const excerpt = highlightText(hit.excerpt, matchingWords);
  const snippet = hasHighlight(excerpt) ? excerpt : (snippetAround(plainTextFromMarkdown(hit.body), matchingWords) ?? excerpt);
  return {
    id: hit.id,
    slug: hit.slug,
    title: highlightText(hit.title, matchingWords),
    snippet,
    publishedAt: hit.publishedAt,
    categoryName: hit.categoryName,
    categorySlug: hit.categorySlug,
  };
}

/**
 * A recent search's page as it was kept, else the search itself, counted against the reader's address
 * (429 past the limit): kept pages cost no query, so they are not counted
 */
async function searchOnce(edition: string, query: SearchQuery, page: number, clientAddress: string): Promise<SearchResultPage> {
  const key = searchKey(edition, query.tsquery, page);
  const kept = keptSearch<SearchResultPage>(key);
  if (kept) return kept;
  const attempt = await attemptFormSubmission("search", clientAddress, searchRateLimit());
  if (!attempt.allowed) throw tooManyRequests(attempt.retryAfterSeconds);
  const generation = searchGeneration();
  const found = await searchArticles(edition, query, page);
  rememberSearch(key, found, generation);
  return found;
}

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  const identity = await siteIdentity(edition.code);
  const input = readSearchInput(new URL(request.url).searchParams.get("q"));
  const t = await translatorFor(request, edition.code, ["common", "search"]);
  const common = { edition: edition.code, brand: identity.siteName, description: identity.tagline, maxQueryLength };

  if (input.kind === "empty") {
    return { ...common, state: "form" as const, title: t("search:title") };
  }
  if (input.kind === "tooLong" || input.kind === "malformed") {
    return data(
      {
        ...common,
        state: "refused" as const,
        title: t("search:title"),
        reason: input.kind,
        length: input.kind === "tooLong" ? input.length : 0,
      },
      { status: 400 },
    );
  }

  const page = pageNumber(request);
  // Only the ranked matches have pages: a deeper one does not exist, and costs no query
  requireExistingPage(page, maxSearchPage);
  const query = buildSearchQuery(input.text);
  const found = query ? await searchOnce(edition.code, query, page, context.clientAddress) : { hits: [], page, pageCount: 1, total: 0, capped: false };
  requireExistingPage(page, found.pageCount);
  return {
    ...common,
    state: "results" as const,
    title: page > 1 ? t("search:titleWithQueryPaged", { query: input.text, page }) : t("search:titleWithQuery", { query: input.text }),
    query: input.text,
    // The switcher carries the query to the other editions' search
    editionLinks: sectionEditionLinks((code) => href(code, "search"), { q: input.text }),
    results: found.hits.map((hit) => resultOf(hit, query?.matchingWords ?? [])),
    total: found.total,
    // Past this many matches only the newest are ranked and shown, and the summary says "more than"
    rankedMatchLimit: found.capped ? rankedMatchLimit : null,
    page: found.page,
    pageCount: found.pageCount,
    now: new Date(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: page }) =>
  page
    ? [
        { title: `${page.title} | ${page.brand}` },
        { name: "description", content: page.description },
        // Result pages are endless variations of the archive: not for search engines
        { name: "robots", content: "noindex, follow" },
      ]
    : [];

function Highlighted({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.highlighted ? (
          <mark key={index} className="rounded-sm bg-highlight px-0.5 text-on-highlight">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/** The query as the reader typed it, isolated from the sentence around it (it may be in another direction) */
function queryComponents(query: string) {
  return { q: <bdi className="font-semibold" data-content />, query: <>{query}</> };
}

export default function SearchPage() {
  const page = useLoaderData<typeof loader>();
  const edition = useEdition();
  const { t } = useTranslation("search");
  const query = page.state === "results" ? page.query : "";
  const mirror = useMirror();
  const tCommon = useTranslation("common").t;

  return (
    <section aria-labelledby="page-title" className="max-w-4xl">
      <h1 id="page-title" className="text-3xl font-bold">
        {t("title")}
      </h1>
      <Form method="get" action={href(edition, "search")} role="search" aria-labelledby="page-title" className="mt-4 flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="search-query" className="font-semibold">
            {t("form.label")}
          </label>
          <input
            // A new search remounts the field, so that it shows the query after a client-side navigation
            key={query}
            id="search-query"
            type="search"
            name="q"
            defaultValue={query}
            maxLength={page.maxQueryLength}
            dir="auto"
            className="w-full rounded border border-stone-500 bg-surface px-3 py-2 text-lg focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand"
          />
        </div>
        <button type="submit" className="rounded bg-brand-fill px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
          {t("form.submit")}
        </button>
      </Form>

      {page.state === "form" && !mirror ? <p className="mt-4 text-stone-700">{t("hint")}</p> : null}

      {mirror ? (
        // The mirror's search runs in the browser on the index the export built (app/mirror/search-client.ts)
        <>
          <noscript>
            <p data-mirror-note="search" className="mt-4 rounded border-s-4 border-brand bg-surface px-4 py-3 text-stone-800">
              {tCommon("mirror.searchNeedsScript")}{" "}
              <a href={absoluteHref(mirror.mainSiteUrl, edition, "search")} className="font-semibold text-brand underline underline-offset-2">
                {tCommon("mirror.searchLink")}
              </a>
            </p>
          </noscript>
          <div
            id="mirror-search"
            role="status"
            className="mt-6 text-stone-700"
            data-locale={edition.intlLocale}
            data-numbering={edition.numberingSystem}
            data-searching={tCommon("mirror.searching")}
            data-found={tCommon("mirror.searchFound", { total: "%TOTAL%", query: "%QUERY%" })}
            data-none={tCommon("mirror.searchNone", { query: "%QUERY%" })}
            data-results={t("results")}
          />
          <script src={mirror.searchScriptSrc} defer />
        </>
      ) : null}

      {page.state === "refused" ? (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          {page.reason === "tooLong" ? t("tooLong", { length: page.length, max: page.maxQueryLength }) : t("malformed")}
        </p>
      ) : null}

      {page.state === "results" ? (
        <>
          <p className="mt-6 text-stone-700" role="status">
            {page.total === 0 ? (
              <Trans t={t} i18nKey="noResults" components={queryComponents(page.query)} />
            ) : page.rankedMatchLimit !== null ? (
              <Trans t={t} i18nKey="summaryCapped" count={page.rankedMatchLimit} components={queryComponents(page.query)} />
            ) : (
              <Trans t={t} i18nKey="summary" count={page.total} components={queryComponents(page.query)} />
            )}
          </p>
          {page.results.length > 0 ? (
            <ol aria-label={t("results")} className="mt-2 divide-y divide-stone-200">
              {page.results.map((result) => (
                <li key={result.id} className="py-5">
                  <article>
                    <Link
                      to={href(edition, "category", result.categorySlug)}
                      className="text-sm font-semibold uppercase tracking-wide text-accent hover:underline"
                      data-content
                    >
                      {result.categoryName}
                    </Link>
                    <h2 className="mt-1 text-xl font-bold leading-snug">
                      <Link
                        to={href(edition, "article", result.slug)}
                        className="hover:text-brand hover:underline"
                        data-content
                      >
                        <Highlighted segments={result.title} />
                      </Link>
                    </h2>
                    <p className="mt-2 leading-relaxed text-stone-700" data-content>
                      <Highlighted segments={result.snippet} />
                    </p>
                    <p className="mt-2 text-sm text-stone-600">
                      <PublishedDate date={result.publishedAt} now={page.now} />
                    </p>
                  </article>
                </li>
              ))}
            </ol>
          ) : null}
          <Pagination
            basePath={`${href(edition, "search")}?q=${encodeURIComponent(page.query)}`}
            page={page.page}
            pageCount={page.pageCount}
          />
        </>
      ) : null}
    </section>
  );
}
