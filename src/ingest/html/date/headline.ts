// Dates printed next to the headline: most pages that carry no markup still show
// "27.1.2022 – Von …" or "Tanja Karrasch 3.11.2023" just under (or over) their <h1>.
import { announcedAsOther } from "./cues.js";
import { findDatesInText } from "./parse.js";

/** How far after the headline a date line sits (kicker, byline, lead) and how far before (dateline above it). */
const AFTER_CHARS = 400;
const BEFORE_CHARS = 120;
const MIN_HEADLINE_CHARS = 8;

/**
 * Dates around the first headline found in the page text: after it first (nearest first),
 * then inside it (templates put the date in the <h1>'s <small>), then before it.
 * Several headline candidates are tried because the first <h1> is sometimes the site logo.
 * Revision and sign-up dates ("Registriert: …") are passed over.
 */
export function datesNearHeadline(text: string, headlines: Array<string | null>, dayFirst: boolean): string[] {
  // Headlines with <br> or odd spacing only match the page text with whitespace collapsed.
  const flat = text.replace(/\s+/g, " ");
  for (const headline of headlines) {
    if (!headline || headline.length < MIN_HEADLINE_CHARS) continue;
    const at = flat.indexOf(headline);
    if (at < 0) continue;
    const end = at + headline.length;
    const dates = (from: number, to: number) =>
      findDatesInText(flat.slice(from, to), dayFirst)
        .filter((d) => !announcedAsOther(flat, from + d.index))
        .map((d) => d.date);
    const before = dates(Math.max(0, at - BEFORE_CHARS), at).reverse();
    return [...dates(end, end + AFTER_CHARS), ...dates(at, end), ...before];
  }
  return [];
}
