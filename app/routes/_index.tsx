import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { remixI18next } from "~/i18n/i18next.server";

/** `/` leads to the reader's edition: the `lng` cookie, then Accept-Language (with q-values), then English */
export async function loader({ request }: LoaderFunctionArgs) {
  const edition = await remixI18next.getLocale(request);
  return redirect(`/${edition}`, {
    status: 302,
    headers: { Vary: "Cookie, Accept-Language", "Cache-Control": "private, no-cache" },
  });
}
