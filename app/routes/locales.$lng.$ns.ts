import type { LoaderFunctionArgs } from "@remix-run/node";
import { readInterfaceNamespace } from "~/i18n/pseudo.server";
import { notFound } from "~/routing/params.server";

/** The browser's i18next loads a page's namespaces from here: /locales/<lng>/<ns>.json (or a pseudo-locale's, pseudo.server.ts) */
export async function loader({ params }: LoaderFunctionArgs) {
  const namespace = params.ns?.replace(/\.json$/, "") ?? "";
  const resources = await readInterfaceNamespace(params.lng ?? "", namespace);
  if (!resources) throw notFound();
  return new Response(JSON.stringify(resources), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": process.env.NODE_ENV === "development" ? "no-cache" : "public, max-age=300, stale-while-revalidate=3600",
    },
  });
}
