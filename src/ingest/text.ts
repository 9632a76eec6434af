// Plain-text and Markdown articles. The body is the file content after a recognised
// header, unchanged, so that spans map back to the file.
import type { Article, TextPosition } from "../types.js";
import { parseStatedDate } from "./published.js";

export interface TextFields {
  title: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
  published: string | null;
}

const HEADER_KEYS: Record<string, keyof TextFields> = {
  title: "title",
  source: "source",
  url: "url",
  author: "author",
  date: "published",
  published: "published",
};

const HEADER_LINE = /^([A-Za-z]+)[ \t]*:[ \t]*(.*?)[ \t]*$/;
// The seeds' convention: " date 2025-08-16 " glued in front of the first line.
const INLINE_DATE = /^ ?date:? (\d{4}-\d{2}-\d{2})[ \t]+/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;

type Parsed = Omit<Article, "id" | "path" | "declaredLanguage">;

export function parseTextArticle(content: string): Parsed {
  const { length, fields } = readHeader(content);
  // Fields named, not spread: a spread followed by more fields copies through a slow runtime path.
  return {
    title: fields.title,
    source: fields.source,
    url: fields.url,
    author: fields.author,
    published: fields.published,
    text: content.slice(length),
    textOrigin: positionAfter(content.slice(0, length)),
  };
}

interface Header {
  length: number;
  fields: TextFields;
}

function emptyFields(): TextFields {
  return { title: null, source: null, url: null, author: null, published: null };
}

function readHeader(content: string): Header {
  const inline = INLINE_DATE.exec(content);
  if (inline) return { length: inline[0].length, fields: { ...emptyFields(), published: parseStatedDate(inline[1]) } };
  const lines = linesOf(content);
  const first = lines.next();
  const fenced = !first.done && FRONT_MATTER_FENCE.test(first.value);
  const fields = emptyFields();
  let consumed = fenced ? first.value.length + 1 : 0;
  let recognised = 0;
  for (let next = fenced ? lines.next() : first; !next.done; next = lines.next()) {
    const line = next.value.replace(/\r$/, "");
    consumed += next.value.length + 1;
    const ended = fenced ? FRONT_MATTER_FENCE.test(line) : line.trim() === "";
    if (ended) return recognised > 0 ? { length: Math.min(consumed, content.length), fields } : noHeader();
    const match = HEADER_LINE.exec(line);
    const key = match ? HEADER_KEYS[match[1]!.toLowerCase()] : undefined;
    if (!match || !key) return noHeader();
    const value = match[2]!;
    fields[key] = key === "published" ? parseStatedDate(value) : value || null;
    recognised++;
  }
  return noHeader();
}

/** The lines of a text as `split("\n")` gives them, one at a time: a header is read without cutting up the body. */
function* linesOf(content: string): Generator<string, void> {
  let start = 0;
  for (let end = content.indexOf("\n"); end >= 0; end = content.indexOf("\n", start)) {
    yield content.slice(start, end);
    start = end + 1;
  }
  yield content.slice(start);
}

function noHeader(): Header {
  return { length: 0, fields: emptyFields() };
}

/** The 1-based line and column just after `prefix`. */
function positionAfter(prefix: string): TextPosition {
  const lines = prefix.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
