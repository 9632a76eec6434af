// German main clauses put the finite verb second: what opens the clause before it is often an
// adverb or a prepositional phrase, and then the subject follows the verb ("Hier sparte die
// Ministerin nicht mit Lob: „…“", "In ihrer Mitteilung resümiert Greta Vollmer:").
import { headOf, namesSpeaker, speakerAfterVerb } from "./speaker-phrase.js";
import { isCapitalised, isDayNumber, pastAdverbs, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";
import { pastRelativeClause } from "./bracket.js";

/** Prepositional attributes chain a few deep: "In einer Rede vor dem Rat der Stadt". */
const MAX_ATTRIBUTES = 2;

/**
 * The subject after the finite verb of a clause opened by an adverb or a prepositional phrase, where it names a
 * speaker; an object article ("einen", "den") opens no subject.
 */
export function subjectAfterFrontedAdverbial(tokens: readonly Token[], vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const opener = tokens[0];
  // "Auf den Bildern im Netz zeigte sich …": a particle before an article is a preposition.
  const preposition = vocab.preposition(opener) || (vocab.adverbial(opener) && vocab.determiner(tokens[1]));
  const adverb = vocab.adverbial(opener) || reader.isOpeningAdverb({ from: 0, to: 1 });
  const phrase = preposition ? prepositionObject(tokens, 1, vocab, reader) : adverb ? { from: 0, to: 1 } : null;
  // "In seiner Rede vor dem Rat lobte …": prepositional attributes belong to the fronted phrase.
  // "In einem Bericht, der am Abend erschien, rechtfertigte …": so does a relative clause set off by commas.
  const fronted = phrase && preposition ? { from: phrase.from, to: pastRelativeClause(tokens, attributesEnd(tokens, phrase.to, vocab, reader), vocab) } : phrase;
  const verb = fronted && tokens[fronted.to];
  if (!fronted || !verb?.word || isCapitalised(verb) || !isVerbLike(verb, vocab)) return null;
  const subject = reader.forward(pastAdverbs(tokens, fronted.to + 1, tokens.length, vocab));
  if (!subject || vocab.objectArticle(tokens[subject.from]!)) return null;
  return namesSpeaker(tokens, subject, vocab, reader) ? subject : null;
}

/**
 * The phrase after a preposition at `i - 1`, also where it names a day or a date ("Am Montag hat die Kommission …",
 * "Am 15. Mai hat …"): a weekday reads like an adverb, a date's day like a number with its full stop.
 */
function prepositionObject(tokens: readonly Token[], i: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const date = isDayNumber(tokens, i) ? reader.forward(i + 2) : null;
  if (date) return { from: i, to: date.to };
  const phrase = reader.forward(i);
  return phrase ?? (isCapitalised(tokens[i]) && vocab.adverbial(tokens[i]!) ? { from: i, to: i + 1 } : null);
}

/** The end of the prepositional attributes after a phrase ending at `to`: "In einer Rede vor dem Rat der Stadt". */
export function attributesEnd(tokens: readonly Token[], to: number, vocab: AttributionVocabulary, reader: PhraseReader): number {
  for (let hops = 0; hops < MAX_ATTRIBUTES && vocab.preposition(tokens[to]); hops++) {
    const attribute = reader.forward(to + 1);
    if (!attribute) break;
    to = attribute.to;
  }
  return to;
}

/**
 * "Die Anwendung der Richtlinie stellte der SPD-Vorsitzende in Frage:": a phrase opening the clause whose head names
 * nobody, the finite verb right after it and a named speaker after that: the fronted phrase is the object, the phrase
 * after the verb the subject.
 */
export function subjectAfterFrontedObject(tokens: readonly Token[], fronted: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  // "Den Unmut der Partei über den Beschluss brachte die Sprecherin zum Ausdruck:": its prepositional attributes are the object's too.
  const at = attributesEnd(tokens, fronted.to, vocab, reader);
  const verb = tokens[at];
  if (!verb?.word || isCapitalised(verb) || !isVerbLike(verb, vocab) || vocab.pronoun(tokens[fronted.from]!)) return null;
  if (namesSpeaker(tokens, headOf(tokens, fronted, vocab), vocab, reader) || !speakerAfterVerb(tokens, at, vocab, reader)) return null;
  return reader.forward(pastAdverbs(tokens, at + 1, tokens.length, vocab));
}

/**
 * "„Wir haben vier Punkte“, zeigte sich Milovan Rajevac zufrieden": a quotation opening the sentence, its comma, a
 * finite verb and a named speaker after it (over adverbs and "sich"): the quotation is that speaker's, whatever the verb.
 */
export function subjectAfterQuotation(tokens: readonly Token[], comma: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const verb = tokens[comma + 1];
  if (tokens[comma]?.text !== "," || !verb?.word || isCapitalised(verb) || !isVerbLike(verb, vocab)) return null;
  if (!speakerAfterVerb(tokens, comma + 1, vocab, reader)) return null;
  return reader.forward(pastAdverbs(tokens, comma + 2, tokens.length, vocab));
}

/**
 * "Den Einsatz der Helfer in den ersten Tagen nach dem Sturm lobte sie mit den Worten:": a fronted phrase too long
 * to read whole; a subject pronoun right after a lowercase verb in the clause (between `from` and `to`) is its subject.
 */
export function pronounAfterVerb(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): Phrase | null {
  for (let i = Math.max(from, 1); i < to; i++) {
    const verb = tokens[i - 1]!;
    if (vocab.subjectPronoun(tokens[i]!) && verb.word && !isCapitalised(verb) && isVerbLike(verb, vocab)) return { from: i, to: i + 1 };
  }
  return null;
}

/** A lowercase word that may be the finite verb: no article, preposition, link, particle or conjunction. */
function isVerbLike(word: Token, vocab: AttributionVocabulary): boolean {
  return !vocab.determiner(word) && !vocab.preposition(word) && !vocab.link(word) && !vocab.adverb(word) && !vocab.complementizer(word) && !vocab.conjunction(word);
}
