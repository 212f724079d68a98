// The status and publish time of a media item or a publication, as typed in the form's PublishFields,
// checked and turned into what is stored, and the audit actions a change of status records.
import type { FieldProblems } from "./field-problems";
import { inputCalendarOf, typedPublishTime } from "~/domain/solar-hijri";
import { articleStatuses, type ArticleStatus } from "~/db/schema";
import type { Edition } from "~/editions";

export interface PublishState {
  status: ArticleStatus;
  publishedAt: Date | null;
}

/** A minute of leeway: "now" typed into the form is a little in the past when it arrives */
const clockLeewayMs = 60_000;

/** Why the publish time was refused; words in admin-media.json "publish" */
export type PublishNote = "scheduledNeedsFuture" | "publishedInFuture" | "dateFormat" | "impossibleDate";

export type PublishStateResult = { ok: true; state: PublishState } | { ok: false; problems: FieldProblems; note?: PublishNote };

/**
 * The state asked for by the form. Who may not publish keeps the current state (their form's status
 * fields are disabled and send nothing); a new item of theirs is a draft.
 */
export function readPublishState(
  form: { status: string; publishedAt: string; publishedAtCalendar?: string },
  edition: Edition,
  { current, mayPublish, now = new Date() }: { current: PublishState | null; mayPublish: boolean; now?: Date },
): PublishStateResult {
  if (!mayPublish) return { ok: true, state: current ?? { status: "draft", publishedAt: null } };
  const status = (articleStatuses as readonly string[]).includes(form.status) ? (form.status as ArticleStatus) : undefined;
  if (!status) return { ok: false, problems: { status: { key: "required" } } };
  let publishedAt: Date | null = null;
  if (form.publishedAt.trim() !== "") {
    const typed = typedPublishTime(form.publishedAt, inputCalendarOf(form.publishedAtCalendar), edition.timeZone);
    if ("problem" in typed) return { ok: false, problems: { publishedAt: { key: "invalid" } }, note: typed.problem === "invalid" ? undefined : typed.problem };
    publishedAt = typed.date;
  }
  // The form shows the time to the minute: the same minute typed again keeps the stored instant
  const unchangedTime = Boolean(current?.publishedAt && publishedAt && Math.floor(publishedAt.getTime() / 60_000) === Math.floor(current.publishedAt.getTime() / 60_000));
  if (unchangedTime) publishedAt = current!.publishedAt;
  if (status === "published") {
    if (!publishedAt) publishedAt = now;
    else if (publishedAt.getTime() > now.getTime() + clockLeewayMs) return { ok: false, problems: { publishedAt: { key: "invalid" } }, note: "publishedInFuture" };
  }
  if (status === "scheduled") {
    if (!publishedAt) return { ok: false, problems: { publishedAt: { key: "required" } } };
    // A scheduled time that has come is kept as it is (the item is live); a new one must be ahead
    if (!unchangedTime && publishedAt.getTime() <= now.getTime()) return { ok: false, problems: { publishedAt: { key: "invalid" } }, note: "scheduledNeedsFuture" };
  }
  return { ok: true, state: { status, publishedAt } };
}

/** Whether going from `before` to `after` is publishing work (content.publish), not just editing */
export function changesPublication(before: PublishState | null, after: PublishState): boolean {
  if (!before) return after.status !== "draft";
  return before.status !== after.status || (after.status !== "draft" && before.publishedAt?.getTime() !== after.publishedAt?.getTime());
}

/** The audit actions of a save: "create" or "update", and publish / schedule / unpublish when the status changed */
export function auditActions(before: PublishState | null, after: PublishState): string[] {
  const actions = [before ? "update" : "create"];
  if ((before?.status ?? "draft") !== after.status) {
    actions.push(after.status === "published" ? "publish" : after.status === "scheduled" ? "schedule" : "unpublish");
  }
  return actions;
}

/** Whether readers may see, or could have seen, the item in either state (then pages must be told) */
export function concernsReaders(before: PublishState | null, after: PublishState | null): boolean {
  return (before !== null && before.status !== "draft") || (after !== null && after.status !== "draft");
}
