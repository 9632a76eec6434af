// The overlap engine: which articles share wording, where, and which came first.
// Computed once per run as a corpus fact; the overlap rules and report.json read it.
// Archived articles (`earlier`) are compared with the current ones, never with each other.
import { findWords } from "../analyse/segments.js";
import type { Agency } from "../packs/types.js";
import type { JudgedArticle, Overlap } from "../types.js";
import { align, alignment, type Tokenised, type WordPassage } from "./align.js";
import { articlesHolding, keyIndex, sharedCount, sharedKeyPairs } from "./candidates.js";
import { tokensOf } from "./fingerprint.js";
import { originOf } from "./origin.js";
import { shingleHash } from "./tokens.js";

/** A shingle or stem held by more articles than this is stock text (phrases, footers, boilerplate). */
const MAX_ARTICLES_PER_KEY = 50;
/** Winnowed shingles a pair must share: about one sentence of the same words. */
export const MIN_SHARED_HASHES = 3;
/** Quotation stems a pair must share to have its quotations compared (three let chance pairs of common words through). */
export const MIN_SHARED_STEMS = 4;
/** … of which this many rare ones make the pair a candidate; the others are only counted. */
const MIN_RARE_STEMS = 2;
/**
 * Single stems are commoner than five-word shingles, and a stem's article count grows
 * with the corpus, so a fixed cut drops real quotation words as the corpus grows. Two
 * cuts, both relative to the corpus (and never below the shingle cut): a stem quoted by
 * at most one article in a thousand is rare and indexed (the pair count grows with the
 * square of this cut, so it stays small); a stem quoted by at most one in fifty is
 * content, not stock, and counts towards a candidate's shared stems.
 */
const RARE_STEM_PER_MILLE = 1;
const CONTENT_STEM_PER_MILLE = 20;
/** Text at an article's edges (first or last paragraphs) recurring in this many articles is a footer or masthead. */
const EDGE_PARAGRAPHS = 2;
const BOILERPLATE_ARTICLES = 3;

export interface FoundOverlaps {
  overlaps: Overlap[];
  /** The articles the overlaps relate, by id (this run's and archived ones). */
  related: Map<string, JudgedArticle>;
}

export function findOverlaps(current: readonly JudgedArticle[], earlier: readonly JudgedArticle[], agencies: readonly Agency[]): FoundOverlaps {
  const all = [...current, ...earlier];
  const skip = (i: number, j: number): boolean => {
    if (i >= current.length && j >= current.length) return true;
    const li = all[i]!.facts.language;
    const lj = all[j]!.facts.language;
    return li !== null && lj !== null && li !== lj;
  };
  const textual = sharedKeyPairs(keyIndex(all.map((a) => a.facts.fingerprint.hashes)), { maxArticles: MAX_ARTICLES_PER_KEY, minShared: MIN_SHARED_HASHES }, skip);
  const quoted = quotePairs(all.map((a) => a.facts.fingerprint.quoteKeys), skip);
  const pairs = [...new Set([...textual, ...quoted])].sort((p, q) => p - q);
  // Pairs are sorted by their first article: its words are found once for all its pairs.
  let x: Tokenised | null = null;
  const aligned = pairs.flatMap((pair) => {
    const first = all[Math.floor(pair / all.length)]!;
    if (x?.analysed !== first) x = tokenised(first);
    const y = tokenised(all[pair % all.length]!);
    const passages = align(x, y);
    return passages.length ? [{ x, y, passages, edges: passages.map((p) => edgeKey(x!, y, p)) }] : [];
  });
  const boilerplate = recurringEdges(aligned);
  const related = new Map<string, JudgedArticle>();
  const overlaps = aligned.flatMap(({ x, y, passages, edges }) => {
    const kept = passages.filter((_, i) => edges[i] === null || !boilerplate.has(edges[i]!));
    if (kept.length === 0) return [];
    const { passages: spans, score } = alignment(x, y, kept);
    related.set(x.analysed.article.id, x.analysed).set(y.analysed.article.id, y.analysed);
    return [{ a: x.analysed.article.id, b: y.analysed.article.id, score, origin: originOf(x.analysed, y.analysed, agencies), passages: spans }];
  });
  return { overlaps, related };
}

/** Pairs sharing MIN_RARE_STEMS rare quotation stems and MIN_SHARED_STEMS content stems in all. */
export function quotePairs(keysOf: readonly Uint32Array[], skip: (i: number, j: number) => boolean): number[] {
  const limit = (perMille: number) => Math.max(MAX_ARTICLES_PER_KEY, Math.floor((keysOf.length * perMille) / 1000));
  const index = keyIndex(keysOf);
  const candidates = sharedKeyPairs(index, { maxArticles: limit(RARE_STEM_PER_MILLE), minShared: MIN_RARE_STEMS }, skip);
  const contentLimit = limit(CONTENT_STEM_PER_MILLE);
  const isContent = (key: number) => articlesHolding(index, key) <= contentLimit;
  return candidates.filter((pair) => sharedCount(keysOf[Math.floor(pair / keysOf.length)]!, keysOf[pair % keysOf.length]!, isContent) >= MIN_SHARED_STEMS);
}

interface AlignedPair {
  x: Tokenised;
  y: Tokenised;
  passages: WordPassage[];
  /** Each passage's text key when it lies at the edges of both articles, else null. */
  edges: (number | null)[];
}

function tokenised(analysed: JudgedArticle): Tokenised {
  const words = findWords(analysed.article.text);
  return { analysed, words, tokens: tokensOf(analysed.article.text, words) };
}

/** Keys of verbatim edge passages found in BOILERPLATE_ARTICLES or more articles. */
function recurringEdges(aligned: readonly AlignedPair[]): Set<number> {
  const holders = new Map<number, Set<string>>();
  for (const { x, y, edges } of aligned) {
    for (const key of edges) {
      if (key === null) continue;
      const set = holders.get(key) ?? new Set<string>();
      set.add(x.analysed.article.id).add(y.analysed.article.id);
      holders.set(key, set);
    }
  }
  return new Set([...holders].filter(([, ids]) => ids.size >= BOILERPLATE_ARTICLES).map(([key]) => key));
}

/** The text key of a verbatim passage inside the edge paragraphs of both articles, else null. */
function edgeKey(x: Tokenised, y: Tokenised, p: WordPassage): number | null {
  if (p.kind !== "verbatim" || !atEdge(x, p.aStart, p.aEnd) || !atEdge(y, p.bStart, p.bEnd)) return null;
  return shingleHash(x.tokens, p.aStart, p.aEnd - p.aStart);
}

function atEdge({ analysed, words }: Tokenised, startWord: number, endWord: number): boolean {
  const { paragraphs } = analysed.facts;
  if (paragraphs.length < 2) return false;
  const start = words[2 * startWord]!;
  const end = words[2 * endWord - 1]!;
  return end <= paragraphs[EDGE_PARAGRAPHS - 1]!.end || start >= paragraphs[paragraphs.length - EDGE_PARAGRAPHS]!.start;
}
