// German reported statements inside a sentence: "Die Veranstalter zählten 2.000 Teilnehmer; nach
// Polizeiangaben waren es 1.000." A source in the middle of a sentence speaks for the clause it
// stands in, not for the clauses before it.
import type { Phrase, Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/**
 * The clause around a source at `from`, up to the sentence's statement end: it opens after a semicolon
 * or a colon, or after a comma before a conjunction, a relative pronoun or "dass"; the commas of a
 * list ("ein Mann, zwei Frauen und ein Kind") open none.
 */
export function clauseAround(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary): Phrase {
  for (let start = from; start > 0; start--) {
    const mark = tokens[start - 1]!.text;
    if (mark === ";" || mark === ":") return { from: start, to: end };
    const opener = tokens[start]!.text;
    if (mark === "," && (vocab.conjunction(opener) || vocab.relative(opener) || vocab.complementizer(opener))) return { from: start, to: end };
  }
  return { from: 0, to: end };
}
