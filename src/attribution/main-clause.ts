// A sentence in the Konjunktiv after a main clause of its own: "Die Staatsanwaltschaft gibt an,
// Spector werde belastet". Within a passage of free indirect speech such a sentence is not the
// passage's speaker going on: the main clause names a new one, a cue the vocabulary lacks.
import { namesSpeaker } from "./speaker-phrase.js";
import { verbAfterSubject } from "./narrator.js";
import { attributesEnd } from "./verb-second.js";
import { isCapitalised, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/**
 * The subject opening the sentence, when its verb follows it in the indicative (a weak preterite has the Konjunktiv's
 * shape: "bezweifelte") and a comma or colon lies between that verb and the first Konjunktiv, and the subject names a speaker or people by what they do ("Die Demonstranten beabsichtigten, …, sie würden …"; "Die Getöteten, … seien" has a comma, not a
 * verb, after the subject; "Das Konklave zur Wahl" names nobody).
 */
export function mainClauseSpeaker(tokens: readonly Token[], vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const mood = tokens.findIndex((t) => vocab.subjunctive(t));
  // "Auch der Sprecher der Fraktion, Dieter Weber, hielt …": focus particles before the subject.
  // "Eberhard Diepgen (CDU) wies …": a label in brackets closes the subject.
  const subject = mood > 0 ? reader.withLabel(reader.forward(reader.pastFocusParticles(0, mood))) : null;
  if (!subject || subject.to >= mood) return null;
  // "Ein Sprecher des Rathauses in Bremen schränkte … ein": prepositional attributes, then an appositive name.
  const attributes = attributesEnd(tokens, subject.to, vocab, reader);
  const end = verbAfterSubject(tokens, attributes, subject);
  if (end >= mood) return null;
  const verb = tokens[end]!;
  // "Nachdem er …, habe er …": a subordinate clause opens the sentence, not a subject and its verb.
  if (vocab.conjunction(tokens[0]!) || reader.isOpeningAdverb(subject)) return null;
  if (!verb.word || isCapitalised(verb) || vocab.pronoun(verb) || vocab.preposition(verb) || vocab.link(verb) || (vocab.subjunctiveShape(verb) && !vocab.preteriteShape(verb))) return null;
  if (!tokens.slice(end, mood).some((t) => t.text === "," || t.text === ":")) return null;
  if (passiveBeforeComma(tokens, end + 2, vocab)) return null;
  // The speaker as written, with its attributes and appositive; named by the head noun's phrase.
  return namesSpeaker(tokens, subject, vocab, reader) ? { from: subject.from, to: end > attributes ? end - 1 : attributes } : null;
}

/**
 * "Zwölf Mitglieder der Reisegruppe wurden verletzt, die Verletzten seien …": a passive auxiliary and a participle that
 * is no cue close the clause before the comma at `comma`; its subject suffered, it did not speak ("Der Minister wurde
 * deutlich, …" did).
 */
export function passiveBeforeComma(tokens: readonly Token[], comma: number, vocab: AttributionVocabulary): boolean {
  return tokens[comma]?.text === "," && vocab.passive(tokens[comma - 2]) && vocab.passiveParticiple(tokens[comma - 1]) && !vocab.cue(tokens[comma - 1]!);
}
