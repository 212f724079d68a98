// Media and publication facts as an edition writes them: durations, file sizes, language names.
// Called by the loaders, so the server's Intl data decides and hydration sees the same text.
import type { Edition } from "~/editions";
import { displayNames, numberFormat } from "~/utils/intl-cache";

function digits(edition: Edition, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return numberFormat(edition.intlLocale, { numberingSystem: edition.numberingSystem, useGrouping: false, ...options });
}

/** "3:25", "1:02:07"; in the edition's digits ("۳:۲۵") */
export function formatDuration(edition: Edition, totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const padded = digits(edition, { minimumIntegerDigits: 2 });
  const rest = [minutes, seconds % 60].map((part, index) => (index === 0 && hours === 0 ? digits(edition).format(part) : padded.format(part)));
  return hours > 0 ? [digits(edition).format(hours), ...rest].join(":") : rest.join(":");
}

/** The machine-readable form for <time dateTime>: "PT3M25S" */
export function isoDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${seconds % 60 || seconds === 0 ? `${seconds % 60}S` : ""}`;
}

/**
 * "2.4 kB", "1.2 MB" with the edition's units, digits and decimal sign (decimal units: 1 kB = 1,000 bytes);
 * the number and its unit never break apart (no-break spaces)
 */
export function formatFileSize(edition: Edition, bytes: number): string {
  const megabytes = bytes >= 1_000_000;
  const value = megabytes ? bytes / 1_000_000 : Math.max(bytes / 1_000, 0.1);
  return numberFormat(edition.intlLocale, {
    numberingSystem: edition.numberingSystem,
    style: "unit",
    unit: megabytes ? "megabyte" : "kilobyte",
    unitDisplay: edition.unitDisplay,
    maximumFractionDigits: 1,
  })
    .format(value)
    .replace(/\s/g, "\u00a0");
}

/** A language's name in the edition's language: "fa" is "Persian" in English, "فارسی" in Persian */
export function languageName(edition: Edition, code: string): string {
  try {
    return displayNames(edition.intlLocale, { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
