import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addDays, isoWeekday, toIsoDate } from "../src/calendar.js";

describe("calendar arithmetic", () => {
  it("validates dates, leap years included", () => {
    expect(toIsoDate(2025, 8, 15)).toBe("2025-08-15");
    expect(toIsoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(toIsoDate(2025, 2, 29)).toBeNull();
    expect(toIsoDate(1900, 2, 29)).toBeNull();
    expect(toIsoDate(2000, 2, 29)).toBe("2000-02-29");
    expect(toIsoDate(2025, 13, 1)).toBeNull();
    expect(toIsoDate(2025, 4, 31)).toBeNull();
  });

  it("agrees with luxon on weekdays and day arithmetic across five years", () => {
    for (let d = DateTime.utc(2022, 1, 1); d.year < 2027; d = d.plus({ days: 1 })) {
      const iso = d.toISODate()!;
      expect(isoWeekday(iso)).toBe(d.weekday);
      expect(addDays(iso, -40)).toBe(d.minus({ days: 40 }).toISODate());
    }
  });
});
