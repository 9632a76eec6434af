// Work buffers reused within a thread for arrays that a per-article step fills and then copies
// out of. A typed array of more than 64 bytes lives outside the JavaScript heap and costs 1–3 µs
// to allocate, zero and later free: as much as scanning a short text into it.

/** Up to this many entries a buffer is kept for the next call; a longer request gets its own array. */
const KEPT_ENTRIES = 1 << 16;

/**
 * A lender of one buffer: each call returns an array of at least `length` entries whose contents
 * are stale and valid only until the lender's next call, so a caller reads only what it wrote and
 * copies out what it keeps.
 */
export function workBuffer(): (length: number) => Uint32Array {
  let buffer = new Uint32Array(0);
  return (length) => {
    if (length > KEPT_ENTRIES) return new Uint32Array(length);
    if (buffer.length < length) buffer = new Uint32Array(Math.min(KEPT_ENTRIES, Math.max(length, 2 * buffer.length, 1024)));
    return buffer;
  };
}
