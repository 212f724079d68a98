// Small pieces every editorial screen shares, so that statuses, errors, empty lists, filters, list rows
// and pages look and read the same everywhere (their own words are in locales/<lng>/admin.json; the
// words that differ per screen, such as kinds, are passed in).
import { Link, useNavigation, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FieldProblem } from "~/admin/form-validation.server";
import { ErrorSummary, summaryErrors } from "~/components/form/ErrorSummary";
import { editions, findEdition } from "~/editions";
import { ObjectName } from "~/components/ObjectName";
import { CsrfField } from "./CsrfField";

export const buttonClassName =
  "inline-block rounded bg-brand-fill px-4 py-2 font-semibold text-white hover:bg-brand-dark focus:outline-none focus:ring-2 focus:ring-brand focus:ring-offset-2 disabled:opacity-70";
export const secondaryButtonClassName =
  "inline-block rounded border border-stone-500 bg-surface px-4 py-2 font-semibold text-stone-800 hover:bg-stone-100 focus:outline-none focus:ring-2 focus:ring-brand";
export const dangerButtonClassName =
  "inline-block rounded border border-red-700 bg-surface px-4 py-2 font-semibold text-red-800 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-700";

const statusColours: Record<string, string> = {
  draft: "bg-stone-200 text-stone-800",
  scheduled: "bg-amber-100 text-amber-900",
  published: "bg-emerald-100 text-emerald-900",
};

