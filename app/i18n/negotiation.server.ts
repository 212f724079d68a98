// Which edition `/` leads to: the reader's remembered choice (the `lng` cookie), then the browser's
// Accept-Language with its q-values, then the default edition.
// (remix-i18next 6 only looks at the header's single preferred language, so "de, ar;q=0.7" would miss
// Arabic; Negotiator, the library Express uses, ranks every range by q-value and matches fa-IR to fa.)
import Negotiator from "negotiator";
import { defaultEdition, editionCodes, findEdition } from "~/editions";
import { editionCookie } from "./i18next.server";

export async function negotiateEdition(request: Request): Promise<string> {
  const remembered = await editionCookie.parse(request.headers.get("Cookie")).catch(() => null);
  if (typeof remembered === "string" && findEdition(remembered)) return remembered;
  const acceptLanguage = request.headers.get("Accept-Language");
  if (acceptLanguage) {
    const [preferred] = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages([...editionCodes]);
    if (preferred && findEdition(preferred)) return preferred;
  }
  return defaultEdition.code;
}
