// One reporting cue in its sentence: who speaks (subject before the verb, or after it in
// German inversion and English "said Trump"), to whom ("gegenüber RIA Novosti", "told Fox
// News"), through whom ("laut der BBC", "wird … von der BBC zitiert"), and where the
// reported statement stands (after a comma, "dass", "that", or before the cue).
import { closingParticle } from "./announcing-verb.js";
import { adjunctClosingCue, commaAfterCue, cueEnd, pastPhrasalParticle } from "./cue-span.js";
import { quotedBy, quotesInRelativeClause } from "./quoted-by.js";
import { clauseStart, COLON_OR_COMMA, openingClauseEnd, opensPredicate, SET_OFF, subordinateOpener } from "./clause.js";
import { bracketAgent, bracketSubject, coordinatedSubject, openingOfQuotation, passiveDocument, pastRelativeClause, quotedInPassive, withAttributes } from "./bracket.js";
import { describedSubject, describedSubjectAfter } from "./described-subject.js";
import { closesOnInfinitive, endsInBareInfinitive, isInfinitiveClause } from "./infinitive.js";
import { pastMiddleField } from "./middle-field.js";
import { bareObjectAfter, dativeOutletAfterName, dativeOutletBeforeVerb, hasSpeakerNoun, isOutlet, headOf, isDativeOutlet, namesSomeone, namesSpeaker, opensOblique, outletAfterApposition, pastTitle, phraseAfterVerb, speakerAfterVerb } from "./speaker-phrase.js";
import { capitalRunStart, inDate, isCapitalised, isLowercase, mediumEnd, opensQuantity, pastAdverbs, pastHyphenedWord, pastQuestionWord, PhraseReader, placeNameEnd, type Phrase, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";
import { namesPeopleByShape, namesType, textOf } from "./speakers.js";
import { holderClause } from "./held-by.js";
import { carriedBy, statementAfterOutlet } from "./show-title.js";
import { MAX_TITLE_WORDS } from "./quoted-title.js";

export interface CueReading {
  /** Token indices of the cue [first, last]. */
  first: number;
  last: number;
  speaker: Phrase | null;
  /** The relative pronoun the speaker is written as ("voters who said"), the speaker phrase being its antecedent. */
  relative: number | null;
  addressee: Phrase | null;
  /** Outlets that passed the statement on, nearest the speaker first. */
  reporters: Phrase[];
  /** Sources its own words cite ("sagte, nach Angaben der Polizei seien …"): the speaker passed them on. */
  cited?: Phrase[];
  /** Token range of an indirect statement, if the cue has one. */
  content: Phrase | null;
}

/** "quoted one of the mayor's advisers as saying": the object of a quoting verb is a few words. */
const MAX_QUOTED_OBJECT = 10;
/** "sources who reviewed the documents told", "a source who requested anonymity because he was not authorized to speak said": a relative clause inside a subject, without a pause. */
const MAX_RELATIVE_CLAUSE = 12;
/** A name or an aside set off between a subject's relative clause and its verb is short: ", including Ann Lee,". */
const MAX_SET_OFF = 6;
export const QUOTE_MARKS = /^[„“”"»«‚‘’]$/;
/** Marks that open a German or English quotation ("„", "“", "»"), and those that close one; '"' does either. */
export const OPENING_MARKS = /^[„“"»‚‘]$/;
export const CLOSING_MARKS = /^[“”"«‘’]$/;
/** A subject opened by "wie"/"as" is a comment clause: the main clause after the comma is what was said. */
export const COMMENT_OPENERS = new Set(["wie", "as"]);
/** A name in quotation marks is a few words: "„Die Zeit“", "„Frankfurter Allgemeine Zeitung“". */
const MAX_QUOTED_NAME = 6;
/** "Wie Jonas Feldkamp, ein Sprecher der Bergwacht, der Presse mitteilte": a comment clause is short. */
const MAX_COMMENT_CLAUSE = 20;
/** "…, teilte das Unternehmen heute mit": after an inverted cue and its subject the sentence closes in a few words. */
const MAX_CLOSING_WORDS = 4;
/** "…, sagte sie bei einem Besuch in der Hauptstadt": the circumstances closing the sentence after the speaker. */
const MAX_CLOSING_CIRCUMSTANCES = 8;
/** "Lee praised the harbour plan and pledged …": the first predicate of a coordination is short. */
const MAX_COORDINATED_PREDICATE = 10;

export function readCue(
  tokens: readonly Token[],
  first: number,
  last: number,
  vocab: AttributionVocabulary,
  reader: PhraseReader,
  sourceBeforeAt: (i: number) => number,
): CueReading {
  const reading: CueReading = { first, last, speaker: null, relative: null, addressee: null, reporters: [], content: null };
  // "Ein Beamter, den die Zeitung zitierte, sagte …": the quoting clause credits the speaker of the cue after it (quotedBy).
  if (quotesInRelativeClause(tokens, first, last, vocab, reader)) return reading;
  // "…, saying that …": a participle's subject is the main clause's, found by the sentence (speakerOfParticiple).
  const participle = vocab.participle(tokens[first]!);
  let subjectFirst = participle;
  let weakOrigin: Phrase | null = null;
  const passive = participle ? null : vocab.quoting(tokens[first]!) ? passiveSpeaker(tokens, first, vocab, reader) ?? quotedInPassive(tokens, first, vocab, reader) : passiveAgent(tokens, first, vocab, reader);
  if (passive) {
    reading.speaker = passive.speaker;
    if (passive.reporter) reading.reporters.push(passive.reporter);
  } else if (!participle) {
    // "Stoiber hat gesagt", "hat Berninger gefordert": the subject stands before or after the auxiliary.
    const beforeVerb = adverbsBefore(tokens, first, vocab, 1);
    // "George Will wrote": a capitalised auxiliary before a past form is a name, the subject's (phrases.ts).
    const auxiliary = vocab.auxiliary(tokens[beforeVerb - 1]) && !reader.auxiliaryAsName(tokens[beforeVerb - 1]!);
    // "Lee went on to say": the verb an infinitive depends on. Before a perfect infinitive, with that verb's auxiliaries
    // and adverbs: "Neves is understood to have told the club …", "He is also said to have warned …".
    const perfect = auxiliary ? catenativeBefore(tokens, beforeVerb - 1, vocab) : null;
    const verb = perfect !== null ? verbStart(tokens, perfect, vocab) : auxiliary ? beforeVerb - 1 : catenativeBefore(tokens, beforeVerb, vocab) ?? first;
    // "He also said": a pronoun before the adverbs.
    const subjectEnd = verb === first ? beforeVerb : verb;
    const pronoun = tokens[subjectEnd - 1] && vocab.pronoun(tokens[subjectEnd - 1]!) ? { from: subjectEnd - 1, to: subjectEnd } : null;
    // "sources who reviewed the documents told POLITICO": the antecedent of a relative clause inside the subject.
    // "The Times first reported": adverbs of the verb are no head of the subject.
    const phraseEnd = verbAdverbsBefore(tokens, verb, vocab, 1);
    // "The judges who heard the case, for instance, said": over a parenthetical phrase before the verb.
    // "A person familiar with the talks, who was not authorized to speak, said": a described subject before a clause set off.
    const aside = vocab.marksIndirectSpeech ? null : reader.clauseAsideBefore(phraseEnd);
    const described = aside === null ? null : describedSubject(tokens, aside, vocab);
    const found = pronoun ?? antecedentBefore(tokens, reader.pastAside(verb), vocab, reader) ?? described ?? withFirstConjunct(tokens, reader.backward(phraseEnd), vocab);
    // "Aus Regierungskreisen hieß es": an origin phrase opening the clause speaks too.
    // "Wie es in einer Mitteilung hieß": the impersonal "es" before the document's place opens the clause.
    const impersonal = found ? impersonalOpening(tokens, found.from - 1, vocab) : -1;
    const opens = found ? (impersonal >= 0 ? impersonal : found.from - 1) : -1;
    const originPhrase = found && originMarker(tokens, first, last, found.from - 1, vocab) && reader.startsClause({ from: opens, to: found.to });
    // An origin naming no source ("Aus dem Bericht geht hervor") speaks only if no subject follows ("Aus diesem Anlass verlangte die Petition").
    const origin = originPhrase && (hasSpeakerNoun(tokens, found, vocab) || impersonalCue(tokens, first, last, vocab));
    if (originPhrase && !origin) weakOrigin = found;
    // "…, da sie bestätigt wurde": a pronoun before a verb-final passive was said or said of (subjectOrNull reads phrases so).
    const suffered = !!pronoun && found === pronoun && passiveAfterParticiple(tokens, first, last, vocab);
    // Where the subject may follow the finite verb, a fronted adverbial or object before it is no subject.
    const read = suffered ? null : found && found !== pronoun && !origin && vocab.marksIndirectSpeech ? subjectOrNull(tokens, found, first, last, vocab, reader) : found;
    // "Laut BBC News sagte der Minister", "Laut der Zeitung hat der Fonds angekündigt": a source opening the clause is no
    // subject; the subject follows the verb, or stands in the middle field before the participle.
    const sourced = read !== null && sourceBeforeAt(read.from) > read.from;
    const middleField = sourced ? (read !== found ? found : null) : read;
    const inverted = middleField && vocab.auxiliary(tokens[middleField.from - 1]);
    // "als Ola Berg die Gründe erklären wollte": so is the middle field of a clause a subordinator opens; one that is a
    // preposition too where the cue closes the clause opening the sentence ("Während der Verband ein Verbot fordert, …").
    const opener = tokens[middleField ? middleField.from - 1 : -1];
    const verbFinal = middleField && (opensClause(opener, vocab) || vocab.complementizer(opener) || (vocab.subordinator(opener) && openingClauseEnd(tokens, { first, last }, vocab) >= 0));
    const back = (inverted || verbFinal) && vocab.marksIndirectSpeech ? subjectBeforeObject(tokens, middleField, vocab) : middleField;
    // "a well-placed aide who told her", "Growers in the valley, who have argued": the antecedent speaks.
    // "who also said": over the adverbs before the verb; "who in several earlier hearings had made clear": over circumstances.
    // "Jonas Weber, der der Regierung vorwarf, …": a German phrase read back from a verb-final cue that opens on a relative
    // pronoun and another phrase's first word is the relative clause; the pronoun is its subject, and its antecedent speaks,
    // where the cue's comma opens what was said ("…, die den Vorwurf bestätigte." only describes the antecedent).
    const relativeSubject = back && relativeAntecedent(tokens, back.from, last, vocab, reader) ? back.from : -1;
    const relative = relativeSubject >= 0 ? relativeSubject : vocab.relative(tokens[subjectEnd - 1]) ? subjectEnd - 1 : relativeBefore(tokens, subjectEnd, vocab);
    if (relative >= 0 && (!back || back.from > relative || relative === relativeSubject)) {
      const antecedent = antecedentOf(tokens, relative, reader, vocab);
      if (antecedent) {
        reading.speaker = antecedent;
        reading.relative = relative;
        subjectFirst = true;
      }
    }
    // "Von der Opposition wurde der Besuch als PR-Aktion kritisiert": German "als" right after a word inside the clause is a
    // predicative and opens no clause; the passive's agent spoke.
    const predicative = back && vocab.marksIndirectSpeech && predicativeAs(tokens, back.from - 1, vocab) && !!bracketAgent(tokens, first, vocab, reader);
    // "Die Regierung hat das Land als „junges Vorbild“ bezeichnet": a quoted predicative is never the subject, nor its end
    // ("als „Wunder in der Geschichte“ bezeichnet": the phrase read back is "der Geschichte“").
    const quoteOpening = back ? openingOfQuotation(tokens, back.to - 1) : -1;
    const opening = back && quoteOpening < back.to - 1 ? quoteOpening : (back?.from ?? 0) - 1;
    const quoted = back && vocab.marksIndirectSpeech && QUOTE_MARKS.test(tokens[opening]?.text ?? "") && predicativeAs(tokens, opening - 1, vocab);
    // "…, in denen er den Plan als Fehler bezeichnet", "wurde als Ursache ein Defekt vermutet": unquoted too, the phrase
    // after a predicative "als" that follows a noun or an auxiliary is no subject ("anders als der Minister behauptet" compares).
    const bare = back && vocab.marksIndirectSpeech && !quoted && predicativeAs(tokens, back.from - 1, vocab) && predicatesObject(tokens, back.from - 2, vocab);
    const predicated = quoted || bare;
    const as = quoted ? opening - 1 : (back?.from ?? 0) - 1;
    // A pronoun right before the verb is its subject wherever the clause starts ("In an interview he said").
    // A phrase in the genitive is an attribute or governed by a preposition, no subject ("während seines Besuchs verkündet"),
    // unless it names where the words came from ("Seitens des Ministeriums hieß es").
    // "Vorerst hieß es, …": before an impersonal cue ("hieß es", its subject "es") a phrase naming no speaker is none.
    const impersonalOnly = !!back && !origin && impersonalCue(tokens, first, last, vocab) && !namesSpeaker(tokens, back, vocab, reader);
    if (back && relativeSubject < 0 && !impersonalOnly && (origin || !vocab.genitiveArticle(tokens[back.from])) && (back === pronoun || (reader.startsClause(back) && !predicative && !predicated) || origin || inverted || afterOpeningAdverbs(tokens, back, vocab))) {
      reading.speaker = back;
      subjectFirst = true;
    }
    // "The flood was what the mayor described as a disaster": a phrase read back that a question word opens after a verb is
    // the clause that word opens; its subject speaks (the party past the word, pastQuestionWord).
    if (back && !reading.speaker && !vocab.marksIndirectSpeech && pastQuestionWord(tokens, back, vocab) > back.from) {
      reading.speaker = back;
      subjectFirst = true;
    }
    const name = back && !reading.speaker && !vocab.marksIndirectSpeech ? nameAfterCircumstance(tokens, back, vocab, reader) : null;
    if (name) {
      reading.speaker = name;
      subjectFirst = true;
    }
    // "Dale Simmons, a ferry pilot who backs the plan, said" and "Trump attacked the plan and said": the clause's subject.
    // "„…, jeder Arzt braucht Ruhe“, erklärte Ott": a comma right after a quotation closes it; the words before are said, no subject.
    const afterQuotation = vocab.marksIndirectSpeech && tokens[verb - 1]?.text === "," && QUOTE_MARKS.test(tokens[verb - 2]?.text ?? "");
    const clauseOpening = !reading.speaker && !afterQuotation && (tokens[verb - 1]?.text === "," || vocab.conjunction(tokens[verb - 1])) ? reader.clauseSubject(verb - 1) ?? subjectOfVerbBefore(tokens, verb - 1, vocab, reader) : null;
    const subject = clauseOpening && frontedObjectSubject(tokens, clauseOpening, vocab, reader);
    // "Die Zahl der Toten, die bei den Unruhen starben, bezifferte die Agentur Xinhua mit 13": in German a phrase naming
    // nobody, fronted with its relative clause, is the object; the speaker named after the finite verb is the subject.
    const relativeClause = subject && tokens[subject.to]?.text === "," && vocab.relative(tokens[subject.to + 1]) && !tokens.slice(subject.to + 1, verb - 1).some((t) => t.text === ",");
    const fronted = relativeClause && vocab.marksIndirectSpeech && verb === first && !namesSpeaker(tokens, headOf(tokens, subject, vocab), vocab, reader) && speakerAfterVerb(tokens, last, vocab, reader);
    if (fronted) {
      reading.speaker = reader.forward(pastAdverbs(tokens, last + 1, tokens.length, vocab));
      subjectFirst = true;
    } else if (subject && !statedAfterSubject(tokens, subject, verb, vocab) && !invertedAfterOpening(tokens, subject, verb, last, vocab, reader) && (tokens[verb - 1]!.text !== "," || tokens[subject.to]?.text === "," || (coordinatedAfterComma(tokens, subject, verb, vocab) && !impersonalCue(tokens, first, last, vocab) && !phraseAfterVerb(tokens, last, vocab, reader) && !originAfterVerb(tokens, first, last, vocab, reader)))) {
      reading.speaker = subject;
      subjectFirst = true;
    }
    if (!reading.speaker) {
      reading.speaker =
        (predicated ? bracketAgent(tokens, beforeVerb, vocab, reader) ?? predicativeSubject(tokens, as, vocab, reader) : null) ||
        (back && !predicated && withAttributes(tokens, back, vocab, reader)) ||
        bracketSubject(tokens, beforeVerb, vocab, reader, (from) => sourceBeforeAt(from) > from) ||
        bracketAgent(tokens, beforeVerb, vocab, reader) ||
        (vocab.marksIndirectSpeech ? passiveDocument(tokens, beforeVerb, vocab, reader) ?? frontedDocument(tokens, first, last, vocab) : null) ||
        coordinatedSubject(tokens, beforeVerb, vocab, reader) ||
        (vocab.marksIndirectSpeech ? null : describedSubject(tokens, verb, vocab)) ||
        (vocab.marksIndirectSpeech ? commentSubject(tokens, first, vocab, reader) ?? subordinateSubject(tokens, beforeVerb, last, vocab, reader) : null);
      subjectFirst = reading.speaker !== null;
    }
    // "Jan Ruiz, der vor dem Parlament betonte, …": a phrase read back over a circumstance to a relative pronoun is the
    // relative clause; the pronoun's antecedent speaks.
    const antecedent = reading.speaker && reading.relative === null ? relativeAntecedent(tokens, reading.speaker.from, last, vocab, reader) : null;
    if (antecedent) [reading.relative, reading.speaker] = [reading.speaker!.from, antecedent];
  }
  // "An official quoted by Reuters said": read back from the verb, the phrase is the outlet, and "by" makes it an agent.
  const credited = reading.speaker && reading.speaker.to <= first && quotedBy(tokens, reading.speaker, first, vocab, reader);
  if (credited) {
    reading.speaker = credited.speaker;
    reading.reporters.push(credited.reporter);
    subjectFirst = true;
  }
  // "Die Zahl der Fans schreibt er dem Zufall zu": a fronted object; a nominative pronoun after the verb is the subject.
  // "Das Angebot lehnt er jedoch ab": inside a cue of several words, right after its verb.
  const pronounAt = last > first && vocab.subjectPronoun(tokens[first + 1]) ? first + 1 : last + 1;
  if (subjectFirst && tokens[pronounAt] && vocab.subjectPronoun(tokens[pronounAt]!)) {
    reading.speaker = { from: pronounAt, to: pronounAt + 1 };
  }
  if (!reading.speaker && !passive && !participle) reading.speaker = subjectInsideCue(tokens, first, last, vocab, reader);
  // "was also confirmed by a spokesman": a passive whose agent follows the verb.
  let passiveAt = first - 1;
  while (passiveAt > 0 && vocab.verbAdverb(tokens[passiveAt]!)) passiveAt--;
  if (reading.speaker || !vocab.passive(tokens[passiveAt])) passiveAt = -1;
  // "Gestern war berichtet worden, dass …": the participle of a main clause's passive perfect stands between the cue and its
  // statement ("nachdem berichtet worden war, …" closes a subordinate clause, and the main clause follows).
  // "called out the council", "said for the first time that …", "said with a grin that …": the particle of a phrasal verb
  // and a phrase counting the occasion or naming the manner are the cue's (cue-span.ts), what follows them the statement's.
  let j = vocab.perfectPassive(tokens[last + 1]) && !tokens[last + 2]?.word ? last + 2 : adjunctClosingCue(tokens, pastPhrasalParticle(tokens, last + 1, vocab), vocab);
  const causative = vocab.causative(tokens[first]!);
  for (let steps = 0; steps < 8 && j < tokens.length; steps++) {
    const t = tokens[j]!;
    // "ließ über seinen Anwalt mitteilen": after a cue that has it said (`causative-verbs`), a person the words went
    // through, named by a role of a named person after a link of passage (`via-links`), passed them on ("sagte über den
    // Kapitän" names the matter; not a spokesperson, whom the sourcing rules would take for an unnamed source of the words
    // the minister gave: "ließ über einen Sprecher mitteilen").
    const via = causative && vocab.viaLink(t) ? reader.forward(j + 1) : null;
    const role = via && tokens[headOf(tokens, via, vocab).to - 1]!.text;
    if (via && role && namesType(role, "person", vocab) && !namesType(role, "anonymous", vocab)) {
      reading.reporters.push(via);
      j = via.to;
      continue;
    }
    // "sagte der „Berliner Zeitung“": quotation marks around a name are no boundary.
    // "erklärten nur die Gefängnisse": focus particles before the subject after the verb.
    // "said in an interview that …": the article of the medium named after the cue, a noun of its own (not "in the early
    // morning hours", "at a Friday rally").
    const medium = !vocab.marksIndirectSpeech && vocab.determiner(t) && vocab.adverbial(tokens[j - 1]) && vocab.adverbial(tokens[j + 1]) && !vocab.adverbial(tokens[j + 2]);
    // "said in a statement on its website that …", "told reporters at the White House that …": a place of a few words
    // after the cue, right before "that", is a circumstance; what was said starts at the "that".
    // "told reporters outside the courthouse that …", "said aboard Air Force One that …", "made clear over the weekend
    // that …": so after whom it was told to or right after the cue, any preposition of circumstance but the agent's ("asked
    // by a reporter if …").
    const placed = !vocab.marksIndirectSpeech && (reading.addressee?.to === j || (j === last + 1 && !vocab.passiveAgent(t))) && !vocab.adverbial(t) && vocab.circumstancePreposition(t) ? placeBeforeThat(tokens, j + 1, true, vocab) : -1;
    const that = placed > 0 ? placed : !vocab.marksIndirectSpeech && vocab.adverbial(tokens[j - 1]) ? placeBeforeThat(tokens, j, j - 1 > last, vocab) : -1;
    if (that > 0) {
      // "said on Fox News that …", "wrote in The New York Times that …": the outlet the place names carried the words.
      const place = reading.addressee ? null : reader.forward(j);
      if (place && place.to <= that && carriedBy(tokens, place, vocab)) reading.addressee = place;
      j = that;
      continue;
    }
    // "wrote on X that …", "posted on Truth Social that …": what was said starts at the "that" after the platform ("said
    // on his Twitter feed Thursday that …"), which carried the words on (platformNamed).
    const platform = !vocab.marksIndirectSpeech && vocab.adverbial(t) ? platformAt(tokens, j + 1, vocab, reader) : null;
    const platformThat = platform ? statementAfterPlatform(tokens, platform.to, vocab) : -1;
    if (platformThat > 0) {
      j = platformThat;
      continue;
    }
    // "said in a report published on Tuesday that …": a medium no cue steps over, before the participle saying where or
    // when it appeared (below).
    if (!vocab.marksIndirectSpeech && vocab.determiner(t) && vocab.adverbial(tokens[j - 1]) && relayAt(tokens, j + 2, vocab) > 0) {
      j += 2;
      continue;
    }
    // "said in a brief statement it would …", "said in an emailed statement that …": the medium's attributes too.
    const described = !vocab.marksIndirectSpeech && vocab.determiner(t) && vocab.adverbial(tokens[j - 1]) ? pastMediumAttributes(tokens, j + 1, vocab) : -1;
    if (described > 0) {
      j = described;
      continue;
    }
    // "said Ann Lee in a post on X": after the speaker named after the cue, the medium the words came in; a platform after
    // it carried them (platformNamed).
    const mediumAfterSpeaker = !vocab.marksIndirectSpeech && reading.speaker && !subjectFirst ? mediumEnd(tokens, j, vocab) : -1;
    if (mediumAfterSpeaker > 0) {
      j = mediumAfterSpeaker;
      continue;
    }
    // "…, warns of Crisis Group.": in English what follows a cue's link is its matter, never a subject after it.
    if (!vocab.marksIndirectSpeech && !reading.speaker && tokens[first - 1]?.text === "," && j === last + 1 && vocab.link(t) && !vocab.circumstancePreposition(t)) break;
    // "responded hours later, calling …", "said two days later that …": a span of time before "later" says when.
    const later = laterSpanEnd(tokens, j, vocab);
    if (later > 0) {
      j = later;
      continue;
    }
    if (medium || vocab.adverbial(t) && !(subjectFirst && opensClauseAfterVerb(tokens, j, vocab, vocab.questionWord(t) && asksOrWithholds(tokens, first, last, vocab))) || (vocab.marksIndirectSpeech && !reading.speaker && vocab.focusParticle(t)) || QUOTE_MARKS.test(t.text) && reading.speaker) {
      j++;
      continue;
    }
    // "said in a statement carried by KCNA that …", "told ITV in an interview aired on Monday": a participle after the
    // medium says where or when it appeared; an outlet after "by" passed the words on.
    const relay = relayAt(tokens, j, vocab);
    if (relay > 0) {
      const marker = tokens[relay + 1];
      const place = marker && (vocab.passiveAgent(marker) || vocab.adverbial(marker) || vocab.relayPreposition(marker)) ? reader.forward(relay + 2) : null;
      // "… posted to X that …": a platform it went to passed the words on too.
      if (place && (vocab.passiveAgent(marker) || namesType(textOf(tokens, place), "platform", vocab))) reading.reporters.push(place);
      j = place ? place.to : relay + 1;
      // "in a memo, seen by Reuters, that …": the comma closing the participle set off.
      if (tokens[relay - 1]!.text === "," && tokens[j]?.text === ",") j++;
      continue;
    }
    // "gab der Leiter der Wache, Jan Ott, bekannt, dass …": the comma closing the speaker's appositive name comes before
    // the cue's particle, which closes the clause.
    if (closesAppositive(tokens, reading.speaker, j) && closingParticle(tokens, j + 1, vocab) > j + 1) {
      j++;
      continue;
    }
    const sourceEnd = sourceBeforeAt(j);
    if (sourceEnd > j) {
      const reporter = reader.forward(sourceEnd);
      if (!reporter) break;
      reading.reporters.push(reporter);
      j = reporter.to;
      continue;
    }
    if (vocab.addresseeMarker(t)) {
      // "sprach gegenüber dem „Handelsblatt“ von einer „Zeitenwende“": the topic's preposition ends whom it was told to.
      const read = reader.forward(j + 1);
      const addressee = read && beforeTopic(tokens, first, read, vocab);
      if (!addressee) break;
      reading.addressee = addressee;
      j = addressee.to;
      continue;
    }
    if (passiveAt >= 0 && !reading.speaker && vocab.passiveAgent(t)) {
      const agent = reader.forward(j + 1);
      if (!agent) break;
      reading.speaker = agent;
      j = agent.to;
      continue;
    }
    // "„…“, schrieb „Der Kurier“ in einem Kommentar": a short name in quotation marks right after an inverted German cue.
    const quoted = !reading.speaker && !subjectFirst && vocab.marksIndirectSpeech && isCapitalised(tokens[j + 1]) ? quotedName(tokens, j, Math.min(tokens.length, j + MAX_QUOTED_NAME)) : null;
    // "Wie aus einem Bericht hervorgeht, der der dpa vorliegt, soll …": the clause naming who holds the document is no
    // part of what was said (the holder joins the chain, index.ts).
    const holder = holderClause(tokens, j, vocab, reader);
    if (holder) {
      j = holder.to + 1;
      continue;
    }
    const toldAfterApposition = vocab.marksIndirectSpeech && reading.speaker && !reading.addressee && t.text === "," ? outletAfterApposition(tokens, reading.speaker, j, vocab, reader) : null;
    if (toldAfterApposition) {
      reading.speaker = toldAfterApposition.speaker;
      reading.addressee = toldAfterApposition.outlet;
      j = reader.withLabel(toldAfterApposition.outlet)!.to;
      continue;
    }
    // "told MPs later that day that …": "that" and a noun of time (`time-nouns`) before another "that" are a time.
    if (vocab.complementizer(t) && vocab.timeNoun(tokens[j + 1]) && tokens[j + 2]?.text.toLowerCase() === t.text.toLowerCase()) {
      j += 2;
      continue;
    }
    if ((!t.word && !quoted) || vocab.complementizer(t)) break;
    // "hieß es aus Präsidentschaftskreisen": an origin phrase after the cue is the speaker.
    const origin = !reading.speaker && originMarker(tokens, first, last, j, vocab) && !vocab.determiner(t);
    // "Carter told reporters on Wednesday": a plain noun after "told" is whom it was told to; so after "telling", whose
    // subject the sentence finds later ("…, telling viewers that …").
    const told = (reading.speaker || participle) && !reading.addressee && vocab.addresseeVerb(tokens[first]!) ? bareAddressee(tokens, j, vocab) : null;
    // "said the study's lead author, Ann Lee.": a described subject goes on with the name set off after it.
    const inverted = quoted || told ? null : invertedDescribedSubject(tokens, reading, first, j, vocab);
    const named = inverted && tokens[inverted.to]?.text === "," ? reader.forward(j) : null;
    const read = quoted ?? told ?? (named && named.to > inverted!.to ? named : inverted) ?? (reading.speaker ? reader.forward(origin ? j + 1 : j) : speakerAfterCue(tokens, origin ? j + 1 : j, vocab, reader));
    // "sagte Kompany nach dem Spiel bei Sky", "am Abend im ZDF": after the German speaker a time or a place its preposition
    // opens may stand before the outlet that carried the words (not whom they were told to: "sagte Kompany der Zeitung").
    const circumstance = reading.speaker && !subjectFirst && !reading.addressee && vocab.marksIndirectSpeech ? circumstanceBeforeOutlet(tokens, j, read, vocab, reader) : null;
    if (circumstance) {
      j = circumstance.to;
      continue;
    }
    if (!read) break;
    // "hieß es am Abend aus dem Rathaus": after an impersonal cue only an origin or a document's place ("in der
    // Mitteilung") names a speaker; a time is passed over.
    const before = tokens[j - 1];
    if (!reading.speaker && !origin && vocab.marksIndirectSpeech && vocab.preposition(before) && !vocab.documentPlace(before) && !vocab.link(before) && impersonalCue(tokens, first, last, vocab)) {
      j = read.to;
      continue;
    }
    const phrase = !reading.speaker && vocab.quoting(tokens[first]) ? agencyBeforeName(tokens, read, vocab) : read;
    // "told his advisers": the object of "told" is whom it was told to, never the speaker. A German verb with no subject
    // before it has the subject after it: "„Wann kommt der Zug?“, fragte Berger (den Schaffner)"; so has an English one
    // right after a quotation's closing mark, before a pause: "“Where would we go?” asked Maria Lopez, 67." (not a participle:
    // "hailed the vote as “fantastic,” telling reporters …")
    const afterQuotation = !participle && closingMarkBefore(tokens, first) > 0 && pauseAfter(tokens, phrase, vocab);
    if (!reading.speaker && vocab.addresseeVerb(tokens[first]!) && !vocab.marksIndirectSpeech && !afterQuotation) {
      reading.addressee = phrase;
      j = afterAddressee(tokens, phrase, vocab);
      break;
    }
    // "cited the report", "attacked Trump", "talked about the wall": the object of these cues is what they say, never a speaker.
    if (vocab.objectCue(tokens[first]!)) break;
    // "said it was", "said they would": after the verb only a personal pronoun speaks ("said he").
    if (participle || (phrase.to - phrase.from === 1 && vocab.pronoun(tokens[phrase.from]!) && !vocab.personalPronoun(tokens[phrase.from]!))) break;
    // English "said Trump" inverts only before a pause: "blasted the media for …" names an object.
    if (!reading.speaker && !vocab.marksIndirectSpeech && !subjectFirst && !pauseAfter(tokens, phrase, vocab) && !relativeAfterInversion(tokens, phrase, first, vocab)) {
      // The subject stands further back: "Sixty-six percent of those polled said it …", "In Ohio on Monday Trump blasted …".
      const subject = reader.clauseSubject(first);
      if (!subject) break;
      reading.speaker = subject;
      subjectFirst = true;
      break;
    }
    // "the board rejected the offer.": English inverts only after a pause ("…, said Doyle."); after a word the phrase is an object.
    // Opening the sentence ("Said Comey: …") the subject closes on a pause: "Suspected Terror on Bastille Day" heads a story.
    // Nor is a phrase after a preposition the subject of a verb's plain form: "Two killed, suspect in custody." names nobody.
    if (!reading.speaker && !vocab.marksIndirectSpeech && !subjectFirst && ((first === 0 && tokens[phrase.to]?.word) || tokens[first - 1]?.word || (plainForm(tokens[first]!, vocab) && vocab.circumstancePreposition(tokens[phrase.from - 1])))) break;
    // "…, nannte die Sanktionen „…“ und rief die Armee auf, …": a German verb right after "und" shares the subject of the
    // cue before it (speakerOfCoordinated); the phrase after it is its object.
    if (!reading.speaker && vocab.marksIndirectSpeech && vocab.coordinator(tokens[first - 1]) && !vocab.pronoun(tokens[phrase.from]!)) break;
    // "Weber sprach von einer Gefahr", "Die Agentur dagegen spricht von einem Anschlag": after the preposition closing a
    // German cue stands its matter; with nothing between the verb and it, the subject opens the clause before the verb.
    if (!reading.speaker && vocab.marksIndirectSpeech && j === last + 1 && last === first + 1 && vocab.preposition(tokens[last])) {
      const before = reader.backward(adverbsBefore(tokens, first, vocab, 1));
      reading.speaker = before && reader.startsClause(before) ? before : reader.clauseSubject(first);
      subjectFirst = reading.speaker !== null;
      break;
    }
    const dative = !reading.speaker && vocab.marksIndirectSpeech ? dativeOutletAfterName(tokens, phrase, vocab, reader) : -1;
    if (dative > 0) {
      reading.speaker = { from: phrase.from, to: dative };
      j = dative;
      // "der „Rheinischen Post“", "der „Bild“-Zeitung": a quoted outlet after the article, which no phrase reads, is whom it was told to.
      const title = quotedName(tokens, dative + 1, tokens.length);
      if (title) {
        reading.addressee = { from: dative, to: pastHyphenedWord(tokens, title.to) };
        j = reading.addressee.to;
      }
      continue;
    }
    // "sagte dem Sender (NDR), …": a short label in brackets closes the German dative; the outlet is named without it.
    const labelled = vocab.marksIndirectSpeech ? reader.withLabel(phrase)! : phrase;
    // Right after the comma closing what was said the verb is inverted and the bare word its subject: "…, sagten Anwohner."
    if (!reading.speaker && vocab.marksIndirectSpeech && tokens[first - 1]?.text !== "," && bareObjectAfter(tokens, phrase, first, vocab)) break;
    // "Verbraucherschützer forderten die Bundesregierung auf, …": a plural verb takes no singular noun after it as its subject;
    // the phrase opening the clause right before the verb is it, a noun however bare.
    const opening = !reading.speaker && singularAfterPlural(tokens, phrase, first, vocab) ? reader.backward(first) : null;
    if (opening && opening.to === first && reader.startsClause(opening)) {
      reading.speaker = opening;
      subjectFirst = true;
      break;
    }
    if (!reading.speaker) reading.speaker = beforeTopic(tokens, first, phrase, vocab);
    // A bare object before a pause is a German dative ("sagte russischen Agenturen, dass"); English "said" takes none, so
    // "Lee said the group, funded by donors, is …" opens its statement with the phrase and the aside.
    // "said on CNN", "said on NBC's Meet the Press that …": an outlet after a place's preposition carried the words.
    else if (!reading.addressee && (vocab.addresseeVerb(tokens[first]!) || vocab.quoting(tokens[first]!) || !subjectFirst || (vocab.marksIndirectSpeech && isDativeOutlet(tokens, labelled, vocab)) || carriedBy(tokens, phrase, vocab))) reading.addressee = phrase;
    else break;
    j = reading.addressee === phrase ? labelled.to : phrase.to;
    // "sagte der Zeitung „Die Hafenpost“, …": the outlet's title after it is the addressee's too.
    const titled = reading.addressee === phrase && vocab.marksIndirectSpeech ? pastTitle(tokens, j) : j;
    if (titled > j) {
      reading.addressee = { from: phrase.from, to: titled };
      j = titled;
    }
    // "told NBC's Today show that …", "told the BBC's Newsnight programme on Tuesday that …": after an outlet's name the
    // rest of its show's, and what was said starts at its "that".
    const showEnd = reading.addressee === phrase && !vocab.marksIndirectSpeech && isOutlet(tokens, phrase, vocab) ? statementAfterOutlet(tokens, j, vocab) : -1;
    if (showEnd > 0) j = showEnd;
  }
  // "Zudem verwies Steinbrück darauf, dass …", "Das Angebot lehnt er jedoch ab": a cue of several words holds the subject after its verb.
  if (!reading.speaker && vocab.marksIndirectSpeech && last > first) {
    const inside = reader.forward(pastAdverbs(tokens, first + 1, last, vocab));
    if (inside && inside.to <= last && namesSpeaker(tokens, headOf(tokens, inside, vocab), vocab, reader)) {
      reading.speaker = inside;
      subjectFirst = true;
    }
  }
  if (!reading.speaker && weakOrigin && vocab.marksIndirectSpeech) {
    reading.speaker = weakOrigin;
    subjectFirst = true;
  }
  // "Die Weserstädter Rundschau zitiert einen Fährmann", "„…“, zitierte die Agentur den Fährmann": the quoted one speaks,
  // the quoting outlet passes it on (a German object follows the subject after the verb too; not a preposition's phrase,
  // "zitierte die Zeitung aus einem Bericht").
  const object = reading.addressee && (subjectFirst || (vocab.marksIndirectSpeech && !vocab.preposition(tokens[reading.addressee.from - 1])));
  if (object && vocab.quoting(tokens[first]!)) {
    reading.reporters.push(reading.speaker!);
    reading.speaker = reading.addressee;
    reading.addressee = null;
  }
  // "…, berichten Forscher um den Biologen Jan Weber": a group inverted after the cue goes on with whom it is gathered
  // around, as it does before the verb.
  const leader = reading.speaker && reading.speaker.from > reading.last && vocab.groupLink(tokens[reading.speaker.to]) ? reader.forward(reading.speaker.to + 1) : null;
  if (leader && namesSpeaker(tokens, headOf(tokens, leader, vocab), vocab, reader)) {
    reading.speaker = { from: reading.speaker!.from, to: leader.to };
    j = Math.max(j, leader.to);
  }
  // English "…, said Doyle": a statement before its cue has its speaker after the cue; with no speaker found, the words
  // before the comma are the cue's subject ("Among GOP voters, 67 percent, say they …"), not what it says.
  const statedBefore = vocab.marksIndirectSpeech || reading.speaker !== null;
  // English with no subject read: a clause without "that" after the cue is still its content where the cue is the
  // sentence's own verb (not an infinitive, not inside another's clause); the words from the clause's start to the verb speak.
  const unreadSubject = !reading.speaker && !vocab.marksIndirectSpeech && !participle && !!tokens[first - 1]?.word && !vocab.infinitiveMarker(tokens[first - 1]!) ? ownClauseSubject(tokens, first, vocab, reader) : null;
  // "…, sagte Lawrow nach Angaben der Agentur Interfax.": a source that passed the words on, right after the subject,
  // closes the sentence with it, as whom they were told to does.
  const passedOn = reading.speaker ? sourceBeforeAt(reading.speaker.to) : -1;
  const source = passedOn > 0 ? reader.forward(passedOn) : null;
  const closing = reading.speaker && source ? { from: reading.speaker.from, to: source.to } : reading.speaker;
  // "The claim was rejected by Kemi Badenoch, who wrote that …": a relative clause after a passive's agent describes the
  // agent, with a cue of its own; what was said goes on after it ("was asked by Maher, who backs Sanders, “…”"), else it
  // is the passive's subject (below).
  const agentEnd = passiveAt >= 1 && reading.speaker && reading.speaker.from > last ? reading.speaker.to : -1;
  const describedAgent = agentEnd >= 0 && tokens[agentEnd]?.text === "," && vocab.relative(tokens[agentEnd + 1]);
  const pastAgent = describedAgent ? pastRelativeClause(tokens, agentEnd, vocab) : j;
  reading.content = describedAgent
    ? pastAgent > agentEnd ? contentAfter(tokens, pastAgent, vocab, subjectFirst || !!unreadSubject, reading) : null
    : contentAfter(tokens, j, vocab, subjectFirst || !!unreadSubject, reading) ?? (statedBefore ? contentBefore(tokens, first, subjectFirst, vocab, closing) : null);
  if (unreadSubject && reading.content) reading.speaker = unreadSubject;
  reading.content = appositiveAfter(tokens, reading, subjectFirst, vocab) ?? reading.content;
  interruptingSubject(tokens, reading, subjectFirst, vocab);
  reading.content = aroundAttribution(tokens, reading, subjectFirst, vocab, sourceBeforeAt) ?? aroundCircumstance(tokens, reading, subjectFirst, vocab) ?? reading.content;
  reading.content = objectInOpeningClause(tokens, reading, vocab, reader) ?? reading.content;
  reading.content = withinOpeningParticiple(tokens, reading, vocab) ?? reading.content;
  // What the agent confirmed is the passive's subject: "The deal was confirmed by a spokesman".
  if (!reading.content && passiveAt >= 1 && reading.speaker) reading.content = { from: 0, to: passiveAt };
  // "Three people died, police said.": a subject after a comma at the sentence end speaks the clause before; so it does
  // after a quotation closed on its comma ("Guns are “a crisis” and “a scourge,” Dean said").
  const speaker = reading.speaker;
  const clauseEnd = speaker ? endBeforeComma(tokens, speaker.from, vocab) : -1;
  // "…, die den Vorwurf bestätigte": a German relative clause after the comma reports its own object, not the clause before.
  // German marks the clause before as reported ("Der Schaden sei gering, die Polizei bestätigte dies"); unmarked, the comma
  // closes an aside in the verb bracket ("Das Amt hat gestern, am 3. März, den Fall bekannt gegeben").
  const marked = !vocab.marksIndirectSpeech || hasSubjunctive(tokens, 0, clauseEnd, vocab);
  if (!reading.content && subjectFirst && clauseEnd > 1 && j >= statementEnd(tokens) && !speaksInRelativeClause(tokens, speaker, vocab) && marked) {
    reading.content = { from: 0, to: clauseEnd };
  }
  // "The vote is close, he said after meeting the aides", "…, she said in a radio address": in English words after the
  // cue that open with a preposition say when or where; the statement is the clause before the subject's comma.
  if (subjectFirst && clauseEnd > 1 && !vocab.marksIndirectSpeech && reading.content && reading.content.from > last && circumstanceAfter(tokens, reading, vocab) && opensStatement(tokens, clauseEnd, vocab)) {
    reading.content = { from: 0, to: clauseEnd };
  }
  // "Taxes are too high, Lee said Tuesday in Paris, noting …", "Lee responded on Twitter, calling …": a short phrase after
  // a preposition says where or when; it is not what was said, which is the clause before the subject's comma, if any.
  if (reading.content && !vocab.marksIndirectSpeech && circumstanceOnly(tokens, reading, vocab)) {
    reading.content = subjectFirst && clauseEnd > 1 && opensStatement(tokens, clauseEnd, vocab) ? { from: 0, to: clauseEnd } : null;
  }
  toldBeforeVerb(tokens, reading, vocab, reader);
  platformNamed(tokens, reading, vocab, reader);
  return reading;
}

/** "Wie die Polizei der Deutschen Presse-Agentur bestätigte, …": the German subject before the cue ends where the outlet told begins. */
function toldBeforeVerb(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary, reader: PhraseReader): void {
  const speaker = reading.speaker;
  if (!vocab.marksIndirectSpeech || !speaker || reading.addressee || speaker.to > reading.first) return;
  // "Wie ein Polizeisprecher der dpa sagte": a role's outlet told stands before a verb closing its clause only; "Ein
  // Sprecher der Agentur sagte" opening a sentence is the agency's.
  const opener = tokens[speaker.from - 1];
  const verbFinal = opensWithComment(tokens, reading.first) || vocab.complementizer(opener) || vocab.subordinator(opener);
  // "wie Institutschef Gabriel Felbermayr im Ö1-Morgenjournal sagte": the outlet after its preposition carried the words.
  const link = tokens.findIndex((t, k) => k > speaker.from && k < speaker.to - 1 && vocab.outletLink(t) && carriedBy(tokens, { from: k + 1, to: speaker.to }, vocab));
  if (link > 0) {
    reading.addressee = { from: link + 1, to: speaker.to };
    reading.speaker = { from: speaker.from, to: link };
    return;
  }
  const told = dativeOutletBeforeVerb(tokens, speaker, vocab, reader, verbFinal);
  if (told < 0) return;
  reading.addressee = { from: told, to: speaker.to };
  reading.speaker = { from: speaker.from, to: told };
}

/**
 * "wrote on Facebook" (the platform in the cue, as annotated), "wrote on X that …", "said in a post on X that …", "she
 * wrote in a post on Facebook": a platform named after a preposition from the cue on, before what was said or the pause,
 * carried the words on; so does one in a phrase opening the sentence, "In a post on X, Lee wrote …" ("reagierte auf X:
 * „…“", "Auf Instagram schrieb die Sängerin, …").
 */
function platformNamed(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary, reader: PhraseReader): void {
  const end = reading.content && reading.content.from > reading.last ? reading.content.from : tokens.length;
  // "In a post on X, Lee wrote that …", "On Truth Social, Trump said …": so in a phrase opening the sentence before the
  // subject's comma; in German before the verb, which follows it: "Auf Instagram schrieb die Sängerin, …".
  const comma = vocab.marksIndirectSpeech ? reading.first : reading.speaker ? reading.speaker.from - 1 : -1;
  const opening = comma >= 2 && (vocab.marksIndirectSpeech || tokens[comma]!.text === ",") && vocab.adverbial(tokens[0]);
  // After the cue, up to what was said or its "that".
  const that = tokens.findIndex((t, k) => k > reading.first && k < end && vocab.complementizer(t));
  const platform =
    platformIn(tokens, reading.first + 1, that < 0 ? end : that, tokens.length, vocab, reader) ??
    (opening ? platformIn(tokens, 0, comma - 1, comma, vocab, reader) : null) ??
    platformInAside(tokens, reading, vocab, reader);
  if (platform) reading.reporters.push(platform);
}

/** "The ministry, in a post on Telegram, said …": the platform named in an aside set off between the subject and its verb. */
function platformInAside(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const after = reading.speaker && tokens[reading.speaker.to]?.text === "," ? reading.speaker.to + 1 : -1;
  if (after < 0) return null;
  const verb = verbStart(tokens, reading.first, vocab);
  return after < verb && tokens[verb - 1]!.text === "," ? platformIn(tokens, after, verb - 1, verb - 1, vocab, reader) : null;
}

/** The first platform named after a preposition from `from` up to `last` (no pause before it), its name ending by `end`. */
function platformIn(tokens: readonly Token[], from: number, last: number, end: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  for (let k = from; k < last && tokens[k]!.word; k++) {
    const platform = vocab.adverbial(tokens[k]) ? platformAt(tokens, k + 1, vocab, reader) : null;
    if (platform && platform.to <= end) return platform;
  }
  return null;
}

/** The platform's name read at `at` ("X", "Truth Social"; "Facebook" of "a Facebook post"), or null. */
function platformAt(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const read = reader.forward(at);
  // "sprach auf X von einem „Raubzug“": the platform's name ends before a link; the topic after it is no part of it ("a
  // series of Twitter posts" names it after the link).
  const link = read ? tokens.findIndex((t, k) => k > read.from && k < read.to && vocab.link(t)) : -1;
  const phrase = read && link > 0 && namesType(textOf(tokens, { from: read.from, to: link }), "platform", vocab) ? { from: read.from, to: link } : read;
  if (!phrase || !namesType(textOf(tokens, phrase), "platform", vocab)) return null;
  const last = tokens[phrase.to - 1]!;
  return phrase.to - phrase.from > 1 && isLowercase(last) && vocab.document(last) ? { from: phrase.from, to: phrase.to - 1 } : phrase;
}

/**
 * The content read is a short phrase with no clause of its own right after a preposition past the cue, closing the
 * sentence or set off before a participle: "in Paris.", "on Twitter, calling …".
 */
function circumstanceOnly(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): boolean {
  const content = reading.content!;
  const before = tokens[content.from - 1];
  // "called for the ban": a preposition of the cue's own opens its object.
  if (!before || content.from - 1 <= reading.last || !(vocab.link(before) || vocab.placeLink(before))) return false;
  let k = content.from;
  while (k < content.to && tokens[k]!.word && !vocab.complementizer(tokens[k]!)) k++;
  if (k - content.from > MAX_CIRCUMSTANCE_WORDS) return false;
  return k === content.to || (tokens[k]!.text === "," && vocab.participle(tokens[k + 1]));
}

/** Words a circumstance after a cue may run to: "in Tel Aviv", "during Tuesday's conference call". */
const MAX_CIRCUMSTANCE_WORDS = 5;

/**
 * "His aides continued to assure him", "Lee went on to say": a verb (and its particle, and a day) and the infinitive marker before the
 * cue at `at`, the verb's index; the subject stands before that verb. (A German infinitive with "zu" stands at the clause's
 * end, its subject read as for any cue.)
 */
function catenativeBefore(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number | null {
  if (vocab.marksIndirectSpeech || !vocab.infinitiveMarker(tokens[at - 1])) return null;
  // "European leaders gathered Friday to discuss …", "met on Monday to review": a day between the verb and its infinitive.
  let day = at - 2;
  if (vocab.calendarName(tokens[day])) day -= vocab.adverbial(tokens[day - 1]) ? 2 : 1;
  const k = vocab.catenativeParticle(tokens[day]) ? day - 1 : day;
  // "is to say" takes no infinitive of speech; "is said to have told" does: a frequent word is a verb after a passive's auxiliary.
  const passive = vocab.passiveAuxiliary(tokens[adverbsBefore(tokens, k, vocab) - 1]);
  return isLowercase(tokens[k]) && (!vocab.stopword(tokens[k]!) || passive) ? k : null;
}

/**
 * "Numerous veterans interviewed at rallies this week said they …": the subject that opens the sentence, with everything up
 * to the verb's adverbs and auxiliaries, where it is read whole (not cut before a determiner: "No one expected …") and no
 * other cue or "that" stands between it and the cue at `first`; else null.
 */
function ownClauseSubject(tokens: readonly Token[], first: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  // "The measures will be announced next week, an official said": a passive infinitive after its auxiliary ("will be",
  // "could be"; not the perfect's "has been") says what is yet to be done; its subject is what, no one who, spoke.
  const infinitive = tokens[first - 1];
  if (vocab.passiveAuxiliary(infinitive) && !vocab.auxiliary(infinitive) && vocab.auxiliary(tokens[first - 2])) return null;
  const subject = reader.clauseSubject(first);
  if (!subject || vocab.determiner(tokens[subject.to]) || tokens.slice(subject.to, first).some((t) => vocab.cue(t) || vocab.complementizer(t))) return null;
  const to = Math.max(subject.to, verbStart(tokens, first, vocab));
  // "Still, none of the scholars …": an opening adverb and its comma are no part of the subject.
  const from = tokens[subject.to]?.text === "," && reader.isOpeningAdverb(subject) ? subject.to + 1 : subject.from;
  return { from, to };
}

/**
 * "Saturday at the party convention Sen. Ann Hale said": an English phrase read back from the cue that sits in an opening
 * circumstance (no comma after it) ends in the subject's name; the word before the name is no role ("convention", not
 * "aide Huma Abedin").
 */
function nameAfterCircumstance(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const from = capitalRunStart(tokens, p.from + 1, p.to);
  const name = { from, to: p.to };
  return from < p.to && reader.isName(name) && !isCapitalised(tokens[from - 1]) && !vocab.speakerNoun(tokens[from - 1]!) && !statesPlace(tokens, from) ? name : null;
}

/** "in Columbus, Ohio, said": a name after a capitalised place and its comma is the place's state, not someone speaking. */
function statesPlace(tokens: readonly Token[], name: number): boolean {
  return tokens[name - 1]?.text === "," && isCapitalised(tokens[name - 2]);
}

/**
 * "At an event in Ames, Iowa, on Sunday, Lee …, saying": a subject read right after a capitalised place and its comma is
 * the place's state (statesPlace); the subject is the first phrase after it, past circumstances set off by commas, that
 * opens with no preposition.
 */
function pastState(tokens: readonly Token[], subject: Phrase | null, before: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  if (!subject || !statesPlace(tokens, subject.from)) return subject;
  for (let k = subject.to; k < before; k++) {
    if (tokens[k]!.text !== "," || vocab.link(tokens[k + 1])) continue;
    const next = reader.forward(k + 1);
    if (next && next.to < before) return next;
  }
  return subject;
}

/** "reporters", "the crowd", "his aides" before a preposition, an adverb, "that" or a pause: a noun the phrase reader leaves unread. */
export function bareAddressee(tokens: readonly Token[], j: number, vocab: AttributionVocabulary): Phrase | null {
  const k = vocab.determiner(tokens[j]) || vocab.possessive(tokens[j]) ? j + 1 : j;
  const noun = tokens[k];
  // "asked when the talks would resume": a question word opens what was asked, whom it was asked of is none.
  if (!noun?.word || isCapitalised(noun) || vocab.stopword(noun) || vocab.cue(noun) || vocab.pronoun(noun) || vocab.questionWord(noun)) return null;
  // "told a news conference.", "told a regular news briefing in Beijing on Monday that …": after an article a gathering
  // (`audience-nouns`) heads a few plain words, up to a pause, "that", a time or a place.
  let head = k;
  while (k > j && head < k + MAX_BARE_SUBJECT - 1 && plainWord(tokens[head + 1], vocab)) head++;
  if (head > k) {
    const end = vocab.audienceNoun(tokens[head]) && plainWord(noun, vocab) ? addresseeEnd(tokens, head + 1, vocab) : -1;
    return end > head ? { from: j, to: end } : null;
  }
  const next = tokens[head + 1];
  // "told reporters the deal was close", "told reporters he thought …": an article or a pronoun after the noun opens the
  // clause of what was said, its subject; so does a bare noun a modal or an auxiliary follows within a few words ("told
  // analysts supply constraints would ease").
  const clause = vocab.determiner(next!) || vocab.personalPronoun(next!) || (!vocab.questionWord(noun) && bareSubjectAt(tokens, head + 1, vocab));
  if (next?.word && !(circumstantial(next, vocab) || vocab.circumstancePreposition(next) || vocab.complementizer(next) || clause)) return null;
  // "told the crowd in Ohio": a place named after a lone noun is the phrase reader's.
  if (head === k && next && (vocab.link(next) || vocab.placeLink(next)) && isCapitalised(tokens[head + 2]) && !vocab.adverbial(tokens[head + 2]!)) return null;
  return { from: j, to: head + 1 };
}

/**
 * Where whom something was told to ends, its words ending before `at`: there, before a pause, "that" or a time ("on
 * Monday", "yesterday"); after the place named there ("in Beijing.", "in Berlin that …"); -1 before anything else.
 */
function addresseeEnd(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  const t = tokens[at];
  const time = vocab.calendarName(tokens[at + 1]) || vocab.timeNoun(tokens[at + 1]);
  const place = time ? -1 : placeNameEnd(tokens, at, vocab);
  if (place > 0) return addresseeEnd(tokens, place, vocab) >= 0 ? place : -1;
  if (vocab.circumstancePreposition(t)) return time ? at : -1;
  return !t?.word || vocab.complementizer(t) || vocab.calendarName(t) || vocab.timeNoun(t) || vocab.adverbial(t) ? at : -1;
}

/** A lowercase word that may stand in a noun phrase: no function word, cue, verb form or adverb. */
function plainWord(t: Token | undefined, vocab: AttributionVocabulary): boolean {
  return !!t?.word && isLowercase(t) && !vocab.stopword(t) && !vocab.cue(t) && !vocab.pastForm(t) && !vocab.adverbial(t) && !vocab.modal(t) && !vocab.auxiliary(t);
}

/** The words of a bare subject a clause may open with before its modal or auxiliary: "supply constraints would". */
const MAX_BARE_SUBJECT = 3;

/** Lowercase words from `at` up to a modal or an auxiliary within a few words: the bare subject of a clause. */
function bareSubjectAt(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  for (let k = at; k < at + MAX_BARE_SUBJECT + 1 && tokens[k]?.word; k++) {
    const t = tokens[k]!;
    if (k > at && (vocab.modal(t) || vocab.auxiliary(t))) return true;
    if (!isLowercase(t) || vocab.stopword(t) || vocab.cue(t) || vocab.pastForm(t) || vocab.adverbial(t)) return false;
  }
  return false;
}

/** What follows the cue (and its addressee) opens with a preposition or an adverb, and no "that" or pause opens a statement in it. */
function circumstanceAfter(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): boolean {
  const at = reading.addressee ? reading.addressee.to : reading.last + 1;
  const t = tokens[at];
  if (!t || !circumstantial(t, vocab) || vocab.complementizer(t) || vocab.infinitiveMarker(t) || opensClauseAfterVerb(tokens, at, vocab)) return false;
  for (let i = at; i < statementEnd(tokens); i++) if (vocab.complementizer(tokens[i]!) || COLON_OR_COMMA.has(tokens[i]!.text)) return false;
  return true;
}

/** A preposition or an adverb: a word that opens a phrase of time, place or manner ("in", "at", "later"). */
function circumstantial(t: Token, vocab: AttributionVocabulary): boolean {
  return vocab.link(t) || vocab.placeLink(t) || vocab.adverbial(t);
}

/** "The vote is close" is a clause of its own; "Through a spokesman", "Like President Obama" are phrases. */
const MIN_CLAUSE = 4;

/** Words an English relative pronoun may stand apart from its verb by: "Delgado, who has on occasion described …". */
const MAX_RELATIVE_GAP = 6;

/**
 * The phrase a relative pronoun at `relative` stands for, over the comma or dash before it ("Growers in the valley, who …",
 * "Clinton — who’s called for …"), and in English over a participle's time after its noun ("a state audit released last
 * week, which found …" is the audit's).
 */
export function antecedentOf(tokens: readonly Token[], relative: number, reader: PhraseReader, vocab: AttributionVocabulary): Phrase | null {
  const end = SET_OFF.has(tokens[relative - 1]?.text ?? "") ? asideOpening(tokens, relative - 1) : relative;
  if (vocab.marksIndirectSpeech) return reader.backward(end);
  let k = end - 1;
  while (k > 0 && (vocab.timeNoun(tokens[k]!) || vocab.calendarName(tokens[k]) || vocab.adverbial(tokens[k]!))) k--;
  const participle = k < end - 1 && isLowercase(tokens[k]) && vocab.pastForm(tokens[k]!);
  const read = (participle ? reader.backward(k) : null) ?? reader.backward(end);
  // Set off by its comma or dash only: "money from people who listed themselves as teachers" restricts, and says nothing.
  return read && end < relative ? peopleAfterMatter(tokens, read, vocab) : read;
}

/**
 * "The firm faced criticism from regulators in Europe, who …", "The plan drew fire from Democrats, who said …": in English
 * the phrase read back for a relative pronoun set off after it starts after the last lowercase verb in it, and after the
 * link that follows lowercase words naming no one, the matter ("criticism from"); "the head of the agency, who …" stays whole.
 */
function peopleAfterMatter(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): Phrase {
  let from = p.from;
  for (let i = p.to - 1; i > p.from; i--) {
    // An adjective in "-ed" after an article is none: "a distinguished professor of history".
    if (isLowercase(tokens[i]) && (vocab.pastForm(tokens[i]!) || vocab.auxiliary(tokens[i])) && !vocab.determiner(tokens[i - 1]!)) {
      from = i + 1;
      break;
    }
  }
  // The matter is lowercase words naming no one and counting no one ("a professor of history", "four in 10", "some of them" stay).
  const matter = (t: Token) => isLowercase(t) && !vocab.link(t) && !vocab.determiner(t) && !vocab.speakerNoun(t) && !vocab.roleNoun(t) && !vocab.numeral(t) && !vocab.quantifier(t);
  let link = from;
  while (link < p.to - 1 && matter(tokens[link]!)) link++;
  if (link > from && link < p.to - 1 && vocab.link(tokens[link]!)) from = link + 1;
  return from === p.from || from >= p.to ? p : { from, to: p.to };
}

/**
 * "candidates — like Ann Lee — who say …": a dash at `mark` closing an aside (the second of its kind in the sentence) stands
 * after the aside; what a relative pronoun after it stands for comes before the aside's opening dash.
 */
function asideOpening(tokens: readonly Token[], mark: number): number {
  const dash = tokens[mark]!.text;
  if (dash === ",") return mark;
  const before = tokens.slice(0, mark).flatMap((t, k) => (t.text === dash ? [k] : []));
  return before.length % 2 === 1 ? before.at(-1)! : mark;
}

/**
 * "Jonas Weber, der der Regierung vorwarf, …": the antecedent of the German relative pronoun at `at` whose clause the
 * verb-final cue ending at `last` closes at a comma, or null.
 */
function relativeAntecedent(tokens: readonly Token[], at: number, last: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  return reader.relativePronounAt(at) && commaAfterCue(tokens, last, vocab) ? antecedentOf(tokens, at, reader, vocab) : null;
}

/**
 * "Delgado, who has on occasion described", "Ferreira, who in three prior rulings had made clear", "the committee, who, in
 * a radio interview Monday, criticized": a relative pronoun after a comma, a few words of circumstance before the verb.
 */
function relativeBefore(tokens: readonly Token[], end: number, vocab: AttributionVocabulary): number {
  if (vocab.marksIndirectSpeech) return -1;
  for (let k = end - 2; k > 0 && k >= end - MAX_RELATIVE_GAP; k--) {
    const t = tokens[k]!;
    // "which local radio stations claimed": a phrase opening the relative clause is its subject, the pronoun its object.
    if (vocab.relative(t)) return tokens[k - 1]!.text === "," && opensCircumstance(tokens[k + 1], vocab) ? k : -1;
    if (QUOTE_MARKS.test(t.text) || vocab.cue(t)) return -1;
  }
  return -1;
}

/** A pause, a preposition, an auxiliary or an adverb: what stands between a relative pronoun and its verb when the pronoun is the subject. */
function opensCircumstance(t: Token | undefined, vocab: AttributionVocabulary): boolean {
  return !!t && (t.text === "," || circumstantial(t, vocab) || vocab.auxiliary(t) || vocab.passiveAuxiliary(t));
}

/** The words before the comma are a clause of their own, not an opening phrase of place, time or manner ("On Monday, …", "Asked why, …"). */
function opensStatement(tokens: readonly Token[], end: number, vocab: AttributionVocabulary): boolean {
  const first = tokens[0]!;
  if (end < MIN_CLAUSE || circumstantial(first, vocab) || vocab.conjunction(first) || vocab.cue(first)) return false;
  return !participleOpening(tokens, vocab) && !vocab.timeNoun(tokens[end - 1]!);
}

/**
 * "Speaking to reporters, …": a participle opens the sentence; not a name in its shape before its verb ("Boeing will cut
 * jobs, …", "Beijing has said …").
 */
function participleOpening(tokens: readonly Token[], vocab: AttributionVocabulary): boolean {
  return vocab.participle(tokens[0]!) && !(tokens[1] && knownVerb(tokens[1], vocab));
}

/** An auxiliary, a modal, a past form or a cue: a word the vocabularies know as a verb. */
function knownVerb(t: Token, vocab: AttributionVocabulary): boolean {
  return vocab.auxiliary(t) || vocab.modal(t) || vocab.pastForm(t) || vocab.cue(t);
}

/**
 * "Bislang werden 325 km/h als Höchstgeschwindigkeit angegeben", "Dem Mitbegründer werden Kriegsverbrechen vorgeworfen",
 * "Zuvor war in Medien davon berichtet worden": a German participle cue in the passive, its agent unnamed, has no subject
 * before it in its clause (from `start`); what stands there was said, or said of. "werden" makes the future too ("Die
 * Behörden werden die Zahl morgen angeben"): in the present only where no phrase naming someone opens the clause.
 */
function passiveWithoutAgent(tokens: readonly Token[], start: number, first: number, last: number, vocab: AttributionVocabulary, reader: PhraseReader): boolean {
  if (!vocab.marksIndirectSpeech || !vocab.passiveParticiple(tokens[first]!)) return false;
  if (passiveAfterParticiple(tokens, first, last, vocab)) return true;
  const auxiliary = tokens.slice(start, first).findIndex((t) => vocab.passiveAuxiliary(t));
  if (auxiliary < 0) return false;
  if (vocab.preteriteShape(tokens[start + auxiliary]!)) return true;
  const opening = reader.forward(start);
  return !opening || opening.to > start + auxiliary || vocab.objectArticle(tokens[opening.from]!) || !namesSomeone(tokens, opening, vocab, reader);
}

/**
 * "…, dessen Rücktritt von den Demonstranten gefordert wird": German "von" also links a noun's origin, so the phrase read
 * back from a verb-final passive may hold the agent's marker after its first word; the phrase after it is the agent where
 * it names people by a role or their shape ("der Bruch von Deichen befürchtet wurde" names none).
 */
function agentInsidePhrase(tokens: readonly Token[], phrase: Phrase, cue: number, vocab: AttributionVocabulary): { speaker: Phrase; reporter: null } | null {
  if (!passiveAfterParticiple(tokens, cue, cue, vocab)) return null;
  let marker = phrase.to - 1;
  while (marker > phrase.from && !vocab.passiveAgent(tokens[marker]!)) marker--;
  const agent = { from: marker + 1, to: phrase.to };
  const people = marker > phrase.from && (hasSpeakerNoun(tokens, agent, vocab) || namesPeopleByShape(tokens, headOf(tokens, agent, vocab), vocab));
  return people ? { speaker: agent, reporter: null } : null;
}

/**
 * "…, da sie bestätigt wurde", "…, der seit Jahren gefordert wird", "war berichtet worden": a German participle cue with a
 * passive auxiliary after it; its subject, pronoun or phrase, is what was said or said of, and nobody spoke but an agent.
 */
function passiveAfterParticiple(tokens: readonly Token[], first: number, last: number, vocab: AttributionVocabulary): boolean {
  return vocab.marksIndirectSpeech && vocab.passiveParticiple(tokens[first]!) && tokens.slice(first + 1, last + 2).some((t) => vocab.perfectPassive(t) || vocab.passiveAuxiliary(t));
}

/**
 * "Der Kreml hat Berichte über ein Treffen zwischen Putin und Trump dementiert": a phrase read back from the participle
 * deep in the middle field is the object where a phrase naming someone opens the clause right before its finite
 * auxiliary; that phrase is the subject. Else null.
 */
function subjectBeforeAuxiliary(tokens: readonly Token[], start: number, p: Phrase, first: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  if (!vocab.passiveParticiple(tokens[first]!)) return null;
  const auxiliary = tokens.findIndex((t, k) => k > start && k < p.from && vocab.auxiliary(t));
  // (One clause: no comma between the auxiliary and the phrase.)
  if (auxiliary < 0 || tokens.slice(auxiliary + 1, p.from).some((t) => t.text === ",")) return null;
  const subject = reader.backward(auxiliary);
  return subject && subject.from === start && !reader.isOpeningAdverb(subject) && namesSomeone(tokens, subject, vocab, reader) ? subject : null;
}

/**
 * "Einen Tag vor dem Gipfel äußert sich Moskau", "In einem Telefonat während des Gipfels erklärte Trump":
 * a phrase opened by an object article, naming a time, or in a clause that opens with a preposition is
 * fronted, and the subject follows the verb. "Putin habe seine Bereitschaft erklärt": a possessive phrase
 * between an auxiliary and its participle is the object; the phrase before the auxiliary is the subject.
 */
function subjectOrNull(tokens: readonly Token[], p: Phrase, first: number, last: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  let start = p.from;
  while (start > 0 && tokens[start - 1]!.text !== ",") start--;
  if (passiveWithoutAgent(tokens, start, first, last, vocab, reader)) return null;
  // "Bereits während ihrer Amtszeit warnte Brakemeier": focus particles before the fronted phrase.
  const open = reader.pastFocusParticles(start, p.from);
  const opener = tokens[open]!;
  // "Ende März verkündete der Verein", "Wenige Tage nach der Flut erklärte der Landrat": a time named by the first two words.
  const time = vocab.timeNoun(opener) || vocab.timeNoun(tokens[open + 1]);
  // "Als Grund gab die Stadt an": a phrase after a subordinating conjunction, the finite verb right after it, is fronted.
  const predicative = start < p.from && vocab.conjunction(opener) && !vocab.coordinator(opener) && p.to === last;
  // "Der örtlichen Zeitung sagte Haldor", "Der Polizei sagte Haldor": dative or genitive, never a subject.
  const oblique = opensOblique(tokens, open, vocab);
  const fronted = time || predicative || oblique || vocab.objectArticle(opener) || (open < p.from && vocab.preposition(opener) && !vocab.conjunction(opener));
  // Only where a phrase follows the verb to be its subject: "Nach Angaben der Polizei sei …" keeps its source.
  if (fronted && reader.forward(pastAdverbs(tokens, last + 1, tokens.length, vocab))) return null;
  // "Insgesamt spricht die Polizei von …", "Unterdessen verlangen die Grünen, dass …": an adverb opens the clause, the subject follows the verb.
  // "Insbesondere kritisiert wird, dass …": nor before a cue and its passive auxiliary, whose agent never opens the clause.
  if (reader.isOpeningAdverb(p) && (phraseAfterVerb(tokens, last, vocab, reader) || vocab.passiveAuxiliary(tokens[first + 1]))) return null;
  // "Besorgt äußerte sich Irma Falkner", "Eine Schließung bezeichnete Hollwede als …": the finite cue second, a fronted
  // phrase naming nobody before it, a named speaker after it, or inside a cue of several words ("Des Weiteren verwies Brakemeier darauf").
  if (start === p.from && !vocab.auxiliary(tokens[p.to]) && !namesSpeaker(tokens, headOf(tokens, p, vocab), vocab, reader) && (speakerAfterVerb(tokens, last, vocab, reader) || (last > first && speakerAfterVerb(tokens, first, vocab, reader)))) return null;
  if (!vocab.auxiliary(tokens[p.from - 1])) return subjectBeforeAuxiliary(tokens, start, p, first, vocab, reader) ?? p;
  // "Er hat Neuwahlen gefordert", "Diese hatte Anschläge angekündigt": a pronoun opening the clause right before the
  // auxiliary is its subject; the phrase after it in the middle field is the object. Not an impersonal "es", nor a
  // demonstrative before a phrase its article opens, which stands for what was said ("Dies hat der Sprecher bestätigt").
  const pronoun = tokens[p.from - 2];
  const standsAlone = (vocab.pronoun(pronoun) && !vocab.impersonal(pronoun)) || (vocab.demonstrative(pronoun) && !vocab.anaphor(pronoun) && !vocab.determiner(tokens[p.from]));
  if (p.from - 2 === reader.pastFocusParticles(start, p.from - 2) && standsAlone) return { from: p.from - 2, to: p.from - 1 };
  const subject = reader.backward(p.from - 1);
  // "Als Minister hat Berg gesagt": a phrase after a conjunction, the finite auxiliary right after it, opens no clause of
  // its own (a subordinate clause ends in its verb); it is a fronted predicative, no subject.
  if (subject && vocab.conjunction(tokens[subject.from - 1]) && !vocab.coordinator(tokens[subject.from - 1]!)) return p;
  // "Der Vorsitzende im Landtag, Jan Berg, hatte Lenz aufgefordert": a name set off after the subject's attributes closes it.
  // "Selbst die Zeitung hatte …": focus particles may stand before it.
  const opens = subject && (reader.startsClause(subject) || reader.pastFocusParticles(0, subject.from) === subject.from);
  // "Die Arbeit sei gut, hatte Koch damals gesagt": a clause in the Konjunktiv before the comma is what was said, and the
  // subject follows the auxiliary (see endBeforeComma).
  const reported = tokens[p.from - 2]?.text === "," && hasSubjunctive(tokens, 0, p.from - 2, vocab);
  const opening = opens ? subject : tokens[p.from - 2]?.text === "," && !reported ? reader.clauseSubject(p.from - 1) : null;
  // "Die Zeitung hatte letzten September kritisiert": a time between the auxiliary and the participle is no subject; nor
  // is an object ("Die Gäste hatten den Rücktritt des Wirts gefordert").
  if (vocab.possessive(tokens[p.from]!) || vocab.objectArticle(tokens[p.from]!) || vocab.timeNoun(tokens[p.to - 1]!)) return opening;
  // "Ein Landgericht hat die Plattform Mastodon aufgefordert": a phrase in the middle field is the object when
  // someone opens the clause before the auxiliary.
  return opening && namesSomeone(tokens, opening, vocab, reader) ? opening : p;
}

/**
 * "Trump said …, adding that …" / "Trump attacked the plan, saying …": a participle's speaker is the
 * speaker of the cue before it in the sentence, whose statement ends at the participle, else the clause's subject.
 */
export function speakerOfParticiple(tokens: readonly Token[], readings: readonly CueReading[], vocab: AttributionVocabulary, reader: PhraseReader): void {
  readings.forEach((r, k) => {
    if (!vocab.participle(tokens[r.first]!)) return;
    const quoted = quotedObject(tokens, r.first, vocab);
    if (quoted) {
      r.speaker = quoted;
      return;
    }
    // "…, with Peskov saying that …": an absolute clause names the participle's own subject; opening the sentence it ends at
    // its comma ("With aides saying the race was lost, Lee quit").
    const own = absoluteSubject(tokens, r.first, vocab, reader);
    if (own) {
      r.speaker = own;
      const opening = own.from === 1 ? openingParticiple(tokens, r, reader) : null;
      if (opening) r.content = opening.content;
      return;
    }
    if (r.speaker) return;
    const opening = opensSentence(tokens, r.first, vocab) ? openingParticiple(tokens, r, reader) : null;
    if (opening) {
      [r.speaker, r.content] = [opening.speaker, opening.content];
      return;
    }
    const main = readings.slice(0, k).reverse().find((m) => m.speaker && m.last < r.first);
    // "Rubio said that Trump was mocking the wall", "Lee is thanking the volunteers": a progressive is its clause's
    // verb, the subject before it speaks, and a statement around it goes on over it. Outside another's statement
    // only a subject that names a speaker makes it a speech act ("The storm was slamming into the coast").
    // "critics had been predicting": over the auxiliaries before it.
    let verb = r.first;
    while (verb > 1 && (vocab.passiveAuxiliary(tokens[verb - 1]) || vocab.auxiliary(tokens[verb - 1]))) verb--;
    // "The senator was caught saying that …": after a passive's participle too.
    const subject = vocab.passiveAuxiliary(tokens[r.first - 1]) ? reader.backward(verb) : afterPassiveParticiple(tokens, r.first, vocab) ? passiveSubject(tokens, r.first, vocab, reader) : null;
    const inside = !!main?.content && main.content.from < r.first && r.first < main.content.to;
    if (subject && (inside || namesSpeaker(tokens, subject, vocab, reader))) {
      r.speaker = subject;
      return;
    }
    // "The city is seeking funds from the state": where the sentence gives no other speaker, the progressive's subject speaks.
    r.speaker = main?.speaker ?? pastState(tokens, reader.clauseSubject(r.first), r.first, vocab, reader) ?? subject;
    // "…, calling it a start and suggesting that …": the pause or the conjunction before the participle ends the statement before it.
    // Right after a word ("responded to the tweet by calling it “dopey”") the participle is part of the statement's own
    // phrase, which runs on over it; a statement of one word before it is cut and joined to the participle's cue
    // ("responded by saying", mergeCutStatements).
    const end = endBefore(tokens, r.first, vocab);
    if (end === r.first && tokens[r.first - 1]?.word && main?.content && r.first - main.content.from > 1) return;
    if (main?.content && main.content.from < end && main.content.to > end) main.content = { from: main.content.from, to: end };
  });
}

/**
 * "…, with Peskov saying …": the phrase between an absolute clause's opener (`absolute-openers`), opening the sentence or
 * after a comma, and its participle, or null ("met with reporters saying …" opens none).
 */
function absoluteSubject(tokens: readonly Token[], participle: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const subject = reader.backward(participle);
  const opener = subject ? subject.from - 1 : -1;
  if (!subject || subject.to !== participle || !vocab.absoluteOpener(tokens[opener])) return null;
  return opener === 0 || tokens[opener - 1]?.text === "," ? subject : null;
}

/**
 * "Am Abend sprach der Minister von einem Erfolg": the subject after a verb whose topic a preposition opens
 * (`topic-verbs`, `topic-prepositions`) ends before the last such preposition in it ("sprach Petra Pau von der
 * Linksfraktion von einem Erfolg" is Petra Pau's, the party's attribute lost rather than the topic taken in).
 */
export function beforeTopic(tokens: readonly Token[], verb: number, p: Phrase, vocab: AttributionVocabulary): Phrase {
  if (!vocab.topicVerb(tokens[verb])) return p;
  for (let k = p.to - 1; k > p.from; k--) if (vocab.topicPreposition(tokens[k]!)) return { from: p.from, to: k };
  return p;
}

/**
 * "Am Freitag hatte Jana Roth den Mitarbeitern erklärt, …": in the middle field of an inverted perfect an article
 * that links nothing opens the object after the subject ("der Sprecher der Polizei" goes on over its link).
 */
function subjectBeforeObject(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): Phrase {
  for (let k = p.from + 1; k < p.to - 1; k++) {
    if (vocab.determiner(tokens[k]!) && !vocab.link(tokens[k]!) && !vocab.link(tokens[k - 1]!)) return { from: p.from, to: k };
  }
  return p;
}

/**
 * Asides inside a clause: whom a citing participle after a cue names (citedInAside), where a participle after the
 * subject ends (closedBeforeVerb), where a relative clause after it ends (closedRelativeClause).
 */
export function readParticipleAsides(tokens: readonly Token[], readings: readonly CueReading[], vocab: AttributionVocabulary): void {
  for (const r of readings) {
    citedInAside(tokens, r, readings, vocab);
    closedBeforeVerb(tokens, r, readings, vocab);
    closedRelativeClause(tokens, r, readings, vocab);
  }
}

/**
 * "A diplomat who asked not to be named told AFP the deal was dead": what a relative clause holds ends before the verb of
 * the clause around it, whose subject is the relative pronoun's antecedent ("…, who asked not to be named, said …": at its comma).
 */
function closedRelativeClause(tokens: readonly Token[], r: CueReading, readings: readonly CueReading[], vocab: AttributionVocabulary): void {
  const { content, speaker } = r;
  if (r.relative === null || !content || !speaker) return;
  // "Clinton — who has called for higher taxes — lambasted the plan": a clause set off by dashes closes at the second.
  const dash = tokens[r.relative - 1]?.text ?? "";
  const closingDash = dash !== "," && SET_OFF.has(dash) ? tokens.findIndex((t, k) => k > r.last && k < content.to && t.text === dash) : -1;
  if (closingDash > 0) {
    r.content = { from: content.from, to: closingDash };
    return;
  }
  const verb = readings.find((m) => m.relative === null && m.first > r.last && m.first < content.to && m.speaker?.from === speaker.from);
  if (!verb) {
    // "Ann Ruiz, a lawyer who argued three cases before the court, died Saturday": set off after its antecedent, the
    // clause closes at the comma before a past form with no subject of its own, the verb of the clause around it; so
    // before an auxiliary or a modal ("the emails, which showed that a witness was promised leniency, should have …"). It
    // is the clause's first comma: not the one right after the cue, closing an attribution set off inside ("which, his
    // advisers believe, would …"), nor one closing an aside in what was said ("who suggested that Lee, under fire, would …").
    const setOff = tokens.slice(0, r.relative).some((t) => t.text === ",");
    const comma = setOff ? tokens.findIndex((t, k) => k > r.last + 1 && k < content.to && t.text === ",") : -1;
    const next = tokens[comma + 1];
    const close = comma > 0 && isLowercase(next) && opensPredicate(next, vocab) ? comma : -1;
    if (close > 0) r.content = { from: content.from, to: close };
    return;
  }
  // "Lee, who coined the term, once said": set off by commas, the clause closes at its comma.
  const start = verbStart(tokens, verb.first, vocab);
  let close = start - 1;
  while (close > r.last && tokens[close]!.text !== ",") close--;
  // "who called the plan “reckless,” said": a closing mark after the comma is the quotation's.
  const mark = closingMarkAt(tokens, close + 1);
  const end = close <= r.last ? endBefore(tokens, start, vocab) : mark ? close + 1 + mark : close;
  r.content = { from: content.from, to: end };
}

/**
 * "The Journal, citing internal documents, reported that …": a participle set off after its subject holds what it names
 * up to the comma before the subject's own verb, as annotated, not the main clause after it; a citing one naming a speaker
 * passes it to that verb ("The Journal, citing officials, reported …" is officials → the Journal).
 */
function closedBeforeVerb(tokens: readonly Token[], r: CueReading, readings: readonly CueReading[], vocab: AttributionVocabulary): void {
  const { content, speaker } = r;
  if (!content || !speaker || !vocab.participle(tokens[r.first]!) || tokens[r.first - 1]?.text !== "," || speaker.to !== r.first - 1) return;
  const verb = readings.find((m) => m.first > content.from && m.first < content.to && tokens[m.first - 1]?.text === "," && m.speaker?.from === speaker.from);
  if (!verb) return;
  r.content = { from: content.from, to: verb.first - 1 };
  // The subject before the aside speaks, without it ("Lee, citing data from the bureau, said" is Lee's).
  verb.speaker = speaker;
  // "RIA, citing a source in the ministry, reported …": whom a citing participle names comes first in the verb's chain.
  if (vocab.citing(tokens[r.first]) && citesSomeone(tokens, r.content, vocab)) (verb.cited ??= []).push(r.content);
}

/**
 * "Reuters reported, citing diplomats, that …": a citing participle (`citing-participles`) set off right after the cue
 * names whom the speaker cites, first in the chain (diplomats → Reuters); what was said follows the aside's closing comma.
 */
function citedInAside(tokens: readonly Token[], r: CueReading, readings: readonly CueReading[], vocab: AttributionVocabulary): void {
  const { content } = r;
  if (content && r.speaker && content.to < r.first) return citedClosing(tokens, r, readings, vocab);
  if (content && r.speaker) citedAround(tokens, r, readings, vocab);
  if (!content || !r.speaker || tokens[content.from - 1]?.text !== "," || !vocab.citing(tokens[content.from])) return;
  const cited = citedUpToComma(tokens, content.from + 1, content.to, vocab);
  if (!cited) return;
  (r.cited ??= []).push(cited);
  r.content = { from: cited.to + 1, to: content.to };
  // The participle's own reading holds whom it cites, as annotated ("citing" with "diplomats").
  const aside = readings.find((m) => m.first === content.from);
  if (aside?.content) aside.content = cited;
}

/**
 * "The firm is for sale, Bloomberg reported, citing unnamed sources.": a citing participle closing the sentence after the
 * attribution names whom the speaker cites, first in the chain (sources → Bloomberg); its own reading holds them. So it
 * does after the cue's adverbs of time: "…, the Journal reported on Tuesday, citing people familiar with the matter."
 */
function citedClosing(tokens: readonly Token[], r: CueReading, readings: readonly CueReading[], vocab: AttributionVocabulary): void {
  let after = Math.max(r.last, r.speaker!.to - 1) + 1;
  while (tokens[after]?.word && vocab.adverbial(tokens[after]!)) after++;
  const aside = readings.find((m) => m.first === after + 1 && tokens[after]?.text === "," && vocab.citing(tokens[m.first]));
  if (aside?.content && aside.content.from === aside.first + 1 && citesSomeone(tokens, aside.content, vocab)) (r.cited ??= []).push(aside.content);
}

/**
 * "Citing two officials, Axios reported that …", "Axios reported that …, citing two officials.": a citing participle
 * opening the sentence before the speaker, or closing it after what was said, names whom the speaker cites, first in
 * the chain (officials → Axios); its own reading holds them.
 */
function citedAround(tokens: readonly Token[], r: CueReading, readings: readonly CueReading[], vocab: AttributionVocabulary): void {
  const { content, speaker } = r;
  const opening = vocab.citing(tokens[0]) ? citedUpToComma(tokens, 1, tokens.length, vocab) : null;
  if (opening && opening.to + 1 === speaker!.from) (r.cited ??= []).push(opening);
  const closing = tokens[content!.to]?.text === "," ? readings.find((m) => m.first === content!.to + 1 && vocab.citing(tokens[m.first])) : undefined;
  const cited = closing?.content;
  // "citing people familiar with the matter."; not a reason: "citing her “long experience,” …", "citing Canada's efforts to lure …".
  const named = cited && cited.to - cited.from <= MAX_CITED && tokens.slice(cited.from, cited.to).every((t) => t.word);
  if (named && cited.from === closing.first + 1 && cited.to >= statementEnd(tokens) && citesSomeone(tokens, cited, vocab)) (r.cited ??= []).push(cited);
}

/** "citing a senior official in the ministry": whom a citing participle names is a few words. */
const MAX_CITED = 7;

/**
 * Whom a citing aside names, from `from` up to the comma closing it, where what was said follows before `end`; only a
 * speaker's phrase ("citing diplomats", "which cited unnamed officials"; not "citing low growth, unemployment and …").
 */
export function citedUpToComma(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary): Phrase | null {
  let comma = from;
  while (comma < end && tokens[comma]!.word) comma++;
  const cited = { from, to: comma };
  return tokens[comma]?.text === "," && comma > from && end - comma >= 3 && citesSomeone(tokens, cited, vocab) ? cited : null;
}

/** "diplomats", "RIA Novosti", "the Associated Press": a speaker's phrase or a name, past its article, that a citing word names. */
function citesSomeone(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const from = vocab.determiner(tokens[p.from]) ? p.from + 1 : p.from;
  return hasSpeakerNoun(tokens, p, vocab) || (from < p.to && tokens.slice(from, p.to).every((t) => isCapitalised(t)));
}

/**
 * "quoted a witness as saying …": the first participle in tokens [from, to), or -1 where a mark or the end comes first
 * (a quoting verb's object and its participle stand in one run of words).
 */
export function quotingParticiple(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): number {
  for (let k = from; k < to && tokens[k]!.word; k++) if (vocab.participle(tokens[k]!)) return k;
  return -1;
}

/**
 * "CNN quoted a witness as saying …": the quoting verb's object, one word before the participle, says it (the outlet's
 * statement holds it whole), or null.
 */
export function quotedObject(tokens: readonly Token[], participle: number, vocab: AttributionVocabulary): Phrase | null {
  for (let k = participle - 2; k >= 0 && participle - k <= MAX_QUOTED_OBJECT; k--) {
    if (!tokens[k]!.word) return null;
    if (vocab.quoting(tokens[k])) return k + 1 < participle - 1 ? { from: k + 1, to: participle - 1 } : null;
  }
  return null;
}

/**
 * "Der Minister nannte den Plan „…“ und rief die Armee auf, …": a German verb right after "und" shares the subject of the
 * cue before it in the sentence; a phrase read after it (but a pronoun: "und sagte er") is its object.
 */
export function speakerOfCoordinated(tokens: readonly Token[], readings: readonly CueReading[], vocab: AttributionVocabulary): void {
  if (!vocab.marksIndirectSpeech) return;
  readings.forEach((r, k) => {
    if (r.speaker || !vocab.coordinator(tokens[r.first - 1])) return;
    r.speaker = readings.slice(0, k).reverse().find((m) => m.speaker && m.last < r.first)?.speaker ?? null;
  });
}

/**
 * "Die Beobachter monieren Mängel, sprechen aber davon, dass …": a German verb right after the comma closing a main clause
 * that opens on its subject and its verb shares that subject.
 */
function coordinatedAfterComma(tokens: readonly Token[], subject: Phrase, verb: number, vocab: AttributionVocabulary): boolean {
  if (!vocab.marksIndirectSpeech || subject.from !== 0 || isCapitalised(tokens[subject.to])) return false;
  for (let k = subject.to; k < verb - 1; k++) if (!tokens[k]!.word || vocab.relative(tokens[k]) || vocab.subordinator(tokens[k]!)) return false;
  return true;
}

/**
 * "…, such as when Lee faulted Roe on taxes and called him timid": in English a verb after "and" shares the
 * subject of the past form before it in the clause, where that subject opens a clause of its own (a relative pronoun
 * heads none: "a club that has split off and endorsed Lee").
 */
function subjectOfVerbBefore(tokens: readonly Token[], and: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  if (vocab.marksIndirectSpeech || !vocab.coordinator(tokens[and])) return null;
  for (let k = and - 1; k > 0 && and - k <= MAX_COORDINATED_PREDICATE && tokens[k]!.word; k--) {
    if (!vocab.pastForm(tokens[k]!)) continue;
    const verb = vocab.auxiliary(tokens[k - 1]) ? k - 1 : k;
    const subject = reader.backward(verb);
    if (subject && subject.to === verb && reader.startsClause(subject)) return subject;
  }
  return null;
}

/**
 * "Nach der Sitzung war sich die Ärztin sicher, dass …", "kommt eine Studie des Amtes zu dem Ergebnis, dass …": in German
 * a cue of several words may hold its subject, a phrase with an article, right after its finite verb (and a reflexive);
 * read only where nothing else speaks, never after a passive auxiliary ("wird die Entscheidung damit begründet").
 */
function subjectInsideCue(tokens: readonly Token[], first: number, last: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  if (!vocab.marksIndirectSpeech || last <= first || vocab.passiveAuxiliary(tokens[first])) return null;
  const at = vocab.reflexive(tokens[first + 1]) ? first + 2 : first + 1;
  if (!vocab.determiner(tokens[at])) return null;
  const phrase = reader.forward(at);
  return phrase && phrase.to <= last ? phrase : null;
}

/**
 * "Den Plan kritisierte Berger und sagte, …": in German a clause opened by an object article has its subject after the
 * finite verb, which a coordinated cue shares; else the phrase opening the clause is its subject.
 */
function frontedObjectSubject(tokens: readonly Token[], opening: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  if (!vocab.marksIndirectSpeech || !vocab.objectArticle(tokens[opening.from]!)) return opening;
  const verb = tokens[opening.to];
  if (!verb?.word || isCapitalised(verb) || !speakerAfterVerb(tokens, opening.to, vocab, reader)) return null;
  return reader.forward(pastAdverbs(tokens, opening.to + 1, tokens.length, vocab));
}

/** "in a statement posted on Telegram": a participle at `at` after the medium a cue names, no cue of its own. */
export function appearedIn(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  // "said in a memo, seen by Reuters, that …": the participle may be set off.
  const end = tokens[at - 1]?.text === "," ? at - 1 : at;
  const [preposition, article, medium] = [tokens[end - 3], tokens[end - 2], tokens[end - 1]];
  return vocab.relayParticiple(tokens[at]) && (vocab.adverbial(medium) || mediumNoun(medium, vocab)) && vocab.determiner(article) && vocab.adverbial(preposition);
}

/** The participle saying where the medium ending before `at` appeared: at `at`, or after the comma there; else -1. */
function relayAt(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  if (appearedIn(tokens, at, vocab)) return at;
  return tokens[at]?.text === "," && appearedIn(tokens, at + 1, vocab) ? at + 1 : -1;
}

/** Where a statement running up to the cue at `first` ends: before the pause or the conjunction that opens the cue's clause. */
export function endBefore(tokens: readonly Token[], first: number, vocab: AttributionVocabulary): number {
  return tokens[first - 1]?.text === "," || vocab.conjunction(tokens[first - 1]) ? first - 1 : first;
}

/**
 * The subject before a relative clause that ends right before the verb, within a few words and no pause;
 * the clause opens with its verb ("who reviewed", "who have seen"), else the words after the pronoun are a subject.
 */
function antecedentBefore(tokens: readonly Token[], verb: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  // "The company that makes the drug, Novex, said": a name set off after a common noun before the verb names the
  // antecedent; the subject runs from it over the clause to the name. "Officials who reviewed the plan, including Ann Lee,
  // said", "A man who lives in Dayton, Ohio, said": an aside, or a state after a place, is read past.
  const setOff = setOffBefore(tokens, verb, vocab);
  if (setOff > 0) {
    const antecedent = antecedentBefore(tokens, setOff, vocab, reader);
    const apposition = isCapitalised(tokens[setOff + 1]) && isLowercase(tokens[setOff - 1]);
    return antecedent && apposition ? { from: antecedent.from, to: verb - 1 } : antecedent;
  }
  if (!tokens[verb - 1]?.word) return null;
  for (let k = verb - 2; k > 0 && verb - k <= MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k]!;
    if (!t.word) return null;
    const that = relativeThat(tokens, k, vocab);
    if (!that && (!vocab.relative(t) || vocab.determiner(t) || vocab.complementizer(t))) continue;
    // (Where "that" turns out to open no such clause, an earlier relative pronoun may: "A president who authorized the
    // raid that killed bin Laden and who hoped …".)
    const next = tokens[k + 1]!;
    if (!opensWithVerb(next, vocab)) {
      if (that) continue;
      return null;
    }
    // "someone who had to reject": the cue is the relative clause's own verb, not the main clause's.
    const ownVerbGroup = tokens.slice(k + 1, verb).every((w) => vocab.auxiliary(w) || vocab.passive(w) || vocab.verbAdverb(w) || vocab.stopword(w));
    if (ownVerbGroup) return null;
    const antecedent = reader.backward(k);
    // A "that" clause after a noun inside the sentence may complement it ("the fact that …"): only a plain noun phrase
    // opening the sentence is its antecedent.
    if (that && !(antecedent?.from === 0 && plainNounPhrase(tokens, antecedent, vocab))) continue;
    return antecedent && reader.startsClause(antecedent) ? antecedent : null;
  }
  return null;
}

/**
 * The comma opening a name of capitalised words (", Novex, said") or an aside (", including Ann Lee, said") set off right
 * before token `verb`, or -1.
 */
function setOffBefore(tokens: readonly Token[], verb: number, vocab: AttributionVocabulary): number {
  if (tokens[verb - 1]?.text !== ",") return -1;
  let k = verb - 2;
  while (k > 0 && verb - k <= MAX_SET_OFF && tokens[k]!.word) k--;
  const opener = tokens[k + 1];
  const name = tokens.slice(k + 1, verb - 1).every((t) => isCapitalised(t));
  return k < verb - 2 && tokens[k]!.text === "," && (name || vocab.aside(opener)) ? k : -1;
}

/** "The company that owns the paper said": in English "that" right after a noun is a relative pronoun too. */
function relativeThat(tokens: readonly Token[], k: number, vocab: AttributionVocabulary): boolean {
  const before = tokens[k - 1]!;
  return vocab.complementizer(tokens[k]) && !vocab.marksIndirectSpeech && before.word && !vocab.cue(before) && !vocab.pastForm(before) && !vocab.auxiliary(before) && !vocab.stopword(before);
}

/** No verb nor question word in it: "The little polling", not "How", nor "The announcement led some to speculate". */
function plainNounPhrase(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  if (vocab.questionWord(tokens[p.from])) return false;
  return !tokens.slice(p.from, p.to).some((w) => vocab.infinitiveMarker(w) || vocab.pastForm(w) || vocab.cue(w) || vocab.auxiliary(w));
}

/**
 * The relative clause opens with its verb: an auxiliary, a passive, a cue, an English adjective, or an English past form
 * or present in -s ("The judges who heard the case said …", "A man who lives nearby said …").
 */
function opensWithVerb(next: Token, vocab: AttributionVocabulary): boolean {
  if (vocab.auxiliary(next) || vocab.passive(next) || vocab.cue(next)) return true;
  return !vocab.marksIndirectSpeech && (vocab.adjective(next) || vocab.pastForm(next) || vocab.pluralShape(next));
}

/**
 * "…, said Dan Gerstein, a political analyst at the firm.": where a statement stands before an inverted
 * attribution, what follows the speaker's comma says who the speaker is; the statement is the clause before.
 */
function appositiveAfter(tokens: readonly Token[], reading: CueReading, subjectFirst: boolean, vocab: AttributionVocabulary): Phrase | null {
  const { content, speaker } = reading;
  if (!content || subjectFirst || !speaker || vocab.marksIndirectSpeech || tokens[reading.first - 1]?.text !== "," || reading.first - 1 < 2) return null;
  return tokens[content.from - 1]?.text === "," && speaker.to === content.from - 1 ? { from: 0, to: reading.first - 1 } : null;
}

/**
 * "Vice President Biden, Rubio said, had opposed the raid": a phrase set off before a subject that stands right before
 * its cue, the cue closed by a comma, is no appositive of the subject but the start of the statement the attribution
 * interrupts, from the sentence start; the subject is the words after the comma ("Ann Lee, a spokeswoman, said" has its
 * comma before the cue).
 */
function interruptingSubject(tokens: readonly Token[], reading: CueReading, subjectFirst: boolean, vocab: AttributionVocabulary): void {
  const { content, speaker } = reading;
  if (!content || !speaker || !subjectFirst || vocab.marksIndirectSpeech || tokens[content.from - 1]?.text !== "," || content.from - 2 !== reading.last) return;
  if (speaker.to > reading.first || tokens[reading.first - 1]?.text === ",") return;
  let comma = speaker.to - 1;
  while (comma > speaker.from && tokens[comma]!.text !== ",") comma--;
  if (comma === speaker.from) return;
  reading.speaker = { from: comma + 1, to: speaker.to };
  reading.content = { from: 0, to: content.to };
}

/**
 * "As Trump and Cruz lamented illegal immigration, Clinton spoke about jobs": a cue inside a subordinate clause opening the
 * sentence holds the words after it up to the clause's comma; the main clause after the comma is not what it says
 * ("As Lee told reporters, the plan is dead" has nothing of its own before the comma and comments on the main clause).
 */
function objectInOpeningClause(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const { content } = reading;
  const opener = tokens[0];
  if (!content || vocab.marksIndirectSpeech || !vocab.conjunction(opener) || vocab.coordinator(opener)) return null;
  // The clause's comma: before the content ("As Lee told reporters, …") or after its object ("As Lee lamented the tolls, …").
  const comma = tokens[content.from - 1]?.text === "," ? content.from - 1 : (reader.forward(content.from)?.to ?? -1);
  if (tokens[comma]?.text !== ",") return null;
  let from = reading.addressee && vocab.addresseeVerb(tokens[reading.first]!) ? reading.addressee.to : reading.last + 1;
  while (from < comma && vocab.adverbial(tokens[from]!)) from++;
  if (from >= comma || tokens.slice(from, comma).some((t) => !t.word)) return null;
  return { from, to: comma };
}

/** Attributes a medium's noun may have after its article: "a brief written statement". */
const MAX_MEDIUM_ATTRIBUTES = 2;

/**
 * At `from`, after a medium's article, up to two lowercase attributes and the medium's noun, a word the cue steps over
 * ("brief statement", "emailed statement", "lengthy interview"): the index after the noun, or -1.
 */
function pastMediumAttributes(tokens: readonly Token[], from: number, vocab: AttributionVocabulary): number {
  let k = from;
  const attribute = (t: Token | undefined) => !!t?.word && isLowercase(t) && !vocab.adverbial(t) && !vocab.determiner(t) && !vocab.cue(t) && !vocab.auxiliary(t) && !vocab.modal(t);
  while (k < from + MAX_MEDIUM_ATTRIBUTES && attribute(tokens[k])) k++;
  return k > from && vocab.adverbial(tokens[k]) && mediumNoun(tokens[k], vocab) ? k + 1 : -1;
}

/** "statement", "interview": a noun for the medium a cue's words were given in. */
const mediumNoun = (t: Token | undefined, vocab: AttributionVocabulary): boolean => !!t && (vocab.statementNoun(t) || vocab.interviewNoun(t) || (isLowercase(t) && vocab.document(t)));

/** The comma closing the clause of a past participle opening an English sentence ("Asked whether …, Kerr said"), or -1. */
export function openingParticipleComma(tokens: readonly Token[], vocab: AttributionVocabulary): number {
  const opener = tokens[0]!;
  if (vocab.marksIndirectSpeech || !vocab.cue(opener) || !vocab.pastForm(opener.text.toLowerCase())) return -1;
  return tokens.findIndex((t) => t.text === ",");
}

/** The comma closing the opening participle's clause a cue with content stands inside, or -1. */
function commaClosingCue(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): number {
  const comma = reading.content && reading.first > 0 ? openingParticipleComma(tokens, vocab) : -1;
  return comma > reading.last ? comma : -1;
}

/**
 * "Asked whether he believed Lee was lying, Kerr said: …": a cue inside the clause of a past participle opening the
 * sentence ("Asked" a cue of its own) says no more than the clause holds, up to its comma.
 */
function withinOpeningParticiple(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): Phrase | null {
  const comma = commaClosingCue(tokens, reading, vocab);
  const content = reading.content!;
  return comma >= 0 && content.from < comma && content.to > comma ? { from: content.from, to: comma } : null;
}

/** "Asked whether he had doubts, Kerr said: …": such a cue with nothing of its own before the comma says nothing at all. */
export function emptyInOpeningParticiple(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): boolean {
  const comma = commaClosingCue(tokens, reading, vocab);
  return comma >= 0 && reading.content!.from > comma;
}

/**
 * "The fix, the engineer told them, was cheap.": an attribution set off by commas inside the sentence
 * interrupts one statement, which runs from the sentence start over it to the end.
 */
function aroundAttribution(tokens: readonly Token[], reading: CueReading, subjectFirst: boolean, vocab: AttributionVocabulary, sourceBeforeAt: (i: number) => number): Phrase | null {
  const { content } = reading;
  if (!content || vocab.marksIndirectSpeech || tokens[content.from - 1]?.text !== "," || !openedByComma(tokens, reading, subjectFirst, vocab)) return null;
  // "The plan was scrapped, the official said, speaking on condition of anonymity": a participle's clause after the
  // attribution says how it was said; what was said ends before the attribution. So does a source that passed it on:
  // "Russia is ready to talk, Peskov told TASS, according to Reuters."
  const opens = subjectFirst ? reading.speaker!.from : reading.first;
  const passedOn = sourceBeforeAt(content.from) > content.from;
  return participleAside(tokens, content.from, vocab) || passedOn ? { from: 0, to: opens - 1 } : { from: 0, to: content.to };
}

/**
 * A clause at `at` of a participle saying how it was said (`attribution-participles`: "speaking on condition of
 * anonymity", "adding that …"), not a gerund that is the subject of a verb after it ("saying no would be hard").
 */
function participleAside(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  if (!vocab.attributionParticiple(tokens[at])) return false;
  for (let k = at + 1; k < tokens.length && tokens[k]!.word; k++) {
    const t = tokens[k]!;
    if (vocab.complementizer(t) || vocab.subordinator(t) || vocab.relative(t) || vocab.conjunction(t)) return true;
    // "asking not to be identified": an infinitive's "be" is no verb of a clause of its own.
    if ((vocab.auxiliary(t) || vocab.modal(t) || vocab.passiveAuxiliary(t)) && !vocab.infinitiveMarker(tokens[k - 1])) return false;
  }
  return true;
}

/**
 * The attribution (its subject, else its cue) opens after a comma, three words or more into the sentence: ", the engineer
 * told them"; not the comma closing a question clause opening the sentence ("Asked about it, Lavrov said, …").
 */
function openedByComma(tokens: readonly Token[], reading: CueReading, subjectFirst: boolean, vocab: AttributionVocabulary): boolean {
  const opens = subjectFirst ? reading.speaker?.from ?? -1 : reading.first;
  return opens >= 3 && tokens[opens - 1]?.text === "," && openingParticipleComma(tokens, vocab) !== opens - 1;
}

/**
 * An English attribution set off by commas inside a sentence that opens with words of its own, not a quotation; a
 * clause a question word opens is none ("In 2019, under what Ruiz called “the old plan,” the port …").
 */
function interruptsOwnWords(tokens: readonly Token[], reading: CueReading, subjectFirst: boolean, vocab: AttributionVocabulary): boolean {
  const question = subjectFirst && reading.speaker && pastQuestionWord(tokens, reading.speaker, vocab) > reading.speaker.from;
  return openedByComma(tokens, reading, subjectFirst, vocab) && !QUOTE_MARKS.test(tokens[0]!.text) && !question;
}

/** Words of its own around a quotation that make it part of a statement: "“will serve the region” for decades". */
export const MIN_OWN_WORDS = 2;

/** The words between the quotation opening at `open` and `end`, or 0 where it does not close before `end`. */
function wordsAfterQuotation(tokens: readonly Token[], open: number, end: number): number {
  let close = open + openingMarkAt(tokens, open);
  while (close < end && !closingMarkAt(tokens, close)) close++;
  return tokens.slice(close + (closingMarkAt(tokens, close) || 1), end).filter((t) => t.word).length;
}

/** Words of a circumstance that may close an interrupting attribution: "in a tweet", "in an interview with CNN". */
const MAX_CLOSING_CIRCUMSTANCE = 5;

/**
 * "If she wins, Clinton wrote in a tweet, women will be safe": English attribution set off by commas may close on a
 * circumstance opened by a preposition; the statement runs around it, not into the circumstance's noun. Closing the
 * sentence ("The drug worked, the researchers wrote in the journal Nature."), the statement is the clause before.
 */
function aroundCircumstance(tokens: readonly Token[], reading: CueReading, subjectFirst: boolean, vocab: AttributionVocabulary): Phrase | null {
  const { content, speaker } = reading;
  if (!content || !speaker || !subjectFirst || vocab.marksIndirectSpeech || speaker.from < 3 || tokens[speaker.from - 1]?.text !== ",") return null;
  const at = reading.addressee ? reading.addressee.to : reading.last + 1;
  if (!tokens[at] || !(vocab.link(tokens[at]!) || vocab.placeLink(tokens[at]!))) return null;
  let comma = at + 1;
  while (comma < content.to && comma - at <= MAX_CLOSING_CIRCUMSTANCE && tokens[comma]!.word) comma++;
  // The noun after the preposition was read as the content ("in a tweet"); content opening on it ("refused to teach") is a verb's.
  if (content.from <= at || content.from > comma) return null;
  const end = statementEnd(tokens);
  if (comma === end) return { from: 0, to: speaker.from - 1 };
  return tokens[comma]?.text === "," && comma + 2 < end ? { from: 0, to: end } : null;
}

/** Where a clause ends before the comma right before token `at`: at the comma, or after the quotation mark that closes on it (",”"); else -1. */
function endBeforeComma(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  if (tokens[at - 1]?.text === ",") return at - 1;
  // "Es drohe ein Wettlauf, hatte Obama gesagt": the auxiliary of an inverted perfect stands before the subject, after a
  // clause in the Konjunktiv ("Nachdem sie gekommen war, hat sie gesagt" opens with the subordinate clause).
  if (vocab.auxiliary(tokens[at - 1]) && tokens[at - 2]?.text === ",") return hasSubjunctive(tokens, 0, at - 2, vocab) ? at - 2 : -1;
  const marks = closingMarkBefore(tokens, at);
  return marks > 0 && tokens[at - 1 - marks]?.text === "," ? at : -1;
}

/**
 * How many tokens the quotation mark right before `at` takes: one ("”"), two for a typed double mark of two apostrophes
 * ("''", as some papers write it: "…, ''a major step,'' Lee said"), none where no mark stands there.
 */
function closingMarkBefore(tokens: readonly Token[], at: number): number {
  if (QUOTE_MARKS.test(tokens[at - 1]?.text ?? "")) return 1;
  return doubledApostrophes(tokens, at - 2) ? 2 : 0;
}

/** How many tokens the opening quotation mark at `at` takes: one ("“"), two for a double mark typed as two apostrophes, else none. */
const openingMarkAt = (tokens: readonly Token[], at: number): number => markAt(tokens, at, OPENING_MARKS);
/** How many tokens the closing quotation mark at `at` takes, as openingMarkAt counts them. */
const closingMarkAt = (tokens: readonly Token[], at: number): number => markAt(tokens, at, CLOSING_MARKS);

function markAt(tokens: readonly Token[], at: number, marks: RegExp): number {
  if (marks.test(tokens[at]?.text ?? "")) return 1;
  return doubledApostrophes(tokens, at) ? 2 : 0;
}

/** Two apostrophes from `at` with nothing between them: one double quotation mark ("''"). */
function doubledApostrophes(tokens: readonly Token[], at: number): boolean {
  return at >= 0 && tokens[at]?.text === "'" && tokens[at + 1]?.text === "'" && tokens[at]!.end === tokens[at + 1]!.start;
}

function pauseAfter(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary): boolean {
  const next = tokens[phrase.to];
  return !next || !next.word || vocab.adverb(next);
}

/** "“…,” said a source close to the campaign.": after a pause, an inverted subject with a description, which the phrase reader does not read whole. */
function invertedDescribedSubject(tokens: readonly Token[], reading: CueReading, first: number, at: number, vocab: AttributionVocabulary): Phrase | null {
  if (reading.speaker || vocab.marksIndirectSpeech || tokens[first - 1]?.word || vocab.participle(tokens[first]!)) return null;
  return describedSubjectAfter(tokens, at, vocab);
}

/**
 * "“It was all lies,” said one owner who declined to be named": after a pause an inverted speaker may go on with a
 * relative clause of its own, which says who the speaker is ("blasted the media which …" after a word names an object).
 */
function relativeAfterInversion(tokens: readonly Token[], phrase: Phrase, first: number, vocab: AttributionVocabulary): boolean {
  return !tokens[first - 1]?.word && vocab.relative(tokens[phrase.to]);
}

/**
 * "aus Kreisen", and for an impersonal cue the document it stands in: "In der Erklärung heißt es", "hieß es im Bericht",
 * "Wie es in der Mitteilung hieß".
 */
function originMarker(tokens: readonly Token[], first: number, last: number, at: number, vocab: AttributionVocabulary): boolean {
  const word = tokens[at];
  return vocab.link(word) || (vocab.documentPlace(word) && impersonalCue(tokens, first, last, vocab)) || impersonalOpening(tokens, at, vocab) >= 0;
}

/**
 * The impersonal "es" after "wie" right before the document's place or the origin at `at`, or a few words of time before
 * it: "Wie es in der Mitteilung hieß", "Wie es am Montag aus dem Ministerium hieß". Its index, or -1.
 */
function impersonalOpening(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  if (!vocab.documentPlace(tokens[at]) && !vocab.link(tokens[at])) return -1;
  for (let k = at - 1; k > Math.max(0, at - 5) && tokens[k]!.word; k--) if (vocab.impersonal(tokens[k]) && COMMENT_OPENERS.has(tokens[k - 1]!.text.toLowerCase())) return k;
  return -1;
}

/** "…, verlautete aus Parteikreisen": an origin naming a source right after the cue, which speaks. */
function originAfterVerb(tokens: readonly Token[], first: number, last: number, vocab: AttributionVocabulary, reader: PhraseReader): boolean {
  const origin = originMarker(tokens, first, last, last + 1, vocab) ? reader.forward(last + 2) : null;
  return !!origin && hasSpeakerNoun(tokens, origin, vocab);
}

/**
 * "In der Mitteilung des Amtes von heute Mittag heißt es", "In einer gestern verbreiteten Erklärung hieß es": the place
 * phrase opening the sentence before an impersonal cue is its document, whole, where the phrase reader stops short of it.
 */
function frontedDocument(tokens: readonly Token[], first: number, last: number, vocab: AttributionVocabulary): Phrase | null {
  return first > 2 && vocab.documentPlace(tokens[0]) && impersonalCue(tokens, first, last, vocab) ? { from: 1, to: first } : null;
}

/** "heißt es", and in the perfect "hatte es geheißen": the cue's impersonal subject after its first word. */
function impersonalCue(tokens: readonly Token[], first: number, last: number, vocab: AttributionVocabulary): boolean {
  for (let i = first + 1; i <= last; i++) if (vocab.impersonal(tokens[i]!)) return true;
  return false;
}

/** "wird Peskow von der BBC zitiert": the subject spoke, the "von" phrase passed it on. */
function passiveSpeaker(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary, reader: PhraseReader): { speaker: Phrase; reporter: Phrase | null } | null {
  const last = reader.backward(cue);
  if (!last) return null;
  // "wird Lenz in der Mitteilung zitiert", "wird er im „Spiegel“ zitiert": where the words stand, after its preposition,
  // comes between the subject and the participle; an outlet there passed them on.
  const placed = vocab.outletLink(tokens[last.from - 1]) ? reader.backward(last.from - 1) : null;
  if (placed && vocab.passive(tokens[placed.from - 1])) return { speaker: placed, reporter: isOutlet(tokens, last, vocab) ? last : null };
  if (vocab.passive(tokens[last.from - 1])) {
    // "wird Peskow von der BBC zitiert" read as one phrase: split it at "von"; "wird Putin zitiert" names no outlet.
    for (let a = last.from + 1; a < last.to - 1; a++) {
      if (vocab.passiveAgent(tokens[a]!)) return { speaker: { from: last.from, to: a }, reporter: { from: a + 1, to: last.to } };
    }
    return { speaker: last, reporter: null };
  }
  if (!vocab.passiveAgent(tokens[last.from - 1])) return null;
  const speaker = reader.backward(last.from - 1);
  if (!speaker || !vocab.passive(tokens[speaker.from - 1])) return null;
  return { speaker, reporter: last };
}

/** "wurde von einer Bahnsprecherin bestätigt", "was confirmed by a spokesman": the agent said it. */
function passiveAgent(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary, reader: PhraseReader): { speaker: Phrase; reporter: null } | null {
  const agent = reader.backward(cue);
  if (!agent) return null;
  const marker = vocab.passiveAgent(tokens[agent.from]!) ? agent.from : agent.from - 1;
  if (!vocab.passiveAgent(tokens[marker])) return agentInsidePhrase(tokens, agent, cue, vocab);
  // "Von den Einrichtungen erklärten nur die Gefängnisse, …": German "von" before an active verb counts out of a crowd;
  // an agent needs a passive auxiliary in its clause ("Vom Ministerium wurden Kontrollen angekündigt").
  if (vocab.marksIndirectSpeech && !tokens.slice(marker, cue + 2).some((t) => vocab.passive(t))) return null;
  const from = marker === agent.from ? agent.from + 1 : agent.from;
  // "Vom Innenministerium wurden weitere Kontrollen angekündigt": read back from the cue, the phrase runs over the
  // clause's verb and object; the agent is the phrase its marker opens. A count alone is no phrase's end ("by four
  // leading economists"): the phrase read back stays.
  const forward = reader.forward(from);
  const count = forward && forward.to - forward.from === 1 && (vocab.quantifier(tokens[from]) || vocab.numeral(tokens[from]));
  return { speaker: forward && forward.to <= agent.to && !count ? forward : { from, to: agent.to }, reporter: null };
}

/**
 * The phrase at `j` (read as `read`, or after the preposition at `j` that opens no phrase) where a preposition of time or
 * place opens it, no outlet, and an outlet after its preposition follows it ("nach dem Spiel bei Sky", "am Abend im ZDF",
 * "in Berlin bei Sky"); else null.
 */
function circumstanceBeforeOutlet(tokens: readonly Token[], j: number, read: Phrase | null, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const phrase = read ?? (vocab.preposition(tokens[j]) ? reader.forward(j + 1) : null);
  const before = tokens[phrase ? phrase.from - 1 : -1];
  if (!phrase || !vocab.preposition(before) || carriedBy(tokens, phrase, vocab) || !vocab.outletLink(tokens[phrase.to])) return null;
  const outlet = reader.forward(phrase.to + 1);
  return outlet && carriedBy(tokens, outlet, vocab) ? phrase : null;
}

function contentAfter(tokens: readonly Token[], j: number, vocab: AttributionVocabulary, subjectFirst: boolean, reading: CueReading): Phrase | null {
  const end = statementEnd(tokens);
  // "Wie die Agentur berichtete, …" / "Wie aus Kreisen verlautete, …"
  // "Wie auch die Polizei mitteilte, …", "Wie schon die WHO sagte, …": focus particles before the speaker.
  let before = reading.speaker ? reading.speaker.from - 1 : -1;
  while (before > 0 && vocab.focusParticle(tokens[before]!)) before--;
  const impersonal = impersonalOpening(tokens, before, vocab);
  const opener = tokens[impersonal >= 0 ? impersonal - 1 : vocab.link(tokens[before]) ? before - 1 : before]?.text.toLowerCase() ?? "";
  const comment = subjectFirst ? COMMENT_OPENERS.has(opener) : !reading.speaker && vocab.marksIndirectSpeech && opensWithComment(tokens, reading.first);
  let k = j;
  if (vocab.marksIndirectSpeech) k = pastMiddleField(tokens, k, end, vocab, comment);
  // "sagte, …": no object between the cue and its comma ("sagte nichts, …" has one).
  const bareCue = k === j;
  // "schrieb … in der „Hafenpost“, einem Boulevardblatt, die Lage sei …", "in einer Erklärung, die sie veröffentlichte, sie
  // wolle …": an apposition or a relative clause set off after the outlet or the medium describes it.
  const afterOutlet = [reading.addressee, ...reading.reporters].some((p) => p?.to === k);
  // "Weil der Verband … gefordert hatte, …": a subordinate clause opening the sentence closes on the cue at its comma.
  const closesOpeningClause = openingClauseEnd(tokens, reading, vocab) === k;
  if (COLON_OR_COMMA.has(tokens[k]?.text ?? "")) k = vocab.marksIndirectSpeech ? pastApposition(tokens, k + 1, end, vocab, afterOutlet) : k + 1;
  else if (!(tokens[k] && vocab.complementizer(tokens[k]!)) && !(subjectFirst && !vocab.marksIndirectSpeech) && !followsWithBareInfinitive(tokens, k, end, vocab, reading)) return null;
  // "Er sagte, „Angsträume“ dürfe es in der Stadt nicht geben": German indirect speech may open with a partial quote, where its speaker is read.
  // "The harbour, the engineers said, “will serve the region” for decades": in English a statement interrupted by its
  // attribution may go on with a quotation, where words of its own stand before and after it (aroundAttribution() joins them).
  const mark = openingMarkAt(tokens, k);
  const quoted = mark > 0 && (vocab.marksIndirectSpeech || (interruptsOwnWords(tokens, reading, subjectFirst, vocab) && wordsAfterQuotation(tokens, k, end) >= MIN_OWN_WORDS));
  if (end - k < 2 || !tokens[quoted ? k + mark : k]?.word || (quoted && !reading.speaker)) return null;
  // "Weil der Verband ein Verbot fordert, sagt das Institut, …": there a German verb in the indicative right after the
  // comma is the main clause's; what the main clause holds was not said by this cue's speaker.
  if (closesOpeningClause && mainClauseVerb(tokens[k], vocab)) return null;
  // "sagte, die Preise dürften weiter steigen": a guess's modal after the cue's comma is the speaker's guess, reported too.
  const guessed = () => tokens.slice(k, end).some((t) => vocab.guessModal(t));
  if (vocab.marksIndirectSpeech && !vocab.complementizer(tokens[k]!) && !comment && !hasSubjunctive(tokens, k, end, vocab) && !guessed() && !isInfinitiveClause(tokens, k, end, vocab) && !(bareCue && pluralPastSecond(tokens, k, end, vocab))) return null;
  // "forderte einen Korridor, um Hilfe zu leisten": an infinitive clause of purpose says why, even where a word in the
  // Konjunktiv's shape stands in it; "ohne" and "um" before a noun are prepositions ("sagte, ohne Investitionen verliere
  // das Land den Anschluss").
  const purpose = vocab.infinitiveAdverbial(tokens[k]!) && closesOnInfinitive(tokens, k, end, vocab);
  if (vocab.marksIndirectSpeech && (opensRelativeClause(tokens, k, end, vocab) || (comment && vocab.subordinator(tokens[k]!)) || purpose || commentClauseAt(tokens, k, end, vocab))) return null;
  // "gab seinen Rücktritt bekannt, nachdem die Wahl zu einem Patt geführt hatte": a clause of time, reason or condition after
  // the cue says when or why the act took place, unless a Konjunktiv form of the vocabulary marks it as reported ("…, weil
  // die Abgeordneten keinen Antrag gestellt hätten"; tuned on the German train split: 4 such clauses had no gold).
  if (vocab.marksIndirectSpeech && vocab.subordinator(tokens[k]!) && !tokens.slice(k, end).some((t) => vocab.subjunctive(t)) && !isInfinitiveClause(tokens, k, end, vocab)) return null;
  // "said “the plan” was dead": where quotations are parts of statements, the opening mark the reader stepped over is the
  // statement's too; not one closing a title right after its last word ("said on ABC's “This Week” that …").
  const opening = vocab.joinedQuotationEnding && k - 1 > reading.last && QUOTE_MARKS.test(tokens[k - 1]!.text) && tokens[k - 1]!.start !== tokens[k - 2]?.end;
  return { from: opening ? k - 1 : k, to: saidUpTo(tokens, k, beforeOwnClause(tokens, k, end, vocab), vocab) };
}

/** A lowercase finite verb in the indicative: a known verb or a weak preterite ("sagt", "ist", "warnte"). */
function mainClauseVerb(t: Token | undefined, vocab: AttributionVocabulary): boolean {
  return isLowercase(t) && !vocab.subjunctive(t!) && (knownVerb(t!, vocab) || vocab.preteriteShape(t!));
}

/** Where what was said from `from` ends, at `end` at the latest: before the writer's comment on it and before a verb coordinated with its cue. */
export function saidUpTo(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary): number {
  return beforeCoordinatedVerb(tokens, from, beforeComment(tokens, from, end, vocab), vocab);
}

/** Words between the indefinite article of a comment set off after what was said and its relative pronoun: "a charge that". */
const MAX_COMMENT_NOUN = 3;

/**
 * "Podliska alleges that he was fired for his military duties, a claim that the office disputes": in English a phrase set
 * off after what was said, opening on an indefinite article and closing on a relative pronoun of things, is the writer's
 * comment on it ("a charge that …", "a move that angered unions"); what was said ends at its comma (on the English train
 * split gold ends 28 of 37 such statements there, most of the others inside quotation marks, which are left whole). Else `end`.
 */
function beforeComment(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary): number {
  if (vocab.marksIndirectSpeech) return end;
  for (let k = from + 1; k < end - 2; k++) {
    if (QUOTE_MARKS.test(tokens[k]!.text)) return end;
    if (tokens[k]!.text !== "," || !vocab.singularArticle(tokens[k + 1]) || !isLowercase(tokens[k + 1])) continue;
    for (let r = k + 3; r <= Math.min(end - 1, k + 2 + MAX_COMMENT_NOUN); r++) {
      if (!tokens[r - 1]!.word) break;
      const t = tokens[r]!;
      if (vocab.relative(t) && (vocab.thingRelative(t) || vocab.complementizer(t))) return k;
    }
  }
  return end;
}

/**
 * "sagte, die Ermittlungen dauerten an": a plural subject and a verb of the plural past's shape second in the clause. In
 * the plural a weak verb's Konjunktiv II, which stands in for a Konjunktiv I that would read as the indicative, looks like
 * its preterite (`plural-past-shape`).
 */
function pluralPastSecond(tokens: readonly Token[], k: number, end: number, vocab: AttributionVocabulary): boolean {
  // "sagte, Firmen dürften nicht länger warten": a bare plural opens the clause too, the verb's plural ending saying so.
  let noun = vocab.pluralOpener(tokens[k]) ? k + 1 : k;
  while (noun < end && isLowercase(tokens[noun]) && vocab.adjective(tokens[noun]!)) noun++;
  const verb = tokens[noun + 1];
  return isCapitalised(tokens[noun]) && noun + 1 < end && isLowercase(verb) && vocab.pluralPast(verb!);
}

/**
 * "Lee sagte, Europa brauche die Häfen, und kündigte weitere Hilfen an", "…, er sei unschuldig, und weigerte sich …": a
 * German coordinator before a verb in the indicative past (a weak preterite or a cue), with no subject of its own, goes
 * on with the speaker's clause; what was said ends before it (and its comma). So in English before a verb of saying after
 * an object with no verb of its own (`coordinated-cues`): "Graham called both candidates “crazy” and said the party would
 * lose" (the second statement is read on its own). Not inside a quotation.
 */
export function beforeCoordinatedVerb(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary): number {
  let quoted = false;
  for (let u = from + 2; u < end - 1; u++) {
    const t = tokens[u]!;
    if (OPENING_MARKS.test(t.text) && !quoted) quoted = true;
    else if (CLOSING_MARKS.test(t.text) && quoted) quoted = false;
    const verb = tokens[u + 1];
    if (quoted || !vocab.verbCoordinator(t) || !isLowercase(verb) || vocab.subjunctive(verb!)) continue;
    // English clauses nest unmarked ("says Lee promised to help and said …" coordinates inside what was said): only a verb
    // of saying ends an object with no verb of its own.
    if (vocab.marksIndirectSpeech ? vocab.preteriteShape(verb!) || vocab.cue(verb!) : vocab.coordinatedCue(verb) && !hasVerb(tokens, from, u, vocab)) return tokens[u - 1]!.text === "," ? u - 1 : u;
  }
  return end;
}

/** Words between a semicolon (or a comma and its conjunction) and the cue of a clause of its own after it: "; critics say …", "; the mayor's office said …". */
const MAX_SUBJECT_AFTER_SEMICOLON = 4;

/**
 * "Supporters argue it boosts productivity; critics say it is unworkable": a semicolon before a subject and a cue of its
 * own ends what was said; so, in English, does a comma before a coordinator or a contrast opening a clause with its own
 * cue, "Critics argued it would fail, while supporters said it was needed", "…, but the mayor insisted …", "…, and added
 * that …" (not "…, and that officials told him …", what was said going on; not inside a quotation). Else `end`.
 */
function beforeOwnClause(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary): number {
  let quoted = false;
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k]!;
    if (OPENING_MARKS.test(t.text) && !quoted) quoted = true;
    else if (CLOSING_MARKS.test(t.text) && quoted) quoted = false;
    // "called it a “disturbed act,” and said …": inside a quotation only a comma that closes it.
    const after = conjunctionAfterComma(tokens, k, vocab);
    const joined = !!after && (!quoted || after.end > k) && !vocab.complementizer(tokens[after.conjunction + 1]);
    if (t.text !== ";" && !joined) continue;
    // The cue stands a word or more after the conjunction, two or more after the semicolon.
    const opening = joined ? after!.conjunction : k + 1;
    for (let c = opening + 1; c <= Math.min(end - 1, opening + MAX_SUBJECT_AFTER_SEMICOLON); c++) {
      if (!tokens[c - 1]!.word) break;
      if (isLowercase(tokens[c]) && vocab.cue(tokens[c]!) && !vocab.determiner(tokens[c - 1]!)) return joined ? after!.end : k;
    }
  }
  return end;
}

/**
 * In English, a comma at `k` before "and", "but" or a contrast (`contrast-conjunctions`), the closing mark of a quotation
 * the comma closes between them ("“…,” while …"): where the conjunction stands and where what was said before it ends
 * (at the comma, or past the mark); else null.
 */
export function conjunctionAfterComma(tokens: readonly Token[], k: number, vocab: AttributionVocabulary): { conjunction: number; end: number } | null {
  if (vocab.marksIndirectSpeech || tokens[k]?.text !== ",") return null;
  const closing = CLOSING_MARKS.test(tokens[k + 1]?.text ?? "") ? 1 : 0;
  const conjunction = k + 1 + closing;
  return joinsClauses(tokens[conjunction], vocab) ? { conjunction, end: k + 2 * closing } : null;
}

/** "and", "but" or a contrast (`contrast-conjunctions`: "while", "though"): a word joining a clause to the one before. */
export function joinsClauses(t: Token | undefined, vocab: AttributionVocabulary): boolean {
  return vocab.coordinator(t) || vocab.contrast(t);
}

/**
 * Where the clause of `reading`'s cue ends: before a semicolon, or in English a comma and "and", "but" or a contrast
 * (`contrast-conjunctions`), that open a clause whose cue has a speaker of its own ("He calls for $1 trillion …; she
 * calls for …", "Critics argued it would fail, while supporters said …", "…, and added that …"; a quotation's closing
 * mark after the comma goes with it: "agreed that Lee is in “good health,” while 73 percent said …"), or "and" alone
 * before a cue it shares its speaker with (coordinatedOwnVerb); not a relative clause's ("candidates like Lee, who
 * claimed …, and Ruiz, who suggested …"). A German clause opening the sentence ends at its comma (openingClauseEnd).
 * Else the sentence's end.
 */
export function ownClauseEnd(tokens: readonly Token[], readings: readonly CueReading[], reading: CueReading, vocab: AttributionVocabulary): number {
  const closing = openingClauseEnd(tokens, reading, vocab);
  if (closing >= 0) return closing;
  // "rejected the idea and said …", "denounced the remarks as hurtful and warned of …": after an object, a cue read with
  // the speaker it shares is the speaker's own verb; after a clause only a verb of saying is ("said he posed a threat
  // and refused to …" coordinates inside what was said). A plain form after a finite one goes on with an infinitive
  // inside what was said ("asked her to raise her voice and say …", "says he'd sit Putin down and tell him …").
  const coordinatedOwnVerb = (at: number, verb: Token): boolean =>
    !vocab.marksIndirectSpeech && vocab.verbCoordinator(tokens[at - 1]) &&
    (finiteShape(verb, vocab) || !finiteShape(tokens[reading.first]!, vocab)) &&
    (vocab.coordinatedCue(verb) || !hasVerb(tokens, reading.last + 1, at - 1, vocab));
  const separator = (at: number, shared: boolean, verb: Token): number => {
    if (tokens[at - 1]?.text === ";") return at - 1;
    const joined = [at - 2, at - 3].map((k) => conjunctionAfterComma(tokens, k, vocab)).find((j) => j?.conjunction === at - 1);
    if (joined) return joined.end;
    return shared && coordinatedOwnVerb(at, verb) ? at - 1 : -1;
  };
  for (const other of readings) {
    if (other.first <= reading.last || !other.speaker || other.relative !== null) continue;
    // "Die Gewerkschaft fordert eine Reform, sagte der Sprecher.": a cue closing the sentence on what was said before it
    // is no part of the clause it reports.
    if (!reading.content && other.content && other.content.from <= reading.first && other.content.to <= other.first && other.content.to > reading.last) return other.content.to;
    // The clause opens on the other cue's subject, or on its verb where it shares one ("…, and then added that …").
    const shared = other.speaker.from <= reading.last;
    const opening = shared ? adverbsBefore(tokens, other.first, vocab, reading.last + 1) : other.speaker.from;
    const end = separator(opening, shared, tokens[other.first]!);
    if (end > reading.last) return end;
  }
  return statementEnd(tokens);
}

/** After "hours later" or "two days earlier" at `at`: a count, a lowercase time noun and an adverb of the verb; else -1. */
function laterSpanEnd(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  let noun = at;
  while (vocab.numeral(tokens[noun]) || vocab.quantifier(tokens[noun])) noun++;
  return isLowercase(tokens[noun]) && vocab.timeNoun(tokens[noun]!) && isLowercase(tokens[noun + 1]) && vocab.verbAdverb(tokens[noun + 1]!) ? noun + 2 : -1;
}

/** "said", "says", "has": an English verb in a past or third-person form, never an infinitive's plain one. */
function finiteShape(t: Token, vocab: AttributionVocabulary): boolean {
  return vocab.pastForm(t) || /\p{Ll}s$/u.test(t.text);
}

/** Ends each reading's content where a clause of its own begins (ownClauseEnd), read once every cue of the sentence is. */
export function endAtOwnClauses(tokens: readonly Token[], readings: readonly CueReading[], vocab: AttributionVocabulary): void {
  for (const r of readings) endAtOwnClause(tokens, readings, r, vocab);
}

/** Ends the content of `r` where a clause of another of the sentence's `readings` begins (ownClauseEnd). */
export function endAtOwnClause(tokens: readonly Token[], readings: readonly CueReading[], r: CueReading, vocab: AttributionVocabulary): void {
  const end = r.content ? ownClauseEnd(tokens, readings, r, vocab) : -1;
  if (r.content && r.content.from < end && end < r.content.to) r.content = { from: r.content.from, to: end };
}

/** Does a known verb stand in tokens [from, to) ("the actions lawful" has none)? */
function hasVerb(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): boolean {
  return tokens.slice(from, to).some((t) => isLowercase(t) && knownVerb(t, vocab));
}

/** The longest apposition set off by commas between a subject and its "dass" clause: a name or a role. */
const MAX_APPOSITION = 6;

/** A word a clause's subject may open with: an article, a pronoun or a capitalised word. */
const opensSubject = (t: Token | undefined, vocab: AttributionVocabulary): boolean => !!t && (vocab.determiner(t) || vocab.pronoun(t) || isCapitalised(t));

/**
 * "Am Montag meldete der Sender, Radio Nord, dass …": a capitalised apposition after the cue's subject, set off by
 * commas, names the subject again; the reported clause opens at the "dass" after it (a German pack: English puts no
 * apposition there). After the outlet or the medium the cue names (`afterOutlet`), an apposition or a relative clause
 * opening on an article describes it, and a Konjunktiv clause opening on its subject after it is the report
 * ("schrieb in der „Hafenpost“, einem Boulevardblatt, die Lage sei …"). Returns where the report opens, else `k`.
 */
function pastApposition(tokens: readonly Token[], k: number, end: number, vocab: AttributionVocabulary, afterOutlet: boolean): number {
  const described = afterOutlet && vocab.determiner(tokens[k]);
  if (!isCapitalised(tokens[k]) && !described) return k;
  let comma = k + 1;
  while (comma < end && comma - k < MAX_APPOSITION && tokens[comma]!.text !== ",") comma++;
  // "erklärte er, Berlin sei bereit, dass …": a clause with a verb of its own is the report itself.
  const report = vocab.complementizer(tokens[comma + 1]) || (described && opensSubject(tokens[comma + 1], vocab) && hasSubjunctive(tokens, comma + 1, end, vocab));
  const apposition = tokens[comma]?.text === "," && report && !hasSubjunctive(tokens, k, comma, vocab);
  return apposition ? comma + 1 : k;
}

/**
 * "Die Firma hat angekündigt die Preise zu erhöhen": a German infinitive clause may follow its cue without a comma; a cue
 * that is an infinitive itself ("beschlossen, den Vertrag für nichtig zu erklären und …") reads none.
 */
function followsWithBareInfinitive(tokens: readonly Token[], k: number, end: number, vocab: AttributionVocabulary, reading: CueReading): boolean {
  return vocab.marksIndirectSpeech && !vocab.infinitiveMarker(tokens[reading.first - 1]) && endsInBareInfinitive(tokens, k, end, vocab);
}

/** "…, die den Vorwurf bestätigte": the speaker read is a German relative pronoun opening a relative clause after a comma. */
export function speaksInRelativeClause(tokens: readonly Token[], speaker: Phrase | null, vocab: AttributionVocabulary): boolean {
  return !!speaker && vocab.marksIndirectSpeech && tokens[speaker.from - 1]?.text === "," && opensRelativeClause(tokens, speaker.from, statementEnd(tokens), vocab);
}

/**
 * "sagte Tomas Ekwall, der den Plan entworfen hatte": a relative pronoun followed by a lowercase word that is no verb
 * of reported speech ("das sei falsch") nor an adjective before its noun ("die neue Regierung habe") opens a relative
 * clause, which says who someone is, not what was said; unless its own verb is in the Konjunktiv ("einen Vorschlag, der
 * das Abkommen untergraben werde").
 */
function opensRelativeClause(tokens: readonly Token[], k: number, end: number, vocab: AttributionVocabulary): boolean {
  const next = tokens[k + 1];
  // "der viele Fälle kennt": a word in the Konjunktiv's shape before a noun is an adjective, no verb.
  const beforeNoun = isCapitalised(tokens[k + 2]);
  // "…, den die Regierung vorlegte": an object's pronoun before an article opens one too.
  const relative = vocab.relative(tokens[k]) || (vocab.objectArticle(tokens[k]!) && vocab.determiner(next));
  let close = k + 1;
  while (close < end && tokens[close]!.text !== ",") close++;
  // "…, die Minister Jan Ott am Mittwoch vorstellte": before a noun the pronoun reads as an article, unless the clause's one
  // verb closes it (a statement's stands second).
  const verbCloses = verbClosesOnly(tokens, k, close, vocab);
  if (!relative || !next?.word || (isCapitalised(next) && !verbCloses) || vocab.subjunctive(next) || (vocab.subjunctiveShape(next) && !beforeNoun)) return false;
  // "sagte er, die neue Regierung verfolge …": an article, an adjective and its noun open a clause of their own, unless the
  // clause closes on its (indicative) verb: "…, heißt es in der Studie, die einzelne Fälle auflistet."
  const article = !verbCloses && !vocab.determiner(next) && !vocab.pronoun(next) && vocab.adjective(next) && beforeNoun;
  if (article && (hasSubjunctive(tokens, k + 2, close, vocab) || !isLowercase(tokens[close - 1]))) return false;
  for (let i = k + 1; i < close; i++) if (vocab.subjunctive(tokens[i]!)) return false;
  // "empfahl dem Gericht, der Klage der Kommission stattzugeben": an article opening an infinitive clause.
  return !isInfinitiveClause(tokens, k, end, vocab);
}

/**
 * The clause from `k` to `close` closes on a past's form, with no other verb and more than a noun before it: a relative
 * clause's order ("die Minister Jan Ott vorstellte"; "die Polizei ermittle" is a statement's, its verb second).
 */
function verbClosesOnly(tokens: readonly Token[], k: number, close: number, vocab: AttributionVocabulary): boolean {
  const verbLike = (t: Token | undefined) => isLowercase(t) && (vocab.preteriteShape(t!) || vocab.subjunctiveShape(t!) || vocab.subjunctive(t!) || vocab.auxiliary(t!) || vocab.modal(t!));
  const last = tokens[close - 1];
  return close - k > 3 && isLowercase(last) && vocab.preteriteShape(last!) && !vocab.subjunctive(last!) && !tokens.slice(k + 1, close - 1).some(verbLike);
}

/**
 * "Wie die „Initiative Küste lebt“ heute mitteilte, …", "Wie eine Sprecherin gegenüber der Zeitung bestätigte":
 * in a comment clause closed by its cue the subject follows "wie" (over adverbs).
 */
function commentSubject(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  // "Wie die BBC berichtete, sagte Peskow, …": a cue right after a comma that closes a cue opens the main clause; the
  // comment clause was the cue's before it, and its subject follows the verb.
  if (tokens[cue - 1]?.text === "," && vocab.cue(tokens[cue - 2])) return null;
  // Quotation marks passed on the way back: a quoted name inside the clause closes on one and opens on the next.
  let marks = 0;
  for (let i = cue - 1; i >= 0 && cue - i <= MAX_COMMENT_CLAUSE; i--) {
    const t = tokens[i]!;
    // Not back into a quotation ("„…, wie immer“, sagte er"): a mark opening nothing before the cue ends the search.
    if (QUOTE_MARKS.test(t.text) && (marks++ % 2 === 1 ? !OPENING_MARKS.test(t.text) : !CLOSING_MARKS.test(t.text))) return null;
    if (!COMMENT_OPENERS.has(t.text.toLowerCase()) || (i > 0 && !COLON_OR_COMMA.has(tokens[i - 1]!.text))) continue;
    if (marks % 2 === 1) return null;
    // "Wie schon die WHO sagte": over adverbs and focus particles.
    let k = pastAdverbs(tokens, i + 1, cue, vocab);
    while (k < cue && vocab.focusParticle(tokens[k]!)) k = pastAdverbs(tokens, k + 1, cue, vocab);
    // "Wie am Abend bekannt wurde": a phrase after a preposition is no subject.
    const phrase = k < cue && !vocab.preposition(tokens[k]!) ? reader.forwardJoined(k) ?? quotedName(tokens, k, cue) ?? lowercaseName(tokens, k, cue, vocab) : null;
    const subject = phrase && throughQuotedName(tokens, phrase, cue);
    // "wie sie von Demonstranten gefordert würde": a passive names its agent, not its subject.
    const passive = subject && tokens.slice(subject.to, cue).some((t) => vocab.passiveAgent(t));
    return subject && subject.to <= cue && !passive ? subject : null;
  }
  return null;
}

/**
 * "…, indem er seinem früheren Arbeitgeber vorwarf, …", "als er die Fans dafür kritisierte, …": in a German clause opened by
 * a conjunction and closed by the cue, a pronoun right after the conjunction is the subject; the phrases between are objects.
 * So is a phrase there that names a speaker, over a middle field the cue's other readers do not pass
 * ("…, nachdem die Partei auf ihrem Parteitag entschieden hatte, …").
 */
function subordinateSubject(tokens: readonly Token[], verb: number, cueEnd: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  // "…, dass der Bürgermeister das anordne, …, und der Minister gegenüber Medien versichere, …": a clause opened by a
  // coordinator after a comma, a subordinate clause opened before it, is its second conjunct, its subject first too.
  const opened = clauseStart(tokens, verb);
  const start = vocab.coordinator(tokens[opened]) && subordinateBefore(tokens, opened, vocab) ? opened : subordinateOpener(tokens, verb, vocab);
  if (start < 0 || start + 2 >= verb) return null;
  if (vocab.pronoun(tokens[start + 1]!)) return { from: start + 1, to: start + 2 };
  const phrase = reader.forward(start + 1);
  if (!phrase || phrase.to >= verb || vocab.objectArticle(tokens[phrase.from]!) || !namesSpeaker(tokens, headOf(tokens, phrase, vocab), vocab, reader)) return null;
  return closesReportingClause(tokens, phrase.to, verb, cueEnd, vocab) ? phrase : null;
}

/** A conjunction or "dass" before `at` in the sentence: a subordinate clause opened there ("Neu sei, dass …"). */
function subordinateBefore(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  return tokens.slice(0, at).some((t) => vocab.subordinator(t) || vocab.complementizer(t));
}

/** German "als" right after a word inside the clause: a predicative ("bezeichnete den Plan als Fehler"), opening no clause. */
function predicativeAs(tokens: readonly Token[], as: number, vocab: AttributionVocabulary): boolean {
  return opensClause(tokens[as], vocab) && !!tokens[as - 1]?.word && !vocab.coordinator(tokens[as - 1]!);
}

/**
 * A subordinator that is no preposition too: "während", "seit" before the phrase read back from a cue govern it ("hat
 * der Minister auf einer Pressekonferenz während seines Besuchs verkündet"), the clause's subject stands elsewhere.
 */
function opensClause(t: Token | undefined, vocab: AttributionVocabulary): boolean {
  return vocab.subordinator(t) && !vocab.preposition(t);
}

/**
 * "Sowohl die Polizei als auch die Stadt kündigten an": the phrase read back from the verb is the second conjunct of a
 * correlative opening the sentence; the subject is both, from the correlative on.
 */
export function withFirstConjunct(tokens: readonly Token[], p: Phrase | null, vocab: AttributionVocabulary): Phrase | null {
  if (!p || !vocab.correlativeOpener(tokens[0]) || !vocab.correlativeSecond(tokens[p.from - 1])) return p;
  return tokens.slice(1, p.from).every((t) => t.word) ? { from: 0, to: p.to } : p;
}

/** The word before a predicative "als" is its object's noun or an auxiliary ("das Land als", "wurde als"), not an adverb or comparative ("anders als", "mehr als"). */
function predicatesObject(tokens: readonly Token[], before: number, vocab: AttributionVocabulary): boolean {
  return isCapitalised(tokens[before]) || vocab.auxiliary(tokens[before]) || vocab.passiveAuxiliary(tokens[before]);
}

/**
 * "…, weil die Regierung das Land als „junges Vorbild“ bezeichnet hat": the subject of a cue after a predicative is the
 * phrase opening the cue's clause, after its conjunction.
 */
function predicativeSubject(tokens: readonly Token[], as: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  let start = as;
  while (start > 0 && tokens[start - 1]!.text !== ",") start--;
  // "eine Botschaft, welche die Techniker als „…“ bezeichnete": a relative pronoun before a phrase is the subject (as
  // annotated: the message called the technicians so), and its antecedent speaks.
  if (start > 0 && vocab.relative(tokens[start])) return antecedentOf(tokens, start, reader, vocab);
  // "Aussagen, in denen er das Land als Vorbild bezeichnet": after a preposition and its relative pronoun the subject follows.
  const pronoun = tokens[start + 1];
  if (vocab.preposition(tokens[start]) && (vocab.relative(pronoun) || vocab.relativeCuePronoun(pronoun))) start += 2;
  else if (vocab.conjunction(tokens[start])) start++;
  const subject = vocab.pronoun(tokens[start]) ? { from: start, to: start + 1 } : reader.forward(start);
  return subject && subject.to < as ? subject : null;
}

/**
 * The clause from `from` ends with the cue (over `verb` to `cueEnd`) and its auxiliaries, whose comma opens what it
 * reports; not in the passive (its subject was asked: "…, nachdem der Verein aufgefordert worden war, …"), nor with a second
 * subject coordinated before the cue ("dass der Bürgermeister … anordne und der Minister versichere, …"). A finite verb or
 * "es" before the cue's end makes a main clause ("Als Grund nannte die Behörde …", "Als Begründung heißt es, …"), and a full
 * stop after it a clause reporting nothing ("…, nachdem Zeugen von Schüssen berichtet hatten.").
 */
function closesReportingClause(tokens: readonly Token[], from: number, verb: number, cueEnd: number, vocab: AttributionVocabulary): boolean {
  if (tokens.slice(from, verb).some((t) => vocab.auxiliary(t) || vocab.modal(t)) || vocab.pronoun(tokens[cueEnd]!) || vocab.impersonal(tokens[cueEnd]!)) return false;
  let end = cueEnd + 1;
  while (tokens[end]?.word && (vocab.trailingAuxiliary(tokens[end]!) || vocab.modal(tokens[end]!))) end++;
  return tokens[end]?.text === "," && !tokens.slice(from, end).some((t) => vocab.passiveAuxiliary(t) || vocab.perfectPassive(t) || vocab.verbCoordinator(t));
}

/** "feed on Thursday that": the words a platform's name may have after it before what was said. */
const MAX_AFTER_PLATFORM = 3;

/**
 * The "that", colon or quotation mark that opens what was said after a platform's name ending at `from`, past a noun or a
 * day ("account", "Thursday"), or -1 ("responded on Twitter, calling …" says it in a participle of its own).
 */
function statementAfterPlatform(tokens: readonly Token[], from: number, vocab: AttributionVocabulary): number {
  for (let k = from; k < Math.min(tokens.length, from + MAX_AFTER_PLATFORM + 1); k++) {
    const t = tokens[k]!;
    if (vocab.complementizer(t) || t.text === ":" || OPENING_MARKS.test(t.text)) return k;
    if (vocab.adverbial(t) && vocab.calendarName(tokens[k + 1])) k++;
    else if (!vocab.calendarName(t) && !(t.word && isLowercase(t) && !vocab.adverbial(t))) return -1;
  }
  return -1;
}

/**
 * "suspect" of "Two killed, suspect in custody.": an English verb in its plain form, no past ("…, said Lee.", "Said Ellis:
 * …") or "-s" form ("…, says Lee."); it inverts only with a plural subject ("…, say analysts.").
 */
function plainForm(verb: Token, vocab: AttributionVocabulary): boolean {
  const word = verb.text.toLowerCase();
  return !vocab.pastForm(word) && !word.endsWith("s");
}

/**
 * "…, sagten Merz und Scholz.", "…, said Lee and Ruiz.": the speaker after a cue goes on over the phrases joined to it; in
 * English only where they close the sentence, a joined object elsewhere ("…, mocked the party and its leaders, and …").
 */
function speakerAfterCue(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const joined = reader.forwardJoined(at);
  if (joined && (vocab.marksIndirectSpeech || joined.to >= statementEnd(tokens))) return joined;
  return reader.forward(at) ?? partitiveAt(tokens, at, vocab, reader);
}

/**
 * A phrase after a verb of the plural's shape (`plural-verb-shape`) whose head has a singular's (`singular-shape`), no
 * coordination joining another to it: the verb's object ("forderten die Bundesregierung auf"), never its subject.
 */
function singularAfterPlural(tokens: readonly Token[], phrase: Phrase, verb: number, vocab: AttributionVocabulary): boolean {
  if (!vocab.pluralVerb(tokens[verb]!) || tokens.slice(phrase.from, phrase.to + 1).some((t) => vocab.phraseCoordinator(t))) return false;
  const head = headOf(tokens, phrase, vocab);
  return vocab.singularShape(tokens[head.to - 1]!);
}

/** "…, said one of the people, who …": a count before its link heads a partitive, read with the crowd after the link; else null. */
function partitiveAt(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const crowd = (vocab.numeral(tokens[at]) || vocab.quantifier(tokens[at])) && vocab.link(tokens[at + 1]) ? reader.forward(at + 2) : null;
  return crowd && { from: at, to: crowd.to };
}

/** A date's words: "May 3", "Jan. 5", "2019". */
const MAX_DATE_WORDS = 4;

/**
 * Where what was told starts after whom it was told to: at once, or at the "that" after a place or a time
 * ("telling reporters during a visit to Scotland on Friday that …", "told aides in Ohio that …").
 */
export function afterAddressee(tokens: readonly Token[], addressee: Phrase, vocab: AttributionVocabulary): number {
  const that = vocab.circumstancePreposition(tokens[addressee.to]) ? placeBeforeThat(tokens, addressee.to + 1, true, vocab) : -1;
  return that > 0 ? that : addressee.to;
}

/**
 * "said in a statement on its website that …", "said in Des Moines that …", "said on CNN that …": the "that" after a place
 * at `at` (after a preposition), which opens on an article, is a name, all capitals, or a date (not "journalism that
 * “takes sides”", a relative); -1 where there is none.
 */
function placeBeforeThat(tokens: readonly Token[], at: number, pastCue: boolean, vocab: AttributionVocabulary): number {
  const t = tokens[at]!;
  if (vocab.determiner(t)) return complementizerAfterPlace(tokens, at + 1, vocab);
  // "argued in court that …", "said in part that …", "posted on social media that …": a few bare words after a
  // preposition of place past the cue (not the cue's own, "believes in journalism that …", nor a verb's form, "responded
  // before adding that …").
  const bareNoun = pastCue && vocab.placeLink(tokens[at - 1]) && isLowercase(t) && !vocab.pronoun(t) && !vocab.cue(t) && !vocab.pastForm(t) && !vocab.participle(t);
  const afterBare = bareNoun ? complementizerAfterPlace(tokens, at, vocab) : -1;
  if (afterBare > 0) return afterBare;
  // "said on “Harbor Nights” that …": a show's or a paper's title in quotation marks names the place.
  const title = !vocab.marksIndirectSpeech && vocab.placeLink(tokens[at - 1]) ? quotedTitleAt(tokens, at, tokens.length) : null;
  if (title && vocab.complementizer(tokens[title.to]) && thatOpensStatement(tokens, title.to, vocab)) return title.to;
  // "said on May 3 that …", "on Jan. 5 that …", "in 2019 that …": a date names the time.
  let date = at;
  while (date < at + MAX_DATE_WORDS && inDate(tokens, date, vocab)) date++;
  if (date > at && vocab.complementizer(tokens[date]) && thatOpensStatement(tokens, date, vocab)) return date;
  // "have warned for months that …", "has argued for two years that …", "said in recent days that …": a span of time.
  let span = at;
  while (span < at + MAX_DATE_WORDS && isLowercase(tokens[span]) && !vocab.timeNoun(tokens[span]!) && (vocab.numeral(tokens[span]) || vocab.quantifier(tokens[span]) || vocab.adjective(tokens[span]!))) span++;
  if (vocab.timeNoun(tokens[span]!) && isLowercase(tokens[span]) && vocab.complementizer(tokens[span + 1]) && thatOpensStatement(tokens, span + 1, vocab)) return span + 1;
  // "said in Des Moines that …", "admitted in Manhattan federal court that …": a name, alone or before the nouns it places
  // (not a day: "responded Saturday to accusations that …").
  if (!isCapitalised(t) || vocab.calendarName(t)) return -1;
  const that = complementizerAfterPlace(tokens, at, vocab);
  let name = at;
  while (name < that && isCapitalised(tokens[name])) name++;
  return that > 0 && tokens.slice(name, that).every((w) => isLowercase(w) && !vocab.link(w) && !vocab.placeLink(w) && !vocab.determiner(w)) ? that : -1;
}

/**
 * "zitierte RIA Novosti Peskow mit den Worten …": after a quoting verb an agency's name and the name of the one it quotes
 * read as one run of capitals; the agency is the phrase, the name the next one.
 */
function agencyBeforeName(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): Phrase {
  for (let k = p.to - 1; k > p.from; k--) {
    if (!isCapitalised(tokens[k]) || !vocab.isAgencyName(textOf(tokens, { from: p.from, to: k }))) continue;
    return tokens.slice(k, p.to).every((t) => isCapitalised(t)) ? { from: p.from, to: k } : p;
  }
  return p;
}

/** A place's words after its article: "its website", "the White House", "the state capitol". */
const MAX_PLACE_WORDS = 3;

/** The "that" right after a few nouns from `from` ("its website that"), or -1: no verb, no pause, no other word between. */
function complementizerAfterPlace(tokens: readonly Token[], from: number, vocab: AttributionVocabulary): number {
  for (let k = from; k < Math.min(tokens.length, from + MAX_PLACE_WORDS + 1); k++) {
    const t = tokens[k]!;
    if (vocab.complementizer(t)) return k > from && thatOpensStatement(tokens, k, vocab) ? k : -1;
    // "in a filing with the Securities and Exchange Commission that …", "outside a polling place in Greenville that …": a
    // name after a link (and its article) is the place's.
    const linked = k > from && (vocab.link(t) || vocab.placeLink(t) || vocab.interviewLink(t));
    const opening = linked ? (vocab.determiner(tokens[k + 1]) ? k + 2 : k + 1) : -1;
    if (opening > 0 && isCapitalised(tokens[opening])) {
      let name = opening;
      while (isCapitalised(tokens[name]) || (vocab.coordinator(tokens[name]) && isCapitalised(tokens[name - 1]) && isCapitalised(tokens[name + 1]))) name++;
      return vocab.complementizer(tokens[name]) && thatOpensStatement(tokens, name, vocab) ? name : -1;
    }
    // "in a televised address that …": a past form right after the article is the noun's attribute, no verb.
    const attribute = k === from && vocab.pastForm(t) && !vocab.cue(t);
    // "aboard Air Force One that …": a capitalised word inside a name is the name's, though it reads as a determiner.
    const named = k > from && isCapitalised(t) && isCapitalised(tokens[k - 1]);
    if (!t.word || vocab.cue(t) || (vocab.pastForm(t) && !attribute) || vocab.auxiliary(t) || vocab.modal(t) || vocab.pronoun(t) || (vocab.determiner(t) && !named)) return -1;
  }
  return -1;
}

/**
 * The "that" at `k` opens a statement: not a demonstrative before a time ("in his victory speech that night"), nor a
 * relative pronoun before its verb ("at a summit that was held on a boat").
 */
export function thatOpensStatement(tokens: readonly Token[], k: number, vocab: AttributionVocabulary): boolean {
  const next = tokens[k + 1];
  // "railed against the provisions that pock the tax code": a word no subject opens with, before an article, is a verb
  // (not a gerund: "that drafting the platform is …").
  const verbBeforeObject = isLowercase(next) && !vocab.stopword(next!) && !vocab.verbAdverb(next) && !vocab.predeterminer(next) && !vocab.gerund(next) && vocab.determiner(tokens[k + 2]);
  const relative = vocab.auxiliary(next) || vocab.passiveAuxiliary(next) || vocab.modal(next) || vocab.pastForm(next) || vocab.cue(next) || verbBeforeObject;
  return !!tokens[k + 2]?.word && !vocab.timeNoun(next) && !relative;
}

/** "„Harbor Nights“": a title in quotation marks opening at `at` with a capital, of a few words, ending by `end`; or null. */
export function quotedTitleAt(tokens: readonly Token[], at: number, end: number): Phrase | null {
  return isCapitalised(tokens[at + 1]) ? quotedName(tokens, at, Math.min(end, at + MAX_TITLE_WORDS + 2)) : null;
}

/** "Wie „heise online“ berichtet": a name in quotation marks opening the phrase, up to its closing mark. */
export function quotedName(tokens: readonly Token[], at: number, cue: number): Phrase | null {
  if (!OPENING_MARKS.test(tokens[at]?.text ?? "")) return null;
  for (let i = at + 1; i < cue; i++) if (CLOSING_MARKS.test(tokens[i]!.text)) return i > at + 1 ? { from: at, to: i + 1 } : null;
  return null;
}

/** "die „Aktion Deutschland hilft“": a phrase that stops inside a quoted name runs on to its closing mark. */
function throughQuotedName(tokens: readonly Token[], p: Phrase, cue: number): Phrase {
  const open = tokens.slice(p.from, p.to).findLastIndex((t) => OPENING_MARKS.test(t.text));
  if (open < 0 || tokens.slice(p.from + open + 1, p.to).some((t) => CLOSING_MARKS.test(t.text))) return p;
  const name = quotedName(tokens, p.from + open, cue);
  return name ? { from: p.from, to: name.to } : p;
}

/** "Wie t-online.de berichtet": a lowercase name standing alone between "wie" and the cue. */
function lowercaseName(tokens: readonly Token[], at: number, cue: number, vocab: AttributionVocabulary): Phrase | null {
  const t = tokens[at]!;
  return at + 1 === cue && t.word && /[.-]/.test(t.text) && !vocab.adverbial(t) ? { from: at, to: at + 1 } : null;
}

/** The first of the verb's own adverbs right before `at`, not before `floor` ("The Times first reported": "first"). */
export function verbAdverbsBefore(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, floor: number): number {
  return runBefore(tokens, at, floor, (t) => vocab.verbAdverb(t));
}

/** The first of the adverbs right before the verb at `at`, not before `floor` ("has also said": "also"). */
export function adverbsBefore(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, floor = 0): number {
  return runBefore(tokens, at, floor, (t) => vocab.adverbial(t) || vocab.verbAdverb(t));
}

/** The first of the words right before `at` that `takes` accepts, not before `floor`. */
function runBefore(tokens: readonly Token[], at: number, floor: number, takes: (t: Token) => boolean): number {
  let k = at;
  while (k > floor && takes(tokens[k - 1]!)) k--;
  return k;
}

/**
 * "The deal was announced on Monday.", "A year after it was announced, …": in English a speech act in the passive with no
 * agent, no clause and no object of its own reports its subject, said by nobody named: from the subject to the clause's end.
 */
export function agentlessPassive(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  if (reading.speaker || reading.content || vocab.marksIndirectSpeech || reading.first !== reading.last || !vocab.pastForm(tokens[reading.first]!)) return null;
  const verb = passiveVerbStart(tokens, reading.first, vocab);
  if (verb < 0) return null;
  const next = tokens[reading.last + 1];
  if (next?.word && (vocab.passiveAgent(next) || vocab.complementizer(next) || vocab.infinitiveMarker(next) || vocab.cuePreposition(next))) return null;
  // "The question was asked in 1998" informs nobody; "adding the crew had been warned": a phrase that opens no clause, or
  // opens with a participle, is an object.
  const subject = vocab.question(tokens[reading.first]!) ? null : reader.backward(verb);
  if (!subject || !reader.startsClause(subject) || vocab.gerund(tokens[subject.from]!)) return null;
  const end = statementEnd(tokens);
  let to = reading.last + 1;
  while (to < end && !COLON_OR_COMMA.has(tokens[to]!.text)) to++;
  // "were highlighted during the campaign by rivals": an agent further on names the speaker; the passive is read with it.
  return tokens.slice(reading.last + 1, to).some((t) => vocab.passiveAgent(t)) ? null : { from: subject.from, to };
}

/**
 * "It is believed that the ministers will table an offer", "it was widely reported that …": in English an expletive "it"
 * before a cue in the passive names nobody; the "that" clause after the cue is said by nobody named.
 */
export function expletivePassive(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): boolean {
  const subject = reading.speaker;
  if (vocab.marksIndirectSpeech || !subject || subject.to - subject.from !== 1 || !vocab.expletive(tokens[subject.from]!)) return false;
  // Before an infinitive "it" stands for something named before: "It is expected to rise" (evidential.ts).
  if (!reading.content || !vocab.complementizer(tokens[reading.content.from])) return false;
  return passiveAfterSubject(tokens, reading, vocab) && !vocab.addresseeVerb(tokens[reading.first]!);
}

/**
 * "Lee was heard telling aides …", "was caught saying": a participle cue right after a lowercase word, no adverb, that a
 * passive auxiliary opens, the passive's participle (no noun the cue's participle modifies).
 */
export function afterPassiveParticiple(tokens: readonly Token[], participle: number, vocab: AttributionVocabulary): boolean {
  const before = tokens[participle - 1];
  return isLowercase(before) && !vocab.adverbial(before!) && vocab.passiveAuxiliary(tokens[participle - 2]);
}

/** The subject of that passive, which holds the participle cue's words. */
export function passiveSubject(tokens: readonly Token[], participle: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  return reader.backward(verbStart(tokens, participle - 1, vocab));
}

/**
 * "Lee was told that the team did not want him": in English the subject of an addressee verb in the passive, its agent
 * unnamed, is whom the words were told to; who told them is not said (not a question: "Lee was asked whether …" is
 * read with the person asked, who answers after it).
 */
export function toldInPassive(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): boolean {
  const cue = tokens[reading.first]!;
  return !vocab.marksIndirectSpeech && vocab.addresseeVerb(cue) && !vocab.question(cue) && passiveAfterSubject(tokens, reading, vocab);
}

/** The cue is a past form in the passive right after the subject read for it ("it was reported", "Lee was told"). */
function passiveAfterSubject(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): boolean {
  return !!reading.speaker && vocab.pastForm(tokens[reading.first]!) && passiveVerbStart(tokens, reading.first, vocab) === reading.speaker.to;
}

/** Where the verb at `first` starts (verbStart) when a passive auxiliary stands in it; else -1. */
function passiveVerbStart(tokens: readonly Token[], first: number, vocab: AttributionVocabulary): number {
  const verb = verbStart(tokens, first, vocab);
  return tokens.slice(verb, first).some((t) => vocab.passiveAuxiliary(t)) ? verb : -1;
}

/** The first token of the verb at `first` with its auxiliaries and adverbs ("has long been", "was still"). */
export function verbStart(tokens: readonly Token[], first: number, vocab: AttributionVocabulary): number {
  let k = first;
  while (k > 0 && (vocab.auxiliary(tokens[k - 1]!) || vocab.adverbial(tokens[k - 1]!) || vocab.verbAdverb(tokens[k - 1]!) || vocab.passive(tokens[k - 1]))) k--;
  return k;
}

/**
 * "Perez says too many women …", "Lee says this city needs …", "asked if …": after a verb whose subject stands before it, an
 * adverb that may open a clause (`clause-opening-adverbs`) does so before a word that is no time noun or adverb ("said this
 * week" and "said too." stay adverbials of the verb), and so do two words opening a quantity (`quantity-openers`: "said at
 * least 12 people died").
 */
function opensClauseAfterVerb(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, asks = false): boolean {
  const next = tokens[at + 1];
  if (opensQuantity(tokens, at, vocab)) return true;
  if (!next?.word || vocab.timeNoun(next) || vocab.adverbial(next)) return false;
  // "did not say when the talks would resume", "declined to say when …": after a cue that asks or withholds, a question
  // word before a clause's subject opens it (not before a participle: "when asked"); after "said" "when" says when.
  const question = asks && vocab.questionWord(tokens[at]!) && !vocab.participle(next) && !vocab.pastForm(next);
  return vocab.clauseOpeningAdverb(tokens[at]!) || question;
}

/** "asked", "did not say", "declined to say": a cue whose words ask or withhold, tested at the cue's span. */
function asksOrWithholds(tokens: readonly Token[], first: number, last: number, vocab: AttributionVocabulary): boolean {
  // "declined to say": the cue read from "say", the verb that takes it two words before.
  const span = tokens.slice(Math.max(0, first - 2), last + 1);
  return vocab.question(tokens[first]!) || span.some((t) => vocab.negation(t)) || !!vocab.withheld?.test(span.map((t) => t.text).join(" "));
}

/** "Wie t-online.de berichtet, …": the clause of a cue whose speaker was not read opens with "wie". */
function opensWithComment(tokens: readonly Token[], cue: number): boolean {
  return commentOpener(tokens, cue) >= 0;
}

/**
 * "Die Bahn rechnet mit Verspätungen, wie eine Sprecherin sagte": a clause of "wie" at `k` that closes on a cue of its own
 * says who said the sentence, not what the cue before it holds.
 */
function commentClauseAt(tokens: readonly Token[], k: number, end: number, vocab: AttributionVocabulary): boolean {
  if (!COMMENT_OPENERS.has(tokens[k]!.text.toLowerCase())) return false;
  for (let i = k + 2; i < end && i - k <= MAX_COMMENT_CLAUSE; i++) {
    if (vocab.cue(tokens[i]!) && commentOpener(tokens, i) === k && !tokens[cueEnd(tokens, i + 1, vocab)]?.word) return true;
  }
  return false;
}

/**
 * Where "wie" opens the clause of a cue ("…, wie die Firma mitteilte"), else -1; an apposition set off by commas may stand
 * before the cue ("…, wie Jan Berg, Chef der Firma, mitteilte").
 */
function commentOpener(tokens: readonly Token[], cue: number): number {
  const opens = (i: number) => i >= 0 && i < cue && COMMENT_OPENERS.has(tokens[i]!.text.toLowerCase());
  const i = clauseStart(tokens, cue - 1);
  if (opens(i)) return i;
  const beforeApposition = i >= 2 && tokens[i - 1]!.text === "," ? clauseStart(tokens, i - 2) : -1;
  return opens(beforeApposition) ? beforeApposition : -1;
}

/**
 * "Auch der frühere Schiedsrichter Urs Meier kritisierte, …": focus particles before the phrase, which opens the clause;
 * a coordinator may open the sentence before them ("Aber auch die Kommission kritisierte …").
 */
function afterOpeningAdverbs(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  // "Erst vergangene Woche kündigte …": a time is no subject.
  if (p.from === 0 || vocab.timeNoun(tokens[p.to - 1]!)) return false;
  const start = vocab.coordinator(tokens[0]) && p.from > 1 ? 1 : 0;
  for (let i = start; i < p.from; i++) if (!vocab.focusParticle(tokens[i]!)) return false;
  return true;
}

/**
 * "nicht so verheerend, wie zunächst angenommen", "so groß, wie die Gutachter befürchtet hatten": after "so" and its
 * adjective, a clause of "wie" closing on the cue at `cue` compares; it is no comment clause and reports nothing.
 */
export function comparesWith(tokens: readonly Token[], cue: number): boolean {
  const opener = commentOpener(tokens, cue);
  if (opener < 1) return false;
  for (let i = opener - 2; i >= 0 && !COLON_OR_COMMA.has(tokens[i]!.text); i--) if (tokens[i]!.text === "so" && isLowercase(tokens[i + 1])) return true;
  return false;
}

/**
 * "The storm hit, said meteorologist Ann Lee.": in English the whole clause before the comma right before the cue, with
 * a speaker after the cue closing the sentence, is what was said (a noun-like verb, "hit", reads as a phrase), not the
 * cue's subject ("Dale Simmons, a ferry pilot, said the plan …" goes on with its statement).
 */
function invertedAfterOpening(tokens: readonly Token[], subject: Phrase, verb: number, last: number, vocab: AttributionVocabulary, reader: PhraseReader): boolean {
  if (vocab.marksIndirectSpeech || subject.to !== verb - 1 || tokens[verb - 1]!.text !== ",") return false;
  const after = reader.forward(pastAdverbs(tokens, last + 1, tokens.length, vocab));
  return !!after && !tokens[after.to]?.word && !COLON_OR_COMMA.has(tokens[after.to]?.text ?? "") && (reader.isName(after) || namesSpeaker(tokens, headOf(tokens, after, vocab), vocab, reader));
}

/**
 * "Die Front, die lange stand, habe das Land erreicht, sagte ein Sprecher": in German a Konjunktiv between the comma after
 * the sentence's subject and the comma before the cue at `verb` is what was said, the subject its own; the cue's
 * speaker follows it. An apposition there has none: "Der Leiter der Wache, Jan Ott, sagte …". Only a form of the
 * vocabulary counts, not a mere shape ("Die Gäste, ranghohe Politiker und hunderte Bürger, nahmen teil"); and not
 * where a cue of the subject's own opens it at its comma, whose statement it is ("Ott, der Sprecher, sagte, es sei …,
 * bestritt aber …").
 */
function statedAfterSubject(tokens: readonly Token[], subject: Phrase, verb: number, vocab: AttributionVocabulary): boolean {
  if (!vocab.marksIndirectSpeech || tokens[verb - 1]?.text !== "," || tokens[subject.to]?.text !== ",") return false;
  const between = tokens.slice(subject.to + 1, verb - 1);
  return between.some((t) => vocab.subjunctive(t)) && !between.some((t, i) => vocab.cue(t) && between[i + 1]?.text === ",");
}

/** "Die Lage sei ernst, sagte er." */
function contentBefore(tokens: readonly Token[], cue: number, subjectFirst: boolean, vocab: AttributionVocabulary, speaker: Phrase | null, closingComment = false): Phrase | null {
  // "Die Anlage sei sicher, wie die Firma mitgeteilt hatte": a German comment clause closing the sentence reports the clause before it.
  // A comma right before the cue closes an apposition inside the comment clause ("…, wie Jan Berg, Chef der Firma, mitteilte"),
  // not the comment clause itself: "Das Werk schließt, wie geplant, teilte die Firma mit" reports it whole.
  const comment = commentOpener(tokens, cue);
  const clause = clauseStart(tokens, cue - 1);
  // "…, wie der DWD am Montag in Offenbach mitteilte.": closing the sentence on its cue, the comment clause is the
  // attribution, however many words of time and place stand before its verb; not one whose opener stands before a comma
  // in the cue's clause, which may compare ("wie zum Beispiel von …, wurde … betont"). An English one may close on a few
  // words after its cue: "…, as Tass reported on Monday.", "…, as the ministry said in a statement."; not before a colon,
  // where it announces the quotation after it ("…, as the foundation notes: “…”").
  const [after, end] = [cueEnd(tokens, cue + 1, vocab), statementEnd(tokens)];
  const closesOnCue = (after === end || (!vocab.marksIndirectSpeech && fewClosingWords(tokens.slice(after, end)))) && tokens[end]?.text !== ":";
  const closing = comment > 0 && comment === clause && closesOnCue;
  // English "as" opens clauses of time and of comparison too: only one closing the sentence is a comment clause.
  const opener = vocab.marksIndirectSpeech || closing ? comment : -1;
  if (opener > 0 && (tokens[cue - 1]?.text !== "," || opener < clause)) return contentBefore(tokens, opener, false, vocab, speaker, closing);
  if (subjectFirst || tokens[cue - 1]?.text !== "," || cue - 1 < 2) return null;
  // "Der Präsident der Kammer, Malik Osei, nannte …": in German an apposition before the cue is no statement; indirect
  // speech is marked, or closed by its attribution ("Der Umsatz wird steigen, teilte das Unternehmen mit").
  // The Konjunktiv is looked for after a colon introducing the clause ("Kinderärzte schlagen Alarm: Viele Praxen seien …").
  const from = afterIntroducingColon(tokens, cue - 1);
  if (vocab.marksIndirectSpeech && !QUOTE_MARKS.test(tokens[0]!.text) && !hasSubjunctive(tokens, from, cue - 1, vocab) && !closingComment && !closesSentence(tokens, cue, speaker, vocab)) return null;
  // "Da er nie ein Zelt aufgebaut hatte, bat er die Ranger um Hilfe": a clause of reason, time or condition says why
  // or when, unless a Konjunktiv form of the vocabulary marks it as reported ("Während die Preise stabil bleiben sollen, …").
  // So it does after focus particles: "Selbst wenn das Gericht sie als Jugendliche ansieht, droht ihr eine Haftstrafe".
  let opening = from;
  while (opening < cue - 1 && vocab.focusParticle(tokens[opening]!)) opening++;
  if (vocab.subordinator(tokens[opening]!) && !tokens.slice(opening + 1, cue - 1).some((t) => vocab.subjunctive(t))) return null;
  // "Wie aus Unternehmenskreisen verlautete, erwägt Siemens den Verkauf": a comment clause closed by its own cue says who
  // told the sentence; it is nothing the cue after it reports.
  if (COMMENT_OPENERS.has(tokens[opening]!.text.toLowerCase()) && vocab.cue(tokens[cue - 2])) return null;
  // "Um die Lage einschätzen zu können, zitiert die Zeitung …": an infinitive clause of purpose says why.
  if (vocab.infinitiveAdverbial(tokens[opening]!)) return null;
  return { from, to: cue - 1 };
}

/**
 * "Kritik kam von den Grünen: Der Entwurf sei „ein Rückschritt“, sagte Ott.": the narration before a colon introduces
 * what the closing cue reports, which starts after it; not a colon inside a quotation, nor one before a quotation, which
 * the statement keeps whole as annotated ("Das Tor war bitter: „So zu verlieren ist ärgerlich“, sagte Beck").
 */
function afterIntroducingColon(tokens: readonly Token[], end: number): number {
  for (let k = 1; k < end - 1; k++) {
    if (QUOTE_MARKS.test(tokens[k]!.text)) return 0;
    if (tokens[k]!.text === ":") return QUOTE_MARKS.test(tokens[k + 1]!.text) ? 0 : k + 1;
  }
  return 0;
}

/**
 * The cue at `cue`, its subject after it and a few words (an adverb, a place, the particle) close the sentence, with no
 * pause; or up to a comma after the subject that sets off its apposition ("…, sagte Jan Berg, der Sprecher der Firma.").
 * An impersonal cue closes it with no subject: "Die Bewohner konnten sich retten, hieß es."
 */
function closesSentence(tokens: readonly Token[], cue: number, speaker: Phrase | null, vocab: AttributionVocabulary): boolean {
  const end = statementEnd(tokens);
  const impersonal = tokens.slice(cue, end);
  if (fewClosingWords(impersonal) && impersonal.some((t) => vocab.impersonal(t))) return true;
  if (!speaker || speaker.from <= cue || speaker.to > end) return false;
  // "…, teilte der Leiter der Behörde, Jan Berg, mit.": the comma closing an appositive name in the speaker is the speaker's.
  const closed = closesAppositive(tokens, speaker, speaker.to);
  const after = tokens.slice(closed ? speaker.to + 1 : speaker.to, end);
  const apposition = after.findIndex((t) => t.text === ",");
  const closing = apposition >= 0 ? after.slice(0, apposition) : after;
  return fewClosingWords([...tokens.slice(cue, speaker.from), ...closing]) || (speaker.from === cue + 1 && circumstancesOnly(closing, vocab));
}

/**
 * "…, sagte sie bei einem Besuch in Frankfurt.", "nach dem Treffen in Berlin": the occasion and the place, opened by a
 * preposition and closed by a noun; not a verb's particle closing its bracket ("schloss jede Koalition mit anderen aus"),
 * nor a figure the verb states ("bezifferte Enders mit 22,5 Millionen Euro").
 */
function circumstancesOnly(rest: readonly Token[], vocab: AttributionVocabulary): boolean {
  const opens = vocab.preposition(rest[0]) || vocab.articleContraction(rest[0]);
  const plain = rest.every((t) => t.word && !vocab.cue(t) && !/\p{N}/u.test(t.text));
  return opens && rest.length <= MAX_CLOSING_CIRCUMSTANCES && plain && isCapitalised(rest[rest.length - 1]);
}

/** Words closing a sentence after what was said: a few (the marks around a title no words: "im Fachjournal „Nature“"), no pause between them. */
function fewClosingWords(rest: readonly Token[]): boolean {
  return rest.filter((t) => t.word).length <= MAX_CLOSING_WORDS && rest.every((t) => t.word || QUOTE_MARKS.test(t.text));
}

export function hasSubjunctive(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): boolean {
  const opensClause = (k: number) => k === from || tokens[k - 1]?.text === ",";
  for (let i = from; i < Math.min(to, from + 14); i++) {
    const t = tokens[i]!;
    // "sagte Jon Miller, Gründer der Band: „Ich spiele …“": after a colon come someone's own words, whose first person is no Konjunktiv.
    if (t.text === ":") return false;
    if (vocab.subjunctive(t)) return true;
    // "die Union benötige entweder …": a verb in the Konjunktiv's shape, not an adjective before its noun, nor an
    // auxiliary or modal in the indicative ("…, der dem Rat vorgelegt wurde", "hatte", "sollte"), nor a short function
    // word of that shape ("auf eine baldige Einigung", "ohne große Mühe"). Right after a pronoun or an article's noun
    // opening the clause it is the verb after its subject, a noun after it its object: "der Konzern baue Stellen ab", "sie
    // plane Hallen" (not "das an die Länder vergebene Amt").
    const functionWord = vocab.determiner(t) || vocab.preposition(t);
    // So it is after a prepositional phrase opening the clause, a name after it its subject: "ohne Investitionen verliere
    // Deutschland den Anschluss".
    const opener = (k: number) => (vocab.determiner(tokens[k]) || vocab.preposition(tokens[k])) && opensClause(k);
    // ("man prüfe Spekulationen nicht": so after an indefinite pronoun.)
    const pronounSubject = (k: number) => opensClause(k) && (vocab.pronoun(tokens[k]) || vocab.indefinitePronoun(tokens[k]));
    const afterSubject = isLowercase(t) && (pronounSubject(i - 1) || (isCapitalised(tokens[i - 1]) && opener(i - 2)));
    // "Weber kritisierte den Plan, Berg (hingegen) lobte das Ergebnis": a weak preterite (`preterite-shape`) right after a
    // name or a subject opening the clause, or after an adverb after it, is the indicative of a main clause of its own.
    const name = isLowercase(tokens[i - 1]) && vocab.adverbial(tokens[i - 1]) ? i - 2 : i - 1;
    const preterite = vocab.preteriteShape(t) && (afterSubject || (isCapitalised(tokens[name]) && opensClause(name)));
    if (vocab.subjunctiveShape(t) && !preterite && !functionWord && !vocab.trailingAuxiliary(t) && !vocab.modal(t) && i > from && !vocab.determiner(tokens[i - 1]!) && (afterSubject || !isCapitalised(tokens[i + 1]))) return true;
  }
  return false;
}

/**
 * The statement runs to the sentence end, without the closing punctuation but with the marks that close a quotation
 * in it, typed ones too ("said the plan would ''hurt families.''"): the quotation is then part of it.
 */
export function statementEnd(tokens: readonly Token[]): number {
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1]!.word && !/[“”"»«’']/.test(tokens[end - 1]!.text)) end--;
  return end;
}

/** Does the participle at `first` open the sentence, alone or after a conjunction ("While saying …", "But after thanking …")? */
function opensSentence(tokens: readonly Token[], first: number, vocab: AttributionVocabulary): boolean {
  const start = vocab.coordinator(tokens[0]) && first === 2 ? 1 : 0;
  return first === start || (first === start + 1 && vocab.conjunction(tokens[start]));
}

/**
 * "Noting that the bill failed, Lee said …": a participle opening the sentence speaks for the subject after its clause's
 * comma; so does one after an opening conjunction ("While saying that he respects her, Lee …").
 */
function openingParticiple(tokens: readonly Token[], r: CueReading, reader: PhraseReader): { speaker: Phrase; content: Phrase } | null {
  if (!r.content) return null;
  // "After talking about security, Lee said …": the comma may close the content already read.
  let comma = r.content.from;
  while (comma < tokens.length && tokens[comma]!.text !== ",") comma++;
  const speaker = comma < tokens.length && comma - r.content.from >= 1 ? reader.forward(comma + 1) : null;
  return speaker ? { speaker, content: { from: r.content.from, to: Math.min(comma, r.content.to) } } : null;
}

/** Does the comma at `comma` close an appositive inside the speaker phrase that ends right before it ("der Leiter, Jan Ott,")? */
function closesAppositive(tokens: readonly Token[], speaker: Phrase | null, comma: number): boolean {
  return !!speaker && speaker.to === comma && tokens[comma]?.text === "," && tokens.slice(speaker.from, speaker.to).some((t) => t.text === ",");
}
