// Publish times typed in the solar hijri (Persian) calendar: "۱۴۰۳/۱۲/۳۰ ۱۴:۳۰", Persian, Arabic or Latin digits.
// Intl's "persian" calendar (ICU) is the one source of truth for dates, in both directions: a typed date is
// found by stepping from an estimate until Intl names it, and refused when no day has that name (Esfand 30
// of a common year, month 13). Times are then read in the edition's time zone (publish-time.ts).
import { dateToZonedInput, zonedInputToDate } from "./publish-time";

export type InputCalendar = "gregory" | "persian";

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const persianParts = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
const dayMs = 86_400_000;

/** The solar hijri date of a Gregorian day (UTC midnight of it) */
export function solarHijriOf(gregorianDayUtc: number): CalendarDate {
  const parts = Object.fromEntries(persianParts.formatToParts(new Date(gregorianDayUtc)).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

const nowruzDays = new Map<number, number>();

/** 1 Farvardin (Nowruz) falls on 20, 21 or 22 March of Gregorian year + 621: Intl says which */
function nowruzOf(year: number): number {
  let nowruz = nowruzDays.get(year);
  if (nowruz !== undefined) return nowruz;
  nowruz = Date.UTC(year + 621, 2, 19);
  while (solarHijriOf(nowruz).month !== 1) nowruz += dayMs;
  nowruzDays.set(year, nowruz);
  return nowruz;
}

/** UTC midnight of the Gregorian day named year/month/day in the solar hijri calendar; null when no day is */
export function gregorianDayOf({ year, month, day }: CalendarDate): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const nowruz = nowruzOf(year);
  // Months 1–6 have 31 days, 7–11 30, Esfand 29 or 30: the day is checked by naming it back
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day;
  const candidate = nowruz + (dayOfYear - 1) * dayMs;
  const named = solarHijriOf(candidate);
  return named.year === year && named.month === month && named.day === day ? candidate : null;
}

const digitValues: Record<string, string> = {};
for (let digit = 0; digit <= 9; digit++) {
  digitValues[String.fromCharCode(0x06f0 + digit)] = String(digit); // Persian ۰–۹
  digitValues[String.fromCharCode(0x0660 + digit)] = String(digit); // Arabic ٠–٩
}
const latinDigits = (text: string) => text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) => digitValues[digit] ?? digit);

/**
 * What an editor typed in `calendar` as the "YYYY-MM-DDTHH:MM" (Gregorian) of publish-time.ts, or why not.
 * Gregorian text is the datetime-local control's and passes as it is.
 */
export function calendarInputToIso(typed: string, calendar: InputCalendar): { iso: string } | { problem: "format" | "impossibleDate" } {
  const text = latinDigits(typed.trim());
  if (calendar === "gregory") return { iso: text };
  const match = /^(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s+|\s*[T،,]\s*)(\d{1,2})\s*[:：]\s*(\d{2})$/.exec(text);
  if (!match) return { problem: "format" };
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (hour > 23 || minute > 59) return { problem: "impossibleDate" };
  const gregorianDay = gregorianDayOf({ year, month, day });
  if (gregorianDay === null) return { problem: "impossibleDate" };
  const pad = (value: number) => String(value).padStart(2, "0");
  return { iso: `${new Date(gregorianDay).toISOString().slice(0, 10)}T${pad(hour)}:${pad(minute)}` };
}

/** The Gregorian "YYYY-MM-DDTHH:MM" of publish-time.ts as the editor reads it in `calendar` ("1403/12/30 14:30") */
export function isoToCalendarInput(iso: string, calendar: InputCalendar): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(iso);
  if (calendar === "gregory" || !match) return iso;
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  const date = solarHijriOf(Date.UTC(year, month - 1, day));
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.year}/${pad(date.month)}/${pad(date.day)} ${match[4]}:${match[5]}`;
}

/** An instant as typed in `calendar` in `timeZone` (for round-trip tests and the form's value) */
export function dateToCalendarInput(date: Date, timeZone: string, calendar: InputCalendar): string {
  return isoToCalendarInput(dateToZonedInput(date, timeZone), calendar);
}

/** The calendar a form's publish time is typed in, as its PublishFields said ("gregory" unless "persian") */
export function inputCalendarOf(value: string | undefined | null): InputCalendar {
  return value === "persian" ? "persian" : "gregory";
}

/**
 * A publish time as typed in `calendar`, in `timeZone`: the instant, or why it is refused ("dateFormat":
 * not year/month/day hour:minute; "impossibleDate": no such day or time, like Esfand 30 of a common year)
 */
export function typedPublishTime(typed: string, calendar: InputCalendar, timeZone: string): { date: Date } | { problem: "invalid" | "dateFormat" | "impossibleDate" } {
  const converted = calendarInputToIso(typed, calendar);
  if ("problem" in converted) return { problem: converted.problem === "format" ? "dateFormat" : "impossibleDate" };
  const date = zonedInputToDate(converted.iso, timeZone);
  return date ? { date } : { problem: "invalid" };
}
