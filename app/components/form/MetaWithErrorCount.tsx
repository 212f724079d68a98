import { Meta } from "@remix-run/react";
import { useContext } from "react";
import { useTranslation } from "react-i18next";
// Remix's <Meta> reads the router state from this context; a route's meta() is given loader data only, never action data
import { UNSAFE_DataRouterStateContext } from "react-router-dom";
import type { PageSeo } from "~/routing/seo";

/**
 * Remix's <Meta>, whose title starts with the number of errors while a reader form has come back refused
 * (action data `{ errors }`, one entry per field): "(2 errors) Contact us | Horizon Watch" (WCAG 3.3.1).
 * The count goes into the page's `seo.title` as <Meta> reads it, so the document keeps one <title>.
 */
export function MetaWithErrorCount() {
  const { t } = useTranslation("common");
  const state = useContext(UNSAFE_DataRouterStateContext);
  const errors = Object.values(state?.actionData ?? {}).find((result): result is { errors: Record<string, unknown> } =>
    typeof result === "object" && result !== null && typeof (result as { errors?: unknown }).errors === "object",
  )?.errors;
  const count = errors ? Object.values(errors).filter(Boolean).length : 0;
  const leafId = state?.matches.at(-1)?.route.id;
  const leafData = leafId ? (state?.loaderData[leafId] as { seo?: PageSeo } | undefined) : undefined;
  if (!state || !leafId || !leafData?.seo || count === 0) return <Meta />;

  const seo = { ...leafData.seo, title: t("formErrors.title", { count, title: leafData.seo.title }) };
  return (
    <UNSAFE_DataRouterStateContext.Provider value={{ ...state, loaderData: { ...state.loaderData, [leafId]: { ...leafData, seo } } }}>
      <Meta />
    </UNSAFE_DataRouterStateContext.Provider>
  );
}
