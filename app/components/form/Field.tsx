import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { describedBy, FieldErrors } from "./FieldErrors";
import { controlClassName, hintClassName, labelClassName } from "./styles";

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already localized; the field is marked invalid while there are any */
  errors?: readonly string[];
}

/** A labelled input with its hint and errors wired to it (aria-invalid, aria-describedby) */
export function Field({ name, label, hint, errors, className, ...inputProps }: FieldProps) {
  const id = useId();
  const invalid = Boolean(errors?.length);
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
