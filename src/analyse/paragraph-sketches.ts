// Paragraph sketches: a hash of each long paragraph's letters, computed with the other
// facts (on a worker thread), so that the corpus step can find paragraphs that recur
// across articles by comparing numbers, and read the text of only those that do.
import type { Span } from "../types.js";

/** Shorter paragraphs (credit lines, one-word headings) recur by nature, not by template. */
const MIN_PROSE_CHARS = 40;
/**
 * Letters a sketch reads: enough to tell most paragraphs apart. Paragraphs that agree this
 * far share a sketch and are told apart by whoever compares their text.
 */
const SKETCH_LETTERS = 64;
const MARKUP = /<[^>]*>/g;
/** The same characters as String.prototype.trim removes. */
const SPACE = /\s/;
/**
 * Per UTF-16 code unit, the ASCII letter its lowercase form holds, else 0. Beyond A–Z only
 * "İ" ("i̇") and the Kelvin sign ("k") lowercase to an ASCII letter.
 */
const LETTERS = (() => {
  const letters = new Uint8Array(0x10000);
  for (let c = 0x41; c <= 0x5a; c++) letters[c] = letters[c | 0x20] = c | 0x20;
  letters[0x130] = 0x69;
  letters[0x212a] = 0x6b;
  return letters;
})();

/**
 * The long paragraphs and each run of paragraphs that only single line breaks separate (a
 * copy hard-wrapped at other places comes out as other lines, but as the same block), as
 * [start, end, sketch] triples in that order: the paragraphs, then the blocks.
 */
export function paragraphSketches(text: string, paragraphs: readonly Span[]): Uint32Array {
  const units = withWrappedBlocks(text, paragraphs);
  const sketches = new Uint32Array(units.length * 3);
  let n = 0;
  // The first "<" at or after `searchedFrom`: paragraphs come in order, so the text is searched about once.
  let searchedFrom = Infinity;
  let markupAt = 0;
  for (const span of units) {
    if (span.end - span.start < MIN_PROSE_CHARS) continue;
    if (span.start < searchedFrom || markupAt < span.start) {
      searchedFrom = span.start;
      markupAt = text.indexOf("<", span.start);
      if (markupAt < 0) markupAt = text.length;
    }
    const sketch = markupAt < span.end ? proseSketch(proseOf(text, span)) : plainSketch(text, span);
    if (sketch === null) continue;
    sketches[n++] = span.start;
    sketches[n++] = span.end;
    sketches[n++] = sketch;
  }
  return sketches.slice(0, n);
}

/** The sketch of a paragraph without markup, read in place; null when it is too short. */
function plainSketch(text: string, { start, end }: Span): number | null {
  const trimmed = !SPACE.test(text[start]!) && !SPACE.test(text[end - 1]!);
  if ((trimmed ? end - start : text.slice(start, end).trim().length) < MIN_PROSE_CHARS) return null;
  return letterSketch(text, start, end);
}

function proseSketch(prose: string): number | null {
  return prose.trim().length < MIN_PROSE_CHARS ? null : letterSketch(prose, 0, prose.length);
}

/** A paragraph's prose: embed placeholders (<tweet tweet-id="…">) differ only in their ids, and markup is not prose. */
export function proseOf(text: string, span: Span): string {
  const slice = text.slice(span.start, span.end);
  return slice.includes("<") ? slice.replace(MARKUP, "") : slice;
}

function withWrappedBlocks(text: string, paragraphs: readonly Span[]): Span[] {
  const blocks: Span[] = [];
  let run: Span | null = null;
  let lines = 0;
  for (const p of paragraphs) {
    if (run && !/\n\s*\n/.test(text.slice(run.end, p.start))) {
      run = { start: run.start, end: p.end };
      lines++;
      continue;
    }
    if (run && lines > 1) blocks.push(run);
    run = { ...p };
    lines = 1;
  }
  if (run && lines > 1) blocks.push(run);
  return [...paragraphs, ...blocks];
}

/**
 * FNV-1a over the first SKETCH_LETTERS ASCII letters of the lowercased s[start, end):
 * paragraphs that differ only in digits, spacing, punctuation or other letters share it, so
 * a comparison that folds no more than those never splits paragraphs with one sketch.
 */
function letterSketch(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  let letters = 0;
  for (let i = start; i < end && letters < SKETCH_LETTERS; i++) {
    const letter = LETTERS[s.charCodeAt(i)]!;
    if (letter) {
      h = Math.imul(h ^ letter, 0x01000193);
      letters++;
    }
  }
  return h >>> 0;
}
