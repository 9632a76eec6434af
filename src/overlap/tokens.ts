// Word tokens as the overlap engine compares them: case, diacritics (umlauts), ß and
// inner apostrophes or hyphens folded away, then hashed to 32-bit integers, so that
// "Gewährleistung" and "Gewahrleistung", "U.S.-led" and "US-led" compare equal.

const MARKS = /\p{M}+/gu;
const INNER_PUNCTUATION = /['’-]/g;

export function normaliseWord(word: string): string {
  let w = word.toLowerCase();
  // Plain ASCII words (most English ones) need no Unicode decomposition.
  if (!/^[\x00-\x7f]*$/.test(w)) w = w.replace(/ß/g, "ss").normalize("NFD").replace(MARKS, "");
  return w.replace(INNER_PUNCTUATION, "");
}

/** FNV-1a over UTF-16 code units: fast, stable across runs and machines. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash of `count` consecutive token hashes from `start` (a word shingle). */
export function shingleHash(tokens: Uint32Array, start: number, count: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + count; i++) {
    h = Math.imul(h ^ tokens[i]!, 0x01000193);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/**
 * The values sorted and each kept once, in place (no copy: the fingerprint copies its arrays into
 * one buffer anyway): a view of the array's start, the set form the candidate index and the archive read.
 */
export function sortUnique(values: Uint32Array): Uint32Array {
  const sorted = values.sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}
