import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { readEditorialForm, requirePermission, requireEditor } from "~/auth/guard.server";
import { secondaryButtonClassName } from "~/admin/ui/AdminUi";
import { CsrfField } from "~/admin/ui/CsrfField";
import { getDb } from "~/db/database.server";
import { findEdition } from "~/editions";
import { findContactMessage, markContactMessageRead, setContactMessageArchived } from "~/models/admin-messages.server";
import { formatDateTime } from "~/utils/format";
import { mailtoHref } from "~/utils/mailto";
import { requireId } from "~/routing/params.server";

export const handle = { i18n: ["admin-moderation"] };

async function messageOf(params: { id?: string }) {
  const message = await findContactMessage(await getDb(), requireId(params.id));
  if (!message) throw new Response("Not Found", { status: 404 });
  return message;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, interfaceEdition } = await requireEditor(request, "inbox.read");
  const message = await messageOf(params);
  requirePermission(user, "inbox.read", message.edition);
  // Opening a new message is reading it
  if (await markContactMessageRead(await getDb(), user, message)) message.status = "read";
  return { message: { ...message, createdAt: formatDateTime(interfaceEdition, message.createdAt) } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, form } = await readEditorialForm(request);
  requirePermission(user, "inbox.read");
  const message = await messageOf(params);
  requirePermission(user, "inbox.read", message.edition);
  const intent = form.get("intent");
  if (intent !== "archive" && intent !== "unarchive") throw new Response("Unknown intent", { status: 400 });
  await setContactMessageArchived(await getDb(), user, message, intent === "archive");
  return redirect(intent === "archive" ? "/admin/messages?done=archived" : "/admin/messages?status=read&done=restored");
}

export default function ContactMessage() {
  const { message } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin-moderation");
  const edition = findEdition(message.edition);
  const back = `/admin/messages?status=${message.status === "archived" ? "archived" : "read"}`;

  return (
    <article aria-labelledby="page-title" className="rounded bg-surface p-6 shadow">
      <title>{`${message.subject} | ${t("messages.title")} | ${t("admin:title")}`}</title>
      <p>
        <Link to={back} className="text-sm text-brand hover:underline">
          {t("messages.back")}
        </Link>
      </p>
      <h1 id="page-title" lang={message.edition} dir="auto" className="mt-2 text-2xl font-bold">
        {message.subject}
      </h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t("messages.from")}</dt>
        <dd>
          <bdi>{message.name}</bdi>{" "}
          <a href={mailtoHref(message.email)} dir="ltr" className="text-brand underline hover:no-underline">
            {`<${message.email}>`}
          </a>
        </dd>
        <dt className="font-semibold">{t("messages.edition")}</dt>
        <dd lang={message.edition} dir={edition?.dir}>
          {edition?.nativeName ?? message.edition}
        </dd>
        <dt className="font-semibold">{t("messages.received")}</dt>
        <dd>{message.createdAt}</dd>
        <dt className="font-semibold">{t("messages.status")}</dt>
        <dd>{t(`messages.tabs.${message.status}`)}</dd>
      </dl>
      <p lang={message.edition} dir="auto" className="mt-6 whitespace-pre-line break-words border-t border-stone-200 pt-4 text-stone-900">
        {message.message}
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <Form method="post">
          <CsrfField />
          <button type="submit" name="intent" value={message.status === "archived" ? "unarchive" : "archive"} className={secondaryButtonClassName}>
            {message.status === "archived" ? t("messages.unarchive") : t("messages.archive")}
          </button>
        </Form>
      </div>
    </article>
  );
}
