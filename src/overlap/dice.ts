// Sentence similarity: the Dice coefficient of character bigrams (whitespace removed),
// the measure of string-similarity's compareTwoStrings, over bigrams computed once per
// sentence as sorted integer codes, so comparing two sentences is one linear merge.

/** The sorted bigram codes of a string, whitespace (what /\s/ matches) removed. */
export function bigrams(s: string): Uint32Array {
  const codes = new Uint32Array(Math.max(0, s.length - 1));
  let n = 0;
  let previous = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (SPACE[c]) continue;
    if (previous >= 0) codes[n++] = (previous << 16) | c;
    previous = c;
  }
  return codes.subarray(0, n).sort();
}

/** Per UTF-16 code unit, 1 for the characters /\s/ matches. */
const SPACE = (() => {
  const space = new Uint8Array(0x10000);
  for (let c = 0; c < space.length; c++) if (/\s/.test(String.fromCharCode(c))) space[c] = 1;
  return space;
})();

/** 2·|shared bigrams| / (|a| + |b|), bigrams counted with multiplicity. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
