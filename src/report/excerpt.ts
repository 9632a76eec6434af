// The text around a span, for writers that show a finding in context.
import type { Span } from "../types.js";

export interface Excerpt {
  /** Context before the span, starting with "…" when the text goes on. */
  before: string;
  /** The span's own text, shortened in the middle when very long. */
  match: string;
  /** Context after the span, ending with "…" when the text goes on. */
  after: string;
}

const ellipsis = "…";
/** How far a cut may move to land between words. */
const wordSlack = 20;

export function excerpt(text: string, span: Span, context = 80): Excerpt {
  const start = Math.min(Math.max(span.start, 0), text.length);
  const end = Math.min(Math.max(span.end, start), text.length);
  const from = start - context <= 0 ? 0 : wordStartAfter(text, start - context, start);
  const to = end + context >= text.length ? text.length : wordEndBefore(text, end + context, end);
  return {
    before: (from > 0 ? ellipsis : "") + flatten(text.slice(from, start)),
    match: flatten(shorten(text.slice(start, end), context)),
    after: flatten(text.slice(end, to)) + (to < text.length ? ellipsis : ""),
  };
}

/** A long span (a whole boilerplate paragraph) keeps its beginning and end. */
function shorten(match: string, context: number): string {
  if (match.length <= 3 * context) return match;
  const head = pairSafe(match, context);
  const tail = pairSafe(match, match.length - context);
  return `${match.slice(0, head).trimEnd()} ${ellipsis} ${match.slice(tail).trimStart()}`;
}

/** Line breaks shown as a pilcrow keep an excerpt on one line without hiding the paragraph break. */
function flatten(value: string): string {
  return value.replace(/[ \t]*(?:\r\n|\r|\n)+[ \t]*/g, " ¶ ");
}

function wordStartAfter(text: string, cut: number, limit: number): number {
  const space = text.slice(cut, Math.min(cut + wordSlack, limit)).search(/\s/);
  return pairSafe(text, space >= 0 ? cut + space + 1 : cut);
}

function wordEndBefore(text: string, cut: number, limit: number): number {
  const window = text.slice(Math.max(cut - wordSlack, limit), cut);
  const space = window.search(/\s\S*$/);
  return pairSafe(text, space >= 0 ? cut - window.length + space : cut);
}

/** Never cut between the two halves of a surrogate pair (emoji, rare CJK). */
function pairSafe(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff && index > 0 ? index + 1 : index;
}
