// Between the pipeline's values and the archive's: an analysed article becomes a record (its
// text Brotli-compressed), and a stored record becomes an article again, to be re-analysed.
import { createHash } from "node:crypto";
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import type { Article, JudgedArticle } from "../types.js";
import type { ArchiveRecord, StoredRecord } from "./types.js";

/** Quality 5: within 6 % of quality 9's size at a tenth of its time (docs/BENCHMARKS.md, "Archive"). */
const BROTLI_QUALITY = 5;

export function compressText(text: string): Uint8Array {
  const bytes = Buffer.from(text, "utf8");
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  });
}

export const decompressText = (bytes: Uint8Array): string => brotliDecompressSync(bytes).toString("utf8");

/** What makes two copies of an article the same content: its title and its text. */
export function contentHash(title: string | null, text: string): string {
  return createHash("sha256").update(title ?? "").update("\0").update(text).digest("hex");
}

export function archiveRecord({ article, facts }: JudgedArticle): ArchiveRecord {
  return {
    id: article.id,
    source: facts.source,
    url: article.url,
    title: facts.title,
    published: facts.published,
    language: facts.language,
    credits: [...new Set(facts.credits.map((c) => c.agency))],
    contentHash: contentHash(facts.title, article.text),
    hashes: facts.fingerprint.hashes,
    quoteKeys: facts.fingerprint.quoteKeys,
    text: compressText(article.text),
  };
}

/** The stored article as ingest would have given it, ready for analysis. */
export function storedArticle(r: StoredRecord): Article {
  return {
    id: r.id,
    path: `archive:${r.id}`,
    source: r.source,
    url: r.url,
    title: r.title,
    author: null,
    published: r.published,
    declaredLanguage: r.language,
    text: decompressText(r.text),
    textOrigin: null,
  };
}
