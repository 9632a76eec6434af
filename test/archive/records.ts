// Archive records built from article text in the test, with candidate keys computed here
// (word-trigram hashes and quotation stems), independent of the overlap engine.
import { archiveRecord } from "../../src/archive/record.js";
import type { ArchiveRecord } from "../../src/archive/types.js";
import type { AnalysedArticle } from "../../src/types.js";

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Hashes of each run of three words, distinct. */
export function shingleKeys(text: string): Uint32Array {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const keys = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++) keys.add(fnv1a(words.slice(i, i + 3).join(" ")));
  return Uint32Array.from(keys);
}

/** Hashes of the quotations' content words (four letters or more), distinct, as the overlap engine keys quotations. */
export function quoteKeys(text: string): Uint32Array {
  const quotes = text.match(/[„"“]([^"“”]+)["“”]/g) ?? [];
  const words = quotes.flatMap((q) => q.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  return Uint32Array.from(new Set(words.map(fnv1a)));
}

export interface Draft {
  id: string;
  text: string;
  title?: string;
  source?: string;
  published?: string | null;
  language?: string;
}

/** A record as the archive would get it from an analysed article. */
export function record(d: Draft): ArchiveRecord {
  const analysed = {
    article: { id: d.id, path: `${d.id}.txt`, source: d.source ?? null, url: `https://example.org/${d.id}`, title: d.title ?? null, author: null, published: d.published ?? null, declaredLanguage: null, text: d.text, textOrigin: null },
    facts: {
      language: d.language ?? "de",
      published: d.published ?? null,
      source: d.source ?? "example.org",
      title: d.title ?? null,
      credits: [{ agency: "dpa", span: { start: 0, end: 3 } }],
      fingerprint: { hashes: shingleKeys(d.text), quoteKeys: quoteKeys(d.text) },
    },
  } as unknown as AnalysedArticle;
  return archiveRecord(analysed);
}
