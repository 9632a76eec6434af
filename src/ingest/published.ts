// Publication dates as inputs state them (a header line, a JSON field): the same
// reading as a web page's machine-readable dates — ISO dates and timestamps (their
// local calendar day), RFC 2822 feed dates, numeric and written dates, Unix epochs.
import { parseMachineDate } from "./html/date/parse.js";

/** `YYYY-MM-DD` of a stated date, or null when it is not a valid date. */
export function parseStatedDate(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return parseMachineDate(String(Math.trunc(value)));
  return typeof value === "string" ? parseMachineDate(value) : null;
}
