// What both backends share about candidates: the query's rows, and the ranking of what the
// index returned (the database counts; this keeps the best few per new article).
import { MIN_SHARED_HASHES, MIN_SHARED_STEMS } from "../overlap/index.js";
import { postingKeys } from "./keys.js";
import type { Candidate, CandidateOptions, CandidateQuery } from "./types.js";

/** The overlap engine's own thresholds for a candidate pair; a key held by more than a thousand
 *  archived articles is stock text; ten candidates per new article keep a run's re-analysis small. */
export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  minSharedHashes: MIN_SHARED_HASHES,
  minSharedQuotes: MIN_SHARED_STEMS,
  maxKeyArticles: 1000,
  maxPerArticle: 10,
};

/** (query index, key) rows: each new article's distinct keys. */
export function queryRows(queries: readonly CandidateQuery[]): { n: number[]; keys: number[] } {
  const n: number[] = [];
  const keys: number[] = [];
  queries.forEach((q, i) => {
    for (const key of postingKeys(q.hashes, q.quoteKeys)) {
      n.push(i);
      keys.push(key);
    }
  });
  return { n, keys };
}

/** A (query, key) row as one number, `query * PACK + key`: keys stay below 2^33, and a million
 *  queries still fit in a double's 53 bits. */
export const PACK = 2 ** 33;

export function packedRows(queries: readonly CandidateQuery[]): number[] {
  const { n, keys } = queryRows(queries);
  return keys.map((key, i) => n[i]! * PACK + key);
}

/** Per new article, the candidates sharing the most keys (ties by id), at most `maxPerArticle`. */
export function rankCandidates(found: readonly Candidate[], options: CandidateOptions): Candidate[] {
  const strength = (c: Candidate) => c.sharedHashes + c.sharedQuotes;
  const sorted = [...found].sort((a, b) => a.query - b.query || strength(b) - strength(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: Candidate[] = [];
  let taken = 0;
  sorted.forEach((c, i) => {
    taken = i > 0 && sorted[i - 1]!.query === c.query ? taken + 1 : 0;
    if (taken < options.maxPerArticle) out.push(c);
  });
  return out;
}
