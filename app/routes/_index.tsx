import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { negotiateEdition } from "~/i18n/negotiation.server";
import { href } from "~/routing/href";

/** `/` leads to the reader's edition: the `lng` cookie, then Accept-Language (with q-values), then English */
export async function loader({ request }: LoaderFunctionArgs) {
  return redirect(href(await negotiateEdition(request), "home"), {
    status: 302,
    headers: { Vary: "Cookie, Accept-Language", "Cache-Control": "private, no-cache" },
  });
}
