// German free indirect speech in Konjunktiv I forms no vocabulary lists ("Der Zugang funktioniere weiterhin",
// "Sie rate zur Geduld"): the finite verb of a main clause stands second, after the sentence's first phrase.
import { isCapitalised, type PhraseReader, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/**
 * The verb second in the sentence has the Konjunktiv I's shape: lowercase, after the opening phrase (or an opening
 * adverb), without a preterite ending ("kritisierte", "wurde"), before no noun (an adjective: "keine Frage").
 */
export function subjunctiveSecond(tokens: readonly Token[], vocab: AttributionVocabulary, reader: PhraseReader): boolean {
  // "Obwohl der Junge …", "Wie lange die Bahn …": a subordinate clause opening the sentence puts its verb last.
  const opener = tokens[0];
  if (vocab.subordinator(opener) || vocab.conjunction(opener)) return false;
  // "Auch die Industrie leide unter …": a focus particle opens the phrase it stands before; "Zur Panik bestehe kein
  // Anlass", "Seit Montag ruhe das Verfahren": so does a preposition, its phrase the sentence's first.
  const from = vocab.preposition(opener) || (vocab.focusParticle(opener) && (vocab.determiner(tokens[1]) || isCapitalised(tokens[1]))) ? 1 : 0;
  const first = reader.forward(from);
  if (from > 0 && (!first || reader.isOpeningAdverb(first))) return false;
  const at = first && !reader.isOpeningAdverb(first) ? pastAttribute(tokens, first.to, vocab, reader) : 1;
  const verb = tokens[at];
  if (!verb?.word || isCapitalised(verb) || isCapitalised(tokens[at + 1])) return false;
  if (vocab.preteriteEnding(verb) || !vocab.subjunctiveShape(verb)) return false;
  // "Ich traue …", "Heute baue ich …": beside "ich" the shape is the indicative's.
  if (vocab.firstPerson(tokens[at - 1]) || vocab.firstPerson(tokens[at + 1])) return false;
  return !(vocab.determiner(verb) || vocab.quantifier(verb) || vocab.demonstrative(verb) || vocab.relative(verb) || vocab.adverbial(verb) || vocab.preposition(verb));
}

/** "Der Zugriff über die Seite funktioniere weiterhin": a prepositional attribute belongs to the opening phrase. */
function pastAttribute(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, reader: PhraseReader): number {
  if (!vocab.preposition(tokens[at])) return at;
  return reader.forward(at + 1)?.to ?? at;
}
