import { useId, type ReactNode } from "react";
import { fieldId } from "./ErrorSummary";
import { describedBy, FieldErrors } from "./FieldErrors";
import { controlClassName, hintClassName, labelClassName } from "./styles";

export interface LabelledControlProps {
  id?: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already localized; the field is marked invalid while there are any */
  errors?: readonly string[];
  className?: string;
}

/** What a control spreads onto itself to be labelled and described by its hint and errors */
export interface ControlWiring {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  className: string;
}

/** The label, hint and errors of Field and TextArea around the control `render` draws */
export function LabelledControl({ id: givenId, name, label, hint, errors, className, render }: LabelledControlProps & { render: (wiring: ControlWiring) => ReactNode }) {
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
      {render({
        id,
        name,
        "aria-invalid": invalid || undefined,
        "aria-describedby": describedBy({ hint: hintId, errors: invalid ? errorId : undefined }),
        className: controlClassName(invalid),
      })}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
