// The overlap engine: which articles share wording, where, and which came first.
// Computed once per run as a corpus fact; the overlap rules and report.json read it.
// Archived articles (`earlier`) are compared with the current ones, never with each other.
import type { Agency } from "../packs/types.js";
import type { AnalysedArticle, Overlap } from "../types.js";
import { align, alignment, type WordPassage } from "./align.js";
import { sharedKeyPairs } from "./candidates.js";
import { originOf } from "./origin.js";
import { shingleHash } from "./tokens.js";

/** A shingle or stem held by more articles than this is stock text (phrases, footers, boilerplate). */
const MAX_ARTICLES_PER_KEY = 50;
/** Winnowed shingles a pair must share: about one sentence of the same words. */
export const MIN_SHARED_HASHES = 3;
/** Rare quotation stems a pair must share to have its quotations compared. */
export const MIN_SHARED_STEMS = 4;
/** Text at an article's edges (first or last paragraphs) recurring in this many articles is a footer or masthead. */
const EDGE_PARAGRAPHS = 2;
const BOILERPLATE_ARTICLES = 3;

export function findOverlaps(current: readonly AnalysedArticle[], earlier: readonly AnalysedArticle[], agencies: readonly Agency[]): Overlap[] {
  const all = [...current, ...earlier];
  const skip = (i: number, j: number): boolean => {
    if (i >= current.length && j >= current.length) return true;
    const li = all[i]!.facts.language;
    const lj = all[j]!.facts.language;
    return li !== null && lj !== null && li !== lj;
  };
  const limits = { maxArticles: MAX_ARTICLES_PER_KEY };
  const textual = sharedKeyPairs(all.map((a) => a.facts.fingerprint.hashes), { ...limits, minShared: MIN_SHARED_HASHES }, skip);
  const quoted = sharedKeyPairs(all.map((a) => a.facts.fingerprint.quoteKeys), { ...limits, minShared: MIN_SHARED_STEMS }, skip);
  const pairs = [...new Set([...textual.keys(), ...quoted.keys()])].sort((p, q) => p - q);
  const aligned = pairs.flatMap((pair) => {
    const x = all[Math.floor(pair / all.length)]!;
    const y = all[pair % all.length]!;
    const passages = align(x, y);
    return passages.length ? [{ x, y, passages }] : [];
  });
  const boilerplate = recurringEdges(aligned);
  return aligned.flatMap(({ x, y, passages }) => {
    const kept = passages.filter((p) => !boilerplate.has(edgeKey(x, y, p) ?? -1));
    if (kept.length === 0) return [];
    const { passages: spans, score } = alignment(x, y, kept);
    return [{ a: x.article.id, b: y.article.id, score, origin: originOf(x, y, agencies), passages: spans }];
  });
}

interface AlignedPair {
  x: AnalysedArticle;
  y: AnalysedArticle;
  passages: WordPassage[];
}

/** Keys of verbatim edge passages found in BOILERPLATE_ARTICLES or more articles. */
function recurringEdges(aligned: readonly AlignedPair[]): Set<number> {
  const holders = new Map<number, Set<string>>();
  for (const { x, y, passages } of aligned) {
    for (const p of passages) {
      const key = edgeKey(x, y, p);
      if (key === null) continue;
      const set = holders.get(key) ?? new Set<string>();
      set.add(x.article.id).add(y.article.id);
      holders.set(key, set);
    }
  }
  return new Set([...holders].filter(([, ids]) => ids.size >= BOILERPLATE_ARTICLES).map(([key]) => key));
}

/** The text key of a verbatim passage inside the edge paragraphs of both articles, else null. */
function edgeKey(x: AnalysedArticle, y: AnalysedArticle, p: WordPassage): number | null {
  if (p.kind !== "verbatim" || !atEdge(x, p.aStart, p.aEnd) || !atEdge(y, p.bStart, p.bEnd)) return null;
  return shingleHash(x.facts.fingerprint.tokens, p.aStart, p.aEnd - p.aStart);
}

function atEdge({ facts }: AnalysedArticle, startWord: number, endWord: number): boolean {
  const { paragraphs, words } = facts;
  if (paragraphs.length < 2) return false;
  const start = words[2 * startWord]!;
  const end = words[2 * endWord - 1]!;
  return end <= paragraphs[EDGE_PARAGRAPHS - 1]!.end || start >= paragraphs[paragraphs.length - EDGE_PARAGRAPHS]!.start;
}
