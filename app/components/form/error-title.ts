import { useMatches } from "@remix-run/react";
import { useContext } from "react";
import { useTranslation } from "react-i18next";
// Remix's own <Meta> reads this context too: a route's meta() is given loader data only, never action data
import { UNSAFE_DataRouterStateContext } from "react-router-dom";

/**
 * "(2 errors) Contact us | Horizon Watch" while a reader form has come back with errors (action data
 * `{ errors }`, one entry per field), else null. The page's own title is its loader's `seo.title`.
 */
export function useFormErrorTitle(): string | null {
  const { t } = useTranslation("common");
  const actionData = useContext(UNSAFE_DataRouterStateContext)?.actionData ?? {};
  const matches = useMatches();
  const errors = Object.values(actionData).find((result): result is { errors: Record<string, unknown> } =>
    typeof result === "object" && result !== null && typeof (result as { errors?: unknown }).errors === "object",
  )?.errors;
  const count = errors ? Object.values(errors).filter(Boolean).length : 0;
  const title = (matches.at(-1)?.data as { seo?: { title?: string } } | undefined)?.seo?.title;
  return count > 0 && title ? t("formErrors.title", { count, title }) : null;
}
