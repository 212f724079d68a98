import { describe, expect, it } from "vitest";
import { getEdition } from "~/editions";
import { parseDuration } from "~/admin/media/form.server";
import { auditActions, changesPublication, readPublishState } from "./publish-state.server";

const tehran = getEdition("fa");
const now = new Date("2026-11-05T10:00:00Z");

describe("the publish time typed by a Persian-interface editor in the solar hijri calendar", () => {
  it("is read in the edition's time zone, and an impossible day is refused with its own note", () => {
    const typed = (publishedAt: string) => readPublishState({ status: "scheduled", publishedAt, publishedAtCalendar: "persian" }, tehran, { current: null, mayPublish: true, now });
    // 15 Azar 1405 08:00 in Tehran (UTC+3:30) is 6 December 2026 04:30 UTC
    expect(typed("۱۴۰۵/۰۹/۱۵ ۰۸:۰۰")).toEqual({ ok: true, state: { status: "scheduled", publishedAt: new Date("2026-12-06T04:30:00Z") } });
    expect(typed("1405/12/30 08:00")).toMatchObject({ ok: false, note: "impossibleDate" });
    expect(typed("15 Azar")).toMatchObject({ ok: false, note: "dateFormat" });
    // The same text in a Gregorian editor's form is not a time at all
    expect(readPublishState({ status: "scheduled", publishedAt: "1405/09/15 08:00", publishedAtCalendar: "gregory" }, tehran, { current: null, mayPublish: true, now })).toMatchObject({ ok: false });
  });
});

describe("the publish state typed in a media or publication form", () => {
  it("publishes now when no time is given, and reads times in the edition's time zone", () => {
    expect(readPublishState({ status: "published", publishedAt: "" }, tehran, { current: null, mayPublish: true, now })).toEqual({
      ok: true,
      state: { status: "published", publishedAt: now },
    });
    const scheduled = readPublishState({ status: "scheduled", publishedAt: "2026-11-06T08:00" }, tehran, { current: null, mayPublish: true, now });
    expect(scheduled).toEqual({ ok: true, state: { status: "scheduled", publishedAt: new Date("2026-11-06T04:30:00Z") } });
  });

  it("refuses a schedule in the past and a publication in the future", () => {
    expect(readPublishState({ status: "scheduled", publishedAt: "2026-11-01T08:00" }, tehran, { current: null, mayPublish: true, now })).toMatchObject({
      ok: false,
      note: "scheduledNeedsFuture",
    });
    expect(readPublishState({ status: "published", publishedAt: "2026-12-01T08:00" }, tehran, { current: null, mayPublish: true, now })).toMatchObject({
      ok: false,
      note: "publishedInFuture",
    });
    expect(readPublishState({ status: "scheduled", publishedAt: "" }, tehran, { current: null, mayPublish: true, now })).toMatchObject({ ok: false });
  });

  it("keeps the state of an item for whoever may not publish", () => {
    const current = { status: "published" as const, publishedAt: new Date("2026-10-01T00:00:00Z") };
    expect(readPublishState({ status: "draft", publishedAt: "" }, tehran, { current, mayPublish: false, now })).toEqual({ ok: true, state: current });
  });

  it("keeps the stored instant when the same minute is typed again", () => {
    const current = { status: "published" as const, publishedAt: new Date("2026-10-01T06:15:42Z") };
    const again = readPublishState({ status: "published", publishedAt: "2026-10-01T09:45" }, tehran, { current, mayPublish: true, now });
    expect(again).toEqual({ ok: true, state: current });
    expect(again.ok && changesPublication(current, again.state)).toBe(false);
  });

  it("records publish, schedule and unpublish when the status changes", () => {
    const draft = { status: "draft" as const, publishedAt: null };
    const published = { status: "published" as const, publishedAt: now };
    expect(auditActions(null, draft)).toEqual(["create"]);
    expect(auditActions(null, published)).toEqual(["create", "publish"]);
    expect(auditActions(published, draft)).toEqual(["update", "unpublish"]);
    expect(auditActions(published, published)).toEqual(["update"]);
  });
});

describe("video lengths", () => {
  it("reads minutes:seconds, hours:minutes:seconds, seconds, and Persian or Arabic digits", () => {
    expect(parseDuration("3:25")).toBe(205);
    expect(parseDuration("1:02:03")).toBe(3723);
    expect(parseDuration("90")).toBe(90);
    expect(parseDuration("۳:۲۵")).toBe(205);
    expect(parseDuration("٣:٢٥")).toBe(205);
    expect(parseDuration("")).toBeNull();
  });

  it("refuses what is not a length", () => {
    for (const typed of ["3:75", "1:75:00", "abc", "0", "-3", "3.5"]) expect(parseDuration(typed)).toBeUndefined();
  });
});
