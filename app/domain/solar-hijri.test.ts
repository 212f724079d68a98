import { describe, expect, it } from "vitest";
import { zonedInputToDate } from "./publish-time";
import { calendarInputToIso, dateToCalendarInput, gregorianDayOf, isoToCalendarInput, solarHijriOf } from "./solar-hijri";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("the solar hijri calendar of Persian-interface editors", () => {
  it("knows Nowruz and the last day of the year, in leap and common years", () => {
    // Facts from the Iranian calendar: 1399 and 1403 are leap years (Esfand has 30 days), 1402 and 1404 are not
    expect(gregorianDayOf({ year: 1403, month: 1, day: 1 })).toBe(day("2024-03-20"));
    expect(gregorianDayOf({ year: 1404, month: 1, day: 1 })).toBe(day("2025-03-21"));
    expect(gregorianDayOf({ year: 1403, month: 12, day: 30 })).toBe(day("2025-03-20"));
    expect(gregorianDayOf({ year: 1399, month: 12, day: 30 })).toBe(day("2021-03-20"));
    expect(gregorianDayOf({ year: 1404, month: 12, day: 29 })).toBe(day("2026-03-20"));
    expect(gregorianDayOf({ year: 1358, month: 1, day: 1 })).toBe(day("1979-03-21"));
  });

  it("refuses days that do not exist", () => {
    expect(gregorianDayOf({ year: 1402, month: 12, day: 30 })).toBeNull();
    expect(gregorianDayOf({ year: 1404, month: 12, day: 30 })).toBeNull();
    expect(gregorianDayOf({ year: 1403, month: 7, day: 31 })).toBeNull();
    expect(gregorianDayOf({ year: 1403, month: 13, day: 1 })).toBeNull();
    expect(gregorianDayOf({ year: 1403, month: 0, day: 1 })).toBeNull();
  });

  it("names every day of 1300–1500 back to itself, each the day after the one before", () => {
    const first = gregorianDayOf({ year: 1300, month: 1, day: 1 })!;
    const end = gregorianDayOf({ year: 1500, month: 12, day: 29 })!;
    let previous = solarHijriOf(first - 86_400_000);
    let leapYears = 0;
    const failures: string[] = [];
    for (let gregorian = first; gregorian <= end; gregorian += 86_400_000) {
      const named = solarHijriOf(gregorian);
      const follows =
        (named.year === previous.year && named.month === previous.month && named.day === previous.day + 1) ||
        (named.year === previous.year && named.month === previous.month + 1 && named.day === 1 && previous.day === (previous.month <= 6 ? 31 : 30)) ||
        (named.year === previous.year + 1 && named.month === 1 && named.day === 1 && previous.month === 12 && previous.day >= 29);
      if (!follows || gregorianDayOf(named) !== gregorian) failures.push(`${named.year}/${named.month}/${named.day}`);
      if (named.month === 12 && named.day === 30) leapYears++;
      previous = named;
    }
    expect(failures).toEqual([]);
    // About 8 leap years in every 33
    expect(leapYears).toBeGreaterThan(45);
    expect(leapYears).toBeLessThan(51);
  });

  it("reads what an editor types, in Persian, Arabic or Latin digits, and says why it cannot", () => {
    expect(calendarInputToIso("۱۴۰۳/۱۲/۳۰ ۱۴:۳۰", "persian")).toEqual({ iso: "2025-03-20T14:30" });
    expect(calendarInputToIso("1404/1/1 08:05", "persian")).toEqual({ iso: "2025-03-21T08:05" });
    expect(calendarInputToIso("١٤٠٤-٠١-٠١ ٠٠:٠٠", "persian")).toEqual({ iso: "2025-03-21T00:00" });
    expect(calendarInputToIso("۱۴۰۲/۱۲/۳۰ ۱۰:۰۰", "persian")).toEqual({ problem: "impossibleDate" });
    expect(calendarInputToIso("1403/01/01 24:00", "persian")).toEqual({ problem: "impossibleDate" });
    expect(calendarInputToIso("فردا صبح", "persian")).toEqual({ problem: "format" });
    expect(calendarInputToIso("2026-11-25T08:00", "gregory")).toEqual({ iso: "2026-11-25T08:00" });
  });

  it("round-trips publish times in Tehran across the year boundary and the leap day", () => {
    for (const typed of ["1403/12/29 23:59", "1403/12/30 00:00", "1403/12/30 23:59", "1404/01/01 00:00", "1404/12/29 12:00", "1405/01/01 00:30", "1399/12/30 08:00"]) {
      const converted = calendarInputToIso(typed, "persian");
      expect(converted).toHaveProperty("iso");
      const instant = zonedInputToDate((converted as { iso: string }).iso, "Asia/Tehran")!;
      expect(dateToCalendarInput(instant, "Asia/Tehran", "persian")).toBe(typed);
    }
    // Midnight of Nowruz 1404 in Tehran is still 20 March in UTC
    const nowruz = zonedInputToDate((calendarInputToIso("1404/01/01 00:00", "persian") as { iso: string }).iso, "Asia/Tehran")!;
    expect(nowruz.toISOString()).toBe("2025-03-20T20:30:00.000Z");
    expect(isoToCalendarInput("2025-03-20T14:30", "gregory")).toBe("2025-03-20T14:30");
  });
});
