// The first step of a new media item or publication: its edition and kind, chosen with a GET form so the
// form that follows is written in that edition's language and direction and shows that kind's fields.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { buttonClassName, EditionOptions } from "./AdminUi";

export function NewItemChooser<K extends string>({
  action,
  legend,
  editions,
  kinds,
  kindLabel,
}: {
  action: string;
  legend: string;
  /** The editions the editor may create in */
  editions: readonly string[];
  kinds: readonly K[];
  kindLabel: (kind: K) => string;
}) {
  const { t } = useTranslation(["admin-media", "admin"]);
  const id = useId();
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 rounded bg-surface p-4 shadow">
      <fieldset className="contents">
        <legend className="sr-only">{legend}</legend>
        <div className="flex flex-col text-sm">
          <label htmlFor={`${id}-edition`} className="font-semibold">
            {t("admin:fields.edition")}
          </label>
          <select id={`${id}-edition`} name="edition" className="mt-1 rounded border border-stone-500 bg-surface px-2 py-1.5">
            <EditionOptions available={editions} />
          </select>
        </div>
        <div className="flex flex-col text-sm">
          <label htmlFor={`${id}-kind`} className="font-semibold">
            {t("kind")}
          </label>
          <select id={`${id}-kind`} name="kind" className="mt-1 rounded border border-stone-500 bg-surface px-2 py-1.5">
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClassName}>
          {legend}
        </button>
      </fieldset>
    </form>
  );
}
