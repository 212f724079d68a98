// /robots.txt: crawl everything readers can see; the editors' screens stay out of search engines
import type { LoaderFunctionArgs } from "@remix-run/node";
import { siteOrigin } from "~/routing/params.server";
import { documentResponse } from "~/xml/response.server";

export function loader({ request }: LoaderFunctionArgs) {
  const robots = ["User-agent: *", "Allow: /", "Disallow: /admin", "", `Sitemap: ${siteOrigin(request)}/sitemap.xml`, ""];
  return documentResponse(robots.join("\n"), "text/plain; charset=utf-8");
}
