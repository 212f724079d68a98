// Who may do what with an article, on top of permissions.ts. Editors work on the articles of their
// editions; translators read every edition (they translate FROM them) but change only drafts in theirs,
// and never publish. The loaders use these to decide what a screen offers, the actions to refuse (403).
import type { ArticleStatus } from "~/db/schema";
import { editionCodes } from "~/editions";
import { can, editionsOf, type SignedInUser } from "~/auth/permissions";

type User = Pick<SignedInUser, "role" | "editions">;

/** The editions whose articles the list shows: all of them to whoever translates, else the user's own */
export function listedEditions(user: User): string[] {
  return can(user, "translation.edit") ? [...editionCodes] : editionsOf(user);
}

/** Whether the edit page of an article of `edition` opens for the user (403 otherwise) */
export function mayOpenArticle(user: User, edition: string): boolean {
  return can(user, "content.edit", edition) || can(user, "translation.edit", edition);
}

/** Whether the user may save changes to an article that is now `status` (a translator: drafts only) */
export function mayEditArticle(user: User, article: { edition: string; status: ArticleStatus }): boolean {
  return can(user, "content.edit", article.edition) || (can(user, "translation.edit", article.edition) && article.status === "draft");
}

/**
 * Whether the user's changes to this article become a proposal an editor publishes (docs/decisions/016):
 * a translator on a translation in their edition that is no longer a draft
 */
export function mayProposeRevision(user: User, article: { edition: string; status: ArticleStatus; translatedFromId: number | null }): boolean {
  return article.translatedFromId !== null && article.status !== "draft" && !mayEditArticle(user, article) && can(user, "translation.edit", article.edition);
}

/**
 * A change needs content.publish when it makes the article scheduled or published, or touches one that
 * readers see (or will see) already. `before` is null for a new article.
 */
export function needsPublishPermission(before: ArticleStatus | null, after: ArticleStatus): boolean {
  return after !== "draft" || (before !== null && before !== "draft");
}

/** The editions the user may translate an article into: theirs, minus those its group has already */
export function translationTargets(user: User, editionsInGroup: readonly string[]): string[] {
  return editionsOf(user).filter((edition) => can(user, "translation.edit", edition) && !editionsInGroup.includes(edition));
}
