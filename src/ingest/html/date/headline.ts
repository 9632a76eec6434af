// Dates printed next to the headline: most pages that carry no markup still show
// "27.1.2022 – Von …" or "Tanja Karrasch 3.11.2023" just under (or over) their <h1>.
import { announcedAsOther } from "./cues.js";
import { findPrintedDates } from "./parse.js";

/** How far after the headline a date line sits (kicker, byline, lead) and how far before (dateline above it). */
const AFTER_CHARS = 400;
const BEFORE_CHARS = 120;
const MIN_HEADLINE_CHARS = 8;
/** A line this short that holds a date is a date line (byline, kicker); a longer one is prose or a caption. */
const MAX_DATE_LINE_CHARS = 100;

/**
 * Where the headline is printed as a line of its own: breadcrumbs ("Home » News » <headline>")
 * and teaser lists repeat it inside longer lines, often before the story itself.
 */
function headlineAt(flat: string, lines: string, headline: string): number {
  let first = -1;
  for (let at = flat.indexOf(headline); at >= 0; at = flat.indexOf(headline, at + 1)) {
    if (first < 0) first = at;
    const end = at + headline.length;
    if ((at === 0 || lines[at - 1] === "\n") && (end === lines.length || lines[end] === "\n")) return at;
  }
  return first;
}

/** The line of `lines` around `index` is short enough to be a date line. */
function onDateLine(lines: string, index: number): boolean {
  const start = lines.lastIndexOf("\n", index) + 1;
  const end = lines.indexOf("\n", index);
  return (end < 0 ? lines.length : end) - start <= MAX_DATE_LINE_CHARS;
}

/**
 * Dates around the headline as printed: after it first (nearest first), then inside it
 * (templates put the date in the <h1>'s <small>), then before it; dates on a date line of
 * their own come before those inside prose (a caption's or the lead's "on January 16").
 * Several headline candidates are tried because the first <h1> is sometimes the site logo.
 * Revision and sign-up dates ("Registriert: …") are passed over.
 */
export function datesNearHeadline(text: string, headlines: Array<string | null>, dayFirst: boolean): string[] {
  // Headlines with <br> or odd spacing only match the page text with whitespace collapsed;
  // `lines` collapses it the same way but keeps line breaks, so offsets agree.
  const flat = text.replace(/\s+/g, " ");
  const lines = text.replace(/\s+/g, (space) => (space.includes("\n") ? "\n" : " "));
  for (const headline of headlines) {
    if (!headline || headline.length < MIN_HEADLINE_CHARS) continue;
    const at = headlineAt(flat, lines, headline);
    if (at < 0) continue;
    const end = at + headline.length;
    const dates = (from: number, to: number) =>
      findPrintedDates(flat.slice(from, to), dayFirst)
        .map((d) => ({ date: d.date, index: from + d.index }))
        .filter((d) => !announcedAsOther(flat, d.index));
    const before = dates(Math.max(0, at - BEFORE_CHARS), at).reverse();
    const found = [...dates(end, end + AFTER_CHARS), ...dates(at, end), ...before];
    const onLine = found.filter((d) => onDateLine(lines, d.index));
    return [...onLine, ...found.filter((d) => !onLine.includes(d))].map((d) => d.date);
  }
  return [];
}
