import { useId, type ReactNode, type TextareaHTMLAttributes } from "react";
import { fieldId } from "./ErrorSummary";
import { describedBy, FieldErrors } from "./FieldErrors";
import { controlClassName, hintClassName, labelClassName } from "./styles";

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already localized; the field is marked invalid while there are any */
  errors?: readonly string[];
}

/** A labelled multi-line field, wired like Field */
export function TextArea({ id: givenId, name, label, hint, errors, className, rows = 8, ...textareaProps }: TextAreaProps) {
  const generatedId = useId();
  const invalid = Boolean(errors?.length);
  // An invalid field takes the id the error summary links to
  const id = givenId ?? (invalid ? fieldId(name) : generatedId);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-errors`;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={hintClassName}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy({ hint: hintId, errors: invalid ? errorId : undefined })}
        className={controlClassName(invalid)}
        {...textareaProps}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
