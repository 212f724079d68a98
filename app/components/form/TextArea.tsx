import type { TextareaHTMLAttributes } from "react";
import { LabelledControl, type LabelledControlProps } from "./LabelledControl";

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id" | "className">, LabelledControlProps {}

/** A labelled multi-line field, wired like Field */
export function TextArea({ id, name, label, hint, errors, className, rows = 8, ...textareaProps }: TextAreaProps) {
  return <LabelledControl {...{ id, name, label, hint, errors, className }} render={(wiring) => <textarea {...wiring} rows={rows} {...textareaProps} />} />;
}
