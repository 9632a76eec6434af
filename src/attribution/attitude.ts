// Attitudes held by the main clause's subject: "Trump wants to build a wall", "The campaign plans to
// open offices in Ohio", "Sanders questioned the deal". English news annotation counts them as
// attributions of their subject, the rest of the clause being what is intended or held; inside
// another's statement ("Ruiz says she wants to …") they are part of it, not statements of their own.
// A relative clause's subject holds its attitude too ("Lee, who backs the plan, said …"): the
// pronoun, standing for its antecedent; so does a noun a participle modifies ("a group backing Lee").
import { afterAddressee, afterPassiveParticiple, antecedentOf, bareAddressee, endBefore, passiveSubject, QUOTE_MARKS, quotedObject, quotingParticiple, saidUpTo, statementEnd, verbStart, type CueReading } from "./cues.js";
import { hasSpeakerNoun } from "./speaker-phrase.js";
import { quotedBy } from "./quoted-by.js";
import { pastPhrasalParticle } from "./cue-span.js";
import { SET_OFF } from "./clause.js";
import { clauseEnd, opensMainClause, opensUnreportedClause, subjectBefore, subjectBeforeAside } from "./evidential.js";
import { isLowercase, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/**
 * The attitude verb at tokens [first, last]: its subject and the clause after it, or null. A cue read later in the
 * sentence (`readings`) ends the clause: "Howard thanked the donors, telling reporters …" holds "the donors".
 */
export function readAttitude(tokens: readonly Token[], first: number, last: number, readings: readonly CueReading[], vocab: AttributionVocabulary, reader: PhraseReader): CueReading | null {
  // "called out the council": the particle of a phrasal verb is the cue's, the clause after it what is held; "the board
  // had one message: the pier must close": a colon announces it (a quotation after the colon is a direct quote of its own).
  const particle = pastPhrasalParticle(tokens, last + 1, vocab);
  const content = tokens[particle]?.text === ":" && tokens[particle + 1]?.word ? particle + 1 : particle;
  // "quoted a witness as saying …": a quoting verb holds its object's words.
  const next = vocab.quoting(tokens[first]) ? undefined : readings.find((r) => r.first > content && vocab.participle(tokens[r.first]!));
  const end = next ? endBefore(tokens, next.first, vocab) : saidUpTo(tokens, particle, statementEnd(tokens), vocab);
  // "they chanted “stop the war”", "questioned Trump's “New York values”": a quotation in the content is part of it.
  const wordOrQuote = (t: Token) => t.word || QUOTE_MARKS.test(t.text);
  if (end - content < 2 || !wordOrQuote(tokens[content]!) || !wordOrQuote(tokens[content + 1]!)) return null;
  // "with Peskov telling RIA Novosti that …": whom it was told to stands between the verb and what was said.
  const told = vocab.addresseeVerb(tokens[first]) ? addresseeBeforeThat(tokens, content, end, vocab, reader) : null;
  const from = told ? told.said : content;
  const reading: CueReading = { first, last, speaker: null, relative: null, addressee: told?.addressee ?? null, reporters: [], content: { from, to: end } };
  const relative = relativeSubject(tokens, first, vocab, reader);
  if (relative) return { ...reading, speaker: relative.antecedent, relative: relative.pronoun, content: { from, to: clauseEnd(tokens, from, end) } };
  const noun = modifiedNoun(tokens, first, vocab, reader);
  if (noun) return { ...reading, speaker: noun, content: { from, to: clauseEnd(tokens, from, end) } };
  const read = subjectBefore(tokens, first, vocab, reader);
  // "Economists polled by Reuters had forecast …": the one a pollster or an outlet credits holds the view, passed on through it.
  const credited = read && quotedBy(tokens, read.subject, first, vocab, reader);
  const found = credited ? { subject: credited.speaker, pronoun: false } : read;
  const reporters = credited ? [credited.reporter] : [];
  const shared = found ? null : coordinatedSubject(tokens, first, vocab, reader) ?? subjectBeforeAside(tokens, first, vocab, reader);
  if (shared) return { ...reading, speaker: shared };
  // "a carbon tax, which he favors", "what Trump calls corruption", "a plan that officials hope to pass": a pronoun, a name
  // or a role or crowd noun right before the verb holds the attitude in any clause, and so does a possessor ("blocked the
  // city’s plan to …"), but for one inside another's statement ("Roe said she wants …").
  const ownSubject = !!found && (found.pronoun || found.possessor || reader.isName(found.subject) || hasSpeakerNoun(tokens, found.subject, vocab)) && !tokens.slice(0, found.subject.from).some((t) => vocab.cue(t) || vocab.complementizer(t));
  // "The trouble is that Lee wants a delay": so does a clause after "is that" with no cue before it ("a plan that Lee wants" is a relative clause).
  const unreported = !!found && vocab.passiveAuxiliary(tokens[found.subject.from - 2]) && opensUnreportedClause(tokens, found.subject, vocab);
  if (!found || vocab.expletive(tokens[found.subject.from]!) || !(ownSubject || unreported || opensMainClause(tokens, found.subject, vocab))) return null;
  return { ...reading, speaker: found.subject, reporters };
}

/**
 * The addressee after a verb of telling, where "that" opens what was said after it ("telling RIA Novosti that …", also past
 * a place or a time: "with McCain telling reporters in Ohio on Thursday that …"), and where what was said starts; else null.
 */
function addresseeBeforeThat(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary, reader: PhraseReader): { addressee: Phrase; said: number } | null {
  const addressee = bareAddressee(tokens, from, vocab) ?? reader.forward(from);
  const said = addressee ? afterAddressee(tokens, addressee, vocab) : -1;
  return addressee && said < end && vocab.complementizer(tokens[said]) ? { addressee, said } : null;
}

/**
 * "Weber changed course and decided to keep guards there", "Lee faulted Roe and called him timid": a verb
 * coordinated with the one before (over auxiliaries and adverbs) shares the subject opening the sentence.
 */
function coordinatedSubject(tokens: readonly Token[], first: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const and = verbStart(tokens, first, vocab) - 1;
  if (!vocab.coordinator(tokens[and])) return null;
  const opening = reader.clauseSubject(and);
  // "Last October, Obama changed course and decided …": the subject follows an opening phrase of time and its comma.
  const subject = opening && tokens[opening.to]?.text === "," ? reader.forward(opening.to + 1) : opening;
  if (!subject || subject.to >= and || reader.isOpeningAdverb(subject) || vocab.expletive(tokens[subject.from]!)) return null;
  return opensMainClause(tokens, subject, vocab) ? subject : null;
}

/**
 * "farmers who want", "the union, which has long backed": a relative pronoun right before the verb (over auxiliaries and
 * adverbs), and its antecedent. A clause inside the subject that opens the sentence ("Voters who want lower taxes backed
 * Lee") ends at a verb nothing marks, so it is left unread; an antecedent further on is read, the first comma of the
 * sentence standing before an appositive as often as before a subject ("The money came from Ron Cole, a poultry magnate
 * who previously backed Huckabee").
 */
function relativeSubject(tokens: readonly Token[], first: number, vocab: AttributionVocabulary, reader: PhraseReader): { antecedent: Phrase; pronoun: number } | null {
  let pronoun = first - 1;
  while (pronoun > 0 && (vocab.auxiliary(tokens[pronoun]!) || vocab.adverbial(tokens[pronoun]!))) pronoun--;
  if (!vocab.relative(tokens[pronoun])) return null;
  const antecedent = antecedentOf(tokens, pronoun, reader, vocab);
  // Right before the pronoun, or before its comma or dash.
  const comma = antecedent && SET_OFF.has(tokens[antecedent.to]?.text ?? "");
  if (!antecedent || antecedent.to + (comma ? 1 : 0) !== pronoun) return null;
  const opensSentence = antecedent.from === 0 || (antecedent.from === 1 && vocab.coordinator(tokens[0]));
  return !comma && opensSentence ? null : { antecedent, pronoun };
}

/**
 * "a group backing Lee", "donors opposing the plan": a participle right after its noun, the noun's phrase holding the
 * attitude (the subject of a passive whose participle stands there: "Lee was heard telling aides …").
 */
function modifiedNoun(tokens: readonly Token[], first: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const before = tokens[first - 1];
  // "they are backing", "still backing", "after backing", "the backing of": a verb's own form, a gerund, or a noun.
  if (!vocab.participle(tokens[first]!) || !before?.word || vocab.passiveAuxiliary(before) || vocab.adverbial(before) || vocab.verbAdverb(before)) return null;
  if (vocab.link(before) || vocab.placeLink(before) || vocab.conjunction(before) || vocab.determiner(before) || vocab.quantifier(before)) return null;
  // "promised to continue supporting Clinton": a verb taking the participle is no noun it modifies.
  if (vocab.catenativeVerb(before)) return null;
  const noun = reader.backward(first);
  // "Lee was heard telling aides that …", "was recorded telling donors": a lowercase word right after a form of "be", a
  // passive's participle, is no noun (one in "-ed" reads as none at all); the passive's subject holds it.
  const perceived = (!noun || (noun.to === first && noun.to - noun.from === 1)) && afterPassiveParticiple(tokens, first, vocab);
  if (perceived) return passiveSubject(tokens, first, vocab, reader);
  if (!noun || noun.to !== first) return null;
  // "Mr. Hannity was among those supporting Mr. Ailes": after a form of "be" and a preposition, one lowercase word the
  // participle modifies counts the subject among them; the subject holds the attitude.
  const among = first - 3;
  const counted = isLowercase(tokens[first - 1]) && vocab.circumstancePreposition(tokens[first - 2]!) && vocab.passiveAuxiliary(tokens[among]);
  return counted ? reader.backward(among) ?? reader.clauseSubject(among) : noun;
}

/**
 * "CNN quoted a witness as saying he saw a truck", "… as saying “no deal”": inside a quoting verb's clause, the participle
 * after its object is the cue of the object's own statement (the outlet passes it on); null where there is none.
 */
export function quotedSpeech(tokens: readonly Token[], quoting: CueReading, vocab: AttributionVocabulary): CueReading | null {
  const content = quoting.content!;
  if (!vocab.quoting(tokens[quoting.first])) return null;
  const k = quotingParticiple(tokens, content.from + 2, content.to - 1, vocab);
  const speaker = k >= 0 ? quotedObject(tokens, k, vocab) : null;
  if (!speaker) return null;
  const from = vocab.complementizer(tokens[k + 1]) ? k + 2 : k + 1;
  if (from >= content.to) return null;
  return { first: k, last: k, speaker, relative: null, addressee: null, reporters: [], content: { from, to: content.to } };
}

