// Candidate keys as the database stores them: one integer column for both kinds, shingle
// hashes as they are and quotation keys above 2^32, so one index serves both.

export const QUOTE_KEY_OFFSET = 2 ** 32;

/** The distinct posting keys of an article. */
export function postingKeys(hashes: Uint32Array, quoteKeys: Uint32Array): number[] {
  const keys = new Set<number>(hashes);
  for (const q of quoteKeys) keys.add(q + QUOTE_KEY_OFFSET);
  return [...keys];
}

/** Little-endian bytes, so an archive shared between machines reads the same everywhere. */
export function encodeKeys(keys: Uint32Array): Buffer {
  const out = Buffer.allocUnsafe(keys.length * 4);
  for (let i = 0; i < keys.length; i++) out.writeUInt32LE(keys[i]!, i * 4);
  return out;
}

export function decodeKeys(bytes: Uint8Array | null): Uint32Array {
  if (!bytes) return new Uint32Array(0);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(buf.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

/** (key, article) index entries of a batch, inserted in key order: a B-tree takes sorted inserts
 *  page by page instead of at random, which at millions of entries is several times faster. */
export class PostingList {
  private keys: number[] = [];
  private articles: number[] = [];

  add(keys: readonly number[], article: number): void {
    for (const key of keys) {
      this.keys.push(key);
      this.articles.push(article);
    }
  }

  /** The entries as two columns, ordered by key, then article. */
  sorted(): { keys: number[]; articles: number[] } {
    const order = Uint32Array.from(this.keys.keys()).sort((a, b) => this.keys[a]! - this.keys[b]! || this.articles[a]! - this.articles[b]!);
    return { keys: Array.from(order, (i) => this.keys[i]!), articles: Array.from(order, (i) => this.articles[i]!) };
  }
}
