// Sentence similarity: the Dice coefficient of character bigrams (whitespace removed),
// the measure of string-similarity's compareTwoStrings, over bigrams computed once per
// sentence as sorted integer codes, so comparing two sentences is one linear merge.

/** The sorted bigram codes of a string, whitespace removed. */
export function bigrams(s: string): Uint32Array {
  const t = s.replace(/\s+/g, "");
  const codes = new Uint32Array(Math.max(0, t.length - 1));
  for (let i = 0; i < codes.length; i++) codes[i] = (t.charCodeAt(i) << 16) | t.charCodeAt(i + 1);
  return codes.sort();
}

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