/** Draft, scheduled or published, in the interface language */
export function StatusBadge({ status }: { status: "draft" | "scheduled" | "published" }) {
  const { t } = useTranslation("admin");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${statusColours[status] ?? ""}`}>
      {/* i18n-keys: admin:status.draft admin:status.scheduled admin:status.published */}
      {t(`status.${status}`)}
    </span>
  );
}

/** The localized text of a field's problem (from validate() in form-validation.server.ts) */
export function useFieldProblemText(): (problem: FieldProblem | undefined) => string[] | undefined {
  const { t } = useTranslation("admin");
  return (problem) => {
    if (!problem) return undefined;
    if (problem.key === "tooLong") return [t("errors.tooLong", { count: problem.max ?? 0 })];
    // i18n-keys: admin:errors.slugScript admin:errors.slugSameAsOtherEdition
    if (problem.suggestion !== undefined) return [t(`errors.${problem.key}`, { suggestion: problem.suggestion })];
    // i18n-keys: admin:errors.required admin:errors.slugTaken admin:errors.invalid admin:errors.httpsUrl
    return [t(`errors.${problem.key}`)];
  };
}

/**
 * The error summary above a form that came back with problems: each problem a link to its field, named by
 * `labels` (the form's own words; title, slug and publish time are named here).
 */
export function FormProblemsSummary<Problem = FieldProblem>({
  problems,
  labels = {},
  text,
  uploads = {},
}: {
  problems: Partial<Record<string, Problem>>;
  labels?: Partial<Record<string, ReactNode>>;
  /** The words of a screen's own problems (accounts); FieldProblems' by default */
  text?: (problem: Problem | undefined) => string[] | undefined;
  /** A refused upload's words, by the name of its picker's choice (see UploadPicker), before any field problem there */
  uploads?: Partial<Record<string, readonly string[]>>;
}) {
  const { t } = useTranslation("admin");
  const fieldProblemText = useFieldProblemText();
  const problemText = text ?? (fieldProblemText as (problem: Problem | undefined) => string[] | undefined);
  // The fields many forms share (EditorFields) are named here once
  const shared: Partial<Record<string, ReactNode>> = { title: t("fields.title"), slug: t("fields.slug"), publishedAt: t("fields.publishedAt") };
  const fields = [...new Set([...Object.keys(uploads), ...Object.keys(problems)])];
  const errors = summaryErrors(fields, (field) => uploads[field] ?? problemText(problems[field]), (field) => labels[field] ?? shared[field]);
  if (errors.length === 0) return null;
  return <ErrorSummary heading={t("errors.summary")} errors={errors} />;
}

/** The editorial page title, "(2 errors) Edit article | Editorial" while the form shows problems */
export function AdminTitle({ children, errorCount = 0 }: { children: string; errorCount?: number }) {
  const { t } = useTranslation("admin");
  const title = `${children} | ${t("admin:title")}`;
  return <title>{errorCount > 0 ? t("errors.title", { count: errorCount, title }) : title}</title>;
}

/** "Saved." / "Deleted." / "Proposed." after a redirect that carries ?flash=saved, deleted or proposed */
export function Flash() {
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("admin");
  const flash = searchParams.get("flash");
  if (flash !== "saved" && flash !== "deleted" && flash !== "proposed") return null;
  return (
    <p role="status" className="mb-4 rounded border-s-4 border-emerald-700 bg-emerald-50 px-4 py-3 font-semibold text-emerald-900">
      {/* i18n-keys: admin:flash.saved admin:flash.deleted admin:flash.proposed */}
      {t(`flash.${flash}`)}
    </p>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation("admin");
  return <p className="rounded bg-surface p-6 text-center text-stone-600 shadow">{children ?? t("empty")}</p>;
}

/** Previous / next links for a paged list, keeping the list's filters */
export function AdminPagination({ page, pageCount }: { page: number; pageCount: number }) {
  const { t } = useTranslation("admin");
  const [searchParams] = useSearchParams();
  if (pageCount <= 1) return null;
  const hrefFor = (target: number) => {
    const next = new URLSearchParams(searchParams);
    next.set("page", String(target));
    return `?${next.toString()}`;
  };
  return (
    <nav aria-label={t("pagination.label")} className="mt-4 flex justify-between">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className={secondaryButtonClassName}>
          {t("pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className={secondaryButtonClassName}>
          {t("pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}

/** The options of a select of one edition: those of `available`, by their native names, in edition order */
export function EditionOptions({ available }: { available: readonly string[] }) {
  return (
    <>
      {editions
        .filter((edition) => available.includes(edition.code))
        .map((edition) => (
          <option key={edition.code} value={edition.code} lang={edition.code}>
            {edition.nativeName}
          </option>
        ))}
    </>
  );
}

/** A select of a list filter, "any" first: choosing nothing filters nothing */
function FilterSelect({ name, label, anyLabel, value, options }: { name: string; label: string; anyLabel: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <label className="flex flex-col text-sm">
      <span className="font-semibold">{label}</span>
      <select name={name} defaultValue={value} className="mt-1 rounded border border-stone-500 bg-surface px-2 py-1.5">
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A select of the editions a user works on, with "All editions" first (for list filters) */
export function EditionFilter({ available, value }: { available: readonly string[]; value: string }) {
  const { t } = useTranslation("admin");
  const options = editions.filter((edition) => available.includes(edition.code)).map((edition) => ({ value: edition.code, label: edition.nativeName }));
  return <FilterSelect name="edition" label={t("fields.edition")} anyLabel={t("fields.anyEdition")} value={value} options={options} />;
}

/** A select of draft / scheduled / published, with "Any status" first (for list filters) */
export function StatusFilter({ value }: { value: string }) {
  const { t } = useTranslation("admin");
  const options = (["draft", "scheduled", "published"] as const).map((status) => ({ value: status, label: t(`status.${status}`) }));
  return <FilterSelect name="status" label={t("fields.status")} anyLabel={t("fields.anyStatus")} value={value} options={options} />;
}

/** A select of the kinds a list holds (media, publications, uploads), "all kinds" first; the words are the screen's */
export function KindFilter<Kind extends string>({
  kinds,
  value,
  label,
  anyLabel,
  kindLabel,
}: {
  kinds: readonly Kind[];
  value: string;
  label: string;
  anyLabel: string;
  kindLabel: (kind: Kind) => string;
}) {
  return <FilterSelect name="kind" label={label} anyLabel={anyLabel} value={value} options={kinds.map((kind) => ({ value: kind, label: kindLabel(kind) }))} />;
}

export function FilterButton() {
  const { t } = useTranslation("admin");
  return (
    <button type="submit" className={secondaryButtonClassName}>
      {t("actions.filter")}
    </button>
  );
}

/**
 * First in a form that has other submit buttons before its save button (Preview, Copy): Enter in a
 * single-line field submits with the form's first submit button, so this one makes Enter save.
 */
export function DefaultSubmit({ name, value }: { name?: string; value?: string }) {
  return <button type="submit" name={name} value={value} tabIndex={-1} aria-hidden="true" className="sr-only" />;
}

/** The save button of an editorial form; says it is saving while the form is sent (with JavaScript) */
export function SaveButton({ children, name, value }: { children?: ReactNode; name?: string; value?: string }) {
  const { t } = useTranslation("admin");
  const saving = useNavigation().state === "submitting";
  return (
    <button type="submit" name={name} value={value} disabled={saving} className={buttonClassName}>
      {saving ? t("actions.saving") : (children ?? t("actions.save"))}
    </button>
  );
}

/**
 * A delete button in its own POST form (with its CSRF token) to `action`, with `intent=delete`.
 * With JavaScript it asks for confirmation first; without, the button alone is the decision.
 */
export function DeleteForm({ action }: { action?: string }) {
  const { t } = useTranslation("admin");
  return (
    <form
      method="post"
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("actions.confirmDelete"))) event.preventDefault();
      }}
    >
      <CsrfField />
      <button type="submit" name="intent" value="delete" className={dangerButtonClassName}>
        {t("actions.delete")}
      </button>
    </form>
  );
}

/**
 * "Create" and "Edit" links, "Cancel" back to a list. A link repeated in a list names its item after
 * the visible word, for screen readers' lists of links ("Edit: About us")
 */
export function ActionLink({ to, action, object }: { to: string; action: "create" | "edit" | "cancel"; object?: ReactNode }) {
  const { t } = useTranslation("admin");
  return (
    <Link to={to} className={action === "create" ? buttonClassName : secondaryButtonClassName}>
      {/* i18n-keys: admin:actions.create admin:actions.edit admin:actions.cancel */}
      {t(`actions.${action}`)}
      <ObjectName object={object} />
    </Link>
  );
}

const thumbnailShapes = {
  /** media items: their first image */
  landscape: "aspect-video w-24",
  /** publications: their cover */
  portrait: "aspect-[3/4] w-12",
};

/**
 * One item of an editorial list: its picture, its title (in its edition's language) leading to its
 * editor, the edition's name and further `facts` (null ones left out), and its status.
 */
export function ItemRow({
  to,
  edition: code,
  title,
  thumbnail,
  thumbnailShape,
  facts,
  status,
}: {
  to: string;
  edition: string;
  title: string;
  thumbnail: string | null;
  thumbnailShape: keyof typeof thumbnailShapes;
  facts: (string | null)[];
  status: "draft" | "scheduled" | "published";
}) {
  const edition = findEdition(code);
  const shape = `${thumbnailShapes[thumbnailShape]} shrink-0 rounded bg-stone-100`;
  return (
    <li className="flex items-center gap-4 p-3">
      {thumbnail ? <img src={thumbnail} alt="" loading="lazy" className={`${shape} object-cover`} /> : <span className={shape} />}
      <div className="min-w-0 flex-1">
        <Link to={to} lang={code} dir={edition?.dir} className="font-semibold text-brand hover:underline">
          {title}
        </Link>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
          <span lang={code} dir={edition?.dir}>
            {edition?.nativeName ?? code}
          </span>
          {facts.map((fact, index) => (fact === null ? null : <span key={index}>{fact}</span>))}
        </p>
      </div>
      <StatusBadge status={status} />
    </li>
  );
}
