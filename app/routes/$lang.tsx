import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { ErrorPage } from "~/components/ErrorPage";
import { getEnvironment } from "~/env.server";
import { siteIdentity } from "~/models/site-identity.server";
import { requireAddressOfPageLength, requireDecodablePath, requireEdition, requireDatabase, requireSameSiteForm } from "~/routing/params.server";

// Every page under /<edition> is a reader page, cacheable by anyone, unless it says otherwise (see cache-control.ts)
export { readerHeaders as headers } from "~/routing/cache-control";

/** Every page lives under /<edition>; an unknown edition is a 404, an over-long address a 414, an undecodable one a 400 */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const edition = requireEdition(params);
  requireAddressOfPageLength(context);
  requireSameSiteForm(context);
  requireDatabase(context);
  requireDecodablePath(request);
  return {
    edition: edition.code,
    // The header's and footer's name, tagline, logo and social profiles (useSiteIdentity)
    identity: await siteIdentity(edition.code),
    // Whether the footer links the page of the site's other addresses (/<lng>/mirrors)
    hasMirrors: getEnvironment().MIRROR_URLS.length > 0,
  };
}

export default function EditionLayout() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
