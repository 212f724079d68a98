// Who may do what, decided in one place for the server (guards in every loader and action) and the
// screens (which hide what a role cannot do). Admins work on every edition; editors and translators
// on the editions assigned to them.
import { editionCodes } from "~/editions";
import type { UserRole } from "~/db/schema";

export interface SignedInUser {
  id: number;
  email: string;
  role: UserRole;
  /** Editions assigned to an editor or translator (admins: every edition) */
  editions: string[];
  interfaceLanguage: string;
}

export type Permission =
  /** Create and edit drafts: articles, media items, publications, pages */
  | "content.edit"
  /** Publish, schedule, unpublish */
  | "content.publish"
  | "content.delete"
  /** Create and edit a translation (a draft linked to another edition's article) */
  | "translation.edit"
  /** Categories, authors, series: their names and slugs in an edition */
  | "taxonomy.manage"
  | "comments.moderate"
  | "inbox.read"
  | "uploads.create"
  | "accounts.manage"
  | "audit.read"
  /** The site's name, tagline, logo and social profiles (/admin/identity) */
  | "identity.manage";

const rolePermissions: Record<UserRole, readonly Permission[]> = {
  admin: [
    "content.edit",
    "content.publish",
    "content.delete",
    "translation.edit",
    "taxonomy.manage",
    "comments.moderate",
    "inbox.read",
    "uploads.create",
    "accounts.manage",
    "audit.read",
    "identity.manage",
  ],
  editor: [
    "content.edit",
    "content.publish",
    "content.delete",
    "translation.edit",
    "taxonomy.manage",
    "comments.moderate",
    "inbox.read",
    "uploads.create",
  ],
  translator: ["translation.edit", "uploads.create"],
};

/** The editions a user works on */
export function editionsOf(user: { role: UserRole; editions: readonly string[] }): string[] {
  if (user.role === "admin") return [...editionCodes];
  return user.editions.filter((code) => (editionCodes as readonly string[]).includes(code));
}

/**
 * Whether `user` may do `permission`, in `edition` when the action concerns one edition's content.
 * Without an edition: whether the user may do it in at least one edition (e.g. to show a menu entry).
 */
export function can(user: { role: UserRole; editions: readonly string[] }, permission: Permission, edition?: string | null): boolean {
  if (!rolePermissions[user.role].includes(permission)) return false;
  if (user.role === "admin") return true;
  const editions = editionsOf(user);
  return edition ? editions.includes(edition) : editions.length > 0;
}
