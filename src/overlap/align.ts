// Alignment of one candidate pair: the passages both articles share, with spans in
// each. Shared word runs (on normalised tokens) are merged across small gaps into
// verbatim or edited passages; sentences left over are paired by bigram Dice (edited
// sentences); quotations are paired by their content stems (the same statement in
// other wording: translation, edit).
import type { JudgedArticle, OverlapPassage, Span } from "../types.js";
import { bigrams, dice } from "./dice.js";
import { firstWordAt } from "./fingerprint.js";
import { shingleHash } from "./tokens.js";

/** Shortest shared word run that seeds a passage (edits every few words still leave runs). */
const SEED = 3;
/** Words of edit a passage may bridge on either side. */
const MAX_GAP = 6;
/** A passage shorter than this (on either side) is a phrase, not reuse. */
export const MIN_PASSAGE_WORDS = 12;
/** A passage holds at least one unbroken run this long: stock phrases across a gap ("around the world … in the United States") are not reuse. */
const MIN_LONGEST_RUN = 6;
/** Share of a passage's words that must be matched: less is coincidence around seeds. */
const MIN_DENSITY = 0.5;
/** Sentences this similar (bigram Dice) are one sentence edited. */
const EDITED_SENTENCE = 0.7;
/** A sentence already this much covered by word runs needs no sentence pairing. */
const COVERED_SENTENCE = 0.5;
/** A quotation this much covered by shared wording is the same quotation, not a variant. */
const COVERED_QUOTE = 0.8;
/** Quotations that share this many content stems … */
const MIN_QUOTE_STEMS = 4;
/** … and this share of the shorter quotation's stems state the same thing … */
const MIN_QUOTE_SHARE = 0.4;
/** … if the two are comparable: a short quote inside a long one (or a mispaired mark's run of text) is not a variant. */
const MIN_QUOTE_DICE = 0.3;

/** A passage in word positions: [aStart, aEnd) of a and [bStart, bEnd) of b. */
export interface WordPassage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  matched: number;
  /** The longest unbroken shared run inside (0 for sentence and quotation pairs). */
  longest: number;
  kind: OverlapPassage["kind"];
  similarity: number;
}

export interface Alignment {
  passages: OverlapPassage[];
  /** Share of the shorter article's words inside a passage. */
  score: number;
}

/** An article with its words (start/end pairs, as `Facts.words`) and their hashes, found
 *  again from the text for the length of one pair's alignment. */
export interface Tokenised {
  analysed: JudgedArticle;
  words: Uint32Array;
  tokens: Uint32Array;
}

/** The passages two articles share, in word positions. */
export function align(x: Tokenised, y: Tokenised): WordPassage[] {
  const runs = mergeRuns(sharedRuns(x.tokens, y.tokens)).filter(
    (p) =>
      Math.min(p.aEnd - p.aStart, p.bEnd - p.bStart) >= MIN_PASSAGE_WORDS &&
      p.matched >= MIN_DENSITY * Math.max(p.aEnd - p.aStart, p.bEnd - p.bStart) &&
      p.longest >= MIN_LONGEST_RUN,
  );
  const variants = quoteVariants(x, y, runs);
  // A reworded quotation holds fragments of shared wording; the quotation pair says it whole.
  const inVariant = (p: WordPassage) => variants.some((q) => q.aStart <= p.aStart && p.aEnd <= q.aEnd && q.bStart <= p.bStart && p.bEnd <= q.bEnd);
  const passages = runs.filter((p) => !inVariant(p));
  passages.push(...editedSentences(x, y, [...passages, ...variants]));
  return [...mergeAdjacent(passages.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart)), ...variants];
}

/** Passages as the report gives them (text spans) and the share of the shorter article they cover. */
export function alignment(a: Tokenised, b: Tokenised, passages: readonly WordPassage[]): Alignment {
  const wordsA = a.words.length / 2;
  const wordsB = b.words.length / 2;
  const shorter = wordsA <= wordsB ? "a" : "b";
  const covered = coverage(passages.map((p) => (shorter === "a" ? [p.aStart, p.aEnd] : [p.bStart, p.bEnd])));
  const out = passages
    .map((p) => ({ a: charSpan(a, p.aStart, p.aEnd), b: charSpan(b, p.bStart, p.bEnd), similarity: round(p.similarity), kind: p.kind }))
    .sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start || x.a.end - y.a.end || x.b.end - y.b.end);
  return { passages: out, score: round(covered / Math.max(1, Math.min(wordsA, wordsB))) };
}

interface Run {
  a: number;
  b: number;
  length: number;
}

/**
 * Maximal shared word runs of at least SEED words, greedily along b. a's shingles are
 * chained by hash in typed arrays (a map of position lists cost an array per shingle); a
 * chain runs from a's last position to its first, so the first of equally long runs wins.
 */
