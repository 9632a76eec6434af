// Direct quotations: the spans between paired quotation marks, marks included.
// German „…“ (often typed „…” or "…") and ‚…‘, English “…”, ‘…’, "…", '…' and ''…'', guillemets «…»,
// »…«, ‹…› and ›…‹.
import { escapeRegExp } from "../packs/patterns.js";
import { containing } from "../spans.js";
import type { Span } from "../types.js";

/** Closing marks accepted for each opening mark. */
const CLOSERS: Record<string, string> = {
  "„": "“”\"",
  "“": "”",
  "«": "»",
  "»": "«",
  '"': '"',
  "‚": "‘’",
  "‘": "’",
  "‹": "›",
  "›": "‹",
  "'": "'",
};
/** Closers typed in the other style ("“…\"", "\"…”"), accepted within the opener's line only. */
const MIXED_CLOSERS: Record<string, string> = { "“": '"', '"': "”" };
/** Single marks double as apostrophes ("don’t", "geht’s", "'90s"): they quote only at word edges, within a line. */
const SINGLE = new Set(["‚", "‘", "'"]);
const LETTER = /[\p{L}\p{N}]/u;
/** The punctuation that ends a quotation before its closing mark: a “ right after it and before a space closes. */
const SLIPPED_BEFORE = /[,.?!]/u;
/** The openers such a “ typed for a closer may close: its own kind, and a straight mark within its line. */
const SLIPPED_OPENERS = "“\"";
/** The English opening mark, repeated at the head of each paragraph a quotation runs on into (German „ is not). */
const REOPENED = "“";
/** What a paragraph running on a quotation starts with: a reopening mark, or a lowercase word of a wrapped line. */
const OPENER_OR_LOWERCASE = /[„“"«»‚‘'‹›\p{Ll}]/u;
/** Two straight apostrophes stand for a double mark in some wire and archive texts (''…''). */
const DOUBLED = "''";
/** An opener with no closer this far on is a stray mark, not a quotation. */
const MAX_QUOTE = 2000;

/** Any mark that may open a quotation: the scan jumps from one to the next. */
const OPENER = new RegExp(`[${Object.keys(CLOSERS).map(escapeRegExp).join("")}]`, "g");

export function findQuotations(text: string): Span[] {
  const out: Span[] = [];
  const next = new NextOccurrence(text);
  let i = 0;
  while (i < text.length) {
    OPENER.lastIndex = i;
    const mark = OPENER.exec(text);
    if (!mark) break;
    i = mark.index;
    const opener = text[i]!;
    if (text.startsWith(DOUBLED, i)) {
      i = doubled(text, next, i, out);
      continue;
    }
    const closers = CLOSERS[opener];
    if (!closers || (SINGLE.has(opener) && !opensQuote(text, i))) {
      i++;
      continue;
    }
    // Straight and single quotes pair within a line only: a quotation continued in the next
    // paragraph reopens without closing.
    const lineEnd = opener === '"' || SINGLE.has(opener) ? next.after("\n", i) : text.length;
    const limit = Math.min(lineEnd, i + MAX_QUOTE);
    const strict = closing(text, next, closers, i, limit, SINGLE.has(opener));
    const paired = Math.min(strict, mixedClosing(text, next, opener, i, limit));
    const close = slippedClosing(text, next, opener, i, paired);
    if (close < limit && opener === REOPENED && runsOnUnopened(text, i, close)) {
      i = strayOpening(text, next, i, out);
    } else if (close < limit) {
      out.push({ start: i, end: close + 1 });
      i = close + 1;
    } else if (opener === '"' && /^\s*"/.test(text.slice(lineEnd, lineEnd + 8))) {
      // An English quotation over paragraphs: the paragraph ends open and the next reopens.
      out.push({ start: i, end: lineEnd });
      i = lineEnd;
    } else i++;
  }
  return out;
}

/**
 * “We won.“¶Others disagreed. …”: a quotation running on into the next paragraph reopens it with a mark; a
 * paragraph that opens without one is the narrator's, so the mark before it quotes no further than its own line
 * (a closer typed as an opener, or one left open). A line wrapped in mid-sentence (a lowercase word next) runs on.
 */
function runsOnUnopened(text: string, from: number, close: number): boolean {
  for (let at = text.indexOf("\n", from); at >= 0 && at < close; at = text.indexOf("\n", at + 1)) {
    const line = /^\s*(\S)/u.exec(text.slice(at, close + 1));
    if (line && !OPENER_OR_LOWERCASE.test(line[1]!)) return true;
  }
  return false;
}

/** A mark whose quotation runs over an unopened paragraph: a quotation to its line's end if a word follows, else no mark. */
function strayOpening(text: string, next: NextOccurrence, i: number, out: Span[]): number {
  const lineEnd = next.after("\n", i);
  if (!LETTER.test(text.slice(i + 1, lineEnd))) return i + 1;
  out.push({ start: i, end: lineEnd });
  return lineEnd;
}

/** ''…'': pairs within a line, or runs to the line's end when the next paragraph reopens; returns where to go on. */
function doubled(text: string, next: NextOccurrence, i: number, out: Span[]): number {
  const lineEnd = next.after("\n", i);
  const limit = Math.min(lineEnd, i + MAX_QUOTE);
  // The next doubled mark is the next opener's too: each stretch of text is searched once.
  let close = text.indexOf(DOUBLED, i + DOUBLED.length);
  if (close < 0) close = text.length;
  if (close < limit) {
    out.push({ start: i, end: close + DOUBLED.length });
    return close + DOUBLED.length;
  }
  if (/^\s*''/.test(text.slice(lineEnd, lineEnd + 8))) {
    out.push({ start: i, end: lineEnd });
    return lineEnd;
  }
  return i + DOUBLED.length;
}

/** The first closer of the other style within the opener's line, else `limit`. */
function mixedClosing(text: string, next: NextOccurrence, opener: string, from: number, limit: number): number {
  const mixed = MIXED_CLOSERS[opener];
  if (!mixed) return limit;
  const lineEnd = Math.min(next.after("\n", from), limit);
  const at = closing(text, next, mixed, from, lineEnd, false);
  return at < lineEnd ? at : limit;
}

/**
 * An opening “ typed for the closing ” (“It’s unusual,“ said Lee): after the quotation's comma or full stop
 * and before a space it can open nothing, so it closes the “ before it within its line, or a straight " typed in the
 * other style ("We act now.“), if before `limit` (the closer found otherwise); else `limit`. The scan jumps from one
 * opening mark to the next.
 */
function slippedClosing(text: string, next: NextOccurrence, opener: string, from: number, limit: number): number {
  if (!SLIPPED_OPENERS.includes(opener)) return limit;
  const lineEnd = Math.min(next.after("\n", from), limit);
  for (let at = text.indexOf("“", from + 1); at >= 0 && at < lineEnd; at = text.indexOf("“", at + 1))
    if (SLIPPED_BEFORE.test(text[at - 1]!) && /\s/u.test(text[at + 1] ?? " ")) return at;
  return limit;
}

/** A single mark opens a quotation at the start of a word: after a space or an opening mark, before a letter. */
function opensQuote(text: string, i: number): boolean {
  const before = text[i - 1];
  return (before === undefined || /[\s(\[„“"«»‹›—–-]/u.test(before)) && LETTER.test(text[i + 1] ?? "");
}

/** The first closer before `limit`; a single closer counts only where no letter follows (else it is an apostrophe). */
function closing(text: string, next: NextOccurrence, closers: string, from: number, limit: number, single: boolean): number {
  let best = limit;
  for (const c of closers) {
    let at = next.after(c, from);
    if (single) while (at < best && LETTER.test(text[at + 1] ?? "")) at = text.indexOf(c, at + 1) < 0 ? text.length : text.indexOf(c, at + 1);
    if (at < best) best = at;
  }
  return best;
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
