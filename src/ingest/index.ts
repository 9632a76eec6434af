// Ingest: paths on the command line → articles, and the files that could not be read.
// The only stage besides reporting that touches the file system; it never writes.
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { extname } from "node:path";
import { describeFsError } from "../fs/errors.js";
import type { Article, IngestResult, Skipped } from "../types.js";
import { decodeBytes, InputError } from "./decode.js";
import { decodeHtml, extractHtml } from "./html/index.js";
import { OWN_REPORT, parseJsonFile, parseJsonLines } from "./json.js";
import { parseTextArticle } from "./text.js";
import { inputFiles, type InputFile } from "./walk.js";

export type { InputFile };

const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * An article's text beyond this is cut (at a line end) and the cut named: fifty long
 * features' worth, while every later stage's cost grows with it.
 */
export const MAX_TEXT_CHARS = 1_000_000;
/** The HTML report names its generator in the head. */
const WIRECHECK_HTML_REPORT = /<meta name="generator" content="wirecheck /;

export interface IngestOptions {
  /** The latest plausible publication date (`YYYY-MM-DD`): web-page dates after it are rejected. */
  today?: string;
  /** Real absolute paths never read as input: the report folder and the reports written there. */
  exclude?: readonly string[];
}

type Reader = (bytes: Uint8Array, id: string, path: string, options: IngestOptions) => { articles: Omit<Article, "path">[]; skipped: Skipped[] };

const READERS: Record<string, Reader> = {
  ".txt": readText,
  ".md": readText,
  ".html": readHtml,
  ".htm": readHtml,
  ".json": (bytes, id, path, options) => parseJsonFile(decodeBytes(bytes).text, id, path, options),
  ".jsonl": (bytes, id, path, options) => parseJsonLines(decodeBytes(bytes).text, id, path, options),
  ".ndjson": (bytes, id, path, options) => parseJsonLines(decodeBytes(bytes).text, id, path, options),
};

export const INPUT_EXTENSIONS = Object.keys(READERS);

export function ingest(paths: readonly string[], options: IngestOptions = {}): IngestResult {
  const articles: Article[] = [];
  const skipped: Skipped[] = [];
  for (const part of ingestEach(paths, options)) {
    // One at a time: a feed of 100,000 lines would overflow the stack as spread arguments.
    for (const a of part.articles) articles.push(a);
    for (const s of part.skipped) skipped.push(s);
  }
  return { articles, skipped };
}

/**
 * The articles and skipped entries of one input file at a time, in input order, ids
 * already unique: a caller that needs no corpus view (extract) holds one file in memory.
 */
export function* ingestEach(paths: readonly string[], options: IngestOptions = {}): Generator<IngestResult> {
  const { files, unreadable } = listInputs(paths, options);
  if (unreadable.length) yield { articles: [], skipped: unreadable };
  const ids = new UniqueIds();
  for (const input of files) {
    const result = readInputFile(input, options);
    yield { articles: result.articles.map((a) => ({ ...a, id: ids.claim(a.id) })), skipped: result.skipped };
  }
}

/** The input files of the paths given, in input order, and the paths that cannot be read. */
export function listInputs(paths: readonly string[], options: IngestOptions = {}): { files: InputFile[]; unreadable: Skipped[] } {
  const unreadable: Skipped[] = [];
  const rules = { extensions: INPUT_EXTENSIONS, excluded: new Set(options.exclude ?? []) };
  const files = paths.flatMap((p) => inputFiles(p, rules, unreadable));
  return { files, unreadable };
}

/** One input file's articles (ids as the file gives them: a run makes them unique) and skipped entries. */
export function readInputFile(input: InputFile, options: IngestOptions): IngestResult {
  const result = readInput(input, options);
  if ("reason" in result) return { articles: [], skipped: [result] };
  const skipped = result.skipped;
  const articles = result.articles.map((a) => {
    const text = boundedText(a.text);
    if (text.length < a.text.length) skipped.push({ path: input.path, reason: `partly read: ${a.id}: text cut at character ${text.length.toLocaleString("en")} of ${a.text.length.toLocaleString("en")} (limit ${MAX_TEXT_CHARS.toLocaleString("en")})` });
    // The reader's new object completed in place: a spread of it copies through a slow runtime path.
    return Object.assign(a, { text, path: input.path });
  });
  return { articles, skipped };
}

