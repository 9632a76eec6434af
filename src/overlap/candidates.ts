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
 * Pairs (i < j), as i·n + j in ascending order, that share at least `minShared` keys held
 * by at most `maxArticles` articles and that `skip` lets through. Key and article are
 * packed into one float so one native typed-array sort groups each key's postings, by
 * article; then each article's postings are walked towards the later articles of the same
 * key, with one reusable counter per other article, so memory stays linear in the
 * postings, whatever the number of pairs counted. `skip` is asked only of the pairs that
 * share enough keys: a stem held by a hundred articles is visited thousands of times.
 */
export function sharedKeyPairs(keysOf: readonly Uint32Array[], limits: IndexLimits, skip: (i: number, j: number) => boolean): number[] {
  const count = keysOf.length;
  if (count > ARTICLE_SCALE) throw new RangeError(`the overlap index holds at most ${ARTICLE_SCALE} articles`);
  const postings = sortedPostings(keysOf);
  const articleAt = (x: number) => postings[x]! % ARTICLE_SCALE;
  // Runs of one key held by 2..maxArticles articles, and each article's postings in them
  // with the run's end (CSR layout: article i's are at perArticle[i]..perArticle[i + 1]).
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  const perArticle = new Uint32Array(count + 1);
  for (let start = 0; start < postings.length; ) {
    const key = Math.floor(postings[start]! / ARTICLE_SCALE);
    let end = start + 1;
    while (end < postings.length && Math.floor(postings[end]! / ARTICLE_SCALE) === key) end++;
    if (end - start > 1 && end - start <= limits.maxArticles) {
      runStarts.push(start);
      runEnds.push(end);
      for (let x = start; x < end; x++) perArticle[articleAt(x) + 1]!++;
    }
    start = end;
  }
  for (let i = 0; i < count; i++) perArticle[i + 1]! += perArticle[i]!;
  const own = new Uint32Array(perArticle[count]!);
  const ownRunEnd = new Uint32Array(perArticle[count]!);
  const fill = perArticle.slice(0, count);
  runStarts.forEach((start, r) => {
    for (let x = start; x < runEnds[r]!; x++) {
      const at = fill[articleAt(x)]!++;
      own[at] = x;
      ownRunEnd[at] = runEnds[r]!;
    }
  });
  const pairs: number[] = [];
  const shared = new Uint32Array(count);
  const touched: number[] = [];
  for (let i = 0; i < count; i++) {
    for (let k = perArticle[i]!; k < perArticle[i + 1]!; k++) {
      for (let y = own[k]! + 1; y < ownRunEnd[k]!; y++) {
        const j = articleAt(y);
        if (shared[j]!++ === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      if (shared[j]! >= limits.minShared && !skip(i, j)) pairs.push(i * count + j);
      shared[j] = 0;
    }
    touched.length = 0;
  }
  return [...Float64Array.from(pairs).sort()];
}

function sortedPostings(keysOf: readonly Uint32Array[]): Float64Array {
  let total = 0;
  for (const keys of keysOf) total += keys.length;
  const postings = new Float64Array(total);
  let n = 0;
  keysOf.forEach((keys, article) => {
    for (let k = 0; k < keys.length; k++) postings[n++] = keys[k]! * ARTICLE_SCALE + article;
  });
  return postings.sort();
}

/** How many articles hold each key (each article's keys are distinct). */
export function keyArticleCounts(keysOf: readonly Uint32Array[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const keys of keysOf) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Keys two ascending key lists share that pass `counts`, by one merge. */
export function sharedCount(a: Uint32Array, b: Uint32Array, counts: (key: number) => boolean): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      if (counts(a[i]!)) shared++;
      i++;
      j++;
    }
  }
  return shared;
}
