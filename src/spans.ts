// Lookups in lists of spans sorted by start (binary search, so that a long text with
// thousands of mentions stays linear-logarithmic instead of quadratic), and the spans of matches.
import type { Span } from "./types.js";

/** The index of the first item whose start is at or after `position` (items.length if none). */
export function firstAtOrAfter<T>(items: ArrayLike<T>, position: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (startOf(items[mid]!) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The span of a sorted, non-overlapping list that contains `span`, if any. */
export function containing(spans: readonly Span[], span: Span): Span | null {
  const candidate = spans[firstAtOrAfter(spans, span.start + 1, (s) => s.start) - 1];
  return candidate && candidate.start <= span.start && span.end <= candidate.end ? candidate : null;
}

/** The items just before and just after a span: the nearest neighbours a pairing can use. */
export function neighbours<T>(items: readonly T[], span: Span, spanOf: (item: T) => Span): { before: T | undefined; after: T | undefined } {
  const i = firstAtOrAfter(items, span.end, (item) => spanOf(item).start);
  const before = items[firstAtOrAfter(items, span.start, (item) => spanOf(item).start) - 1];
  return { before: before && spanOf(before).end <= span.start ? before : undefined, after: items[i] };
}

/**
 * The non-empty matches of a global expression, as spans. An exec loop: a matchAll iterator,
 * its spread and the array passes after it cost more than the scan on most texts.
 */
export function matchSpans(pattern: RegExp | null, text: string): Span[] {
  if (!pattern) return [];
  const out: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
    else pattern.lastIndex = afterCodePoint(text, m.index);
  }
  return out;
}

/** Does a match of a sticky expression start at `index`? */
export function matchesAt(pattern: RegExp | null, text: string, index: number): boolean {
  if (!pattern) return false;
  pattern.lastIndex = index;
  return pattern.test(text);
}

/** The index after the code point at `index`: where a search of a `u` expression goes on past it. */
export function afterCodePoint(text: string, index: number): number {
  return index + (text.codePointAt(index)! > 0xffff ? 2 : 1);
}

/**
 * `matchSpans` for words that stand in few places of a text (source words, relative cues,
 * Konjunktiv forms, English evidentials and statement nouns): the pattern without
 * its leading look-behind, which keeps the engine from skipping ahead, finds each candidate, and
 * the look-behind alone then confirms it where it starts (a half to a sixth of the exact scan on
 * German news; the same matches, since the look-behind only filters starts). The cue verbs, the German
 * content cues and the English attitudes, candidates inside many words, measured slower so and keep the exact scan.
 */
export function rareMatches(pattern: RegExp | null, text: string): Span[] {
  if (!pattern) return [];
  let split = splits.get(pattern);
  if (!split) splits.set(pattern, (split = splitLookBehind(pattern)));
  if (!split) return matchSpans(pattern, text);
  const { scan, start } = split;
  const out: Span[] = [];
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    start.lastIndex = m.index;
    if (m[0].length > 0 && start.test(text)) out.push({ start: m.index, end: m.index + m[0].length });
    // Past a rejected start, a match may still begin inside the candidate.
    else scan.lastIndex = afterCodePoint(text, m.index);
  }
  return out;
}

/** The pattern without its leading look-behind (global), and that look-behind alone (sticky); null if it has none. */
function splitLookBehind(pattern: RegExp): { scan: RegExp; start: RegExp } | null {
  const lookBehind = LEADING_LOOK_BEHIND.exec(pattern.source)?.[0];
  if (!lookBehind) return null;
  const flags = pattern.flags.replace("g", "");
  return { scan: new RegExp(pattern.source.slice(lookBehind.length), `${flags}g`), start: new RegExp(lookBehind, `${flags}y`) };
}

const splits = new WeakMap<RegExp, { scan: RegExp; start: RegExp } | null>();
const LEADING_LOOK_BEHIND = /^\(\?<!\[[^\]]*\]\)/;
