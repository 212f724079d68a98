import type { InputHTMLAttributes } from "react";
import { LabelledControl, type LabelledControlProps } from "./LabelledControl";

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "className">, LabelledControlProps {}

/** A labelled input with its hint and errors wired to it (aria-invalid, aria-describedby) */
export function Field({ id, name, label, hint, errors, className, ...inputProps }: FieldProps) {
  return <LabelledControl {...{ id, name, label, hint, errors, className }} render={(wiring) => <input {...wiring} {...inputProps} />} />;
}
