// The date line right above the story: where the page's <h1> is a logo or a section name and
// nothing else dates the page, the story's own date line ("01.02.2022 Kategorie: …",
// "2021-10-16 | Botschaft") still sits between its headline and its first paragraph.
import { isPlausible } from "./calendar.js";
import { announcedAsOther } from "./cues.js";
import { findPrintedDates } from "./parse.js";

/** Lines above the first paragraph that may hold its date line: headline, kicker, byline. */
const LINES_BEFORE = 3;
/** A longer line is prose (a teaser, the previous story): the story's date line is not above it. */
const MAX_DATE_LINE_CHARS = 100;

/**
 * The nearest date on the short lines right above the story's first paragraph in the page.
 * `pageText` holds the page's blocks one per line, `body` the story's paragraphs.
 * Revision and sign-up dates are passed over.
 */
export function openingDate(pageText: string, body: string, dayFirst: boolean, today: string): string | null {
  const cut = body.indexOf("\n\n");
  const first = (cut < 0 ? body : body.slice(0, cut)).trim();
  const at = first ? pageText.indexOf(first) : -1;
  if (at < 0) return null;
  const above = pageText.slice(0, at).split("\n").filter((line) => line.trim()).slice(-LINES_BEFORE).reverse();
  for (const line of above) {
    if (line.length > MAX_DATE_LINE_CHARS) break;
    const found = findPrintedDates(line, dayFirst).find((d) => !announcedAsOther(line, d.index) && isPlausible(d.date, today));
    if (found) return found.date;
  }
  return null;
}
