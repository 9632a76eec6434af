// Span → file position, shared by every writer that shows where a finding is.
import type { Span, TextPosition } from "../types.js";

/** An article's text and where it begins in its input file (null when the text was extracted). */
export interface ArticleText {
  text: string;
  origin: TextPosition | null;
}

/** Where a span lies in the input file: 1-based lines, 1-based UTF-16 columns, end exclusive
 *  (the column just after the last character), which is SARIF's and GitHub's convention. */
export interface FileRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Maps spans of one article to file regions; null when the text has no file position. */
export type SpanLocator = (span: Span) => FileRegion | null;

export function spanLocator(article: ArticleText | undefined): SpanLocator {
  if (!article || !article.origin) return () => null;
  const { text } = article;
  const origin = article.origin;
  const starts = lineStarts(text);
  const position = (offset: number): TextPosition => {
    const clamped = Math.min(Math.max(offset, 0), text.length);
    const index = lineIndexOf(starts, clamped);
    const column = clamped - (starts[index] ?? 0) + 1;
    // Only the text's first line shares its file line with whatever precedes the text.
    return index === 0
      ? { line: origin.line, column: origin.column + column - 1 }
      : { line: origin.line + index, column };
  };
  return (span) => {
    const start = position(span.start);
    const end = position(Math.max(span.end, span.start));
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
  };
}

/** Offsets where the lines of `text` begin; lines end at "\n", "\r\n" or a lone "\r", as editors count them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** Index of the last line starting at or before `offset` (binary search: articles can be long). */
function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
