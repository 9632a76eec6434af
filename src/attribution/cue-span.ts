// Where a cue span begins and ends, as news annotation draws it: the verb group, not only the verb.
import type { Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";
import { closingParticle } from "./announcing-verb.js";

/**
 * "Es wird vermutet, dass …": the impersonal subject of a passive cue belongs to its span, since it names nobody.
 * `from` is the cue's first token after its auxiliaries were taken in.
 */
export function cueStart(tokens: readonly Token[], from: number, vocab: AttributionVocabulary): number {
  const before = tokens[from - 1];
  return before && vocab.impersonal(before) && vocab.passiveAuxiliary(tokens[from]!) ? from - 1 : from;
}

/**
 * "wie die Zeitung berichtet hatte,", "nachdem er dazu aufgefordert worden war.": in a verb-final clause the
 * auxiliaries after a participle cue close it and belong to the cue; `to` is the token after the cue. So does a
 * separable particle before a colon or comma ("Er sagte aus: „…“").
 */
export function cueEnd(tokens: readonly Token[], to: number, vocab: AttributionVocabulary): number {
  let end = to;
  while (end < tokens.length && vocab.trailingAuxiliary(tokens[end]!)) end++;
  return end > to && !tokens[end]?.word ? end : closingParticle(tokens, to, vocab);
}

/** "…, der der Regierung vorwarf, …", "…, die das gefordert hatte, …": the verb-final cue and its auxiliaries close the clause at a comma. */
export function commaAfterCue(tokens: readonly Token[], last: number, vocab: AttributionVocabulary): boolean {
  return tokens[cueEnd(tokens, last + 1, vocab)]?.text === ",";
}

/**
 * "called out his rival", "wrote back:", "has signed up to serve": an English particle right after the verb at `to - 1`
 * makes a phrasal verb, the cue as annotated; returns the token after it, else `to`. Not an adverb of time or amount
 * opening a measure: "said back in 2008", "said up to 100 people".
 */
export function pastPhrasalParticle(tokens: readonly Token[], to: number, vocab: AttributionVocabulary): number {
  return vocab.phrasalParticle(tokens[to]) && !measures(tokens, to + 2, vocab) ? to + 1 : to;
}

/**
 * "said sarcastically.", "has said repeatedly that …", "asked rhetorically: “…”": an adverb of manner or time right after the
 * cue (the token at `to`) belongs to it, as annotated, where a pause, a quotation mark, "that" or the subject of what is said
 * follows it; returns the token after it, else `to`. Before any other word it modifies that word: "reported disappointingly
 * flat growth", "said nearly every voter".
 */
export function adverbClosingCue(tokens: readonly Token[], to: number, vocab: AttributionVocabulary): number {
  const adverb = tokens[to];
  const next = tokens[to + 1];
  if (!adverb || !vocab.adverbShape(adverb)) return to;
  return !next || !next.word || vocab.complementizer(next) || vocab.subjectPronoun(next) ? to + 1 : to;
}

/** "for the first time in two years": the most words of a phrase counting the occasion or naming the manner. */
const MAX_ADJUNCT_WORDS = 6;

/**
 * "The ministry said for the first time that the plan had failed", "“…,” Lee said with a grin.": a phrase counting the
 * occasion or naming the face or voice the words came with, right after the cue (at `to`), belongs to it, as annotated;
 * returns the token after it, else `to`.
 */
export function adjunctClosingCue(tokens: readonly Token[], to: number, vocab: AttributionVocabulary): number {
  const words = tokens.slice(to, to + MAX_ADJUNCT_WORDS).map((t) => t.text).join(" ");
  const match = vocab.occasion?.exec(words) ?? vocab.manner?.exec(words);
  return match ? to + match[0].split(" ").length : to;
}

/** "(Wikinews berichtete)", "(wir berichteten)": is the cue inside brackets? */
export function inParenthesis(tokens: readonly Token[], first: number, last: number): boolean {
  let open = first - 1;
  while (open >= 0 && tokens[open]!.text !== "(" && tokens[open]!.text !== ")") open--;
  if (open < 0 || tokens[open]!.text !== "(") return false;
  let close = last + 1;
  while (close < tokens.length && tokens[close]!.text !== ")" && tokens[close]!.text !== "(") close++;
  return tokens[close]?.text === ")";
}

/**
 * "has said for weeks", "said about half of the deficit …": a preposition before a count or a stretch of time (over an
 * article: "for a decade") measures something and opens a phrase of its own; the cue governs none.
 */
export function measures(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  const t = vocab.determiner(tokens[at]) ? tokens[at + 1] : tokens[at];
  return !!t && (/^\p{N}/u.test(t.text) || vocab.numeral(t) || vocab.share(t) || vocab.timeNoun(t));
}
