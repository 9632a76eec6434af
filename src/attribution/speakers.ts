// Who a speaker is, read from the structure of the speaker phrase: a role noun with no name
// beside it is anonymous, a crowd is vague, an outlet or an institution is what its head noun
// says, anyone else is a person.
import { wordAlternation } from "../packs/patterns.js";
import type { Agency } from "../packs/types.js";
import type { SpeakerType } from "../types.js";
import { isCapitalised, type Phrase, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

const agencyNames = new WeakMap<readonly Agency[], RegExp | null>();

/** The agencies' names as whole words (case-sensitive: "AP" is an agency, "ap" is not). */
function agencyPattern(agencies: readonly Agency[]): RegExp | null {
  if (!agencyNames.has(agencies)) {
    const names = agencies.flatMap((a) => a.aliases).filter((n) => n.length > 2);
    agencyNames.set(agencies, names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordAlternation(names)})(?![\\p{L}\\p{N}])`, "u") : null);
  }
  return agencyNames.get(agencies)!;
}

export function speakerType(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary, agencies: readonly Agency[]): SpeakerType {
  if (p.to - p.from === 1 && vocab.pronoun(tokens[p.from]!.text)) return "person";
  const text = tokens.slice(p.from, p.to).map((t) => t.text).join(" ");
  for (const [type, pattern] of vocab.types) {
    if (type === "anonymous") {
      const role = roleIndex(tokens, p, pattern);
      if (role < 0) continue;
      return named(tokens, p, role, vocab) ? "person" : "anonymous";
    }
    if (type === "agency" && agencyPattern(agencies)?.test(text)) return "agency";
    if (!pattern.test(text)) continue;
    // "Police reports", "die Berichte des Ministeriums": a crowd word whose owner is named is not vague.
    if (type === "vague") return owner(text, vocab, agencies) ?? "vague";
    return type;
  }
  return agencyPattern(agencies)?.test(text) ? "agency" : "person";
}

function owner(text: string, vocab: AttributionVocabulary, agencies: readonly Agency[]): SpeakerType | null {
  if (agencyPattern(agencies)?.test(text)) return "agency";
  for (const [type, pattern] of vocab.types) if (type !== "vague" && type !== "anonymous" && pattern.test(text)) return type;
  return null;
}

function roleIndex(tokens: readonly Token[], p: Phrase, pattern: RegExp): number {
  for (let i = p.from; i < p.to; i++) if (pattern.test(tokens[i]!.text)) return i;
  return -1;
}

/** "Kremlsprecher Dmitri Peskow", "spokesman Oleg Voloshyn", "Ein Sprecher der Moscheen, Ahmed …": a name beside the role. */
function named(tokens: readonly Token[], p: Phrase, role: number, vocab: AttributionVocabulary): boolean {
  const next = tokens[role + 1];
  if (role + 1 < p.to && isCapitalised(next) && !vocab.determiner(next!.text) && !vocab.link(next!.text)) return true;
  for (let i = p.from; i < p.to; i++) if (tokens[i]!.text === ",") return true;
  return false;
}

/** The name a chain shows: what follows the role or outlet noun ("Dmitri Peskow", "RIA Novosti"), else the phrase without its article. */
export function nameOf(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): string {
  const comma = tokens.slice(p.from, p.to).findIndex((t) => t.text === ",");
  if (comma > 0) {
    // "Der Berater Putins, Juri Uschakow" / "Dmitri Peskow, ein Sprecher": the name is the part without an article.
    const before = { from: p.from, to: p.from + comma };
    const after = { from: p.from + comma + 1, to: p.to };
    const bare = (q: Phrase) => tokens.slice(q.from, q.to).every((t) => isCapitalised(t) && !vocab.determiner(t.text));
    return nameOf(tokens, bare(before) || !bare(after) ? before : after, vocab);
  }
  let from = p.from;
  for (let i = p.from; i < p.to - 1; i++) {
    if (vocab.types.some(([, pattern]) => pattern.test(tokens[i]!.text)) && isCapitalised(tokens[i + 1])) from = i + 1;
  }
  while (from < p.to - 1 && (vocab.determiner(tokens[from]!.text) || !isCapitalised(tokens[from]))) from++;
  return tokens.slice(from, p.to).map((t) => t.text).join(" ");
}
