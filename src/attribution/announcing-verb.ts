// German clauses that announce a quotation with a colon: "Hier sparte der Bundespräsident nicht mit Kritik: „…“",
// "Der Text lautete: „…“". Their finite verb, second in the clause, is the cue, as annotated.
import { firstAtOrAfter } from "../spans.js";
import type { Span } from "../types.js";
import { COLON_OR_COMMA } from "./clause.js";
import { isCapitalised, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** The cue: the verb, and a reflexive right after it ("schloss sich … an: „…“"), as annotated. */
export function announcingCue(tokens: readonly Token[], subject: Span, colon: number, vocab: AttributionVocabulary): Span | null {
  const verb = announcingVerb(tokens, subject, colon, vocab);
  return verb < 0 ? null : verbWithReflexive(tokens, verb, vocab);
}

/** The verb at `verb` and a reflexive right after it ("zeigte sich"), the cue as annotated. */
export function verbWithReflexive(tokens: readonly Token[], verb: number, vocab: AttributionVocabulary): Span {
  const last = vocab.reflexive(tokens[verb + 1]) ? verb + 1 : verb;
  return { start: tokens[verb]!.start, end: tokens[closingParticle(tokens, last + 1, vocab) - 1]!.end };
}

/** "Er sagte aus: „…“", "sagte aus, er …": past a separable particle at `to` that closes the clause before a colon or comma; else `to`. */
export function closingParticle(tokens: readonly Token[], to: number, vocab: AttributionVocabulary): number {
  return vocab.separableParticle(tokens[to]) && COLON_OR_COMMA.has(tokens[to + 1]?.text ?? "") ? to + 1 : to;
}

/**
 * The finite verb next to the clause's subject (`subject`, a text span) before the colon at `colon`: right after a
 * subject that opens the clause ("Der Text lautete:"), else right before an inverted one ("Hier sparte der
 * Bundespräsident …:", over a reflexive: "Nun zeigte sich der Trainer zufrieden:"); -1 where that word is no verb (a capital, an article, a preposition, an adverb, a pronoun).
 */
function announcingVerb(tokens: readonly Token[], subject: Span, colon: number, vocab: AttributionVocabulary): number {
  const from = firstAtOrAfter(tokens, subject.start, (t) => t.start);
  const to = firstAtOrAfter(tokens, subject.end, (t) => t.start);
  const opens = tokens.slice(0, from).every((t) => vocab.focusParticle(t));
  // "Im ZDF zeigt sich die Kapitänin zufrieden:": a reflexive may stand between the verb and its inverted subject.
  const verb = opens ? pastApposition(tokens, to, colon) : vocab.reflexive(tokens[from - 1]) ? from - 2 : from - 1;
  const t = tokens[verb];
  if (verb < 0 || verb >= colon || !t?.word || isCapitalised(t)) return -1;
  if (vocab.determiner(t) || vocab.preposition(t) || vocab.adverbial(t) || vocab.pronoun(t) || vocab.conjunction(t) || vocab.relative(t)) return -1;
  return speechInClauseBefore(tokens, verb, colon, vocab) ?? verb;
}

/**
 * "Die Gewerkschaft schlug in die gleiche Kerbe, indem sie den Rat zum Handeln aufforderte: „…“": a subordinate clause
 * closing on a cue verb right before the colon announces the quotation, not the main clause's verb.
 */
function speechInClauseBefore(tokens: readonly Token[], verb: number, colon: number, vocab: AttributionVocabulary): number | null {
  const comma = tokens.findLastIndex((t, k) => k > verb && k < colon && t.text === ",");
  const last = colon - 1;
  return comma > 0 && vocab.subordinator(tokens[comma + 1]) && last > comma + 2 && vocab.cue(tokens[last]!) ? last : null;
}

/** An apposition after the subject is set off by commas: "Die Aussage von Jan Berg, dem Leiter der Firma, lautete:". */
const MAX_APPOSITION = 8;

/** The token after an apposition set off by commas at `at`, or `at` itself. */
function pastApposition(tokens: readonly Token[], at: number, colon: number): number {
  if (tokens[at]?.text !== ",") return at;
  for (let k = at + 1; k < colon && k - at <= MAX_APPOSITION; k++) if (tokens[k]!.text === ",") return k + 1;
  return at;
}
