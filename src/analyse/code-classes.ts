// Per-character classes for the scans of analysis, which read every character of every text:
// a Unicode property test costs far more than a table read, so each code unit is classified
// once per thread, when first met.

/** `classify` (classes 0–254) memoised in a table of the Basic Multilingual Plane; code points above it are classified each time. */
export function classTable(classify: (code: number) => number): (code: number) => number {
  // Each entry is its class + 1: 0 marks a code unit not met yet.
  const table = new Uint8Array(0x10000);
  return (code) => {
    if (code > 0xffff) return classify(code);
    const found = table[code]!;
    if (found) return found - 1;
    const kind = classify(code);
    table[code] = kind + 1;
    return kind;
  };
}
