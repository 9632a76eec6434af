// Candidate pairs without comparing all pairs: an inverted index from key (shingle hash
// or quotation stem) to the articles holding it. A key held by too many articles is a
// stock phrase, a footer or an agency boilerplate line and makes no candidate; a pair
// becomes a candidate when it shares enough of the remaining keys.

/** Articles are numbered in the index with this many bits (two million articles). */
const ARTICLE_BITS = 21;
const ARTICLE_SCALE = 2 ** ARTICLE_BITS;

export interface IndexLimits {
  /** A key held by more articles than this is stock text. */
  maxArticles: number;
  /** A pair must share at least this many keys. */
  minShared: number;
}

/**
 * Pairs (i < j) that share at least `minShared` keys held by at most `maxArticles`
 * articles, with the count shared; `skip` drops pairs before they are counted.
 * Key and article are packed into one float so one native typed-array sort groups
 * every key's postings: no per-key objects, linear memory.
 */
export function sharedKeyPairs(keysOf: readonly Uint32Array[], limits: IndexLimits, skip: (i: number, j: number) => boolean): Map<number, number> {
  if (keysOf.length > ARTICLE_SCALE) throw new RangeError(`the overlap index holds at most ${ARTICLE_SCALE} articles`);
  let total = 0;
  for (const keys of keysOf) total += keys.length;
  const postings = new Float64Array(total);
  let n = 0;
  keysOf.forEach((keys, article) => {
    for (let k = 0; k < keys.length; k++) postings[n++] = keys[k]! * ARTICLE_SCALE + article;
  });
  postings.sort();
  const counts = new Map<number, number>();
  const count = keysOf.length;
  for (let start = 0; start < total; ) {
    const key = Math.floor(postings[start]! / ARTICLE_SCALE);
    let end = start + 1;
    while (end < total && Math.floor(postings[end]! / ARTICLE_SCALE) === key) end++;
    if (end - start > 1 && end - start <= limits.maxArticles) {
      for (let x = start; x < end; x++) {
        const i = postings[x]! % ARTICLE_SCALE;
        for (let y = x + 1; y < end; y++) {
          const j = postings[y]! % ARTICLE_SCALE;
          if (skip(i, j)) continue;
          const pair = i * count + j;
          counts.set(pair, (counts.get(pair) ?? 0) + 1);
        }
      }
    }
    start = end;
  }
  for (const [pair, shared] of counts) if (shared < limits.minShared) counts.delete(pair);
  return counts;
}
