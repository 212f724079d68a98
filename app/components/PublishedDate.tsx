import { useMirror } from "~/mirror/context";
import { formatDate, formatRelativeIfFresh } from "~/utils/format";
import { useEdition } from "~/edition-context";

/** A publish date in the edition's calendar and digits; "3 hours ago" for fresh posts, the date in the title */
export function PublishedDate({ date, now }: { date: Date; now: Date }) {
  const edition = useEdition();
  const absolute = formatDate(edition, date);
  // A mirror's page stays as exported for days: "3 hours ago" would soon be false there
  const relative = useMirror() ? null : formatRelativeIfFresh(edition, date, now);
  return (
    // The server's ICU knows every edition's locale; a browser may not (Chromium builds without Albanian
    // data write English months). Keep the server's text when hydrating instead of re-rendering the page.
    // data-content: a date is data that Intl writes in the edition's language, not a locale-file string.
    <time dateTime={date.toISOString()} title={relative ? absolute : undefined} suppressHydrationWarning data-content>
      {relative ?? absolute}
    </time>
  );
}
