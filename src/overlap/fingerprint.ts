// An article's fingerprint, computed once in analysis: its normalised word hashes, the
// winnowed word shingles (MOSS's selection: every shared run of WINDOW + SHINGLE − 1
// words shares at least one selected hash), the content-word stems of each quotation and
// each sentence's range of words (what alignment needs of the sentences).
import { findWords } from "../analyse/segments.js";
import { workBuffer } from "../analyse/work-buffer.js";
import type { LanguagePack } from "../packs/types.js";
import type { Fingerprint, Span } from "../types.js";
import { stemmerNamed } from "./stem.js";
import { hashString, normaliseWord, shingleHash, sortUnique } from "./tokens.js";

/** Words per shingle: five-word runs are rarely shared by chance. */
export const SHINGLE = 5;
/** Winnowing window: a shared run of 8 words (about half a sentence) is always found. */
const WINDOW = 4;
/** Quotation words shorter than this carry no content (articles, pronouns, particles). */
const MIN_STEM_WORD = 4;

export function fingerprintOf(text: string, words: Uint32Array, sentences: readonly Span[], quotations: readonly Span[], pack: LanguagePack | null): Fingerprint {
  const quotes = quoteStems(text, words, quotations, pack);
  const hashes = winnow(tokensOf(text, words, tokenBuffer(words.length / 2)));
  const quoteKeys = keyBuffer(quotes.stems.length);
  quoteKeys.set(quotes.stems);
  const keys = sortUnique(quoteKeys.subarray(0, quotes.stems.length));
  // One buffer holds every array, each copied in once: the work arrays above are lent, not allocated.
  const all = new Uint32Array(hashes.length + keys.length + quotes.stems.length + quotes.bounds.length + 2 * sentences.length);
  const part = (at: number, length: number) => all.subarray(at, at + length);
  const fingerprint: Fingerprint = {
    hashes: part(0, hashes.length),
    quoteKeys: part(hashes.length, keys.length),
    quoteStems: part(hashes.length + keys.length, quotes.stems.length),
    quoteBounds: part(hashes.length + keys.length + quotes.stems.length, quotes.bounds.length),
    sentenceWords: part(all.length - 2 * sentences.length, 2 * sentences.length),
  };
  fingerprint.hashes.set(hashes);
  fingerprint.quoteKeys.set(keys);
  fingerprint.quoteStems.set(quotes.stems);
  fingerprint.quoteBounds.set(quotes.bounds);
  sentences.forEach((s, i) => {
    fingerprint.sentenceWords[2 * i] = firstWordAt(words, s.start);
    fingerprint.sentenceWords[2 * i + 1] = firstWordAt(words, s.end);
  });
  return fingerprint;
}

const tokenBuffer = workBuffer();
const shingleBuffer = workBuffer();
const selectedBuffer = workBuffer();
const keyBuffer = workBuffer();

/** Word i's normalised form (case, diacritics, ß folded), hashed: what shingles and alignment compare. */
export function tokensOf(text: string, words: Uint32Array, into: Uint32Array = new Uint32Array(words.length / 2)): Uint32Array {
  const count = words.length / 2;
  const tokens = into.subarray(0, count);
  for (let i = 0; i < count; i++) {
    const start = words[2 * i]!;
    const end = words[2 * i + 1]!;
    const hash = latin1WordHash(text, start, end);
    tokens[i] = hash >= 0 ? hash : hashString(normaliseWord(text.slice(start, end)));
  }
  return tokens;
}

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
/**
 * Each non-ASCII Latin-1 character's normalised form ("Ä" → "a", "ß" → "ss").
 * Below U+0100 case, decomposition and marks fold one character at a time, so a word's
 * form is its characters' forms in a row.
 */
const LATIN1_FOLDS = Array.from({ length: 0x80 }, (_, i) => normaliseWord(String.fromCharCode(0x80 + i)));

/**
 * `hashString(normaliseWord(word))` for a word of Latin-1 characters (German umlauts and ß,
 * French accents), folded and hashed in one pass without a string; −1 for any other word
 * (a number either way: a hash or null would be boxed as an object for each word).
 */
