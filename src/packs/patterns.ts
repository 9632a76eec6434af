// Turning pattern lists and word lists into regular expressions: one place for the
// alternation, the escaping and the per-pack cache that analysis and rules share.
import type { LanguagePack } from "./types.js";

/** One expression matching any of the sources, wrapped in `prefix`/`suffix`; null for none. */
export function anyOf(sources: readonly string[], flags: string, prefix = "", suffix = ""): RegExp | null {
  return sources.length ? new RegExp(`${prefix}(?:${sources.map((s) => `(?:${s})`).join("|")})${suffix}`, flags) : null;
}

/**
 * A test with the same answer as `anyOf(sources, flags)?.test(text)`, cheaper. Under the
 * `iu` flags `\b` must also treat "ſ" and "K" (Kelvin) as word characters, and V8 then
 * tries every position of the text slowly (13 times the cost of the same pattern without
 * the `\b`). Dropping a `\b` outside lookarounds only widens what a pattern matches, so
 * the patterns without it are a necessary condition, checked first; the exact alternation
 * runs only on the few texts that pass.
 */
export function anyOfTester(sources: readonly string[], flags: string): (text: string) => boolean {
  const testFlags = flags.replace(/[gy]/g, "");
  const exact = anyOf(sources, testFlags);
  if (!exact) return () => false;
  if (!testFlags.includes("i") || !testFlags.includes("u")) return (text) => exact.test(text);
  const necessary = anyOf(sources.map(withoutWordBoundaries), testFlags)!;
  return (text) => necessary.test(text) && exact.test(text);
}

/** The pattern with each `\b` outside character classes and lookarounds removed. */
function withoutWordBoundaries(source: string): string {
  let out = "";
  let inClass = false;
  const lookaround: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const escaped = source.slice(i, i + 2);
      if (!(escaped === "\\b" && !inClass && !lookaround.includes(true))) out += escaped;
      i++;
      continue;
    }
    if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") lookaround.push(/^\(\?<?[=!]/.test(source.slice(i, i + 4)));
    else if (c === ")") lookaround.pop();
    out += c;
  }
  return out;
}

/** The branches of an alternation at its top level: "a|b(?:c|d)" → "a", "b(?:c|d)". */
export function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Built values keyed by each part of their shape in turn: a key joined per call cost more than the lookups. */
interface ShapeTree<T> {
  built?: T;
  next: Map<string, ShapeTree<T>>;
}

const byPack = new WeakMap<LanguagePack, ShapeTree<RegExp | null>>();
const testersByPack = new WeakMap<LanguagePack, ShapeTree<(text: string) => boolean>>();

const sourcesByPack = new WeakMap<LanguagePack, ShapeTree<string[]>>();

/** `anyOf` over a vocabulary of the pack, built once per pack and shape. */
export function vocabPattern(pack: LanguagePack, vocab: string, flags: string, prefix = "", suffix = ""): RegExp | null {
  return perPack(byPack, pack, [vocab, flags, prefix, suffix], () => anyOf(vocabSources(pack, vocab), flags, prefix, suffix));
}

/** `anyOfTester` over a vocabulary of the pack, built once per pack and flags. */
export function vocabTester(pack: LanguagePack, vocab: string, flags: string): (text: string) => boolean {
  return perPack(testersByPack, pack, [vocab, flags], () => anyOfTester(vocabSources(pack, vocab), flags));
}

/** A vocabulary's patterns as the pack spells them: each letter with a variant also matches it ("gemäß" → "gemä(?:ß|ss)"). */
export function vocabSources(pack: LanguagePack, vocab: string): readonly string[] {
  const list = pack.vocab.get(vocab) ?? [];
  if (!pack.spellingVariants.size) return list;
  return perPack(sourcesByPack, pack, [vocab], () => list.map((source) => withSpellingVariants(source, pack.spellingVariants)));
}

/** The pattern with each letter that has a variant, outside character classes, matching either spelling. */
function withSpellingVariants(source: string, variants: ReadonlyMap<string, string>): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const variant = variants.get(c);
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    out += variant && !inClass ? `(?:${escapeRegExp(c)}|${escapeRegExp(variant)})` : c;
  }
  return out;
}

function perPack<T>(cache: WeakMap<LanguagePack, ShapeTree<T>>, pack: LanguagePack, shape: string[], build: () => T): T {
  let node: ShapeTree<T> | undefined = cache.get(pack);
  if (!node) cache.set(pack, (node = { next: new Map() }));
  for (const part of shape) {
    let child: ShapeTree<T> | undefined = node.next.get(part);
    if (!child) node.next.set(part, (child = { next: new Map() }));
    node = child;
  }
  if (!("built" in node)) node.built = build();
  return node.built as T;
}

/** Literal words as an alternation, longest first so that "Sept" wins over "Sep". */
export function wordAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
