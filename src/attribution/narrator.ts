// German free indirect speech goes on with the speaker of the statement before it, unless a
// narrative sentence in between turns to someone else: "Staatspräsident Karl Berger ist besorgt.
// Der Streit sei nicht politisch motiviert." is Berger's, whoever spoke two sentences earlier.
import { hasSpeakerNoun, headOf, namesSpeaker } from "./speaker-phrase.js";
import { isCapitalised, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/**
 * The subject opening a narrative sentence, where it names a speaker by a name, a role or an institution and its
 * verb follows it: not a pronoun (the speaker going on), a crowd counted or quantified, a demonstrative ("Dieser
 * Darstellung …") or an adverb.
 */
export function narrativeSubject(tokens: readonly Token[], vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const phrase = reader.forward(0);
  if (!phrase || reader.isOpeningAdverb(phrase)) return null;
  const first = tokens[0]!;
  if (vocab.pronoun(first) || vocab.quantifier(first) || vocab.indefinite(first) || vocab.demonstrative(first) || /^\p{N}/u.test(first.text)) return null;
  // "Minister Karl Laumann (CDU) zeigte sich besorgt": past a label in brackets closing the subject.
  const verb = tokens[verbAfterSubject(tokens, reader.withLabel(phrase)!.to, phrase)];
  // "Der Versuch des Präsidenten, …, scheiterte": a role in an attribute names nobody. A speech act's subject speaks
  // whatever its noun: "Der Staat bestritt dies. Sein Programm diene nur der Forschung." is the state's.
  if (!takesAppositive(tokens, phrase) && !namesSpeaker(tokens, headOf(tokens, phrase, vocab), vocab, reader) && !(verb && vocab.cue(verb))) return null;
  return verb?.word && !isCapitalised(verb) ? phrase : null;
}

/** "Der Hafenmeister der Stadt, Karl Brinkmann, zweifelte": the phrase took an appositive name in (forward). */
function takesAppositive(tokens: readonly Token[], phrase: Phrase): boolean {
  return tokens.slice(phrase.from, phrase.to).some((t) => t.text === ",") && tokens[phrase.to]?.text === ",";
}

/** Where the verb after a subject ending at `to` stands: past the closing comma of an appositive it took in, or past one set off after it. */
export function verbAfterSubject(tokens: readonly Token[], to: number, phrase: Phrase): number {
  return takesAppositive(tokens, { from: phrase.from, to }) ? to + 1 : pastAppositive(tokens, to);
}

/** An appositive set off by commas is short: "Anna Berg, Vorsitzende des Kreisverbandes und Kandidatin im Stimmkreis, verteidigte …". */
const MAX_APPOSITIVE = 16;

/** The token after an appositive set off by commas at `at`, else `at`. */
function pastAppositive(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ",") return at;
  for (let i = at + 1; i < tokens.length && i - at <= MAX_APPOSITIVE; i++) {
    if (tokens[i]!.text === ",") return i + 1;
    if (!tokens[i]!.word && tokens[i]!.text !== "-") return at;
  }
  return at;
}

/**
 * "Für den Historiker Bernd Ohlsen sei der Rückzug verständlich": a sentence opening with a view holder's preposition
 * (`view-holders`) and a phrase naming a speaker, the verb right after it, reports that speaker's view.
 */
export function viewHolder(tokens: readonly Token[], vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  if (!vocab.viewHolder(tokens[0])) return null;
  const holder = reader.forward(1);
  const verb = holder && tokens[holder.to];
  if (!holder || !verb?.word || isCapitalised(verb)) return null;
  const head = headOf(tokens, holder, vocab);
  // A role or office ("Für die Sicherheitsbehörden"), or a name of two words ("Für den Historiker Bernd Ohlsen"); German capitalises every noun.
  return hasSpeakerNoun(tokens, head, vocab) || (head.to - head.from > 1 && reader.isName({ from: head.to - 2, to: head.to })) ? holder : null;
}
