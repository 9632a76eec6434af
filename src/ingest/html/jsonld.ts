// JSON-LD blocks → a flat list of schema.org nodes with their nesting depth, so that
// the page's own Article (shallow) wins over the teasers it lists (deep).
import type { CheerioAPI } from "cheerio/slim";

export interface JsonLdNode {
  node: Record<string, unknown>;
  depth: number;
}

type Json = unknown;

/** CMSs paste raw newlines and tabs into JSON strings; browsers' JSON-LD readers tolerate them, JSON.parse does not. */
function parseLenient(source: string): Json {
  const text = source.trim().replace(/^<!--|-->$/g, "").replace(/;\s*$/, "");
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, " "));
    } catch {
      return null;
    }
  }
}

function collect(value: Json, depth: number, out: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth, out);
    return;
  }
  if (!value || typeof value !== "object") return;
  const node = value as Record<string, unknown>;
  out.push({ node, depth });
  for (const [key, child] of Object.entries(node)) {
    // @graph members are top-level siblings, not nested values.
    collect(child, key === "@graph" ? depth : depth + 1, out);
  }
}

/** The raw text of every JSON-LD script, for regex fallbacks on blocks too broken to parse. */
export function jsonLdSources($: CheerioAPI): string[] {
  return $('script[type="application/ld+json" i]')
    .toArray()
    .map((el) => $(el).text());
}

export function jsonLdNodes(sources: string[]): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const source of sources) collect(parseLenient(source), 0, out);
  return out;
}

/** The node's @type values as lower-case strings. */
export function typesOf(node: Record<string, unknown>): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === "string").map((t) => t.toLowerCase());
}

/** A string, or the name of a Person/Organization object, or the first of an array of either. */
export function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(", ") : null;
  }
  if (value && typeof value === "object") {
    const name = (value as Record<string, unknown>)["name"];
    return typeof name === "string" ? name : null;
  }
  return null;
}
