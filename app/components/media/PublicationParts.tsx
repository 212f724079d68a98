import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Edition } from "~/editions";
import { formatNumber } from "~/utils/format";
import { PublishedDate } from "../PublishedDate";
import { ContentImage } from "../ContentImage";
import { ObjectName } from "~/components/ObjectName";
import { useEdition } from "~/edition-context";

/** A publication as the pages show it; sizes, years and language names come formatted by the loader */
export interface PublicationView {
  id: number;
  slug: string;
  title: string;
  description: string;
  publishedAt: Date;
  coverImage: string | null;
  coverAlt: string | null;
  issueNumber: number | null;
  /** The year of a book's edition, in the edition's digits */
  editionYear: string | null;
  language: { code: string; name: string };
  /** "2.4 kB" */
  size: string;
  fileHref: string;
}

function Cover({ publication, className }: { publication: PublicationView; className: string }) {
  if (!publication.coverImage) return null;
  return (
    <ContentImage
      src={publication.coverImage}
      alt={publication.coverAlt}
      sizes="12rem"
      width={300}
      height={400}
      className={`aspect-[3/4] rounded object-cover shadow ring-1 ring-stone-200 ${className}`}
    />
  );
}

/** "Issue 48" or "2026 edition" */
function Numbering({ publication }: { publication: PublicationView }) {
  const { t } = useTranslation("media");
  if (publication.issueNumber !== null) return <>{t("publication.issue", { number: publication.issueNumber })}</>;
  if (publication.editionYear !== null) return <>{t("publication.editionYear", { year: publication.editionYear })}</>;
  return null;
}

export function DownloadLink({ publication }: { publication: PublicationView }) {
  const { t } = useTranslation("media");
  return (
    <a
      href={publication.fileHref}
      type="application/pdf"
      hrefLang={publication.language.code}
      download
      className="inline-flex items-center gap-2 rounded bg-brand-fill px-4 py-2 font-semibold text-white hover:bg-brand-dark"
    >
      <span aria-hidden="true">⤓</span>
      {t("publication.downloadWithSize", { size: publication.size })}
      <ObjectName object={<span data-content>{publication.title}</span>} />
    </a>
  );
}

export function PublicationList({
  basePath,
  publications,
  now,
}: {
  basePath: string;
  publications: PublicationView[];
  now: Date;
}) {
  const { t } = useTranslation("media");
  if (publications.length === 0) return <p className="py-8 text-stone-600">{t("empty")}</p>;
  return (
    <ol className="mt-6 divide-y divide-stone-200">
      {publications.map((publication) => (
        <li key={publication.id} className="flex gap-5 py-6">
          <Cover publication={publication} className="w-24 shrink-0 sm:w-32" />
          <div className="min-w-0 flex-1">
            <p className="text-sm font-semibold uppercase tracking-wide text-accent">
              <Numbering publication={publication} />
            </p>
            <h2 className="mt-1 text-xl font-bold leading-snug">
              <Link to={`${basePath}/${encodeURIComponent(publication.slug)}`} className="hover:text-brand hover:underline" data-content>
                {publication.title}
              </Link>
            </h2>
            <p className="mt-2 leading-relaxed text-stone-700" data-content>
              {publication.description}
            </p>
            <p className="mt-2 flex flex-wrap gap-x-4 text-sm text-stone-600">
              <PublishedDate date={publication.publishedAt} now={now} />
              <span>
                {/* Language names and sizes are written by Intl in the edition's language: data, not locale-file strings */}
                {t("publication.language")}: <span data-content>{publication.language.name}</span>
              </span>
              <span>
                {t("publication.size")}: <span data-content>{publication.size}</span>
              </span>
            </p>
            <div className="mt-3">
              <DownloadLink publication={publication} />
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}

export function PublicationDetails({ publication, now }: { publication: PublicationView; now: Date }) {
  const edition = useEdition();
  const { t } = useTranslation("media");
  const numbering =
    publication.issueNumber !== null
      ? { label: t("publication.issueLabel"), value: formatNumber(edition, publication.issueNumber) }
      : publication.editionYear !== null
        ? { label: t("publication.editionLabel"), value: publication.editionYear }
        : null;
  return (
    <div className="mt-6 flex flex-col gap-6 sm:flex-row">
      <Cover publication={publication} className="w-48 shrink-0" />
      <section aria-labelledby="publication-details" className="min-w-0 flex-1">
        <h2 id="publication-details" className="sr-only">
          {t("publication.details")}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold text-stone-600">{t("publication.published")}</dt>
          <dd>
            <PublishedDate date={publication.publishedAt} now={now} />
          </dd>
          {numbering ? (
            <>
              <dt className="font-semibold text-stone-600">{numbering.label}</dt>
              <dd>{numbering.value}</dd>
            </>
          ) : null}
          <dt className="font-semibold text-stone-600">{t("publication.language")}</dt>
          <dd data-content>{publication.language.name}</dd>
          <dt className="font-semibold text-stone-600">{t("publication.size")}</dt>
          <dd data-content>{publication.size}</dd>
        </dl>
        <div className="mt-5">
          <DownloadLink publication={publication} />
        </div>
      </section>
    </div>
  );
}

export interface ContentsView {
  position: number;
  title: string;
  href: string | null;
}

/** List numbers in the edition's digits (CSS counter styles named after the numbering systems) */
const listStyles: Record<Edition["numberingSystem"], string> = { latn: "decimal", arabext: "persian", arab: "arabic-indic" };

/** The table of contents; an entry with an article on the site links to it */
export function TableOfContents({ entries }: { entries: ContentsView[] }) {
  const edition = useEdition();
  const { t } = useTranslation("media");
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="contents-title" className="mt-10">
      <h2 id="contents-title" className="text-xl font-bold">
        {t("publication.contents")}
      </h2>
      <ol className="mt-3 space-y-2 ps-6 marker:text-stone-600" style={{ listStyleType: listStyles[edition.numberingSystem] }}>
        {entries.map((entry) => (
          <li key={entry.position}>
            {entry.href ? (
              <Link to={entry.href} className="text-brand underline-offset-2 hover:underline" data-content>
                {entry.title}
              </Link>
            ) : (
              <span data-content>{entry.title}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
