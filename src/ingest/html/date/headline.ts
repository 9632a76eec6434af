// Dates printed next to the headline: most pages that carry no markup still show
// "27.1.2022 – Von …" or "Tanja Karrasch 3.11.2023" just under (or over) their <h1>.
import { findDatesInText } from "./parse.js";

/** How far after the headline a date line sits (kicker, byline, lead) and how far before (dateline above it). */
const AFTER_CHARS = 400;
const BEFORE_CHARS = 120;

/** Dates around the headline in the page text, nearest to it first, those after it preferred. */
export function datesNearHeadline(text: string, headline: string | null, dayFirst: boolean): string[] {
  if (!headline || headline.length < 8) return [];
  const at = text.indexOf(headline);
  if (at < 0) return [];
  const end = at + headline.length;
  const after = findDatesInText(text.slice(end, end + AFTER_CHARS), dayFirst).map((d) => d.date);
  const start = Math.max(0, at - BEFORE_CHARS);
  const before = findDatesInText(text.slice(start, at), dayFirst).map((d) => d.date).reverse();
  return [...after, ...before];
}
