// Direct quotations: the spans between paired quotation marks, marks included.
// German „…“ (often typed „…” or "…"), English “…” and "…", guillemets «…» and »…«.
import { containing } from "../spans.js";
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
  const next = new NextOccurrence(text);
  let i = 0;
  while (i < text.length) {
    const opener = text[i]!;
    const closers = CLOSERS[opener];
    if (!closers) {
      i++;
      continue;
    }
    // Straight quotes cannot tell an opening from a closing mark, so they pair within a
    // line only: a quotation continued in the next paragraph reopens without closing.
    const lineEnd = opener === '"' ? next.after("\n", i) : text.length;
    const limit = Math.min(lineEnd, i + MAX_QUOTE);
    const close = Math.min(...[...closers].map((c) => next.after(c, i)));
    if (close >= limit) {
      i++;
      continue;
    }
    out.push({ start: i, end: close + 1 });
    i = close + 1;
  }
  return out;
}

/** The next index of a character after a position, each lookup amortised: positions only grow. */
class NextOccurrence {
  private readonly found = new Map<string, number>();

  constructor(private readonly text: string) {}

  after(char: string, position: number): number {
    let at = this.found.get(char);
    if (at === undefined || at <= position) {
      const index = this.text.indexOf(char, position + 1);
      at = index < 0 ? this.text.length : index;
      this.found.set(char, at);
    }
    return at;
  }
}

export function insideAny(spans: readonly Span[], span: Span): boolean {
  return containing(spans, span) !== null;
}
