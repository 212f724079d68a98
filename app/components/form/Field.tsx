import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { fieldId } from "./ErrorSummary";
import { describedBy, FieldErrors } from "./FieldErrors";
import { controlClassName, hintClassName, labelClassName } from "./styles";

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name"> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already localized; the field is marked invalid while there are any */
  errors?: readonly string[];
}

/** A labelled input with its hint and errors wired to it (aria-invalid, aria-describedby) */
export function Field({ id: givenId, name, label, hint, errors, className, ...inputProps }: FieldProps) {
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
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy({ hint: hintId, errors: invalid ? errorId : undefined })}
        className={controlClassName(invalid)}
        {...inputProps}
      />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
