import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { ErrorPage } from "~/components/ErrorPage";
import { requireEdition } from "~/routing/params.server";

/** Every page lives under /<edition>; an unknown edition is a 404 */
export function loader({ params }: LoaderFunctionArgs) {
  return { edition: requireEdition(params).code };
}

export default function EditionLayout() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
