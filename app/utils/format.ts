// Dates and numbers per edition, entirely from the edition configuration (calendar, digits, time zone).
import type { Edition } from "~/editions";
import { dateTimeFormat, numberFormat, relativeTimeFormat } from "./intl-cache";

export function formatNumber(edition: Edition, value: number): string {
  return numberFormat(edition.intlLocale, { numberingSystem: edition.numberingSystem }).format(value);
}

function dateFormat(edition: Edition, calendar: string, options: Intl.DateTimeFormatOptions) {
  return dateTimeFormat(edition.intlLocale, {
    calendar,
    numberingSystem: edition.numberingSystem,
    timeZone: edition.timeZone,
    ...options,
  });
}

/** "24 November 2026"; Persian: "۴ آذر ۱۴۰۵ (۲۴ نوامبر ۲۰۲۶)" when the edition shows the Gregorian date too */
export function formatDate(edition: Edition, date: Date): string {
  const primary = dateFormat(edition, edition.calendar, { dateStyle: "long" }).format(date);
  if (!edition.showGregorianAlongside || edition.calendar === "gregory") return primary;
  return `${primary} (${dateFormat(edition, "gregory", { dateStyle: "long" }).format(date)})`;
}

export function formatDateTime(edition: Edition, date: Date): string {
  return dateFormat(edition, edition.calendar, { dateStyle: "long", timeStyle: "short" }).format(date);
}

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ["minute", 60],
  ["hour", 24],
];

/**
 * "3 hours ago" for posts younger than a day, otherwise undefined (the absolute date is shown instead).
 * `now` is passed in, not read here, so the server render and hydration agree.
 */
export function formatRelativeIfFresh(edition: Edition, date: Date, now: Date): string | undefined {
  let amount = (now.getTime() - date.getTime()) / 60_000;
  if (amount < 0 || amount >= 24 * 60) return undefined;
  const format = relativeTimeFormat(edition.intlLocale, { numeric: "auto", numberingSystem: edition.numberingSystem } as Intl.RelativeTimeFormatOptions);
  for (const [unit, size] of relativeUnits) {
    if (Math.abs(amount) < size || unit === "hour") return format.format(-Math.max(1, Math.floor(amount)), unit);
    amount /= size;
  }
  return undefined;
}

/** A year as the edition writes it: its digits, no thousands separator */
export function formatYear(edition: Edition, year: number): string {
  return numberFormat(edition.intlLocale, { numberingSystem: edition.numberingSystem, useGrouping: false }).format(year);
}
