// An article's fingerprint, computed once in analysis: its normalised word hashes, the
// winnowed word shingles (MOSS's selection: every shared run of WINDOW + SHINGLE − 1
// words shares at least one selected hash) and the content-word stems of each quotation.
import type { LanguagePack } from "../packs/types.js";
import type { Fingerprint, Span } from "../types.js";
import { stemmerNamed } from "./stem.js";
import { hashString, normaliseWord, shingleHash, sortedUnique } from "./tokens.js";

/** Words per shingle: five-word runs are rarely shared by chance. */
export const SHINGLE = 5;
/** Winnowing window: a shared run of 8 words (about half a sentence) is always found. */
const WINDOW = 4;
/** Quotation words shorter than this carry no content (articles, pronouns, particles). */
const MIN_STEM_WORD = 4;

export function fingerprintOf(text: string, words: Uint32Array, quotations: readonly Span[], pack: LanguagePack | null): Fingerprint {
  const quotes = quoteStems(text, words, quotations, pack);
  return { hashes: winnow(tokensOf(text, words)), quoteKeys: sortedUnique(quotes.stems), quoteStems: quotes.stems, quoteBounds: quotes.bounds };
}

/** Word i's normalised form (case, diacritics, ß folded), hashed: what shingles and alignment compare. */
export function tokensOf(text: string, words: Uint32Array): Uint32Array {
  const count = words.length / 2;
  const tokens = new Uint32Array(count);
  for (let i = 0; i < count; i++) tokens[i] = hashString(normaliseWord(text.slice(words[2 * i]!, words[2 * i + 1]!)));
  return tokens;
}

/** The minimum hash of each window of shingles (the rightmost on ties), each kept once. */
function winnow(tokens: Uint32Array): Uint32Array {
  const shingles = Math.max(0, tokens.length - SHINGLE + 1);
  const hashes = new Uint32Array(shingles);
  for (let i = 0; i < shingles; i++) hashes[i] = shingleHash(tokens, i, SHINGLE);
  if (shingles <= WINDOW) return sortedUnique(hashes);
  const selected: number[] = [];
  let chosen = -1;
  for (let end = WINDOW; end <= shingles; end++) {
    if (chosen < end - WINDOW) {
      chosen = end - WINDOW;
      for (let i = chosen + 1; i < end; i++) if (hashes[i]! <= hashes[chosen]!) chosen = i;
      selected.push(hashes[chosen]!);
    } else if (hashes[end - 1]! <= hashes[chosen]!) {
      chosen = end - 1;
      selected.push(hashes[chosen]!);
    }
  }
  return sortedUnique(selected);
}

/** Each quotation's distinct content stems, flat, with quotation i at bounds[i]..bounds[i+1]. */
function quoteStems(text: string, words: Uint32Array, quotations: readonly Span[], pack: LanguagePack | null): { stems: Uint32Array; bounds: Uint32Array } {
  const stem = pack?.stemmer ? stemmerNamed(pack.stemmer) : (w: string) => w;
  const stems: number[] = [];
  const bounds = new Uint32Array(quotations.length + 1);
  const count = words.length / 2;
  quotations.forEach((q, n) => {
    const seen = new Set<number>();
    for (let i = firstWordAt(words, q.start); i < count && words[2 * i + 1]! <= q.end; i++) {
      const word = text.slice(words[2 * i]!, words[2 * i + 1]!).toLowerCase();
      if (word.length < MIN_STEM_WORD || pack?.stopwords.has(word)) continue;
      const h = hashString(normaliseWord(stem(word)));
      if (!seen.has(h)) {
        seen.add(h);
        stems.push(h);
      }
    }
    bounds[n + 1] = stems.length;
  });
  return { stems: Uint32Array.from(stems), bounds };
}

/** The first word that starts at or after a position (binary search over the flat pairs). */
export function firstWordAt(words: Uint32Array, position: number): number {
  let low = 0;
  let high = words.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[2 * mid]! < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many words lie inside a span. */
export function wordCount(words: Uint32Array, span: Span): number {
  return firstWordAt(words, span.end) - firstWordAt(words, span.start);
}
