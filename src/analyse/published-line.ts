// A publication date the text states on a line of its own: "Veröffentlicht am
// 15.08.2025", "Stand: 23.11.2024, 14:35 Uhr", "Published August 15, 2025". Copies of
// web articles keep these lines. Dates in running text are events and never count.
import { vocabPattern } from "../packs/patterns.js";
import type { LanguagePack } from "../packs/types.js";
import type { Span } from "../types.js";
import { findDates } from "./dates.js";

const LEADING_PARAGRAPHS = 6;
const CLOSING_PARAGRAPHS = 3;
const MAX_LINE = 120;
/** Between the marker and the date: a colon, "am"/"on", a weekday name and a comma at most. */
const MAX_GAP = 16;

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
  return null;
}
