import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { negotiateEdition } from "~/i18n/negotiation.server";

/** `/` leads to the reader's edition: the `lng` cookie, then Accept-Language (with q-values), then English */
export async function loader({ request }: LoaderFunctionArgs) {
  return redirect(`/${await negotiateEdition(request)}`, {
    status: 302,
    headers: { Vary: "Cookie, Accept-Language", "Cache-Control": "private, no-cache" },
  });
}
