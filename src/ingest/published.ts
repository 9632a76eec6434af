// Publication dates as inputs state them (a header line, a JSON field): ISO dates and
// timestamps, RFC 2822 feed dates, German numeric dates. Anything else is no date.
import { DateTime } from "luxon";

const NUMERIC_FORMATS = ["d.M.yyyy", "yyyy/M/d", "yyyyMMdd"];

/** `YYYY-MM-DD` of a stated date, or null when it is not a valid date. */
export function parseStatedDate(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    // Feed exports carry epoch seconds or milliseconds.
    const ms = value < 1e11 ? value * 1000 : value;
    return DateTime.fromMillis(ms, { zone: "utc" }).toISODate();
  }
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (!s) return null;
  // A timestamp's calendar day is the one written in it, whatever its offset.
  const iso = DateTime.fromISO(s, { setZone: true });
  if (iso.isValid) return iso.toISODate();
  for (const parsed of [DateTime.fromRFC2822(s, { setZone: true }), DateTime.fromHTTP(s, { setZone: true })]) {
    if (parsed.isValid) return parsed.toISODate();
  }
  for (const format of NUMERIC_FORMATS) {
    const parsed = DateTime.fromFormat(s, format, { zone: "utc" });
    if (parsed.isValid) return parsed.toISODate();
  }
  return null;
}
