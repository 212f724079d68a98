// Choosing a file for a media item or a publication: one of the library's recent uploads (radio buttons
// with thumbnails) or a new file uploaded with the form. Works without JavaScript: the form is multipart
// and the server takes the new file when one is chosen, else the selected upload.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { fieldId } from "~/components/form/ErrorSummary";
import { FieldErrors, describedBy } from "~/components/form/FieldErrors";
import { controlClassName, hintClassName } from "~/components/form/styles";

/** An upload as the pickers show it (sizes and dimensions formatted by the loader) */
export interface PickerUpload {
  id: number;
  name: string;
  thumbnail: string | null;
  /** The alt text the image already has where it is used, if any */
  alt: string | null;
  /** "1600 × 900 · 2.1 MB" */
  detail: string;
}

/** The radio value that keeps the file the item has now */
export const currentFileChoice = "current";

const choiceClassName =
  "flex h-full cursor-pointer flex-col gap-1 rounded border border-stone-300 p-2 text-sm has-[:checked]:border-brand has-[:checked]:ring-2 has-[:checked]:ring-brand";

export function UploadPicker({
  legend,
  choiceName,
  fileName,
  uploads,
  selected,
  accept,
  fileHint,
  errors,
  noneLabel,
  current,
  required = false,
}: {
  legend: string;
  /** The radio buttons' name: the chosen upload's id */
  choiceName: string;
  /** The file input's name */
  fileName: string;
  uploads: PickerUpload[];
  /** The id chosen now, "" for none */
  selected: string;
  accept: string;
  fileHint: string;
  errors?: readonly string[];
  /** Offered first when the file is optional ("No cover", "Keep the current file") */
  noneLabel?: string;
  /** The file the item has now, kept unless another is chosen (radio value "current") */
  current?: { label: string; thumbnail: string | null; detail: string };
  required?: boolean;
}) {
  const { t } = useTranslation("admin-media");
  const id = useId();
  const invalid = Boolean(errors?.length);
  const errorId = `${id}-errors`;
  const hintId = `${id}-hint`;
  // Invalid, the file input is where the form's error summary leads (its link names the choice)
  const fileInputId = invalid ? fieldId(choiceName) : `${id}-file`;
  return (
    <fieldset className="rounded border border-stone-300 bg-surface p-4" aria-describedby={invalid ? errorId : undefined}>
      <legend className="px-1 font-semibold">
        {legend}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      <FieldErrors id={errorId} errors={errors} />
      <div className="mt-2">
        <label htmlFor={fileInputId} className="block text-sm font-semibold">
          {t("picker.newFile")}
        </label>
        <p id={hintId} className={hintClassName}>
          {fileHint}
        </p>
        <input
          id={fileInputId}
          type="file"
          name={fileName}
          accept={accept}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy({ hint: hintId, errors: invalid ? errorId : undefined })}
          className={controlClassName(invalid)}
        />
      </div>
      {uploads.length > 0 || noneLabel || current ? (
        <div className="mt-4">
          <p className="text-sm font-semibold">{t("picker.orChoose")}</p>
          <ul className="mt-2 grid max-h-80 grid-cols-[repeat(auto-fill,minmax(7.5rem,1fr))] gap-2 overflow-y-auto">
            {current ? (
              <li>
                <label className={choiceClassName}>
                  <input type="radio" name={choiceName} value={currentFileChoice} defaultChecked={selected === currentFileChoice} />
                  {current.thumbnail ? <img src={current.thumbnail} alt="" loading="lazy" className="aspect-video w-full rounded bg-stone-100 object-cover" /> : null}
                  <span className="font-semibold">{current.label}</span>
                  <span className="break-all text-xs text-stone-600" dir="auto">
                    {current.detail}
                  </span>
                </label>
              </li>
            ) : null}
            {noneLabel ? (
              <li>
                <label className={choiceClassName}>
                  <input type="radio" name={choiceName} value="" defaultChecked={selected === ""} />
                  <span>{noneLabel}</span>
                </label>
              </li>
            ) : null}
            {uploads.map((upload) => (
              <li key={upload.id}>
                <label className={choiceClassName}>
                  <input type="radio" name={choiceName} value={upload.id} defaultChecked={selected === String(upload.id)} />
                  {upload.thumbnail ? <img src={upload.thumbnail} alt="" loading="lazy" className="aspect-video w-full rounded bg-stone-100 object-cover" /> : null}
                  <span className="break-all" dir="auto">
                    {upload.name}
                  </span>
                  {upload.alt ? (
                    <span className="text-xs" dir="auto">
                      {upload.alt}
                    </span>
                  ) : null}
                  <span className="text-xs text-stone-600">{upload.detail}</span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
