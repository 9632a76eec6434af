// Direct quotations: the spans between paired quotation marks, marks included.
// German „…“ (often typed „…” or "…"), English “…” and "…", guillemets «…» and »…«.
import type { Span } from "../types.js";

/** Closing marks accepted for each opening mark. */
const CLOSERS: Record<string, string> = {
  "„": "“”\"",
  "“": "”",
  "«": "»",
  "»": "«",
  '"': '"',
};
/** An opener with no closer this far on is a stray mark, not a quotation. */
const MAX_QUOTE = 2000;

export function findQuotations(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const closers = CLOSERS[text[i]!];
    if (!closers) {
      i++;
      continue;
    }
    // Straight quotes cannot tell an opening from a closing mark, so they pair within a
    // line only: a quotation continued in the next paragraph reopens without closing.
    const lineEnd = text[i] === '"' ? text.indexOf("\n", i) : -1;
    const limit = Math.min(lineEnd < 0 ? text.length : lineEnd, i + MAX_QUOTE);
    let j = i + 1;
    while (j < limit && !closers.includes(text[j]!)) j++;
    if (j >= limit) {
      i++;
      continue;
    }
    out.push({ start: i, end: j + 1 });
    i = j + 1;
  }
  return out;
}

export function insideAny(spans: readonly Span[], span: Span): boolean {
  return spans.some((s) => s.start <= span.start && span.end <= s.end);
}
