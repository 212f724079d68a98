import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { readEditorialForm } from "~/auth/guard.server";
import { endSession } from "~/auth/session.server";

export async function loader() {
  // Signing out changes something, so it is a POST (with its CSRF token) and never a link
  return redirect("/admin");
}

export async function action({ request }: ActionFunctionArgs) {
  await readEditorialForm(request);
  return redirect("/admin/sign-in", { headers: { "Set-Cookie": await endSession(request) } });
}
