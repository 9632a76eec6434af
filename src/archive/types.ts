// The archive: every article of earlier runs, kept so that a new run can be compared with
// them. One interface, two backends (an embedded SQLite file, a shared PostgreSQL).
import type { ArchiveStatus } from "../types.js";

/** An article as the archive keeps it: metadata, content hash, candidate keys, compressed text. */
export interface ArchiveRecord {
  id: string;
  source: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  credits: string[];
  /** SHA-256 (hex) of title and text: the same id with another hash is a new version. */
  contentHash: string;
  /** The overlap engine's candidate keys: selected shingle hashes and quotation stems. */
  hashes: Uint32Array;
  quoteKeys: Uint32Array;
  /** The text, Brotli-compressed (docs/BENCHMARKS.md, "Archive", has the measured choice). */
  text: Uint8Array;
}

/** A stored article with its version and the day it was added (`YYYY-MM-DD`). */
export interface StoredRecord extends ArchiveRecord {
  version: number;
  added: string;
}

/** What adding an article did: first seen, already there unchanged, or a new version of an id. */
export interface AddResult extends ArchiveStatus {
  id: string;
}

/** The keys of one article of the current run, for the candidate query. */
export interface CandidateQuery {
  hashes: Uint32Array;
  quoteKeys: Uint32Array;
}

export interface CandidateOptions {
  /** An archived article is a candidate for a new one when they share at least this many hashes… */
  minSharedHashes: number;
  /** …or at least this many quotation keys. */
  minSharedQuotes: number;
  /** Keys found in more archived articles than this say nothing about reuse (boilerplate) and are passed over. */
  maxKeyArticles: number;
  /** At most this many candidates per new article, those sharing the most keys first. */
  maxPerArticle: number;
}

export interface Candidate {
  /** Index of the new article in the query. */
  query: number;
  id: string;
  sharedHashes: number;
  sharedQuotes: number;
}

export interface ArchiveStats {
  schemaVersion: number;
  /** Current articles (the latest version of each id). */
  articles: number;
  /** Stored versions, superseded ones included. */
  versions: number;
  /** Key → article index entries. */
  postings: number;
  oldest: string | null;
  newest: string | null;
}

export interface Archive {
  /** The backend, for messages: "sqlite" or "postgres". */
  readonly kind: "sqlite" | "postgres";
  readonly readonly: boolean;
  /** The latest version and content hash of each id that the archive holds. */
  lookup(ids: readonly string[]): Promise<Map<string, { version: number; contentHash: string }>>;
  /** Archived articles sharing keys with the new ones, from the key index (the archive is never loaded whole). */
  candidates(queries: readonly CandidateQuery[], options: CandidateOptions): Promise<Candidate[]>;
  /** The current versions of these ids. */
  load(ids: readonly string[]): Promise<StoredRecord[]>;
  /** Adds the articles in one transaction: all of them or, if the run dies, none. */
  add(records: readonly ArchiveRecord[], added: string): Promise<AddResult[]>;
  /** Removes articles published (or, undated, added) before `date`; returns how many ids went. */
  prune(before: string): Promise<number>;
  /** Every current article, in id order, a page at a time. */
  export(): AsyncGenerator<StoredRecord>;
  stats(): Promise<ArchiveStats>;
  close(): Promise<void>;
}

/** A failure to use the archive (foreign, corrupt, newer, unreachable): one line for the user, exit 2. */
export class ArchiveError extends Error {
  override name = "ArchiveError";
}
