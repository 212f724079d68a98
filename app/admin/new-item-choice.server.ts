// The first step of a new media item or publication (NewItemChooser): the edition and kind it chose.
import { requirePermission } from "~/auth/guard.server";
import type { SignedInUser } from "~/auth/permissions";
import { findEdition, type Edition } from "~/editions";
import { oneOf } from "./list-filters";

/** The edition and kind chosen (?edition=…&kind=…) when both are valid; 403 when the user may not edit the edition */
export function newItemChoice<Kind extends string>(request: Request, user: SignedInUser, kinds: readonly Kind[]): { edition: Edition; kind: Kind } | null {
  const params = new URL(request.url).searchParams;
  const edition = findEdition(params.get("edition") ?? undefined);
  const kind = oneOf(kinds, params.get("kind"));
  if (!edition || !kind) return null;
  requirePermission(user, "content.edit", edition.code);
  return { edition, kind };
}
