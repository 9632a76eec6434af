// JSON articles: one object, an array of them, or one per line (JSONL feed exports).
import { describeJsonError, jsonKind } from "../json-error.js";
import type { Article, Skipped } from "../types.js";
import { InputError } from "./decode.js";
import { extractHtml } from "./html/index.js";
import type { IngestOptions } from "./index.js";
import { parseStatedDate } from "./published.js";

type Parsed = Omit<Article, "path">;

export interface JsonItems {
  articles: Parsed[];
  skipped: Skipped[];
}

const STRING_FIELDS = ["id", "url", "source", "title", "author", "language", "text", "html"] as const;
type Field = (typeof STRING_FIELDS)[number] | "published";

/**
 * The contract's field names first, then the names common feed exports use for them
 * (schema.org, RSS, NewsAPI, scrapers), so that a feed needs no reshaping.
 */
const FIELD_NAMES: Record<Field, string[]> = {
  id: ["id", "guid", "uuid"],
  url: ["url", "link", "canonical_url"],
  source: ["source", "site_name", "siteName", "publisher", "outlet"],
  title: ["title", "headline"],
  author: ["author", "byline", "creator"],
  language: ["language", "lang", "inLanguage"],
  text: ["text", "body", "content", "articleBody", "fulltext", "originalText"],
  html: ["html", "raw_html", "rawHtml"],
  published: ["published", "date", "datePublished", "pubDate", "publishedAt", "published_at", "publication_date"],
};

/** The reason a report this tool wrote, found among the inputs, is not read. */
export const OWN_REPORT = "a wirecheck report, not an article";

function isWirecheckReport(value: unknown): boolean {
  const tool = (value as { tool?: { name?: unknown } } | null)?.tool;
  return typeof value === "object" && value !== null && tool?.name === "wirecheck" && "articles" in value;
}

/** Parse a `.json` file: an article object or an array of them. */
export function parseJsonFile(content: string, fileId: string, path: string, options: IngestOptions = {}): JsonItems {
  let value: unknown;
  const json = stripBom(content);
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new SyntaxError(`invalid JSON at ${describeJsonError(json, e)}`);
  }
  if (isWirecheckReport(value)) throw new InputError(OWN_REPORT);
  const items = Array.isArray(value) ? value : [value];
  const out: JsonItems = { articles: [], skipped: [] };
  items.forEach((item, i) => {
    const where = Array.isArray(value) ? `item ${i + 1}` : "the file";
    collect(out, item, Array.isArray(value) ? `${fileId}#${i + 1}` : fileId, where, path, options);
  });
  return out;
}

/** Parse a `.jsonl`/`.ndjson` file: a bad line is skipped, the others are read. */
export function parseJsonLines(content: string, fileId: string, path: string, options: IngestOptions = {}): JsonItems {
  const out: JsonItems = { articles: [], skipped: [] };
  // Split on \n only: U+2028 and friends may stand raw inside JSON strings.
  stripBom(content).split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (e) {
      out.skipped.push({ path, reason: `line ${i + 1}: invalid JSON (${describeJsonError(line, e).replace(/^line 1, /, "")})` });
      return;
    }
    collect(out, item, `${fileId}#${i + 1}`, `line ${i + 1}`, path, options);
  });
  return out;
}

function collect(out: JsonItems, item: unknown, fallbackId: string, where: string, path: string, options: IngestOptions): void {
  const result = toArticle(item, fallbackId, options);
  if (typeof result === "string") return void out.skipped.push({ path, reason: `${where}: ${result}` });
  out.articles.push(result.article);
  for (const note of result.notes) out.skipped.push({ path, reason: `${where}: partly read: ${note}` });
}

/** An article from one JSON object, or the reason it is not one. */
function toArticle(item: unknown, fallbackId: string, options: IngestOptions): { article: Parsed; notes: string[] } | string {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return `${jsonKind(item)}, not an article object`;
  const o = item as Record<string, unknown>;
  const fields: Partial<Record<Field, unknown>> = {};
  for (const [field, names] of Object.entries(FIELD_NAMES) as Array<[Field, string[]]>) {
    const name = names.find((n) => o[n] !== undefined && o[n] !== null);
    if (name !== undefined) fields[field] = named(o[name]);
  }
  for (const key of STRING_FIELDS) {
    if (fields[key] !== undefined && typeof fields[key] !== "string") return `field "${key}" is ${jsonKind(fields[key])}, not a string`;
  }
  const str = (key: (typeof STRING_FIELDS)[number]) => ((fields[key] as string | undefined) ?? null) || null;
  const text = str("text");
  const html = str("html");
  if (text === null && html === null) return 'no "text" or "html" field';
  const page = text === null && html !== null ? extractHtml(html, { url: str("url"), ...options }) : null;
  const article = {
    id: str("id") ?? fallbackId,
    url: str("url") ?? page?.url ?? null,
    source: str("source") ?? page?.siteName ?? null,
    title: str("title") ?? page?.title ?? null,
    author: str("author") ?? page?.author ?? null,
    published: parseStatedDate(fields.published) ?? page?.published ?? null,
    declaredLanguage: normaliseLanguage(str("language")) ?? page?.language ?? null,
    text: text ?? page?.text ?? "",
    textOrigin: null,
  };
  return { article, notes: page?.notes ?? [] };
}

/** NewsAPI and schema.org give sources and authors as objects: `{ "name": "…" }`. */
function named(value: unknown): unknown {
  if (typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { name?: unknown }).name === "string") {
    return (value as { name: string }).name;
  }
  return value;
}

/** "de-DE", "DE", "deu" → "de"; anything unrecognisable → null. */
export function normaliseLanguage(value: string | null): string | null {
  const m = value ? /^([a-z]{2})(?:[-_]|$)/i.exec(value.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
