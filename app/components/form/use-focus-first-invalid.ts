import { useEffect, type RefObject } from "react";

/**
 * After a submission comes back with errors (with JavaScript), move focus to the first invalid
 * field so keyboard and screen-reader users land on what needs fixing.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, errors: unknown): void {
  useEffect(() => {
    if (!errors) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}
