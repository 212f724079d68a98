// Shared Intl formatters. Building one loads and resolves locale data (calendar, digits, time zone), which
// costs a few hundred microseconds; formatting with a built one costs almost nothing. A page formats dozens
// of dates and numbers, so a formatter is built once per locale and options and then serves every request.
// Formatters are immutable, and the options used come from the code and the edition configuration, so the
// set of keys is small and fixed.
const formatters = new Map<string, object>();

function shared<T extends object>(kind: string, locale: string, options: object, build: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return shared("number", locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return shared("date", locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return shared("relative", locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return shared("names", locale, options, () => new Intl.DisplayNames([locale], options));
}

export function pluralRules(locale: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return shared("plural", locale, options, () => new Intl.PluralRules(locale, options));
}
