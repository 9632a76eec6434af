// Who speaks and through whom: the parties of a statement (speakers, subjects, intermediaries) and the chain a cue gives it.
import { firstAtOrAfter } from "../spans.js";
import type { SpeakerType } from "../types.js";
import { adverbClosingCue, cueEnd, cueStart, measures, adjunctClosingCue, pastPhrasalParticle } from "./cue-span.js";
import { subjectAfterFrontedAdverbial } from "./verb-second.js";
import { quotedObject, quotingParticiple, type CueReading } from "./cues.js";
import { hasSpeakerNoun } from "./speaker-phrase.js";
import { carriedBy } from "./show-title.js";
import { contraction, isCapitalised, isLowercase, onNameOrNoun, pastQuestionWord, type Phrase, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";
import { ACRONYM, BODIES, headedByDocument, nameOf, namesType, POSSESSIVE, possessorOf, quotedTitle, speakerType, withoutPossessive } from "./speakers.js";
import { assertsNothing } from "./asserts.js";
import { ReaderState, spanOf, type Party, type SentenceReading, type Statement } from "./reader-state.js";

/** "the largest service union": the words of a body's noun phrase in an apposition, its article aside. */
const MAX_APPOSITION_NOUNS = 4;
/** "Deutsche Bahn" of "die Deutsche Bahn": the words of the name closing a body set off after a role. */
const MAX_SET_OFF_NAME_WORDS = 3;
/** "the building's new owner": the words of an unnamed role, its article first. */
const MAX_ROLE_WORDS = 5;

/**
 * The auxiliary contracted onto a word, if any. "’s" is one only on a pronoun or another function word ("he’s said",
 * "who’s called for"), or before another auxiliary ("Lee’s been saying"); on a name or a noun it is the possessive, outside the cue: "Lee’s call for a vote", "the party’s plans to …".
 */
function contractedAuxiliary(word: Token, next: Token, vocab: AttributionVocabulary): string | null {
  const c = contraction(word);
  if (!c) return null;
  return onNameOrNoun(c, vocab) && !vocab.auxiliary(next) ? null : c.ending;
}

/** Outlets and platforms pass a statement on; people and offices it is told to do not (vague crowds: see passesOn). */
const INTERMEDIARIES: ReadonlySet<SpeakerType> = new Set(["agency", "media", "platform"]);
/** "IG Metall", "IG BCE": the words of a body's name after the acronym opening it. */
const MAX_ACRONYM_NAME_WORDS = 2;
/** "BCE" of "IG BCE": an acronym inside a body's name is short. */
const MAX_ACRONYM_LETTERS = 3;
/** A party typed as an outlet or a platform (speaker-phrase.ts reads the same of a phrase not yet typed). */
export const isOutletParty = (party: Party) => INTERMEDIARIES.has(party.type);

/** What may stand between "as saying" and the quotation it announces: "as saying:", "as saying that". */
const ANNOUNCING_MARKS = new Set([",", ":"]);
/** What stands between a phrase and an aside set off after it. */
const SET_OFF_BY_COMMA = /^\s*,\s*$/;

/**
 * "Interfax quoted Peskov as saying: “…”": the object of the quoting verb at `verb` whose participle announces the
 * quotation at `quote` (nothing but a mark or "that" between), or null.
 */
function quotedBeforeQuotation(tokens: readonly Token[], verb: number, quote: number, vocab: AttributionVocabulary): Phrase | null {
  if (!vocab.quoting(tokens[verb])) return null;
  const k = quotingParticiple(tokens, verb + 2, tokens.length, vocab);
  if (k < 0 || tokens[k]!.start >= quote) return null;
  let next = k + 1;
  while (tokens[next] && tokens[next]!.start < quote && (ANNOUNCING_MARKS.has(tokens[next]!.text) || vocab.complementizer(tokens[next]))) next++;
  return (tokens[next]?.start ?? Infinity) >= quote ? quotedObject(tokens, k, vocab) : null;
}

export class PartyReader extends ReaderState {
  protected attribute(statement: Statement, s: SentenceReading, reading: CueReading): void {
    this.used.add(reading);
    // "has said", "has also said", "wird vorgeworfen": auxiliaries and the adverbs between them and the verb belong to the cue, the speaker never.
    const floor = this.pastAnonymityAside(s.tokens, reading.speaker && reading.speaker.to <= reading.first ? reading.speaker.to : 0, reading.first);
    let from = reading.first;
    // "war berichtet worden": before a perfect passive its finite "war" too.
    const perfectPassive = this.vocab.perfectPassive(s.tokens[reading.last + 1]);
    const joinsCue = (w: Token) => this.vocab.auxiliary(w) || this.vocab.passiveAuxiliary(w) || this.vocab.verbAdverb(w) || (perfectPassive && this.vocab.trailingAuxiliary(w));
    // "The group has reportedly spent …": an adverb cue stands alone, its auxiliary part of what is reported.
    const adverb = this.vocab.adverbial(s.tokens[reading.first]!);
    from -= wordsPhraseBefore(s.tokens, reading, floor, this.vocab) || requestCorrelateBefore(s.tokens, reading, floor, this.vocab);
    // "Die Stadt hat sich bereit erklärt", "hat man sich entschlossen": a reflexive right before a cue is its verb's.
    if (from - 1 >= floor && this.vocab.reflexive(s.tokens[from - 1])) from--;
    while (!adverb && from - 1 >= floor && joinsCue(s.tokens[from - 1]!)) from--;
    // "Lee paused, then said …", "and then tweeted": "then" there joins the clauses, like the conjunction before it.
    if (from < reading.first && this.vocab.sequenceAdverb(s.tokens[from]) && commaOrCoordinator(s.tokens[from - 1], this.vocab)) from++;
    if (from - 1 >= floor) from = cueStart(s.tokens, from, this.vocab);
    // "declined to comment": the marker of an infinitive cue belongs to it, as annotated.
    if (from - 1 >= floor && from === reading.first && this.vocab.infinitiveMarker(s.tokens[from - 1]!)) {
      from--;
      // "refused to say", "went on to say", "was prompted to say", "continues to insist": so does the verb that takes it, with
      // its particle and auxiliaries; an adjective only where it is its subject's ("was quick to point out", "is likely to
      // say"), not an impersonal one ("too soon to say", "it is fair to say").
      const particle = this.vocab.catenativeParticle(s.tokens[from - 1]) ? 1 : 0;
      const at = from - 1 - particle;
      const verb = s.tokens[at];
      const takes = particle || this.vocab.pastForm(verb) || this.vocab.catenativeVerb(verb) || (this.vocab.catenativeAdjective(verb) && afterCopula(s.tokens, at, this.vocab));
      if (at >= floor && isLowercase(verb) && !this.vocab.stopword(verb!) && takes) {
        from -= 1 + particle;
        while (from - 1 >= floor && joinsCue(s.tokens[from - 1]!)) from--;
      }
    }
    // "warned of", "wrote about": a preposition the cue governs belongs to its span. Where quotations are parts of statements
    // (English news), one after what was said names a topic and is annotated outside the cue ("“…,” he said of the plan").
    const topic = !!this.vocab.joinedQuotationEnding && statement.span.start < s.tokens[reading.last]!.end;
    const governs = this.vocab.cuePreposition(s.tokens[reading.last + 1]) && !topic && !measures(s.tokens, reading.last + 2, this.vocab);
    const adjunct = adjunctClosingCue(s.tokens, reading.last + 1, this.vocab);
    const to = adjunct > reading.last + 1 ? adjunct : governs ? reading.last + 2 : adverbClosingCue(s.tokens, pastPhrasalParticle(s.tokens, reading.last + 1, this.vocab), this.vocab);
    const span = spanOf(s.tokens, { from, to: cueEnd(s.tokens, to, this.vocab) });
    // "he’s said", "they’ve argued": a contracted auxiliary written onto the subject belongs to the cue, as annotated.
    const contracted = from > 0 ? contractedAuxiliary(s.tokens[from - 1]!, s.tokens[from]!, this.vocab) : null;
    const cueSpan = contracted ? { start: s.tokens[from - 1]!.end - contracted.length, end: span.end } : span;
    statement.cue = { text: this.slice(cueSpan), span: cueSpan };
    // "warned of a recession", "saw for the first time the abundance …": words the cue's span took (a preposition it governs,
    // an adjunct closing it) are the cue's, not what was said.
    if (statement.span.start > cueSpan.start && statement.span.start < cueSpan.end) {
      const after = s.tokens[firstAtOrAfter(s.tokens, cueSpan.end, (t) => t.start)];
      if (after && after.start < statement.span.end) statement.span = { start: after.start, end: statement.span.end };
    }
    statement.speaker = reading.speaker ? this.speakerOf(s.tokens, reading) : null;
    statement.intermediaries = this.intermediaries(s.tokens, reading);
    if (statement.kind === "direct") this.quotedThrough(statement, s.tokens, reading.first);
    if (reading.cited) statement.origins = reading.cited.map((c) => this.party(s.tokens, c));
    if (assertsNothing(s.tokens, reading, this.input.text, this.vocab, from)) statement.assertsNothing = true;
    const asked = reading.addressee && this.vocab.question(s.tokens[reading.first]!) ? this.party(s.tokens, reading.addressee) : null;
    if (asked?.type === "person") statement.askedOf = asked;
  }

  /**
   * "Interfax quoted Peskov as saying: “…”": the quotation is the outlet's statement, as annotated, and Peskov's words it
   * passed on: he opens its chain (Peskov → Interfax).
   */
  protected quotedThrough(statement: Statement, tokens: Token[], verb: number): void {
    const quoted = quotedBeforeQuotation(tokens, verb, statement.span.start, this.vocab);
    if (quoted) statement.origins = [this.party(tokens, quoted)];
  }

  /** "Dana Pruitt cracked, “…”", "He said Ortega “has nerve …”": the subject of the clause around a quotation, if it is a named person, a personal pronoun or a role. */
  protected personSubject(s: SentenceReading, before: number, unnamedRoles = false): Party | null {
    const subject = s.reader.clauseSubject(before);
    if (!subject) return null;
    const pronoun = subject.to - subject.from === 1 && this.vocab.personalPronoun(s.tokens[subject.from]!);
    if (pronoun || s.reader.isName(subject)) return this.party(s.tokens, subject);
    // An unnamed role or office ("Her agency sent out a statement saying …") speaks in the quotation's own clause; in the
    // sentence before it is a topic as often as a source, and speaks only with its holder's name ("Senator Jane Doe").
    const party = hasSpeakerNoun(s.tokens, subject, this.vocab) ? this.party(s.tokens, subject) : null;
    return party && (unnamedRoles || party.type === "person") ? party : null;
  }

  /** The noun phrase opening a sentence, if it is a name or has an article or a speaker noun: "Das Bundeskartellamt hat … vorgelegt." */
  protected subjectOf(index: number): Party | null {
    const s = index >= 0 ? this.at(index) : undefined;
    if (!s) return null;
    // "Auch der Außenminister attackierte den Iran als „…“": focus particles before the subject, which names a speaker.
    const start = s.reader.pastFocusParticles(0, s.tokens.length - 1);
    const phrase = s.reader.forward(start);
    if (start > 0 && phrase) return s.reader.isName(phrase) || hasSpeakerNoun(s.tokens, phrase, this.vocab) ? this.party(s.tokens, phrase) : null;
    if (!phrase || s.reader.isOpeningAdverb(phrase)) {
      // "Hier sparte der Bundespräsident nicht mit Kritik": a fronted adverbial, the verb, then the subject.
      const after = this.vocab.marksIndirectSpeech ? subjectAfterFrontedAdverbial(s.tokens, this.vocab, s.reader) : null;
      return after && this.party(s.tokens, after);
    }
    const inverted = this.invertedPronoun(s.tokens, phrase);
    if (inverted) return this.party(s.tokens, inverted);
    const first = s.tokens[phrase.from]!;
    if (this.vocab.indefinite(first)) return null;
    const subject = s.reader.isName(phrase) || this.vocab.determiner(first) || hasSpeakerNoun(s.tokens, phrase, this.vocab);
    return subject ? this.party(s.tokens, phrase) : null;
  }

  /** "Ursprünglich wollte er „…“", "Das Angebot lehnt er ab: „…“": a fronted phrase, the verb, then the subject pronoun. */
  protected invertedPronoun(tokens: Token[], fronted: Phrase): Phrase | null {
    const at = fronted.to + 1;
    const verb = tokens[fronted.to];
    if (!this.vocab.marksIndirectSpeech || !verb?.word || /^\p{Lu}/u.test(verb.text) || !tokens[at]) return null;
    return this.vocab.subjectPronoun(tokens[at]!) ? { from: at, to: at + 1 } : null;
  }

  /** The subject opening a sentence if it can be a source: a role or speaker noun, an outlet or institution, or a name of two words or more. */
  protected sourceSubjectOf(index: number): Party | null {
    const subject = this.subjectOf(index);
    const s = subject && this.at(index);
    const phrase = s && s.reader.forward(0);
    if (!subject || !s || !phrase) return null;
    // A document opening the sentence ("Die Studie", typed for the body that issued it) is its topic as often as a source.
    const outletOrInstitution = subject.type !== "person" && !headedByDocument(s.tokens, phrase, this.vocab);
    return outletOrInstitution || hasSpeakerNoun(s.tokens, phrase, this.vocab) || (phrase.to - phrase.from > 1 && s.reader.isName(phrase)) ? subject : null;
  }

  private intermediaries(tokens: Token[], reading: CueReading): Party[] {
    // "bat die Behörden, …": whom a request is made to passes nothing on; an outlet the request was voiced to after
    // "gegenüber" does ("forderte gegenüber dem RND eine Obergrenze").
    const toOutlet = reading.addressee && this.vocab.addresseeMarker(tokens[reading.addressee.from - 1]);
    const addressee = reading.addressee && (toOutlet || !this.vocab.request(tokens[reading.first]!)) ? this.toldParty(tokens, reading.addressee) : null;
    const reporters = reading.reporters.map((r) => this.party(tokens, r));
    // "sagte Huber der „Hafenpost“", "schrieb Berg in der „Zeit“": told to or said in a name in quotation marks, as German
    // names its papers and shows, a statement is passed on by a publication. (Not the matter after a preposition other
    // than "gegenüber", a talk's "mit" or "in": "warnte vor den „Lohnverzichtstheorien“".)
    const before = reading.addressee ? tokens[reading.addressee.from - 1] : undefined;
    const marked = !this.vocab.preposition(before) || this.vocab.addresseeMarker(before) || this.vocab.interviewLink(before) || this.vocab.placeLink(before);
    const title = !!addressee && quotedTitle(tokens, reading.addressee!, this.vocab) && marked;
    // "In an essay for Vogue, …": a name a piece was written for or in published it; "told The Verge": a name read as a
    // person's that a capitalised "The" opens is a title (titledWithThe).
    const named = !!addressee && (addressee.type === "person" || addressee.type === "institution");
    const published = named && (this.writtenFor(tokens, reading.addressee!) || (addressee.type === "person" && titledWithThe(tokens, reading.addressee!, this.vocab)));
    const publication = (title && addressee.type === "institution") || published ? { ...addressee, type: "media" as const } : addressee;
    // "The Post's Greg Sargent reported …": the journalist's outlet carried the words (Greg Sargent → Post).
    const employer = reading.speaker && reading.relative === null ? this.employer(tokens, reading.speaker) : null;
    // "sagte Merz im Fernsehen": after an outlet's preposition only an outlet that carried the words passes them on, or a
    // platform ("Writing on X, Musk said …", "Trump, posting on Truth Social, said …"); before any other preposition but
    // "gegenüber" or a talk's the media only heard them ("sagte der Minister vor den Medien").
    const told = this.vocab.outletLink(before)
      ? addressee?.type === "platform" || carriedBy(tokens, reading.addressee!, this.vocab)
      : !this.vocab.preposition(before) || this.vocab.addresseeMarker(before) || this.vocab.interviewLink(before);
    return [...(employer ? [employer] : []), ...(publication && ((told && this.relaysWhatIsTold(publication)) || title) ? [publication] : []), ...reporters];
  }

  /**
   * "an essay for Vogue", "a column in the Harbor Gazette": a capitalised name after a written piece's noun and its link,
   * no person's ("a column for Ann Ruiz" opens on a given name).
   */
  private writtenFor(tokens: readonly Token[], partner: Phrase): boolean {
    const name = tokens[this.vocab.determiner(tokens[partner.from]) ? partner.from + 1 : partner.from];
    return this.vocab.interviewLink(tokens[partner.from - 1]) && this.vocab.writtenPiece(tokens[partner.from - 2]) && isCapitalised(name) && !this.vocab.givenName(name);
  }

  /**
   * Outlets, platforms and vague crowds that report what others said ("…, sources said", "…, those people said") pass a
   * statement on.
   */
  protected passesOn(source: Party): boolean {
    return isOutletParty(source) || (source.type === "vague" && namesType(source.text, "vague", this.vocab));
  }

  /** Told to outlets, platforms or vague media ("told news agencies", `media-crowds`), a statement is passed on; told to another crowd, heard ("told her supporters"). */
  private relaysWhatIsTold(addressee: Party): boolean {
    return addressee.type === "vague" ? this.vocab.mediaCrowd(addressee.text) : isOutletParty(addressee);
  }

  /**
   * "four in 10 voters who said": the speaker as written is the relative pronoun, shown with its antecedent like a
   * resolved pronoun; the span runs from the antecedent to the pronoun.
   */
  private speakerOf(tokens: Token[], reading: CueReading): Party {
    const phrase = reading.speaker!;
    const antecedent = this.crowdByVerb(tokens, phrase, phrase.to <= reading.first ? tokens[phrase.to] : tokens[reading.first], this.party(tokens, phrase));
    if (reading.relative === null) return antecedent;
    // "Ann, who’s called for …": the auxiliary contracted onto the pronoun is the cue's.
    const pronoun = tokens[reading.relative]!;
    const cut = contractedAuxiliary(pronoun, tokens[reading.relative + 1]!, this.vocab)?.length ?? 0;
    return { ...referredAs(pronoun.text.slice(0, pronoun.text.length - cut), antecedent), span: { start: antecedent.span.start, end: pronoun.end - cut } };
  }

  /**
   * "Nachbarn berichteten, …", "…, sagten Augenzeugen": a bare noun of one word, no article before it, whose finite verb
   * has a plural's shape (`plural-verb-shape`) is a crowd, never one person's name (a surname takes the singular); not a
   * pronoun, a demonstrative or a word like "Beide" pointing back, nor a noun no plural ending closes (`singular-shape`:
   * "Ablehnung signalisierten die Gelbhemden" fronts an object). `finite` is the phrase's verb.
   */
  protected crowdByVerb(tokens: Token[], phrase: Phrase, finite: Token | undefined, party: Party): Party {
    const noun = tokens[phrase.from]!;
    const v = this.vocab;
    if (party.type !== "person" || phrase.to - phrase.from !== 1 || !isCapitalised(noun) || v.pronoun(noun) || v.demonstrative(noun) || v.indefinite(noun) || v.singularShape(noun)) return party;
    return finite && v.pluralVerb(finite) && !v.preposition(finite) ? { ...party, type: "vague" } : party;
  }

  /** Does an aside saying its speaker is unnamed on purpose follow `end` right after its comma (", who asked not to be named") or space ("who declined to give her name")? */
  private asideAfter(end: number): boolean {
    const asides = this.anonymityAsides();
    const next = asides[firstAtOrAfter(asides, end, (a) => a.start)];
    if (!next) return false;
    const gap = this.input.text.slice(end, next.start);
    // "said a resident who declined to give her name": an English relative clause restricts its noun with no comma.
    return SET_OFF_BY_COMMA.test(gap) || /^\s+$/.test(gap);
  }

  /**
   * "A team official who was not authorized to speak publicly said": an aside between the speaker and the cue at `first` is
   * no part of the cue; the first token after the last such aside from `floor`, else `floor`.
   */
  private pastAnonymityAside(tokens: readonly Token[], floor: number, first: number): number {
    const asides = this.anonymityAsides();
    let past = floor;
    for (let i = firstAtOrAfter(asides, tokens[floor]?.start ?? 0, (a) => a.start); i < asides.length && asides[i]!.end <= tokens[first]!.start; i++) {
      while (past < first && tokens[past]!.start < asides[i]!.end) past++;
    }
    return past;
  }

  /**
   * "according to a person familiar with the injury who spoke on condition of anonymity": an aside saying the speaker is
   * unnamed on purpose, read into the phrase with no comma before it, ends the phrase (the sourcing rules read it).
   */
  private beforeAnonymityAside(tokens: readonly Token[], phrase: Phrase): number {
    const asides = this.anonymityAsides();
    const aside = asides[firstAtOrAfter(asides, tokens[phrase.from]!.end, (a) => a.start)];
    if (!aside || aside.start >= tokens[phrase.to - 1]!.end) return phrase.to;
    let to = phrase.from + 1;
    while (to < phrase.to && tokens[to]!.start < aside.start) to++;
    return to;
  }

  protected party(tokens: Token[], read: Phrase): Party {
    // "What Rubio argued is that …", "How Paul Ryan voted": a question word opens the clause, not the speaker's name.
    const phrase = { from: pastQuestionWord(tokens, read, this.vocab), to: this.beforeAnonymityAside(tokens, read) };
    const whole = spanOf(tokens, phrase);
    const name = nameOf(tokens, phrase, this.vocab);
    // "He’s said": the auxiliary contracted onto the phrase's last word belongs to the cue, and "He" is the pronoun it is.
    const last = tokens[phrase.to - 1]!;
    const cut = (tokens[phrase.to] && contractedAuxiliary(last, tokens[phrase.to]!, this.vocab)?.length) || 0;
    const span = { start: whole.start, end: whole.end - cut };
    // "Hamas, which runs Gaza, said": a name a relative pronoun for things follows names a body (not a person's
    // apposition, "Ann Lee, the organist at the Harbor Church, which …", whose last noun the pronoun stands for).
    const body = tokens[phrase.to]?.text === "," && this.vocab.thingRelative(tokens[phrase.to + 1]) && tokens.slice(phrase.from, phrase.to).every((t) => isCapitalised(t));
    const byPhrase = speakerType(tokens, phrase, this.vocab, this.input.agencies);
    const bodyByName = body || this.bareAcronym(tokens, phrase) || initialsAfter(tokens, phrase);
    const setOff = byPhrase === "person" || byPhrase === "institution" ? this.bodySetOffAfter(tokens, phrase) : null;
    const typed = setOff ? setOff.type : byPhrase !== "person" ? byPhrase : bodyByName ? "institution" : (this.bodyInApposition(tokens, phrase) ?? byPhrase);
    // "A former billing manager, who asked not to be named, said": an unnamed person the text says is unnamed on purpose;
    // so are unnamed people of a crowd: "according to two of the people, who asked not to be identified".
    const unnamed = (typed === "person" || typed === "vague") && (tokens[phrase.to]?.text === "," || this.vocab.relative(tokens[phrase.to])) && this.asideAfter(span.end);
    const type = unnamed ? "anonymous" : typed;
    // "ABC’s Good Morning America", an outlet's show: the outlet owning it names the link of the chain.
    const outlet = INTERMEDIARIES.has(type) ? this.owningOutlet(tokens, phrase) : null;
    const written = setOff ? setOff.name : cut && name.endsWith(last.text) ? name.slice(0, -cut) : this.ownerName(name, tokens[phrase.to]);
    return { text: this.slice(span), span, type, name: outlet ? this.outletName(tokens, outlet) : written };
  }

  /**
   * "Workers United, the union representing baristas at 500 stores, said": a name set off before a body's noun after its
   * article is that body, though the apposition is too long to be read into the speaker; not a role's ("Ann Lee, the
   * union's president", "Ann Lee, a union organizer at the plant").
   */
  private bodyInApposition(tokens: readonly Token[], phrase: Phrase): SpeakerType | null {
    if (tokens[phrase.to]?.text !== "," || !this.vocab.determiner(tokens[phrase.to + 1]) || !tokens.slice(phrase.from, phrase.to).every((t) => isCapitalised(t))) return null;
    let end = phrase.to + 2;
    while (end < phrase.to + 2 + MAX_APPOSITION_NOUNS && isLowercase(tokens[end]) && !this.vocab.stopword(tokens[end]!) && !this.vocab.gerund(tokens[end]!)) end++;
    // The noun's words end before a pause, a participle or a link ("representing", "of"), not before another word.
    const closed = !!tokens[end] && (!tokens[end]!.word || this.vocab.gerund(tokens[end]!) || this.vocab.link(tokens[end]!));
    if (end === phrase.to + 2 || !closed) return null;
    // The body's noun heads it: "a radio host" is a person, though "radio" names a medium.
    const type = speakerType(tokens, { from: phrase.to + 1, to: end }, this.vocab, this.input.agencies);
    return BODIES.has(type) && speakerType(tokens, { from: end - 1, to: end }, this.vocab, this.input.agencies) === type ? type : null;
  }

  /**
   * "The landlord, the housing company Vivawest, said", "Der Betreiber, die Deutsche Bahn, teilte mit": a role named by its
   * article or a possessive with a body set off after it, its own article first, is that body, named as the apposition
   * names it; not a list ("The landlord, the city, and the tenants said") nor a person set off ("Its owner, a retired
   * teacher, said").
   */
  private bodySetOffAfter(tokens: readonly Token[], phrase: Phrase): { type: SpeakerType; name: string } | null {
    // The apposition read into the phrase ("Its owner, the investment firm Harbor Partners") or left after it.
    let comma = phrase.from;
    while (comma < phrase.to && tokens[comma]!.text !== ",") comma++;
    if (tokens[comma]?.text !== "," || !this.unnamedRole(tokens, { from: phrase.from, to: comma })) return null;
    // "Die Absicht, die die Landesregierung … verfolge": a relative pronoun before an article opens no apposition.
    if (!this.vocab.determiner(tokens[comma + 1]) || this.vocab.determiner(tokens[comma + 2])) return null;
    const end = comma < phrase.to ? phrase.to : this.setOffEnd(tokens, comma);
    if (end < 0) return null;
    const body = { from: comma + 1, to: end };
    // In English the body's noun before its name types it: "the investment firm Harbor Partners" (read whole, a name after
    // a noun may be a person's with a role).
    let noun = comma + 2;
    while (noun < end && isLowercase(tokens[noun])) noun++;
    const byNoun = noun > comma + 2 && noun < end ? speakerType(tokens, { from: comma + 1, to: noun }, this.vocab, this.input.agencies) : null;
    const type = byNoun && BODIES.has(byNoun) ? byNoun : speakerType(tokens, body, this.vocab, this.input.agencies);
    return BODIES.has(type) ? { type, name: nameOf(tokens, body, this.vocab) } : null;
  }

  /** The comma closing a body's noun phrase and name set off after the comma at `comma`, not a list's ("…, the city, and …"); else -1. */
  private setOffEnd(tokens: readonly Token[], comma: number): number {
    let end = comma + 2;
    while (end < comma + 2 + MAX_APPOSITION_NOUNS + MAX_SET_OFF_NAME_WORDS && tokens[end]?.word) end++;
    return end > comma + 2 && tokens[end]?.text === "," && !this.vocab.conjunction(tokens[end + 1]) ? end : -1;
  }

  /**
   * "The landlord", "Its owner", "Der Vermieter": a role of a few words after its article or a possessive, no name among
   * them (in English none capitalised: "The Rhodium Group" is named; German capitalises every noun).
   */
  private unnamedRole(tokens: readonly Token[], phrase: Phrase): boolean {
    const opening = tokens[phrase.from]!;
    if (phrase.to - phrase.from > MAX_ROLE_WORDS || !(this.vocab.determiner(opening) || this.vocab.possessive(opening))) return false;
    const words = tokens.slice(phrase.from + 1, phrase.to);
    return words.every((t) => t.word && (this.vocab.marksIndirectSpeech || isLowercase(t)));
  }

  /**
   * "NASA said", "laut UNICEF": an acronym alone abbreviates a body (people are not written in capitals); so does one
   * opening a body's name, past its article, before a capitalised word or two that are no role and no given name ("Die IG
   * Metall", "die IG BCE"; "FBI Director James Comey" is a person); not a transcript's label ("TAPPER: Why not?", the colon
   * after it) nor a word of a headline in capitals ("OBAMA PLANS TO …"). Asked here, as the type of a phrase by its words
   * alone is kept for the text it is read in next.
   */
  private bareAcronym(tokens: readonly Token[], phrase: Phrase): boolean {
    const alone = phrase.to - phrase.from === 1;
    const from = !alone && this.vocab.determiner(tokens[phrase.from]!) ? phrase.from + 1 : phrase.from;
    const word = tokens[from]!;
    const rest = tokens.slice(from + 1, phrase.to);
    // A word in capitals after it is another acronym, short ("IG BCE"), not a subhead's word ("EBOLA SURVIVORS —").
    const nameWord = (t: Token) => isCapitalised(t) && (/\p{Ll}/u.test(t.text) || t.text.length <= MAX_ACRONYM_LETTERS) && !this.vocab.speakerNoun(t) && !this.vocab.roleNoun(t) && !this.vocab.givenName(t);
    const opensName = rest.length > 0 && rest.length <= MAX_ACRONYM_NAME_WORDS && rest.every(nameWord);
    return (alone || opensName) && ACRONYM.test(word.text) && tokens[phrase.to]?.text !== ":" && !this.vocab.roleNoun(word) && tokens.some(isLowercase);
  }

  /** "told CNN's Jake Tapper": the words were told to the outlet whose journalist heard them. */
  private toldParty(tokens: Token[], phrase: Phrase): Party {
    return this.employer(tokens, phrase) ?? this.party(tokens, phrase);
  }

  /**
   * "CNN's Jake Tapper", "The Post's Greg Sargent", "CNN's chief political correspondent Dana Bash": the outlet a journalist
   * works for, named as written; null for anyone else, one who holds another role there too ("The network's president,
   * Dana Cruz": `newsroom-roles` tells a journalist's).
   */
  private employer(tokens: Token[], phrase: Phrase): Party | null {
    const outlet = this.owningOutlet(tokens, phrase);
    if (!outlet || this.party(tokens, phrase).type !== "person") return null;
    const described = tokens.slice(outlet.to, phrase.to);
    const role = described.some((t) => this.vocab.roleNoun(t) || namesType(t.text, "anonymous", this.vocab));
    if (role && !described.some((t) => this.vocab.newsroomRole(t))) return null;
    return { ...this.party(tokens, outlet), name: this.outletName(tokens, outlet) };
  }

  /** The outlet a phrase's possessive names ("CNN's", "ABC’s"), or null. */
  private owningOutlet(tokens: Token[], phrase: Phrase): Phrase | null {
    const possessor = possessorOf(tokens, phrase);
    return possessor && INTERMEDIARIES.has(speakerType(tokens, possessor, this.vocab, this.input.agencies)) ? possessor : null;
  }

  /**
   * An outlet's name as written, its run of capitals before the possessive ending, past its article: "BBC Radio Four’s" is
   * "BBC Radio Four", "one of them, The Associated Press's" "Associated Press".
   */
  private outletName(tokens: Token[], possessor: Phrase): string {
    let from = isCapitalised(tokens[possessor.to - 1]) ? possessor.to - 1 : possessor.to - 2;
    while (from > possessor.from && isCapitalised(tokens[from - 1]) && !this.vocab.determiner(tokens[from - 1])) from--;
    return withoutPossessive(this.slice(spanOf(tokens, { from, to: possessor.to }))).trim();
  }

  /**
   * "Mr. Ruiz's claim that …": a possessor owning the noun after it is named without its ending; before a verb (a past
   * form, a present in -s, an auxiliary) the ending belongs to the name ("Moody's said", "Moody's says").
   */
  private ownerName(name: string, next: Token | undefined): string {
    if (!next || !isLowercase(next)) return name;
    const v = this.vocab;
    const verb = v.pastForm(next) || v.auxiliary(next) || v.modal(next) || (v.cue(next) && next.text.endsWith("s"));
    return verb ? name : withoutPossessive(name);
  }
}

/**
 * "told The Verge", "said in an interview with The Information": a name its capitalised "The" opens inside the sentence,
 * every word capitalised, is a title, which people's names never take.
 */
function titledWithThe(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const words = tokens.slice(p.from, p.to);
  // "The Atlantic’s Jeffrey Goldberg": the journalist it owns is told, a person.
  return p.from > 0 && words.length > 1 && vocab.definite(words[0]) && isCapitalised(words[0]) && words.every((t) => isCapitalised(t) && !POSSESSIVE.test(t.text));
}

/** "and", "but" or a comma: what follows is a clause of its own joined to the one before. */
function commaOrCoordinator(token: Token | undefined, vocab: AttributionVocabulary): boolean {
  return token?.text === "," || vocab.coordinator(token);
}

/** "was quick", "are all quick", "have been reluctant": a form of "be" (over adverbs) before the adjective at `at`. */
function afterCopula(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  let k = at - 1;
  while (k > 0 && vocab.verbAdverb(tokens[k]!)) k--;
  return vocab.passiveAuxiliary(tokens[k]);
}

/** "who (four in 10 voters)", "Demnach (die NATO)": a word that refers to a speaker, shown with the speaker it refers to. */
export function referredAs(word: string, referent: Party): Party {
  // A referring word for a referring word ("Demnach … Demnach …") shows the phrase both stand for, once.
  const phrase = referent.referent ?? referent.text;
  return { ...referent, text: `${word} (${phrase})`, referent: phrase };
}

/** The longest phrase of `cue-words-phrases` this takes, in words. */
const MAX_WORDS_PHRASE = 3;

/**
 * "wird mit den Worten zitiert: „…“": a phrase announcing the words right before a cue that closes its clause before a
 * colon belongs to the cue; returns how many tokens it takes before the cue's first, none below `floor`.
 */
function wordsPhraseBefore(tokens: readonly Token[], reading: CueReading, floor: number, vocab: AttributionVocabulary): number {
  if (tokens[reading.last + 1]?.text !== ":") return 0;
  for (let n = MAX_WORDS_PHRASE; n > 0; n--) {
    const from = reading.first - n;
    if (from >= floor && vocab.wordsPhrase(tokens.slice(from, reading.first).map((t) => t.text).join(" "))) return n;
  }
  return 0;
}

/**
 * "hatten die Bürger dazu aufgerufen, …", "hat ihn darum gebeten, …": the correlate of the clause a request asks for, right
 * before its participle, belongs to the cue; returns 1 where it stands there, above `floor`, else 0.
 */
function requestCorrelateBefore(tokens: readonly Token[], reading: CueReading, floor: number, vocab: AttributionVocabulary): number {
  const at = reading.first - 1;
  return at >= floor && reading.first === reading.last && vocab.requestCorrelate(`${tokens[at]?.text} ${tokens[reading.first]!.text}`) ? 1 : 0;
}

/**
 * "Die Deutsche Umwelthilfe (DUH)", "the Committee to Protect Journalists (CPJ)": the phrase's initials in brackets after it
 * abbreviate a body's name, their letters standing in it in order from its first capital; a party's after a person's name
 * do not ("Carsten Linnemann (CDU)", "Jana Weller (SPD)").
 */
function initialsAfter(tokens: readonly Token[], phrase: Phrase): boolean {
  const [open, label, close] = [tokens[phrase.to], tokens[phrase.to + 1], tokens[phrase.to + 2]];
  if (open?.text !== "(" || close?.text !== ")" || !label || !ACRONYM.test(label.text)) return false;
  const start = tokens.slice(phrase.from, phrase.to).findIndex((t) => isCapitalised(t));
  if (start < 0) return false;
  const letters = tokens.slice(phrase.from + start, phrase.to).map((t) => t.text).join("").toLowerCase();
  let at = 0;
  for (const letter of label.text.replace(/\+$/, "").toLowerCase()) {
    at = letters.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return letters[0] === label.text[0]!.toLowerCase();
}
