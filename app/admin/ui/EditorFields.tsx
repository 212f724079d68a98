// Fields that articles, media items, publications and pages share: the title, the slug (made from the
// title when left empty), and the status with its publish time in the edition's time zone; media items
// and publications also the same item in another edition (checked by item-identity.server.ts).
import { useTranslation } from "react-i18next";
import type { FieldProblem, FieldProblems } from "~/admin/form-validation.server";
import type { ItemIdentityNotes } from "~/admin/item-identity.server";
import { Field } from "~/components/form/Field";
import { isoToCalendarInput, type InputCalendar } from "~/domain/solar-hijri";
import { defaultEdition, findEdition, type Edition } from "~/editions";
import { useFieldProblemText } from "./AdminUi";
import { TranslationSelect, type TranslationOption } from "./TranslationSelect";

export function TitleField({ defaultValue, problem, edition, maxLength }: { defaultValue?: string; problem?: FieldProblem; edition: Edition; maxLength: number }) {
  const { t } = useTranslation("admin");
  const problemText = useFieldProblemText();
  return (
    <Field name="title" label={t("fields.title")} defaultValue={defaultValue} errors={problemText(problem)} lang={edition.code} dir={edition.dir} maxLength={maxLength} required />
  );
}

export function SlugField({ defaultValue, problem, edition }: { defaultValue?: string; problem?: FieldProblem; edition: Edition }) {
  const { t } = useTranslation("admin");
  const problemText = useFieldProblemText();
  return (
    <Field
      name="slug"
      label={t("fields.slug")}
      hint={t("fields.slugHint")}
      defaultValue={defaultValue}
      errors={problemText(problem)}
      lang={edition.code}
      dir={edition.dir}
      maxLength={120}
    />
  );
}

/**
 * Draft / scheduled / published and the publish time, typed in the edition's time zone
 * (publish-time.ts converts it). Editors who may not publish (translators) see only "draft".
 */
export function PublishFields({
  status,
  publishedAtInput,
  problem,
  edition,
  mayPublish,
}: {
  status: "draft" | "scheduled" | "published";
  /** "YYYY-MM-DDTHH:MM" in the edition's time zone, or "" */
  publishedAtInput: string;
  problem?: FieldProblem;
  edition: Edition;
  mayPublish: boolean;
}) {
  const { t, i18n } = useTranslation("admin");
  const problemText = useFieldProblemText();
  // Editors read and type dates in their interface's calendar, times in the edition's time zone
  const interfaceEdition = findEdition(i18n.language) ?? defaultEdition;
  const calendar: InputCalendar = interfaceEdition.calendar;
  return (
    <fieldset className="rounded border border-stone-300 bg-surface p-4">
      <legend className="px-1 font-semibold">{t("fields.status")}</legend>
      <div className="flex flex-wrap gap-4">
        {(["draft", "scheduled", "published"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="status" value={value} defaultChecked={status === value} disabled={!mayPublish && value !== "draft"} />
            {t(`status.${value}`)}
          </label>
        ))}
      </div>
      {/* The calendar of the editor's interface (solar hijri for Persian), which the server reads the text in */}
      <input type="hidden" name="publishedAtCalendar" value={calendar} />
      <Field
        className="mt-4"
        name="publishedAt"
        label={t("fields.publishedAt")}
        errors={problemText(problem)}
        disabled={!mayPublish}
        dir="ltr"
        {...(calendar === "persian"
          ? {
              type: "text",
              hint: t("fields.publishedAtHintSolarHijri", { timeZone: edition.timeZone }),
              placeholder: withDigits("1404/01/15 08:00", interfaceEdition),
              defaultValue: withDigits(isoToCalendarInput(publishedAtInput, calendar), interfaceEdition),
              autoComplete: "off",
            }
          : { type: "datetime-local", hint: t("fields.publishedAtHint", { timeZone: edition.timeZone }), defaultValue: publishedAtInput })}
      />
    </fieldset>
  );
}

/** Latin digits in the edition's own (Persian ۰–۹ for Persian), as the editor reads them */
function withDigits(text: string, edition: Edition): string {
  const digits = new Intl.NumberFormat(edition.intlLocale, { numberingSystem: edition.numberingSystem, useGrouping: false });
  return text.replace(/\d/g, (digit) => digits.format(Number(digit)));
}

/** The translation link and the publish state of a media item or a publication, with why they were refused */
export function TranslationAndPublishFields({
  values,
  problems,
  notes,
  candidates,
  edition,
  mayPublish,
}: {
  values: { translationOf: string; status: string; publishedAt: string };
  problems: FieldProblems;
  notes: ItemIdentityNotes;
  candidates: TranslationOption[];
  edition: Edition;
  mayPublish: boolean;
}) {
  const { t } = useTranslation("admin-media");
  const problemText = useFieldProblemText();
  return (
    <>
      <TranslationSelect
        candidates={candidates}
        value={values.translationOf}
        errors={notes.translationOf ? [t("translation.taken")] : problemText(problems.translationOf)}
      />
      <PublishFields
        status={values.status as "draft" | "scheduled" | "published"}
        publishedAtInput={values.publishedAt}
        problem={problems.publishedAt}
        edition={edition}
        mayPublish={mayPublish}
      />
      {notes.publishedAt ? (
        <p className="text-sm font-semibold text-red-800">
          {/* i18n-keys: admin-media:publish.scheduledNeedsFuture admin-media:publish.publishedInFuture admin-media:publish.dateFormat admin-media:publish.impossibleDate */}
          {t(`publish.${notes.publishedAt}`)}
        </p>
      ) : null}
    </>
  );
}