function readInput(input: InputFile, options: IngestOptions): { articles: Omit<Article, "path">[]; skipped: Skipped[] } | Skipped {
  try {
    const bytes = readBytes(input.file);
    const reader = READERS[extname(input.file).toLowerCase()]!;
    return reader(bytes, input.id, input.path, options);
  } catch (e) {
    if (e instanceof InputError || e instanceof SyntaxError) return { path: input.path, reason: e.message };
    if ((e as NodeJS.ErrnoException).code) return { path: input.path, reason: describeFsError(e) };
    // A defect met on one file must not cost the rest of the corpus; the reason says it is ours.
    return { path: input.path, reason: `internal error while reading (${String((e as Error).message ?? e).split("\n")[0]})` };
  }
}

/** Files up to this size are read into one buffer kept for the next file; larger ones get their own. */
const SCRATCH_BYTES = 1024 * 1024;
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * A file's bytes with one open, fstat and read (no separate stat by path, no new buffer per
 * file): a view of a buffer the next call reuses, which the readers decode into strings first.
 */
function readBytes(file: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (e) {
    // The size is judged before the file is opened, as a stat would: an empty unreadable file is empty.
    checkSize(statSync(file).size);
    throw e;
  }
  try {
    const size = fstatSync(fd).size;
    checkSize(size);
    if (size > scratch.length && size <= SCRATCH_BYTES) scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
    const buffer = size <= scratch.length ? scratch : Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, null);
      if (n === 0) break; // the file shrank since fstat
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function checkSize(size: number): void {
  if (size > MAX_FILE_BYTES) throw new InputError(`file larger than the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit`);
  if (size === 0) throw new InputError("empty file");
}

function readText(bytes: Uint8Array, id: string): { articles: Omit<Article, "path">[]; skipped: Skipped[] } {
  const parsed = parseTextArticle(decodeBytes(bytes).text);
  if (!parsed.text.trim()) throw new InputError("no article text (empty after the header)");
  const { title, source, url, author, published, text, textOrigin } = parsed;
  return { articles: [{ id, declaredLanguage: null, title, source, url, author, published, text, textOrigin }], skipped: [] };
}

function readHtml(bytes: Uint8Array, id: string, path: string, options: IngestOptions): { articles: Omit<Article, "path">[]; skipped: Skipped[] } {
  const html = decodeHtml(bytes);
  if (WIRECHECK_HTML_REPORT.test(html.slice(0, 2048))) throw new InputError(OWN_REPORT);
  // A page whose body cannot be found still has a title, date and source worth reporting.
  const page = extractHtml(html, options);
  return {
    articles: [{
      id,
      source: page.siteName,
      url: page.url,
      title: page.title,
      author: page.author,
      published: page.published,
      declaredLanguage: page.language,
      text: page.text,
      textOrigin: null,
    }],
    skipped: page.notes.map((note) => ({ path, reason: `partly read: ${note}` })),
  };
}

/** The text, or its beginning up to the last line end within the limit (offsets stay valid: a prefix). */
function boundedText(text: string): string {
  if (text.length <= MAX_TEXT_CHARS) return text;
  const lineEnd = text.lastIndexOf("\n", MAX_TEXT_CHARS);
  let end = lineEnd > MAX_TEXT_CHARS / 2 ? lineEnd : MAX_TEXT_CHARS;
  // Never between the halves of a surrogate pair.
  if (end === MAX_TEXT_CHARS && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Ids must be unique in a report: a repeated one (two files, or a feed's duplicates) gets a counter. */
export class UniqueIds {
  private readonly used = new Set<string>();

  claim(id: string): string {
    let unique = id;
    for (let n = 2; this.used.has(unique); n++) unique = `${id}~${n}`;
    this.used.add(unique);
    return unique;
  }
}
