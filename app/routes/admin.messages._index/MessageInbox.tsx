// The contact inbox: its tabs (new, read, archived) and its list of messages. Readers' text is plain
// text in the language of the edition it was sent from, its direction decided by its own content.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { findEdition } from "~/editions";
import type { ContactMessageStatus } from "~/models/admin-messages.server";

const tabs = ["new", "read", "archived"] as const satisfies readonly ContactMessageStatus[];

export function MessageTabs({ status, edition, counts }: { status: ContactMessageStatus; edition: string; counts: Record<ContactMessageStatus, string> }) {
  const { t } = useTranslation("admin-moderation");
  return (
    <nav aria-label={t("messages.tabsLabel")} className="mt-4 border-b border-stone-300">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const query = new URLSearchParams({ status: tab, ...(edition ? { edition } : {}) });
          const current = tab === status;
          return (
            <li key={tab}>
              <Link
                to={`/admin/messages?${query.toString()}`}
                aria-current={current ? "page" : undefined}
                className={`-mb-px block rounded-t border px-4 py-2 ${current ? "border-stone-300 border-b-white bg-surface font-semibold" : "border-transparent text-stone-700 hover:bg-stone-200"}`}
              >
                {t(`messages.tabs.${tab}`)} <span className="text-sm text-stone-600">({counts[tab]})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export interface InboxItem {
  id: number;
  edition: string;
  name: string;
  subject: string;
  status: ContactMessageStatus;
  /** Already formatted on the server */
  createdAt: string;
}

export function MessageList({ messages }: { messages: InboxItem[] }) {
  const { t } = useTranslation("admin-moderation");
  return (
    <ul className="divide-y divide-stone-200 rounded bg-surface shadow">
      {messages.map((message) => (
        <li key={message.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
          <div className="min-w-0">
            <Link
              to={`/admin/messages/${message.id}`}
              lang={message.edition}
              dir="auto"
              className={`text-brand hover:underline ${message.status === "new" ? "font-bold" : "font-medium"}`}
            >
              {message.subject}
            </Link>
            {message.status === "new" ? <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t("messages.newBadge")}</span> : null}
            <p className="text-sm text-stone-700">
              {t("messages.from")} <bdi>{message.name}</bdi>
            </p>
          </div>
          <p className="text-sm text-stone-600">
            {/* Isolated: an Arabic-script name next to digits would otherwise swap places with them */}
            <bdi lang={message.edition}>{findEdition(message.edition)?.nativeName ?? message.edition}</bdi> · {message.createdAt}
          </p>
        </li>
      ))}
    </ul>
  );
}
