// An `article` row as both backends read it (the same columns, see schema.ts), and the record it holds.
import { decodeKeys } from "./keys.js";
import type { StoredRecord } from "./types.js";

export interface ArticleRow {
  /** The row's number: SQLite gives a number, PostgreSQL's bigint a string. */
  n: number | string;
  id: string;
  version: number;
  source: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  credits: string;
  content_hash: string;
  added: string;
  text: Buffer | null;
  hashes: Buffer | null;
  quote_keys: Buffer | null;
}

export const storedRecord = (r: ArticleRow): StoredRecord => ({
  id: r.id,
  version: r.version,
  source: r.source,
  url: r.url,
  title: r.title,
  published: r.published,
  language: r.language,
  credits: JSON.parse(r.credits) as string[],
  contentHash: r.content_hash,
  added: r.added,
  text: r.text ?? new Uint8Array(0),
  hashes: decodeKeys(r.hashes),
  quoteKeys: decodeKeys(r.quote_keys),
});
