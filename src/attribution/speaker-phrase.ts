// Does a phrase name a speaker? The tests the cue readers share: a name, a role or crowd noun, a pronoun, an outlet
// (a news agency or medium, which after the verb may be the addressee instead), and a phrase's head without attributes.
import { COLON_OR_COMMA } from "./clause.js";
import { quotedName } from "./cues.js";
import { carriedBy } from "./show-title.js";
import { isCapitalised, isLowercase, pastAdverbs, pastHyphenedWord, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import { ACRONYM, namesPeopleByShape, namesType, quotedTitle } from "./speakers.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/**
 * A phrase that may be the subject: a pronoun, a phrase with an article or a speaker noun, or a name of two words or
 * more. A single capitalised word opening a sentence is often an adverb ("Besorgt", "Hierzu").
 */
export function namesSomeone(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): boolean {
  const first = tokens[p.from]!;
  if (vocab.pronoun(first) || vocab.determiner(first) || hasSpeakerNoun(tokens, p, vocab)) return true;
  // "Mamadou hatte die Änderung begründet": one word opening the sentence names someone where the text capitalises it inside one too.
  return (p.to - p.from > 1 || (p.from === 0 && !reader.isOpeningAdverb(p))) && reader.isName(p);
}

/**
 * A phrase right after a finite verb (over adverbs and "sich") that may be its subject: no object article opens it,
 * and it is no outlet before the statement ("sagte der Zeitung, …": the addressee).
 */
export function phraseAfterVerb(tokens: readonly Token[], last: number, vocab: AttributionVocabulary, reader: PhraseReader): boolean {
  const at = pastAdverbs(tokens, last + 1, tokens.length, vocab);
  // "schrieb auf Truth Social": a particle before a name is its preposition.
  if (at > last + 1 && isCapitalised(tokens[at]) && !vocab.determiner(tokens[at]!)) return false;
  // "…, sagten Merz und Scholz": phrases joined after a plural verb are its subject.
  const phrase = reader.forwardJoined(at);
  if (!phrase || vocab.objectArticle(tokens[phrase.from]!) || opensOblique(tokens, phrase.from, vocab)) return false;
  // "Anwohner kündigten Widerstand an": a lone singular noun is no subject of a plural verb.
  if (phrase.to - phrase.from === 1 && vocab.pluralPast(tokens[last]) && vocab.singularShape(tokens[phrase.from])) return false;
  return !isDativeOutlet(tokens, phrase, vocab) || !isOutlet(tokens, phrase, vocab);
}

/**
 * A phrase naming a news agency or a medium; in German also a title in quotation marks after the article ("der „Rheinischen
 * Post“"), as outlets are named, where no word joined to it by a hyphen heads it ("der „Spiegel“-Chef" is a person).
 */
export function isOutlet(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary): boolean {
  const end = pastHyphenedWord(tokens, phrase.to);
  const text = tokens.slice(phrase.from, end).map((t) => t.text).join(" ");
  if (vocab.namesAgency(text) || vocab.types.some(([type, pattern]) => (type === "media" || type === "agency") && pattern.test(text))) return true;
  return end === phrase.to && quotedTitle(tokens, phrase, vocab);
}

/**
 * A phrase that names a speaker: a pronoun, a role, crowd or institution noun, a name that is no adverb, a role
 * with its holder's name ("Der Vorsitzende des Heimatvereins Ruben Oltmanns"), an acronym heading it ("Der NDR"), or a
 * head noun naming people by what they do (`person-noun-shapes`: "Die Demonstranten der Gruppe"). An article alone makes
 * none: "Eine Schließung des Freibads bezeichnete Hollwede als fatal".
 */
export function namesSpeaker(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): boolean {
  const first = tokens[p.from]!;
  if (vocab.pronoun(first) || hasSpeakerNoun(tokens, p, vocab) || (reader.isName(p) && !vocab.adverbial(first))) return true;
  // "Der Vorsitzende des Heimatvereins Ruben Oltmanns": the holder's name closes the phrase.
  if (p.to - p.from > 2 && reader.isName({ from: p.to - 2, to: p.to })) return true;
  const head = headOf(tokens, p, vocab);
  return hasAcronym(tokens, head) || namesPeopleByShape(tokens, head, vocab);
}

/** A word in capitals within the phrase: "Der NDR", "Die SPD und die PDS". */
function hasAcronym(tokens: readonly Token[], p: Phrase): boolean {
  for (let i = p.from; i < p.to; i++) if (ACRONYM.test(tokens[i]!.text)) return true;
  return false;
}

/** A phrase without its attributes: "Die genaue Auslegung" of "Die genaue Auslegung der Satzung des Vereins". */
export function headOf(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): Phrase {
  for (let k = p.from + 1; k < p.to; k++) if (vocab.determiner(tokens[k]!) || vocab.link(tokens[k]!)) return { from: p.from, to: k };
  return p;
}

/** The phrase right after a finite verb (over adverbs and "sich") names a speaker in the nominative: not an object article, not a dative outlet. */
export function speakerAfterVerb(tokens: readonly Token[], last: number, vocab: AttributionVocabulary, reader: PhraseReader): boolean {
  const phrase = reader.forward(pastAdverbs(tokens, last + 1, tokens.length, vocab));
  if (!phrase || vocab.objectArticle(tokens[phrase.from]!) || vocab.pronoun(tokens[phrase.from]!) || isDativeOutlet(tokens, phrase, vocab) || opensOblique(tokens, phrase.from, vocab)) return false;
  // "Die Reederei bestätigte die Zahlen der Polizei nicht": a role in an attribute names nobody.
  return (reader.isName(phrase) && !bareObjectAfter(tokens, phrase, last, vocab)) || hasSpeakerNoun(tokens, headOf(tokens, phrase, vocab), vocab);
}

/**
 * A lone word after the verb at `verb` that is its object, no surname: a bare abstract plural ("Die Bahn meldete
 * Streckensperrungen") or a singular in an ending no surname has ("Die Verteidigung kündigte Revision an"), or any word
 * after a plural past, which a surname would not take ("Die Bauern kündigten Proteste an", "Verbraucherschützer forderten
 * Entlastungen für Haushalte").
 */
export function bareObjectAfter(tokens: readonly Token[], phrase: Phrase, verb: number, vocab: AttributionVocabulary): boolean {
  const word = tokens[phrase.from]!;
  if (phrase.to - phrase.from !== 1 || vocab.speakerNoun(word) || vocab.pronoun(word)) return false;
  return vocab.abstractPlural(word) || vocab.surnamelessNoun(word) || vocab.pluralPast(tokens[verb]);
}

/**
 * German "der" before an adjective in -en ("der örtlichen Zeitung") or a feminine noun ("der Nachrichtenagentur") opens a
 * dative or a genitive, never a subject (the nominative takes "-e", "die").
 */
export function opensOblique(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  const next = tokens[at + 1];
  return vocab.obliqueArticle(tokens[at]) && ((vocab.obliqueEnding(next) && vocab.adjective(next!)) || vocab.feminineNoun(next));
}

/** A role or crowd noun anywhere in the phrase ("Regierungskreisen", "der Sprecher des Ministeriums"). */
export function hasSpeakerNoun(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary): boolean {
  for (let i = phrase.from; i < phrase.to; i++) if (vocab.speakerNoun(tokens[i]!)) return true;
  return false;
}

/**
 * German "sagte (Minister) Ruiz der Agentur Reuters, …": after a name (no role: "ein Sprecher der Agentur" is the agency's) a
 * feminine dative outlet before the statement, or closing the sentence after it ("„…“, sagte Ruiz der Agentur Reuters."), is
 * whom it was told to, not a genitive attribute; returns the token of its article, or -1.
 */
export function dativeOutletAfterName(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): number {
  // "sagte Peskow der Agentur Interfax zufolge": so is an outlet a source closes, which passed it on.
  const end = pastTitle(tokens, phrase.to);
  const beforeStatement = isDativeOutlet(tokens, phrase, vocab) || closesSentence(tokens, pastDay(tokens, pastHyphenedWord(tokens, end), vocab)) || vocab.sourceAfterWord(tokens[end]);
  if (!beforeStatement) return -1;
  // "die Redaktion der Zeitung": a noun after an article owns its genitive, unless it is a role that has its body already.
  return vocab.determiner(tokens[phrase.from]!) ? outletAfterOwnedRole(tokens, phrase, vocab) : outletTold(tokens, phrase, vocab, reader);
}

/**
 * "sagte ein Sprecher des Ministeriums der Deutschen Presse-Agentur", "erklärte ein Heeressprecher der APA": a role whose
 * body is named already, by a genitive after it or by the first part of its compound, or a public office no outlet has
 * (`public-offices`: "sagte der Minister der Nachrichtenagentur dpa"), belongs to no outlet after it, so the outlet in
 * "der" is whom it was told to. "ein Sprecher der Agentur", "ein Pressesprecher der Agentur" (a rank or a
 * field, `role-rank-prefixes`, names no body) are the agency's. Returns the outlet's article, or -1.
 */
function outletAfterOwnedRole(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary): number {
  let link = phrase.from + 1;
  while (link < phrase.to && !vocab.link(tokens[link]!)) link++;
  if (link >= phrase.to - 1 || !vocab.speakerNoun(tokens[link - 1]!)) return -1;
  for (let k = phrase.to - 2; k >= link; k--) {
    if (!vocab.link(tokens[k]!)) continue;
    // "Der Vertreter der Arbeitgeber im Aufsichtsrat der Bundesagentur (BA), Peter Clever": an outlet closes the phrase alone.
    const alone = !tokens.slice(k, phrase.to).some((t) => APPOSITION_MARKS.has(t.text));
    // "Ein Sprecher des Magazins „Der Spiegel“": an article inside a title is capitalised.
    const outlet = alone && vocab.obliqueArticle(tokens[k]) && isLowercase(tokens[k]) && isOutlet(tokens, { from: k, to: phrase.to }, vocab);
    const role = tokens[link - 1]!;
    return outlet && (k > link || vocab.publicOffice(role) || bodyInCompound(role.text, vocab)) ? k : -1;
  }
  return -1;
}

/** Marks that set off an appositive or a bracket inside a phrase. */
const APPOSITION_MARKS = new Set([",", "(", "–", "—"]);

/**
 * "Heeressprecher", "Innenminister", "Verdi-Chef": a role noun whose first part is no rank or field ("Pressesprecher",
 * "Vizechef", "Ex-Sprecher"). The head is the shortest ending that is a role ("Sprecher", not "Essesprecher").
 */
function bodyInCompound(word: string, vocab: AttributionVocabulary): boolean {
  for (let at = word.length - 3; at >= 2; at--) {
    if (!vocab.speakerNoun(word[at]!.toUpperCase() + word.slice(at + 1))) continue;
    const first = word.slice(0, word[at - 1] === "-" ? at - 1 : at);
    return !vocab.roleRankPrefix(first);
  }
  return false;
}

/**
 * "Wie Ruiz der Zeitung sagte", "Wie die Polizei der Deutschen Presse-Agentur bestätigte": before a verb-final cue the
 * outlet after the subject's name, after a body no outlet owns, or after a role that has its body (`verbFinal`: the
 * clause closes on the cue), is whom it was told to; returns its article, or -1.
 */
export function dativeOutletBeforeVerb(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary, reader: PhraseReader, verbFinal: boolean): number {
  if (!vocab.determiner(tokens[phrase.from]!)) return outletTold(tokens, phrase, vocab, reader);
  const link = phrase.from + 2;
  const body = vocab.link(tokens[link]) && namesType(tokens[phrase.from + 1]!.text, "institution", vocab);
  // "Wie ein Polizeisprecher der Deutschen Presse-Agentur sagte": so after a role that has its body.
  if (body && isOutlet(tokens, { from: link, to: phrase.to }, vocab)) return link;
  return verbFinal ? outletAfterOwnedRole(tokens, phrase, vocab) : -1;
}

/**
 * A name, its link or an oblique article ("sagte Möller unserer Zeitung") and an outlet: the link's index, where the outlet
 * was told; -1 for a role's genitive ("ein Sprecher der Agentur").
 */
function outletTold(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): number {
  for (let k = phrase.from + 1; k < phrase.to - 1; k++) {
    if (!vocab.link(tokens[k]!) && !vocab.obliqueArticle(tokens[k])) continue;
    const name = { from: k - 1, to: k };
    return reader.isName(name) && !hasSpeakerNoun(tokens, name, vocab) && isOutlet(tokens, { from: k, to: phrase.to }, vocab) ? k : -1;
  }
  return -1;
}

/**
 * "„…“, sagte der Vorsitzende des Verbands, Karl Naumann, der Deutschen Presse-Agentur.", "sagte Naumann, Vorsitzender
 * des Verbands, der dpa.": after a speaker and an apposition set off by commas, the apposition's closing comma at or after
 * `comma`, an outlet before the statement or closing the sentence (a short label in brackets with it: "dem Sender
 * (NDR)") is whom it was told to. Returns the speaker with its apposition and the outlet without its label.
 */
export function outletAfterApposition(tokens: readonly Token[], speaker: Phrase, comma: number, vocab: AttributionVocabulary, reader: PhraseReader): { speaker: Phrase; outlet: Phrase } | null {
  if (speaker.to !== comma) return null;
  let closing = comma;
  if (!tokens.slice(speaker.from, speaker.to).some((t) => t.text === ",")) {
    // The apposition is a role: "Naumann, Vorsitzender des Verbands,".
    const role = reader.forward(comma + 1);
    if (!role || tokens[role.to]?.text !== "," || !hasSpeakerNoun(tokens, headOf(tokens, role, vocab), vocab)) return null;
    closing = role.to;
  }
  // "sagte der Präsident des Verbands, Franz Steiner, im Deutschlandfunk.": the outlet that carried the words.
  const linked = vocab.outletLink(tokens[closing + 1]);
  const outlet = reader.forward(linked ? closing + 2 : closing + 1);
  if (!outlet) return null;
  const carried = linked && carriedBy(tokens, outlet, vocab);
  if (!carried && (!vocab.determiner(tokens[outlet.from]!) || !isOutlet(tokens, outlet, vocab))) return null;
  const labelled = reader.withLabel(outlet)!;
  const after = pastDay(tokens, labelled.to, vocab);
  const told = (carried ? tokens[after]?.text === "," : isDativeOutlet(tokens, labelled, vocab)) || closesSentence(tokens, after);
  return told ? { speaker: { from: speaker.from, to: closing }, outlet } : null;
}

/** "„…“, sagte Ruiz der Agentur Reuters.": the phrase closes the sentence, after the statement. */
function closesSentence(tokens: readonly Token[], at: number): boolean {
  return at >= tokens.length || SENTENCE_END.test(tokens[at]!.text);
}

const SENTENCE_END = /^[.!?]+$/u;
/** Words of an edition's label in brackets after an outlet: "(Samstag)", "(Online-Ausgabe)". */
const MAX_EDITION_LABEL = 3;

/** "sagte der Agentur am Mittwoch, …": past a day between an outlet told and the statement or the sentence's end. */
function pastDay(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  // "der „Süddeutschen Zeitung“ (Samstag)": the edition in brackets after the outlet.
  if (tokens[at]?.text === "(") {
    const close = tokens.findIndex((t, k) => k > at && k <= at + MAX_EDITION_LABEL + 1 && t.text === ")");
    if (close > 0) return close + 1;
  }
  if (vocab.calendarName(tokens[at])) return at + 1;
  return vocab.adverbial(tokens[at]) && vocab.calendarName(tokens[at + 1]) ? at + 2 : at;
}

/**
 * Past a title in quotation marks at `at`, its own article inside ("der Zeitung „Die Hafenpost“"), which is the outlet's;
 * a name opens on a capital ("nannte seinen Platzverweis „überzogen“" quotes a word).
 */
export function pastTitle(tokens: readonly Token[], at: number): number {
  const title = quotedName(tokens, at, tokens.length);
  return title && isCapitalised(tokens[at + 1]) ? title.to : at;
}

/** German "sagte russischen Nachrichtenagenturen, dass": an object phrase before the statement (and its title) is its addressee. */
export function isDativeOutlet(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary): boolean {
  const after = tokens[pastDay(tokens, pastTitle(tokens, phrase.to), vocab)];
  return (!after || COLON_OR_COMMA.has(after.text) || vocab.complementizer(after)) && !vocab.subjunctive(tokens[phrase.from]!);
}
