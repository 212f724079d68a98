import { useRouteLoaderData } from "@remix-run/react";
import type { Edition } from "~/editions";
import { defaultSiteIdentity, type SiteIdentity } from "./site-identity";

/**
 * The identity the edition layout's loader (routes/$lang.tsx) read; the built-in one where that loader
 * did not run or failed (an unknown edition's 404, the editorial screens' error page, a database away)
 */
export function useSiteIdentity(edition: Edition): SiteIdentity {
  const identity = useRouteLoaderData<{ identity?: SiteIdentity }>("routes/$lang")?.identity;
  return identity ?? defaultSiteIdentity(edition.code);
}
