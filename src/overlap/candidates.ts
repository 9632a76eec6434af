// Candidate pairs without comparing all pairs: an inverted index from key (shingle hash
// or quotation stem) to the articles holding it. A key held by too many articles is a
// stock phrase, a footer or an agency boilerplate line and makes no candidate; a pair
// becomes a candidate when it shares enough of the remaining keys.
import { firstAtOrAfter } from "../spans.js";

/** The index holds at most this many articles (two million): a pair is numbered i·n + j, exactly. */
const MAX_INDEXED_ARTICLES = 2 ** 21;
/** Postings are bucketed by their keys' top 8 bits, then each bucket (small enough for the cache) is ordered in two counting passes of 12 bits. */
const TOP_BITS = 8;
const BUCKET_RADIX_BITS = 12;

export interface IndexLimits {
  /** A key held by more articles than this is stock text. */
  maxArticles: number;
  /** A pair must share at least this many keys. */
  minShared: number;
}

/** Every (key, article) posting, ordered by key and, within a key, by article. */
export interface KeyIndex {
  keys: Uint32Array;
  articles: Uint32Array;
  /** The number of articles indexed (pairs are numbered i·count + j). */
  count: number;
}

/** The index of the articles' keys (each article's keys ascending and distinct). */
export function keyIndex(keysOf: readonly Uint32Array[]): KeyIndex {
  if (keysOf.length > MAX_INDEXED_ARTICLES) throw new RangeError(`the overlap index holds at most ${MAX_INDEXED_ARTICLES} articles`);
  const { keys, articles } = sortedPostings(keysOf);
  return { keys, articles, count: keysOf.length };
}

/**
 * Pairs (i < j), as i·n + j in ascending order, that share at least `minShared` keys held
 * by at most `maxArticles` articles and that `skip` lets through. The postings are grouped
 * by key, each key's by article; then each article's postings are walked towards the later
 * articles of the same key, with one reusable counter per other article, so memory stays
 * linear in the postings, whatever the number of pairs counted. `skip` is asked only of the pairs that
 * share enough keys: a stem held by a hundred articles is visited thousands of times.
 */
export function sharedKeyPairs(postings: KeyIndex, limits: IndexLimits, skip: (i: number, j: number) => boolean): number[] {
  const { count } = postings;
  const articleAt = (x: number) => postings.articles[x]!;
  const keyAt = (x: number) => postings.keys[x]!;
  // Runs of one key held by 2..maxArticles articles, and each article's postings in them
  // with the run's end (CSR layout: article i's are at perArticle[i]..perArticle[i + 1]).
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  const perArticle = new Uint32Array(count + 1);
  const total = postings.keys.length;
  for (let start = 0; start < total; ) {
    const key = keyAt(start);
    let end = start + 1;
    while (end < total && keyAt(end) === key) end++;
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

/**
 * Every (key, article) posting, ordered by key and, within a key, by article: scattered in
 * article order into buckets by the key's top byte, then each bucket sorted stably by the
 * key's other bits, lowest first (counting passes over typed arrays, each on one bucket,
 * which fits in the cache; four passes of 8 bits over the whole array cost a fifth more,
 * a native sort of key and article packed into one float about twice as much).
 */
function sortedPostings(keysOf: readonly Uint32Array[]): { keys: Uint32Array; articles: Uint32Array } {
  const TOP = 32 - TOP_BITS;
  const buckets = 2 ** TOP_BITS;
  const bucketStart = new Uint32Array(buckets + 1);
  for (const own of keysOf) for (let x = 0; x < own.length; x++) bucketStart[(own[x]! >>> TOP) + 1]!++;
  for (let digit = 1; digit <= buckets; digit++) bucketStart[digit]! += bucketStart[digit - 1]!;
  const total = bucketStart[buckets]!;
  const keys = new Uint32Array(total);
  const articles = new Uint32Array(total);
  const fill = bucketStart.slice(0, buckets);
  for (let article = 0; article < keysOf.length; article++) {
    const own = keysOf[article]!;
    for (let x = 0; x < own.length; x++) {
      const key = own[x]!;
      const at = fill[key >>> TOP]!++;
      keys[at] = key;
      articles[at] = article;
    }
  }
  let largest = 0;
  for (let digit = 0; digit < buckets; digit++) largest = Math.max(largest, bucketStart[digit + 1]! - bucketStart[digit]!);
  const scratch = { keys: new Uint32Array(largest), articles: new Uint32Array(largest), next: new Uint32Array(2 ** BUCKET_RADIX_BITS + 1) };
  for (let digit = 0; digit < buckets; digit++) {
    sortBucket(keys.subarray(bucketStart[digit]!, bucketStart[digit + 1]!), articles.subarray(bucketStart[digit]!, bucketStart[digit + 1]!), scratch, TOP);
  }
  return { keys, articles };
}

/**
 * Sorts a bucket's postings stably by the key bits below `bits`, by counting passes through
 * `scratch`. The arrays are held in locals: read through an object in the inner loops, they
 * cost twice as much.
 */
function sortBucket(keys: Uint32Array, articles: Uint32Array, scratch: { keys: Uint32Array; articles: Uint32Array; next: Uint32Array }, bits: number): void {
  const length = keys.length;
  const radix = 2 ** BUCKET_RADIX_BITS;
  const mask = radix - 1;
  const { next } = scratch;
  let fromKeys = keys;
  let fromArticles = articles;
  let toKeys = scratch.keys.subarray(0, length);
  let toArticles = scratch.articles.subarray(0, length);
  for (let shift = 0; shift < bits; shift += BUCKET_RADIX_BITS) {
    next.fill(0);
    for (let x = 0; x < length; x++) next[((fromKeys[x]! >>> shift) & mask) + 1]!++;
    for (let digit = 1; digit <= radix; digit++) next[digit]! += next[digit - 1]!;
    for (let x = 0; x < length; x++) {
      const key = fromKeys[x]!;
      const at = next[(key >>> shift) & mask]!++;
      toKeys[at] = key;
      toArticles[at] = fromArticles[x]!;
    }
    [fromKeys, toKeys] = [toKeys, fromKeys];
    [fromArticles, toArticles] = [toArticles, fromArticles];
  }
  if (fromKeys !== keys) {
    keys.set(fromKeys);
    articles.set(fromArticles);
  }
}

/** How many articles hold `key`: the length of its run of postings, found by two binary searches. */
export function articlesHolding({ keys }: KeyIndex, key: number): number {
  return firstAtOrAfter(keys, key + 1, keyOf) - firstAtOrAfter(keys, key, keyOf);
}

const keyOf = (key: number) => key;

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