function sharedRuns(ta: Uint32Array, tb: Uint32Array): Run[] {
  const shingles = Math.max(0, ta.length - SEED + 1);
  const mask = 2 ** Math.ceil(Math.log2(2 * shingles + 1)) - 1;
  const head = new Int32Array(mask + 1).fill(-1);
  const next = new Int32Array(shingles);
  const hashes = new Uint32Array(shingles);
  for (let i = 0; i < shingles; i++) {
    const h = shingleHash(ta, i, SEED);
    hashes[i] = h;
    next[i] = head[h & mask]!;
    head[h & mask] = i;
  }
  const runs: Run[] = [];
  for (let j = 0; j + SEED <= tb.length; ) {
    const h = shingleHash(tb, j, SEED);
    let best = 0;
    let bestA = -1;
    for (let i = head[h & mask]!; i >= 0; i = next[i]!) {
      if (hashes[i] !== h) continue;
      let length = 0;
      while (i + length < ta.length && j + length < tb.length && ta[i + length] === tb[j + length]) length++;
      if (length >= best) {
        best = length;
        bestA = i;
      }
    }
    if (best >= SEED) {
      runs.push({ a: bestA, b: j, length: best });
      j += best;
    } else j++;
  }
  return runs;
}

/** Runs that follow each other in both texts, across at most MAX_GAP words, make one passage. */
function mergeRuns(runs: Run[]): WordPassage[] {
  const out: WordPassage[] = [];
  let current: WordPassage | null = null;
  for (const r of runs) {
    if (current && r.a >= current.aEnd && r.a - current.aEnd <= MAX_GAP && r.b - current.bEnd <= MAX_GAP) {
      current.aEnd = r.a + r.length;
      current.bEnd = r.b + r.length;
      current.matched += r.length;
      current.longest = Math.max(current.longest, r.length);
      continue;
    }
    current = { aStart: r.a, aEnd: r.a + r.length, bStart: r.b, bEnd: r.b + r.length, matched: r.length, longest: r.length, kind: "verbatim", similarity: 1 };
    out.push(current);
  }
  for (const p of out) {
    p.similarity = (2 * p.matched) / (p.aEnd - p.aStart + p.bEnd - p.bStart);
    if (p.similarity < 1) p.kind = "edited";
  }
  return out;
}

