// A signature date closing the article: "Wien, 24. Juli 2017", "Berlin, den 3. März 2020",
// as letters, press releases and commentaries sign off. Read only when nothing else dates
// the page: the line is the article's own, but it may be the day of writing, not of posting.
import { isPlausible } from "./calendar.js";
import { findDatesInText } from "./parse.js";

/** A place (one to four words), a comma, an optional "den"/"am"/"le", then the date and nothing else. */
const SIGNATURE = /^\p{Lu}[\p{L}.'’/-]*(?:[ -]\p{L}[\p{L}.'’/-]*){0,3},\s*(?:(?:den|am|le|the)\s+)?(?<date>[^,]{6,30}?)\.?$/u;
/** Lines after the story's last paragraph that may sign it (body extraction drops such short lines). */
const LINES_AFTER = 2;

/**
 * The signature date on the story's last line or the lines right after it in the page.
 * `pageText` holds the page's blocks one per line, `body` the story's paragraphs.
 */
export function signatureDate(pageText: string, body: string, dayFirst: boolean, today: string): string | null {
  const cut = body.lastIndexOf("\n\n");
  const last = (cut < 0 ? body : body.slice(cut + 2)).trim();
  if (!last) return null;
  const at = pageText.lastIndexOf(last);
  const after = at < 0 ? [] : pageText.slice(at + last.length).split("\n").filter(Boolean).slice(0, LINES_AFTER);
  for (const line of [last, ...after]) {
    const m = SIGNATURE.exec(line.trim());
    const written = m?.groups?.["date"];
    if (!written) continue;
    const found = findDatesInText(written, dayFirst)[0];
    // The date must be the whole rest of the line: "Berlin, 3. März 2020" but not "Berlin, 3. März 2020 bis Mai".
    if (found && found.index === 0 && found.end >= written.length - 1 && isPlausible(found.date, today)) return found.date;
  }
  return null;
}
