// Publish times are typed in an edition's own time zone (a Tehran editor schedules for 08:00 Tehran
// time) in an <input type="datetime-local">, and stored as instants.

/** "2026-11-25T08:00" in `timeZone` → the instant; null when the text is not such a time */
export function zonedInputToDate(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  // The zone's offset at that moment (twice: the first guess may fall on the other side of a DST change)
  let instant = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  instant = asUtc - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** The instant as "YYYY-MM-DDTHH:MM" in `timeZone`, for an <input type="datetime-local"> */
export function dateToZonedInput(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function offsetMinutes(date: Date, timeZone: string): number {
  const local = dateToZonedInput(date, timeZone);
  const [datePart, timePart] = local.split("T") as [string, string];
  const [y, m, d] = datePart.split("-").map(Number) as [number, number, number];
  const [h, min] = timePart.split(":").map(Number) as [number, number];
  return Math.round((Date.UTC(y, m - 1, d, h, min) - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}