function latin1WordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (c > 0xff) return -1;
      const fold = LATIN1_FOLDS[c - 0x80]!;
      for (let k = 0; k < fold.length; k++) h = Math.imul(h ^ fold.charCodeAt(k), 0x01000193);
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c === APOSTROPHE || c === HYPHEN) continue;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The minimum hash of each window of shingles (the rightmost on ties), each kept once: a view of a lent buffer. */
function winnow(tokens: Uint32Array): Uint32Array {
  const shingles = Math.max(0, tokens.length - SHINGLE + 1);
  const hashes = shingleBuffer(shingles).subarray(0, shingles);
  for (let i = 0; i < shingles; i++) hashes[i] = shingleHash(tokens, i, SHINGLE);
  if (shingles <= WINDOW) return sortUnique(hashes);
  const selected = selectedBuffer(shingles);
  let count = 0;
  let chosen = -1;
  for (let end = WINDOW; end <= shingles; end++) {
    if (chosen < end - WINDOW) {
      chosen = end - WINDOW;
      for (let i = chosen + 1; i < end; i++) if (hashes[i]! <= hashes[chosen]!) chosen = i;
      selected[count++] = hashes[chosen]!;
    } else if (hashes[end - 1]! <= hashes[chosen]!) {
      chosen = end - 1;
      selected[count++] = hashes[chosen]!;
    }
  }
  return sortUnique(selected.subarray(0, count));
}

/** Each quotation's distinct content stems, flat, with quotation i at bounds[i]..bounds[i+1]. */
function quoteStems(text: string, words: Uint32Array, quotations: readonly Span[], pack: LanguagePack | null): { stems: number[]; bounds: number[] } {
  const stemKey = stemKeysOf(pack);
  const functionWords = functionWordsOf(pack);
  const stems: number[] = [];
  const bounds: number[] = [0];
  const count = words.length / 2;
  for (const q of quotations) {
    const seen = new Set<number>();
    for (let i = firstWordAt(words, q.start); i < count && words[2 * i + 1]! <= q.end; i++) {
      const word = text.slice(words[2 * i]!, words[2 * i + 1]!).toLowerCase();
      if (word.length < MIN_STEM_WORD || pack?.stopwords.has(word) || functionWords.has(word)) continue;
      const h = stemKey(word);
      if (!seen.has(h)) {
        seen.add(h);
        stems.push(h);
      }
    }
    bounds.push(stems.length);
  }
  return { stems, bounds };
}

/** Distinct words remembered per pack: enough for a language's common quotation words, bounded so memory stays flat. */
const STEM_MEMO_LIMIT = 50_000;
const stemKeysByPack = new WeakMap<LanguagePack, (word: string) => number>();
const unstemmedKey = (word: string) => hashString(normaliseWord(word));

/** A lowercase word's stem, normalised and hashed; words recur, so each is stemmed once (up to a bound). */
function stemKeysOf(pack: LanguagePack | null): (word: string) => number {
  if (!pack?.stemmer) return unstemmedKey;
  let keyOf = stemKeysByPack.get(pack);
  if (!keyOf) {
    const stem = stemmerNamed(pack.stemmer);
    const seen = new Map<string, number>();
    keyOf = (word) => {
      let key = seen.get(word);
      if (key === undefined) {
        if (seen.size >= STEM_MEMO_LIMIT) seen.clear();
        seen.set(word, (key = hashString(normaliseWord(stem(word)))));
      }
      return key;
    };
    stemKeysByPack.set(pack, keyOf);
  }
  return keyOf;
}

const functionWordSets = new WeakMap<LanguagePack, ReadonlySet<string>>();

/** The pack's stopwords and its `function-words` vocabulary: words no quotation's content rests on. */
function functionWordsOf(pack: LanguagePack | null): ReadonlySet<string> {
  if (!pack) return new Set();
  let set = functionWordSets.get(pack);
  if (!set) functionWordSets.set(pack, (set = new Set((pack.vocab.get("function-words") ?? []).map((w) => w.toLowerCase()))));
  return set;
}

/** How many words a passage holds (its span runs from a word's start to a word's end), found
 *  again from the text: the corpus step keeps no word offsets. */
export function wordsIn(text: string, span: Span): number {
  return findWords(text.slice(span.start, span.end)).length / 2;
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

