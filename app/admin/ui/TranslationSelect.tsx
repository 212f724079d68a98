// "The same item in another edition": links a media item or a publication to its translations (they
// share a translation group, and the reader's edition switcher leads from one to the other).
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FieldErrors, describedBy } from "~/components/form/FieldErrors";
import { controlClassName, hintClassName, labelClassName } from "~/components/form/styles";
import { editions } from "~/editions";

export interface TranslationOption {
  id: number;
  edition: string;
  title: string;
}

export function TranslationSelect({ candidates, value, errors }: { candidates: TranslationOption[]; value: string; errors?: readonly string[] }) {
  const { t } = useTranslation("admin-media");
  const id = useId();
  const invalid = Boolean(errors?.length);
  return (
    <div>
      <label htmlFor={id} className={labelClassName}>
        {t("translation.label")}
      </label>
      <p id={`${id}-hint`} className={hintClassName}>
        {t("translation.hint")}
      </p>
      <select
        id={id}
        name="translationOf"
        defaultValue={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy({ hint: `${id}-hint`, errors: invalid ? `${id}-errors` : undefined })}
        className={controlClassName(invalid)}
      >
        <option value="">{t("translation.none")}</option>
        {editions.map((edition) => {
          const options = candidates.filter((candidate) => candidate.edition === edition.code);
          if (options.length === 0) return null;
          return (
            <optgroup key={edition.code} label={edition.nativeName} lang={edition.code}>
              {options.map((candidate) => (
                <option key={candidate.id} value={candidate.id} lang={edition.code} dir={edition.dir}>
                  {candidate.title}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