/** Sentences the word runs left uncovered, paired with their most similar counterpart. */
function editedSentences(x: Tokenised, y: Tokenised, found: readonly WordPassage[]): WordPassage[] {
  const { tokens: ta } = x;
  const { tokens: tb } = y;
  const sa = openSentences(x, found.map((p) => [p.aStart, p.aEnd]));
  const sb = openSentences(y, found.map((p) => [p.bStart, p.bEnd]));
  if (sa.length === 0 || sb.length === 0) return [];
  // Only sentences sharing words are compared: a word → sentences index of b.
  const holders = new Map<number, Set<number>>();
  sb.forEach((s, k) => {
    for (let w = s.start; w < s.end; w++) {
      const set = holders.get(tb[w]!) ?? new Set<number>();
      set.add(k);
      holders.set(tb[w]!, set);
    }
  });
  const out: WordPassage[] = [];
  const taken = new Set<number>();
  for (const s of sa) {
    const shared = new Map<number, number>();
    for (let w = s.start; w < s.end; w++) for (const k of holders.get(ta[w]!) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    let best = -1;
    let bestSimilarity = EDITED_SENTENCE;
    for (const [k, count] of shared) {
      const t = sb[k]!;
      if (taken.has(k) || count < 0.5 * Math.min(s.end - s.start, t.end - t.start)) continue;
      const similarity = dice(gramsOf(x, s), gramsOf(y, t));
      if (similarity >= bestSimilarity) {
        best = k;
        bestSimilarity = similarity;
      }
    }
    if (best < 0) continue;
    taken.add(best);
    const t = sb[best]!;
    out.push({ aStart: s.start, aEnd: s.end, bStart: t.start, bEnd: t.end, matched: 0, longest: 0, kind: bestSimilarity === 1 ? "verbatim" : "edited", similarity: bestSimilarity });
  }
  return out;
}

interface OpenSentence {
  start: number;
  end: number;
  /** Its bigrams, computed when it is first compared (most sentences share too few words with any other to be). */
  grams: Uint32Array | null;
}

function gramsOf({ analysed, words }: Tokenised, s: OpenSentence): Uint32Array {
  return (s.grams ??= bigrams(analysed.article.text.slice(words[2 * s.start], words[2 * s.end - 1]).toLowerCase()));
}

/** An article's sentences (in word positions) of at least a few words that passages cover less than half of. */
function openSentences({ analysed }: Tokenised, covered: number[][]): OpenSentence[] {
  const out: OpenSentence[] = [];
  const { sentenceWords } = analysed.facts.fingerprint;
  for (let i = 0; i < sentenceWords.length; i += 2) {
    const start = sentenceWords[i]!;
    const end = sentenceWords[i + 1]!;
    if (end - start < SEED + 2) continue;
    let inside = 0;
    for (const [from, to] of covered) inside += Math.max(0, Math.min(end, to!) - Math.max(start, from!));
    if (inside >= COVERED_SENTENCE * (end - start)) continue;
    out.push({ start, end, grams: null });
  }
  return out;
}

/** Passages next to each other in both texts (sentence by sentence) become one. */
function mergeAdjacent(passages: WordPassage[]): WordPassage[] {
  const out: WordPassage[] = [];
  for (const p of passages) {
    const last = out[out.length - 1];
    if (last && p.aStart >= last.aEnd && p.aStart - last.aEnd <= MAX_GAP && p.bStart >= last.bEnd && p.bStart - last.bEnd <= MAX_GAP) {
      const wa = last.aEnd - last.aStart + last.bEnd - last.bStart;
      const wb = p.aEnd - p.aStart + p.bEnd - p.bStart;
      // The words skipped between the parts count as unmatched.
      const gap = p.aStart - last.aEnd + p.bStart - last.bEnd;
      last.similarity = (last.similarity * wa + p.similarity * wb) / (wa + wb + gap);
      last.aEnd = p.aEnd;
      last.bEnd = p.bEnd;
      last.matched += p.matched;
      last.longest = Math.max(last.longest, p.longest);
      last.kind = last.kind === "verbatim" && p.kind === "verbatim" && p.aStart === last.aEnd && p.bStart === last.bEnd ? "verbatim" : "edited";
    } else out.push({ ...p });
  }
  return out;
}

/** Quotations of a and b that share enough content stems and are not shared word for word. */
function quoteVariants(a: Tokenised, b: Tokenised, found: readonly WordPassage[]): WordPassage[] {
  const qa = quotes(a, found.map((p) => [p.aStart, p.aEnd]));
  const qb = quotes(b, found.map((p) => [p.bStart, p.bEnd]));
  const out: WordPassage[] = [];
  const taken = new Set<number>();
  for (const q of qa) {
    let best = -1;
    let bestSimilarity = 0;
    qb.forEach((r, k) => {
      if (taken.has(k)) return;
      let shared = 0;
      for (const s of q.stems) if (r.stems.has(s)) shared++;
      if (shared < MIN_QUOTE_STEMS || shared < MIN_QUOTE_SHARE * Math.min(q.stems.size, r.stems.size)) return;
      const similarity = (2 * shared) / (q.stems.size + r.stems.size);
      if (similarity >= MIN_QUOTE_DICE && similarity > bestSimilarity) {
        best = k;
        bestSimilarity = similarity;
      }
    });
    if (best < 0) continue;
    taken.add(best);
    const r = qb[best]!;
    out.push({ aStart: q.start, aEnd: q.end, bStart: r.start, bEnd: r.end, matched: 0, longest: 0, kind: "quote-variant", similarity: bestSimilarity });
  }
  return out;
}

interface QuoteStems {
  start: number;
  end: number;
  stems: Set<number>;
}

/** An article's quotations (in word positions) with their stems, those mostly outside passages. */
function quotes({ analysed: { facts }, words }: Tokenised, covered: number[][]): QuoteStems[] {
  const { quoteStems, quoteBounds } = facts.fingerprint;
  return facts.quotations.flatMap((q, i) => {
    const start = firstWordAt(words, q.start);
    const end = firstWordAt(words, q.end);
    if (coverage(covered.map(([from, to]) => [Math.max(from!, start), Math.min(to!, end)]).filter(([from, to]) => from! < to!)) >= COVERED_QUOTE * (end - start)) return [];
    return [{ start, end, stems: new Set(quoteStems.subarray(quoteBounds[i]!, quoteBounds[i + 1]!)) }];
  });
}

/** Words covered by a set of [start, end) ranges, overlaps counted once. */
function coverage(ranges: number[][]): number {
  let covered = 0;
  let reach = 0;
  for (const [start, end] of [...ranges].sort((x, y) => x[0]! - y[0]!)) {
    covered += Math.max(0, end! - Math.max(start!, reach));
    reach = Math.max(reach, end!);
  }
  return covered;
}

/** The text span from the first to the last word of a word range. */
function charSpan({ words }: Tokenised, start: number, end: number): Span {
  return { start: words[2 * start]!, end: words[2 * end - 1]! };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
