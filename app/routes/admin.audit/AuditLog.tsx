// The audit log's words and links: each known action and kind of entity in the interface language
// (an action recorded by newer code than this list is shown as recorded), and the editorial screen of
// the entity an entry is about, where there is one.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { findEdition } from "~/editions";

const knownActions = [
  "create",
  "update",
  "publish",
  "unpublish",
  "schedule",
  "delete",
  "translate",
  "propose",
  "discard",
  "approve",
  "reject",
  "spam",
  "read",
  "archive",
  "unarchive",
  "upload",
  "reorder",
  "sign-in",
  "disable",
  "enable",
  "reset-password",
] as const;

export const knownEntityTypes = ["article", "category", "author", "series", "media", "publication", "page", "comment", "contact-message", "user", "upload", "identity"] as const;
type KnownEntityType = (typeof knownEntityTypes)[number];

const isKnown = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The editorial screen of one entity; comments and uploads have none of their own, so they lead to their list */
const entityPaths: Partial<Record<KnownEntityType, (id: number) => string>> = {
  article: (id) => `/admin/articles/${id}`,
  category: (id) => `/admin/categories/${id}`,
  author: (id) => `/admin/authors/${id}`,
  series: (id) => `/admin/series/${id}`,
  media: (id) => `/admin/media/${id}`,
  publication: (id) => `/admin/publications/${id}`,
  page: (id) => `/admin/pages/${id}`,
  comment: () => "/admin/comments",
  "contact-message": (id) => `/admin/messages/${id}`,
  user: (id) => `/admin/users/${id}`,
  upload: () => "/admin/uploads",
  identity: () => "/admin/identity",
};

export function useEntityTypeLabel(): (entityType: string) => string {
  const { t } = useTranslation("admin-accounts");
  return (entityType) => (isKnown(knownEntityTypes, entityType) ? t(`audit.entities.${entityType}`) : entityType);
}

export interface AuditRow {
  id: number;
  /** Already formatted on the server */
  createdAt: string;
  actorEmail: string;
  action: string;
  entityType: string;
  entityId: number | null;
  edition: string | null;
  summary: string;
}

export function AuditEntryRow({ entry }: { entry: AuditRow }) {
  const { t } = useTranslation("admin-accounts");
  const entityLabel = useEntityTypeLabel();
  const pathOf = isKnown(knownEntityTypes, entry.entityType) ? entityPaths[entry.entityType] : undefined;
  // A deleted entity has no screen any more
  const path = pathOf && entry.entityId !== null && entry.action !== "delete" ? pathOf(entry.entityId) : null;
  const entity = `${entityLabel(entry.entityType)}${entry.entityId !== null ? ` #${entry.entityId}` : ""}`;
  return (
    <tr>
      <td className="whitespace-nowrap px-4 py-2">{entry.createdAt}</td>
      <td className="px-4 py-2" dir="ltr">
        {entry.actorEmail}
      </td>
      <td className="px-4 py-2">{isKnown(knownActions, entry.action) ? t(`audit.actions.${entry.action}`) : entry.action}</td>
      <td className="px-4 py-2">
        {path ? (
          <Link to={path} className="text-brand hover:underline">
            {entity}
          </Link>
        ) : (
          entity
        )}
      </td>
      <td className="px-4 py-2">{entry.edition ? <bdi lang={entry.edition}>{findEdition(entry.edition)?.nativeName ?? entry.edition}</bdi> : "—"}</td>
      <td className="px-4 py-2" lang={entry.edition ?? undefined} dir="auto">
        {entry.summary}
      </td>
    </tr>
  );
}
