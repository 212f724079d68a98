import { useEffect, useRef, type ReactNode } from "react";

/** One entry of an error summary: the field it leads to (see fieldId), its label and its message */
export interface SummaryError {
  field: string;
  label?: ReactNode;
  message: string;
}

/**
 * The id of a field that has errors, which the error summary links to (`#field-email`). Field and TextArea
 * take it when they are invalid; a form with several fields of one name names them itself.
 */
export function fieldId(name: string): string {
  return `field-${name}`;
}

/** The summary's entries: every error of every field, in the order of `fields` */
export function summaryErrors<Name extends string>(
  fields: readonly Name[],
  errorsFor: (field: Name) => readonly string[] | undefined,
  labelFor: (field: Name) => ReactNode,
): SummaryError[] {
  return fields.flatMap((field) => (errorsFor(field) ?? []).map((message) => ({ field, label: labelFor(field), message })));
}

/**
 * The box above a form that came back with problems: what went wrong, then each field's error as a link
 * to the field. It takes the focus: on reader pages (no hydration) through `autofocus`, on the editorial
 * screens (hydrated, sent without reloading) on every new set of errors.
 */
export function ErrorSummary({ id, heading, errors = [] }: { id?: string; heading: ReactNode; errors?: readonly SummaryError[] }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, [errors, heading]);
  return (
    <div
      ref={summary}
      id={id}
      role="alert"
      tabIndex={-1}
      autoFocus
      data-error-summary
      className="rounded border-s-4 border-red-700 bg-red-50 px-4 py-3 text-red-900 focus:outline-none focus:ring-2 focus:ring-red-700"
    >
      <p className="font-semibold">{heading}</p>
      {errors.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {errors.map((error) => (
            <li key={error.field}>
              <a
                href={`#${fieldId(error.field)}`}
                // On hydrated screens a change of #fragment is a navigation that would drop the errors: focus it in place
                onClick={(event) => {
                  const field = document.getElementById(fieldId(error.field));
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                }}
                className="underline hover:no-underline"
              >
                {error.label ? <>{error.label}: </> : null}
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
