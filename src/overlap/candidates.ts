// Candidate pairs without comparing all pairs: an inverted index from key (shingle hash
// or quotation stem) to the articles holding it. A key held by too many articles is a
// stock phrase, a footer or an agency boilerplate line and makes no candidate; a pair
// becomes a candidate when it shares enough of the remaining keys.

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

/** Postings ordered by key and, within a key, by article; `count` articles numbered 0..count − 1. */
export interface SortedPostings {
  keys: Uint32Array;
  articles: Uint32Array;
  count: number;
}

/**
 * Every (key, article) posting, gathered one article at a time in article order and
 * scattered into buckets by the key's top byte as it comes, so that an audit does this
 * pass while its per-article work is still running; `sorted` then orders each bucket
 * stably by the key's other bits (counting passes over typed arrays, each on one bucket,
 * which fits in the cache; four passes of 8 bits over the whole array cost a fifth more,
 * a native sort of key and article packed into one float about twice as much).
 */
export class Postings {
  private keys = Array.from({ length: 2 ** TOP_BITS }, () => new Uint32Array(16));
  private articles = Array.from({ length: 2 ** TOP_BITS }, () => new Uint32Array(16));
  private readonly lengths = new Uint32Array(2 ** TOP_BITS);
  private added = 0;

  /** How many articles' keys have been added. */
  get count(): number {
    return this.added;
  }

  /** The next article's keys. */
  add(own: Uint32Array): void {
    const article = this.added++;
    for (let x = 0; x < own.length; x++) {
      const key = own[x]!;
      const bucket = key >>> (32 - TOP_BITS);
      const at = this.lengths[bucket]!++;
      if (at === this.keys[bucket]!.length) this.grow(bucket);
      this.keys[bucket]![at] = key;
      this.articles[bucket]![at] = article;
    }
  }

  /** The postings in order; the buckets are emptied as they are copied, and the next article added is article 0 again. */
  sorted(): SortedPostings {
    let total = 0;
    let largest = 0;
    for (const length of this.lengths) {
      total += length;
      largest = Math.max(largest, length);
    }
    const keys = new Uint32Array(total);
    const articles = new Uint32Array(total);
    const scratch = { keys: new Uint32Array(largest), articles: new Uint32Array(largest) };
    for (let digit = 0, at = 0; digit < this.lengths.length; digit++) {
      const length = this.lengths[digit]!;
      keys.set(this.keys[digit]!.subarray(0, length), at);
      articles.set(this.articles[digit]!.subarray(0, length), at);
      this.keys[digit] = new Uint32Array(16);
      this.articles[digit] = new Uint32Array(16);
      sortBucket({ keys: keys.subarray(at, at + length), articles: articles.subarray(at, at + length) }, scratch, 32 - TOP_BITS);
      at += length;
    }
    this.lengths.fill(0);
    const count = this.added;
    this.added = 0;
    return { keys, articles, count };
  }

  private grow(bucket: number): void {
    const keys = new Uint32Array(this.keys[bucket]!.length * 2);
    const articles = new Uint32Array(keys.length);
    keys.set(this.keys[bucket]!);
    articles.set(this.articles[bucket]!);
    this.keys[bucket] = keys;
    this.articles[bucket] = articles;
  }
}

/** The postings of every article's keys, in article order. */
export function postingsOf(keysOf: readonly Uint32Array[]): SortedPostings {
  const postings = new Postings();
  for (const own of keysOf) postings.add(own);
  return postings.sorted();
}

/**
 * Pairs (i < j), as i·n + j in ascending order, that share at least `minShared` keys held
 * by at most `maxArticles` articles and that `skip` lets through. Each article's postings
 * are walked towards the later articles of the same key, with one reusable counter per
 * other article, so memory stays linear in the postings, whatever the number of pairs
 * counted. `skip` is asked only of the pairs that share enough keys: a stem held by a
 * hundred articles is visited thousands of times.
 */
export function sharedKeyPairs(postings: SortedPostings, limits: IndexLimits, skip: (i: number, j: number) => boolean): number[] {
  const { count } = postings;
  if (count > MAX_INDEXED_ARTICLES) throw new RangeError(`the overlap index holds at most ${MAX_INDEXED_ARTICLES} articles`);
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

/** Sorts `bucket` stably by the key bits below `bits`, by counting passes through `scratch`. */
function sortBucket(bucket: { keys: Uint32Array; articles: Uint32Array }, scratch: { keys: Uint32Array; articles: Uint32Array }, bits: number): void {
  const length = bucket.keys.length;
  let from = bucket;
  let to = { keys: scratch.keys.subarray(0, length), articles: scratch.articles.subarray(0, length) };
  const radix = 2 ** BUCKET_RADIX_BITS;
  const next = new Uint32Array(radix + 1);
  for (let shift = 0; shift < bits; shift += BUCKET_RADIX_BITS) {
    next.fill(0);
    for (let x = 0; x < length; x++) next[((from.keys[x]! >>> shift) & (radix - 1)) + 1]!++;
    for (let digit = 1; digit <= radix; digit++) next[digit]! += next[digit - 1]!;
    for (let x = 0; x < length; x++) {
      const at = next[(from.keys[x]! >>> shift) & (radix - 1)]!++;
      to.keys[at] = from.keys[x]!;
      to.articles[at] = from.articles[x]!;
    }
    [from, to] = [to, from];
  }
  if (from !== bucket) {
    bucket.keys.set(from.keys);
    bucket.articles.set(from.articles);
  }
}

/** How many articles hold each key (each article's keys are distinct). */
export function keyArticleCounts({ keys }: SortedPostings): Map<number, number> {
  const counts = new Map<number, number>();
  for (let start = 0; start < keys.length; ) {
    let end = start + 1;
    while (end < keys.length && keys[end] === keys[start]) end++;
    counts.set(keys[start]!, end - start);
    start = end;
  }
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
