// Ingest: paths on the command line → articles, and the files that could not be read.
// The only stage besides reporting that touches the file system; it never writes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, relative, sep } from "node:path";
import type { Article, IngestResult, Skipped } from "../types.js";
import { decodeBytes, InputError } from "./decode.js";
import { decodeHtml, extractHtml } from "./html/index.js";
import { parseJsonFile, parseJsonLines } from "./json.js";
import { parseTextArticle } from "./text.js";

const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface IngestOptions {
  /** The latest plausible publication date (`YYYY-MM-DD`): web-page dates after it are rejected. */
  today?: string;
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

export interface InputFile {
  /** Path as shown to the user: the given path, joined with the file's place below it. */
  path: string;
  file: string;
  /** The article id of a file: its path below the folder given, without extension. */
  id: string;
}

export function ingest(paths: readonly string[], options: IngestOptions = {}): IngestResult {
  const articles: Article[] = [];
  const skipped: Skipped[] = [];
  for (const part of ingestEach(paths, options)) {
    articles.push(...part.articles);
    skipped.push(...part.skipped);
  }
  return { articles, skipped };
}

/**
 * The articles and skipped entries of one input file at a time, in input order, ids
 * already unique: a caller that needs no corpus view (extract) holds one file in memory.
 */
export function* ingestEach(paths: readonly string[], options: IngestOptions = {}): Generator<IngestResult> {
  const { files, unreadable } = inputFiles(paths);
  if (unreadable.length) yield { articles: [], skipped: unreadable };
  const ids = new UniqueIds();
  for (const input of files) {
    const result = readInputFile(input, options);
    yield { articles: result.articles.map((a) => ({ ...a, id: ids.claim(a.id) })), skipped: result.skipped };
  }
}

/** The input files of the paths given, in input order, and the paths that cannot be read. */
export function inputFiles(paths: readonly string[]): { files: InputFile[]; unreadable: Skipped[] } {
  const unreadable: Skipped[] = [];
  const files = paths.flatMap((p) => expand(p, unreadable));
  return { files, unreadable };
}

/** One input file's articles (ids as the file gives them: a run makes them unique) and skipped entries. */
export function readInputFile(input: InputFile, options: IngestOptions): IngestResult {
  const result = readInput(input, options);
  if ("reason" in result) return { articles: [], skipped: [result] };
  return { articles: result.articles.map((a) => ({ ...a, path: input.path })), skipped: result.skipped };
}

function expand(given: string, skipped: Skipped[]): InputFile[] {
  let stat;
  try {
    stat = statSync(given);
  } catch (e) {
    skipped.push({ path: slashes(given), reason: describeFsError(e) });
    return [];
  }
  if (stat.isFile()) {
    if (!(extname(given).toLowerCase() in READERS)) {
      skipped.push({ path: slashes(given), reason: `unsupported file type (expected ${INPUT_EXTENSIONS.join(", ")})` });
      return [];
    }
    return [{ path: slashes(given), file: given, id: stripExtension(basename(given)) }];
  }
  return walk(given).map((file) => ({
    path: slashes(join(given, relative(given, file))),
    file,
    id: slashes(stripExtension(relative(given, file))),
  }));
}

/** Input files below a folder, recursively, in sorted order; hidden entries are passed over. */
function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return e.isFile() && extname(e.name).toLowerCase() in READERS ? [full] : [];
  });
}

function readInput(input: InputFile, options: IngestOptions): { articles: Omit<Article, "path">[]; skipped: Skipped[] } | Skipped {
  try {
    const bytes = readFileSync(input.file);
    if (bytes.length > MAX_FILE_BYTES) throw new InputError(`file larger than the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit`);
    if (bytes.length === 0) throw new InputError("empty file");
    const reader = READERS[extname(input.file).toLowerCase()]!;
    return reader(bytes, input.id, input.path, options);
  } catch (e) {
    if (e instanceof InputError || e instanceof SyntaxError) return { path: input.path, reason: e.message };
    if ((e as NodeJS.ErrnoException).code) return { path: input.path, reason: describeFsError(e) };
    throw e;
  }
}

function readText(bytes: Uint8Array, id: string): { articles: Omit<Article, "path">[]; skipped: Skipped[] } {
  const parsed = parseTextArticle(decodeBytes(bytes).text);
  if (!parsed.text.trim()) throw new InputError("no article text (empty after the header)");
  return { articles: [{ id, declaredLanguage: null, ...parsed }], skipped: [] };
}

function readHtml(bytes: Uint8Array, id: string, _path: string, options: IngestOptions): { articles: Omit<Article, "path">[]; skipped: Skipped[] } {
  const page = extractHtml(decodeHtml(bytes), options);
  if (!page.text.trim()) throw new InputError("no article text found in the page");
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
    skipped: [],
  };
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

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: "no such file or folder",
    EACCES: "permission denied",
    EISDIR: "is a folder",
    ELOOP: "too many symbolic links",
  };
  return (code && reasons[code]) ?? `cannot read (${(e as Error).message})`;
}

function stripExtension(p: string): string {
  const ext = extname(p);
  return ext ? p.slice(0, -ext.length) : p;
}

function slashes(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}
