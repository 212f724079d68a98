import { useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";

/**
 * The form's submit button; while the form is being sent it says so and waits (on hydrated screens
 * through useNavigation, on reader pages through the reader script, which reads data-pending-label)
 */
export function SubmitButton({ children, pendingLabel }: { children: ReactNode; pendingLabel: ReactNode }) {
  const navigation = useNavigation();
  const pending = navigation.state === "submitting";
  return (
    <button
      type="submit"
      disabled={pending}
      data-pending-label={typeof pendingLabel === "string" ? pendingLabel : undefined}
      className="rounded bg-brand-fill px-5 py-3 font-semibold text-white hover:bg-brand-dark focus:outline-none focus:ring-2 focus:ring-brand focus:ring-offset-2 disabled:opacity-70"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
