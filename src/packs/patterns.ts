// Turning pattern lists and word lists into regular expressions: one place for the
// alternation, the escaping and the per-pack cache that analysis and rules share.
import type { LanguagePack } from "./types.js";

/** One expression matching any of the sources, wrapped in `prefix`/`suffix`; null for none. */
export function anyOf(sources: readonly string[], flags: string, prefix = "", suffix = ""): RegExp | null {
  return sources.length ? new RegExp(`${prefix}(?:${sources.map((s) => `(?:${s})`).join("|")})${suffix}`, flags) : null;
}

const byPack = new WeakMap<LanguagePack, Map<string, RegExp | null>>();

/** `anyOf` over a vocabulary of the pack, built once per pack and shape. */
export function vocabPattern(pack: LanguagePack, vocab: string, flags: string, prefix = "", suffix = ""): RegExp | null {
  let built = byPack.get(pack);
  if (!built) byPack.set(pack, (built = new Map()));
  const key = [vocab, flags, prefix, suffix].join("\u0000");
  if (!built.has(key)) built.set(key, anyOf(pack.vocab.get(vocab) ?? [], flags, prefix, suffix));
  return built.get(key)!;
}

/** Literal words as an alternation, longest first so that "Sept" wins over "Sep". */
export function wordAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
