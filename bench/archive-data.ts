// Synthetic archive contents for the archive benchmark, the same on every run: texts from the
// benchmark corpus, candidate keys from a seeded generator, and new articles of which some reuse
// archived ones. The key counts follow the overlap engine's fingerprints of real news text
// (docs/BENCHMARKS.md, "Archive"): about 250 winnowed shingles and 30 quotation stems an article.
// Most shingles are rare, a share comes from a pool of common phrases; stems come from a vocabulary.
import { compressText } from "../src/archive/record.js";
import type { ArchiveRecord, CandidateQuery } from "../src/archive/types.js";
import { generateCorpus, random } from "./corpus.js";

export const KEYS_PER_ARTICLE = Number(process.env.BENCH_ARCHIVE_KEYS ?? 250);
export const STEMS_PER_ARTICLE = 30;
const COMMON_SHARE = 0.02;
const COMMON_POOL = 5_000;
const STEM_VOCABULARY = 100_000;
const TEXTS = 1_000;
/** Every fifth new article reuses half the wording of an archived one. */
const REUSE_EVERY = 5;

/** The keys of archived article `n` (or, with an offset seed, of a new one). */
export function keysFor(n: number): CandidateQuery {
  const rnd = random(n * 2654435761);
  const next = () => Math.floor(rnd() * 2 ** 32);
  const hashes = Uint32Array.from({ length: KEYS_PER_ARTICLE }, () => (next() % 1000 < COMMON_SHARE * 1000 ? next() % COMMON_POOL : next()));
  return { hashes, quoteKeys: Uint32Array.from({ length: STEMS_PER_ARTICLE }, () => next() % STEM_VOCABULARY) };
}

let texts: string[] | null = null;
export function textFor(n: number): string {
  texts ??= generateCorpus(TEXTS, 7).map((a) => a.content);
  return texts[n % TEXTS]!;
}

let compressed: Uint8Array[] | null = null;
/** Archived article `n`: its text compressed once per distinct text, to fill the archive quickly. */
export function archivedRecord(n: number): ArchiveRecord {
  compressed ??= Array.from({ length: TEXTS }, (_, i) => compressText(textFor(i)));
  const keys = keysFor(n);
  return {
    id: `archived-${String(n).padStart(7, "0")}`,
    source: `Outlet ${n % 40}`,
    url: `https://outlet${n % 40}.example/${n}`,
    title: `Report ${n}`,
    published: `2026-${String(1 + (n % 10)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`,
    language: n % 5 < 3 ? "de" : "en",
    credits: n % 3 ? ["dpa"] : [],
    contentHash: `bench-${n}`,
    ...keys,
    text: compressed[n % TEXTS]!,
  };
}

/** New article `i` of a run against an archive of `size`: a fifth reuse half of an archived article's keys. */
export function newArticle(i: number, size: number): { id: string; text: string; keys: CandidateQuery } {
  const own = keysFor(size + 1_000_000 + i);
  if (i % REUSE_EVERY === 0) {
    const source = keysFor((i * 7919) % size);
    own.hashes.set(source.hashes.subarray(0, KEYS_PER_ARTICLE >> 1));
  }
  return { id: `new-${String(i).padStart(5, "0")}`, text: textFor(i * 13), keys: own };
}
