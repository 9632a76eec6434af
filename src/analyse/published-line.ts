// A publication date the text states on a line of its own: "Veröffentlicht am
// 15.08.2025", "Stand: 23.11.2024, 14:35 Uhr", "Published August 15, 2025". Copies of
// web articles keep these lines. Failing those, the dateline that opens the story
// ("Berlin, 3. März 2026 –", "WASHINGTON, March 3, 2026 (Reuters) —"): it states the
// day the story was filed. Dates in running text are events and never count.
import { vocabPattern } from "../packs/patterns.js";
import type { LanguagePack } from "../packs/types.js";
import type { Span } from "../types.js";
import { findDates } from "./dates.js";

const LEADING_PARAGRAPHS = 6;
const CLOSING_PARAGRAPHS = 3;
const MAX_LINE = 120;
/** Between the marker and the date: a colon, "am"/"on", a weekday name and a comma at most. */
const MAX_GAP = 16;
/**
 * A dateline's place and its comma: capitalised words, joined by short lowercase ones at most
 * ("Frankfurt am Main", "NEW YORK", "St. Pölten"), so that "The vote, March 3, …" is none.
 */
const DATELINE_PLACE = /^\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:[ -](?:\p{Lu}[\p{L}\p{M}.'’-]*|\p{Ll}{1,3})){0,4},\s*/u;
/** After a dateline's date: the agency in brackets at most, then the dash that opens the story. */
const DATELINE_END = /^\s*(?:\([^()\n]{1,60}\)\s*)?[-–—]\s/u;

/** The stated publication date, preferring "published" lines over "updated" ones. */
export function publishedLine(text: string, paragraphs: Span[], packs: LanguagePack[]): string | null {
  const candidates = [...paragraphs.slice(0, LEADING_PARAGRAPHS), ...paragraphs.slice(-CLOSING_PARAGRAPHS)].filter(
    (p) => p.end - p.start <= MAX_LINE,
  );
  for (const vocab of ["published-marker", "updated-marker"]) {
    for (const pack of packs) {
      const marker = vocabPattern(pack, vocab, "iu", "^\\s*");
      if (!marker) continue;
      for (const p of candidates) {
        const line = text.slice(p.start, p.end);
        const m = marker.exec(line);
        if (!m) continue;
        const date = findDates(line, pack, null, []).dates.find(
          (d) => d.date && !d.yearInferred && d.span.start >= m[0].length && d.span.start - m[0].length <= MAX_GAP,
        );
        if (date?.date) return date.date;
      }
    }
  }
  return datelineDate(text, paragraphs.slice(0, LEADING_PARAGRAPHS), packs);
}

/** The full date of a dateline opening one of `paragraphs` (a headline may stand above it). */
function datelineDate(text: string, paragraphs: Span[], packs: LanguagePack[]): string | null {
  for (const p of paragraphs) {
    const opening = text.slice(p.start, Math.min(p.end, p.start + MAX_LINE));
    const place = DATELINE_PLACE.exec(opening);
    if (!place) continue;
    for (const pack of packs) {
      const date = findDates(opening, pack, null, []).dates.find((d) => d.span.start === place[0].length);
      if (date?.date && !date.yearInferred && DATELINE_END.test(opening.slice(date.span.end))) return date.date;
    }
  }
  return null;
}
