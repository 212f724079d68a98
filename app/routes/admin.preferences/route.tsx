import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { interfaceLanguageCookie } from "~/admin/interface-language.server";
import { safeReturnPath } from "~/auth/guard.server";
import { findSessionUser } from "~/auth/session.server";
import { getDb } from "~/db/database.server";
import { findEdition } from "~/editions";
import { setInterfaceLanguage } from "~/models/users.server";
import { readFormData } from "~/security/body-limit.server";
import { requireValidCsrf } from "~/security/csrf.server";

export async function loader() {
  return redirect("/admin");
}

/** The interface language, chosen from the header of every editorial screen (also before signing in) */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readFormData(request);
  await requireValidCsrf(form, request);
  const language = form.get("language")?.toString() ?? "";
  if (!findEdition(language)) throw new Response("Unknown language", { status: 400 });
  const user = await findSessionUser(request);
  if (user) await setInterfaceLanguage(await getDb(), user.id, language);
  return redirect(safeReturnPath(form.get("back")?.toString()), {
    headers: { "Set-Cookie": await interfaceLanguageCookie.serialize(language) },
  });
}
