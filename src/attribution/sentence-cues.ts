// Each sentence's cues with their speakers, and the statements its sources report ("laut X", "according to X", "wonach").
import { containing, firstAtOrAfter } from "../spans.js";
import type { Span, SpeakerType } from "../types.js";
import { aroundSoCue, clauseAround, closeInOpeningClause, COLON_OR_COMMA, SET_OFF } from "./clause.js";
import { quotedSource } from "./quoted-source.js";
import { appearedIn, citedUpToComma, endAtOwnClauses, readParticipleAsides, comparesWith, MIN_OWN_WORDS, OPENING_MARKS, QUOTE_MARKS, readCue, speakerOfCoordinated, speakerOfParticiple, statementEnd, type CueReading } from "./cues.js";
import { capitalRunStart, contraction, isCapitalised, isLowercase, PhraseReader, placeNameEnd, tokenize, type Phrase, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";
import { spanOf, type Party } from "./reader-state.js";
import { readInterviewPartners, talkPartner } from "./interview.js";
import { holderAfter, issuerAfter } from "./held-by.js";
import { speakerType } from "./speakers.js";
import { subjectAfterFrontedAdverbial } from "./verb-second.js";
import { isOutletParty, PartyReader, referredAs } from "./parties.js";

export class SentenceCueReader extends PartyReader {
  protected readSentence(sentence: Span, cues: Span[], before: Span[], after: Span[], cited: Span[]): void {
    const outside = (m: Span) => !containing(this.input.quotations, m);
    const within = (list: Span[]) => list.slice(firstAtOrAfter(list, sentence.start, (m) => m.start), firstAtOrAfter(list, sentence.end, (m) => m.start)).filter(outside);
    if (!within(cues).length && !within(before).length && !within(after).length) {
      this.sentences.push(null);
      return;
    }
    const tokens = tokenize(this.input.text, sentence);
    const reader = new PhraseReader(tokens, this.vocab, this.capitalisedInside);
    const tokenAt = (position: number) => firstAtOrAfter(tokens, position, (t) => t.start);
    const sources = new Map(within(before).map((m) => [tokenAt(m.start), tokenAt(m.end)]));
    const sourceBeforeAt = (i: number) => sources.get(i) ?? -1;
    const readings = within(cues).flatMap((m) => {
      const first = tokenAt(m.start);
      // ("Hope Hicks said": a cue's form may be a given name.)
      if (isNoun(tokens, first, this.vocab) || appearedIn(tokens, first, this.vocab) || reader.nameAmidCapitals(tokens[first]!)) return [];
      // "Ruiz, writing in the Telegraph, accused …", "Writing on X, Ruiz said …": a talk's participle set off names where the
      // words went (interview.ts), reporting nothing itself ("…, writing in an email: “…”" announces the quotation).
      if ((first === 0 || tokens[first - 1]!.text === ",") && tokens[talkPartner(tokens, first, this.vocab, reader)?.to ?? -1]?.text === ",") return [];
      // "das erklärte Ziel": a participle between an article and its noun is an adjective, not a cue; a verb's form is none.
      // "Das erklärte General Berger am Montag.": after a demonstrative opening the sentence, a name closing it is the subject.
      const adjective = this.vocab.adjective(tokens[first]!) && !closingSubject(tokens, first, reader, this.vocab);
      if (this.vocab.determiner(tokens[first - 1]) && isLowercase(tokens[first]) && isCapitalised(tokens[tokenAt(m.end)]) && adjective) return [];
      if (this.vocab.marksIndirectSpeech && comparesWith(tokens, first)) return [];
      if (!this.vocab.afterQuote(tokens[first]!)) {
        const reading = readCue(tokens, first, tokenAt(m.end) - 1, this.vocab, reader, sourceBeforeAt);
        const around = aroundSoCue(tokens, reading.first, reading.last, statementEnd(tokens), this.vocab);
        if (around) {
          // "so sagte der Händler": the subject follows the verb, past its adverbs.
          let after = reading.last + 1;
          while (after < tokens.length && this.vocab.adverbial(tokens[after]!)) after++;
          reading.content = around;
          reading.speaker = reader.forward(after) ?? reading.speaker;
          // The cue is "so schreiben", as annotated.
          reading.first--;
        }
        return reading.content || !this.contentOnly.has(m.start) || quotedInObject(tokens, reading.last, sourceBeforeAt) ? [reading] : [];
      }
      const after = afterClause(tokens, first, reader, this.vocab);
      return after ? [after] : [];
    });
    speakerOfParticiple(tokens, readings, this.vocab, reader);
    readParticipleAsides(tokens, readings, this.vocab);
    for (const r of readings) if (r.content && r.content.from > r.last) r.content = closeInOpeningClause(tokens, { from: r.first, to: r.last + 1 }, r.content, this.vocab, reader);
    readInterviewPartners(this.slice(sentence), tokens, readings, this.vocab, reader);
    for (const m of within(cited)) citedBy(readings, tokenAt(m.start), reader.forwardJoined(tokenAt(m.end)));
    speakerOfCoordinated(tokens, readings, this.vocab);
    endAtOwnClauses(tokens, readings, this.vocab);
    // "It is too soon to say whether …", "it's fair to note that …": an infinitive cue after an adjective that the expletive
    // "it" and its verb open comments in the writer's voice; nobody makes the statement.
    if (!this.vocab.marksIndirectSpeech) for (let i = readings.length - 1; i >= 0; i--) if (impersonalInfinitive(tokens, readings[i]!.first, this.vocab)) readings.splice(i, 1);
    // A source after a cue passed its statement on; "bestritt nach Angaben der Agentur den Einsatz": a cue that reports
    // no statement passes none on, and the sentence is the source's.
    const afterCue = new Set([...sources].filter(([, end]) => readings.some((r) => r.content && r.reporters.some((p) => p.from === end))).map(([start]) => start));
    // Sources that only pass a statement on and report nothing of their own. German annotation counts the report of a
    // source after a cue too, the clause around it ("„…“, sagte Raab laut Spiegel Online.", read below as for any source).
    const passOnOnly = new Set(this.vocab.marksIndirectSpeech ? [] : afterCue);
    this.sentences.push({ tokens, reader, cues: readings });
    // "Peskov told RIA Novosti …, according to the BBC": a source at the end of a statement passed it on. English
    // annotation counts the source's report as well, the whole clause before it ("Lee told aides …, according to Politico").
    // German puts the source inside the reported clause, which runs on past it: "wurde angekündigt, dass nach vorläufigen
    // Berechnungen die Spenden einen Rekord erreichten" (tuned on the German train split: left whole, 4 more of 9 such
    // statements match).
    // "Peskov told RIA Novosti, according to the BBC, that …": an outlet set off right after the cue passed it on too; what
    // was said follows its closing comma and a "that". The sources of "Politico reported, according to sources in the
    // room, …" told Politico and pass nothing on.
    // "Der Minister sagte, nach Angaben der Polizei seien …": in German a source inside what was said, not set off, is one
    // the speaker cites (Polizei → Minister); opening what was said, its own report of it stays too.
    for (const [start, end] of sources) {
      const outer = afterCue.has(start) ? undefined : readings.find((r) => r.content && r.content.from <= start && start < r.content.to);
      const reporter = outer && reader.forward(end);
      if (!outer || !reporter) continue;
      const german = this.vocab.marksIndirectSpeech;
      const opening = outer.content!.from === start;
      // In English any source set off so passed the words on ("Putin told reporters, according to the Kremlin transcript,
      // that …"), but for sources an outlet cites (below).
      const outlet = isOutletParty(this.party(tokens, reporter));
      const toldOutlet = !outlet && !!outer.speaker && isOutletParty(this.party(tokens, outer.speaker));
      if (opening && COLON_OR_COMMA.has(tokens[reporter.to]?.text ?? "") && (outlet || (!german && !toldOutlet))) {
        // Set off right after the cue: the outlet passed the statement on, which follows its comma, or its colon ("Lavrov
        // said, according to TASS: “…”").
        const said = pastSourceAside(tokens, reporter.to + 1, this.vocab);
        if (said >= outer.content!.to) continue;
        outer.reporters.push(reporter);
        outer.content = { from: said, to: outer.content!.to };
        if (german) passOnOnly.add(start);
      } else if (german) {
        // "hat die EU gebeten, sich zu beteiligen, weil die Mission nach Angaben der UN überfordert ist": in a clause of its
        // own inside the reported one the source passes nothing on; it speaks that clause, as annotated (read below).
        if (!opening && this.ownClause(tokens, start, outer.content!)) continue;
        (outer.cited ??= []).push(reporter);
        if (!opening) passOnOnly.add(start);
      } else if (!opening) {
        outer.reporters.push(reporter);
        outer.content = { from: outer.content!.from, to: tokens[start - 1]?.text === "," ? start - 1 : start };
      }
    }
    mergeCutStatements(tokens, readings, this.vocab);
    // "according to the latest count on file": a source without a named head runs to the next pause.
    // "In a Gallup regional poll released Wednesday, …": in English a source opening the sentence runs on to its comma.
    for (const [start, end] of sources) {
      if (passOnOnly.has(start)) continue;
      const read = reader.forwardJoined(end) ?? quotedSource(tokens, end);
      const named = read && start === 0 ? { from: read.from, to: pastPlace(tokens, read.to, this.vocab) } : read;
      const pause = reader.untilPause(end);
      const toComma = start === 0 && !this.vocab.marksIndirectSpeech && !!named && !!pause && tokens[named.to]?.word && tokens[pause.to]?.text === ",";
      // "according to people familiar with the matter": an unnamed source's description after its noun runs on to the pause too
      // ("a poll taken last week" stays the poll).
      const described = !!named && !this.vocab.marksIndirectSpeech && this.vocab.description(tokens[named.to]) && UNNAMED.has(speakerType(tokens, named, this.vocab, this.input.agencies));
      this.reported(tokens, start, end, named && !toComma && !described ? named : pause, reader);
    }
    for (const m of within(after)) {
      const at = tokenAt(m.start);
      if (this.relativeStarts.has(m.start)) this.relativeClause(tokens, at, tokenAt(m.end), reader);
      else if (!this.ownedByCue(tokens, at, readings)) {
        // "sagte Peskow der Agentur Interfax zufolge": the outlet the cue's reading told it to is the source, not the name before it.
        const told = readings.find((r) => r.addressee?.to === at)?.addressee;
        this.reported(tokens, at, at + 1, told ?? pastArticle(tokens, reader.backward(at), this.vocab), reader);
      }
    }
  }

  /**
   * The source at `start` stands in a clause of its own inside `content`, one a conjunction or a relative pronoun opens
   * ("weil …", "die nach Aussagen der Verbände …"; an article before its noun opens none: "die Adresse").
   */
  private ownClause(tokens: Token[], start: number, content: Phrase): boolean {
    const from = clauseAround(tokens, start, statementEnd(tokens), this.vocab).from;
    const opener = tokens[from];
    return from > content.from && !(this.vocab.relative(opener) && isCapitalised(tokens[from + 1]));
  }

  /**
   * "erklärte Weber, die Firma besitze seiner Meinung nach …": a possessive source ("seiner Meinung", before "nach"
   * at `at`) in the clause a cue reports is that cue's speaker again, and reports nothing of its own; in a clause of its own
   * inside it ("…, das seiner Meinung nach zu einem Kartell führe") it speaks that clause.
   */
  private ownedByCue(tokens: Token[], at: number, readings: readonly CueReading[]): boolean {
    if (!this.vocab.marksIndirectSpeech || !this.vocab.possessive(tokens[at - 2])) return false;
    const outer = readings.find((r) => r.content && r.content.from < at && at < r.content.to);
    return !!outer && !this.ownClause(tokens, at - 2, outer.content!);
  }

  /** "Meldungen der Zeitung, wonach die Inspektoren Zutritt verlangt hätten": the antecedent before the comma reported the relative clause. */
  private relativeClause(tokens: Token[], cueFrom: number, cueTo: number, reader: PhraseReader): void {
    const end = statementEnd(tokens);
    if (end - cueTo < 2) return;
    const source = tokens[cueFrom - 1]?.text === "," ? reader.backward(cueFrom - 1) : null;
    // "nach denen", "denen zufolge": the preposition is the cue, the relative pronoun stands for its antecedent.
    const pronounFirst = cueTo - cueFrom > 1 && this.vocab.relativeCuePronoun(tokens[cueFrom]!);
    const pronounLast = cueTo - cueFrom > 1 && this.vocab.relativeCuePronoun(tokens[cueTo - 1]!);
    const cue = spanOf(tokens, { from: pronounFirst ? cueFrom + 1 : cueFrom, to: pronounLast ? cueTo - 1 : cueTo });
    const antecedent = source && this.party(tokens, source);
    const pronoun = pronounFirst ? tokens[cueFrom]! : pronounLast ? tokens[cueTo - 1]! : null;
    const speaker = antecedent && referredAs(pronoun?.text ?? this.slice(cue), antecedent);
    this.statements.push({ kind: "indirect", span: spanOf(tokens, { from: cueTo, to: end }), speaker, cue: { text: this.slice(cue), span: cue }, intermediaries: [] });
  }

  /** "laut X, …", "X zufolge …", "according to X, …": the rest of the sentence is X's. */
  private reported(tokens: Token[], cueFrom: number, cueTo: number, phrase: Phrase | null, reader: PhraseReader): void {
    if (!phrase) return;
    // "according to a report by Axios citing two U.S. officials": whom a citing participle inside the source names spoke
    // first (officials → Axios).
    let citing = phrase.from + 1;
    while (citing < phrase.to && !this.vocab.citing(tokens[citing])) citing++;
    const citedInSource = citing < phrase.to ? reader.forward(citing + 1) : null;
    const read = citedInSource ? { from: phrase.from, to: citing } : phrase;
    // "according to documents obtained by The Associated Press": the holder named after the document is part of the source.
    // "according to data compiled by LSEG": so is the issuer named after it.
    const holder = holderAfter(tokens, read.to, this.vocab, reader) ?? issuerAfter(tokens, read.to, this.vocab, reader);
    // "Nach Angaben des Robert-Koch-Instituts (RKI) stieg …": a label in brackets after the source is part of it.
    const labelled = holder ? { from: read.from, to: holder.to } : reader.withLabel(read)!;
    // "according to a complaint filed in Alexandria, Virginia, …": the state set off after a place is part of it.
    const source = { from: labelled.from, to: stateAfterPlace(tokens, labelled, this.vocab) };
    const end = statementEnd(tokens);
    const first = Math.min(cueFrom, source.from);
    const last = Math.max(cueTo, source.to);
    let content: Phrase;
    let cited: Phrase | null = null;
    if (first === 0) {
      const from = tokens[last]?.text === "," ? last + 1 : last;
      cited = citingRelative(tokens, from, end, this.vocab);
      content = { from: cited ? cited.to + 1 : from, to: end };
      // The quoting verb's own reading holds whom it cites, its relative pronoun standing for the source, as for "citing".
      const quoting = cited ? this.sentences.at(-1)?.cues.find((r) => r.first === from + 1 || (r.first === from && this.vocab.citing(tokens[from]))) : undefined;
      if (quoting && cited) {
        quoting.speaker = source;
        quoting.content = cited;
      }
    } else if (last >= end) content = { from: 0, to: tokens[first - 1]!.text === "," ? first - 1 : first };
    else if (this.vocab.marksIndirectSpeech) content = clauseAround(tokens, first, end, this.vocab);
    else content = { from: 0, to: closingSource(tokens, first, reader, this.vocab) ? first - 1 : end };
    if (content.to - content.from < 2) return;
    const origin = cited ?? citedInSource;
    this.statements.push({
      kind: "reported",
      span: spanOf(tokens, content),
      speaker: this.ownSource(tokens, source, first, last, reader) ?? this.party(tokens, source),
      cue: { text: this.slice(spanOf(tokens, { from: cueFrom, to: cueTo })), span: spanOf(tokens, { from: cueFrom, to: cueTo }) },
      intermediaries: [],
      ...(origin ? { origins: [this.party(tokens, origin)] } : {}),
    });
  }

  /**
   * "Trump hat eigenen Angaben zufolge …": the subject opening the clause is the owner of its own statements; in a
   * relative clause the pronoun's antecedent ("…, Jannik Sinner, der nach eigenen Angaben mit Rückenproblemen kämpft"),
   * and after a source opening the sentence the subject after the verb ("Nach eigenen Angaben hat das Unternehmen …").
   * A bare plural subject with its verb in the plural is a crowd, as it is before a cue: "Kinderärzte beobachten nach
   * eigenen Angaben …".
   */
  private ownSource(tokens: Token[], source: Phrase, first: number, last: number, reader: PhraseReader): Party | null {
    if (!this.vocab.own(tokens[source.from]!)) return null;
    const relative = first > 1 && this.vocab.relative(tokens[first - 1]) && tokens[first - 2]!.text === ",";
    const opening = first === 0 ? reader.forward(last + 1) : null;
    // "In Stuttgart musste die Feuerwehr nach eigenen Angaben 300-mal ausrücken": after a fronted preposition's phrase or
    // adverb the subject follows the verb.
    const fronted = this.vocab.preposition(tokens[0]) || this.vocab.adverbial(tokens[0]);
    const after = !relative && !opening && fronted && this.vocab.marksIndirectSpeech ? subjectAfterFrontedAdverbial(tokens, this.vocab, reader) : null;
    const inverted = after && after.to <= first ? after : null;
    const subject = relative ? reader.backward(first - 2) : opening ?? inverted ?? (first > 0 ? reader.forward(0) : null);
    if (!subject || (subject.to > first && !opening) || this.vocab.pronoun(tokens[subject.from]!)) return null;
    const finite = opening ? tokens[last + 1] : inverted ? tokens[subject.from - 1] : relative ? undefined : tokens[subject.to];
    const owner = this.crowdByVerb(tokens, subject, finite, this.party(tokens, subject));
    const written = this.party(tokens, source);
    return { ...written, text: `${written.text} (${owner.name})`, name: owner.name, type: owner.type };
  }
}

/**
 * "According to the Journal, which cited unnamed officials, the plan …": a relative clause of a quoting verb right after the
 * source names whom the source cites, first in the chain; what was said follows the clause's comma; so does a citing
 * participle there ("According to the Journal, citing two officials, …"). Only a speaker's phrase ("officials", not
 * "which cited the budget").
 */
function citingRelative(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary): Phrase | null {
  if (vocab.citing(tokens[from])) return citedUpToComma(tokens, from + 1, end, vocab);
  return vocab.relative(tokens[from]) && vocab.quoting(tokens[from + 1]) ? citedUpToComma(tokens, from + 2, end, vocab) : null;
}

/** "…, so die Studie." / „…“, so Putin.: "so" after a comma, its speaker ending the sentence, speaks what comes before. */
function afterClause(tokens: readonly Token[], so: number, reader: PhraseReader, vocab: AttributionVocabulary): CueReading | null {
  if (!SET_OFF.has(tokens[so - 1]?.text ?? "")) return null;
  const speaker = reader.forward(so + 1);
  if (!speaker) return null;
  const end = statementEnd(tokens);
  // "Sein Rivale, so Halvorsen weiter, würde …", "Die Band ruft dazu auf – so die Kritik –, …": set off inside the statement, it interrupts it.
  let after = speaker.to;
  while (after < end && vocab.adverb(tokens[after]!)) after++;
  // „…“, so Peter Maier, Präsident des Amtes.": an appositive closing the sentence describes the speaker and interrupts nothing.
  const appositive = tokens[after]?.text === "," ? reader.forward(after + 1) : null;
  const interrupts = !appositive || appositive.to < end;
  if (SET_OFF.has(tokens[after]?.text ?? "") && interrupts && end - after > 2 && so - 1 >= 2) return { first: so, last: so, speaker, relative: null, addressee: null, reporters: [], content: { from: 0, to: end } };
  if (tokens[so - 1]!.text !== ",") return null;
  // The speaker and its attributes close the sentence, however long ("so das Ergebnis einer Studie der Stiftung Warentest
  // mit dem Titel „…“ nach einer Prüfung von 200 Methoden"), or a colon announces more of its words ("…, so Elshorst
  // weiter: „…“"). A verb right after the phrase, not a preposition or an adjective before its noun ("so Huber im
  // libanesischen Fernsehen"), makes "so" an adverb opening a clause of its own: "…, so mancher Reifen wurde gewechselt".
  const next = tokens[after];
  const attribute = vocab.preposition(next) || vocab.addresseeMarker(next) || (vocab.adjective(next) && isCapitalised(tokens[after + 1]));
  if (after < end && isLowercase(next) && !attribute) return null;
  // "Die Mannschaft habe „naiv verteidigt“, so Ott": a quotation closing the clause after words of its own is part of it.
  const content = so - 1 >= 2 && (tokens[so - 2]!.word || wordsBeforeQuotation(tokens, so - 2)) ? { from: 0, to: so - 1 } : null;
  return { first: so, last: so, speaker, relative: null, addressee: null, reporters: [], content };
}

/** Words before the quotation whose closing mark is at `close`: "Die Mannschaft habe „naiv verteidigt“". */
function wordsBeforeQuotation(tokens: readonly Token[], close: number): boolean {
  if (!QUOTE_MARKS.test(tokens[close]?.text ?? "")) return false;
  let open = close - 1;
  while (open >= 0 && !QUOTE_MARKS.test(tokens[open]!.text)) open--;
  return tokens.slice(0, Math.max(open, 0)).filter((t) => t.word).length >= MIN_OWN_WORDS;
}

/** "Das erklärte General Berger am Montag.": a demonstrative opens the sentence, and the phrase after the cue at `cue` closes it, but for adverbs, an addressee and prepositional phrases. */
function closingSubject(tokens: readonly Token[], cue: number, reader: PhraseReader, vocab: AttributionVocabulary): boolean {
  if (cue !== 1 || !vocab.anaphor(tokens[0])) return false;
  // "Das teilten Hebestreit und Dürr mit": subjects joined by a coordinator are one.
  const subject = reader.forwardJoined(cue + 1);
  if (!subject) return false;
  const end = statementEnd(tokens);
  let k = subject.to;
  while (k < end) {
    // "… am Montag gegenüber ausländischen Diplomaten.": the addressee after the subject; "Das berichten Medien unter
    // Berufung auf Regierungskreise.", "… Mitarbeiter aus der Küstenstadt": a prepositional phrase (no finite verb follows).
    const attached = vocab.addresseeMarker(tokens[k]!) || vocab.preposition(tokens[k]!) ? reader.forward(k + 1) : null;
    if (attached) k = attached.to;
    else if (vocab.adverbial(tokens[k]!) || isCapitalised(tokens[k])) k++;
    else break;
  }
  return k === end;
}

/**
 * English "the claim", "his hope", "Clinton's hope": a cue word after the article or a possessive is a noun. German
 * capitalises its nouns: inside a clause, "der Versicherten", "die Berichte" are no verbs.
 */
function isNoun(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary): boolean {
  const word = tokens[cue - 1];
  if (vocab.marksIndirectSpeech) return !!word?.word && isCapitalised(tokens[cue]);
  if (!word?.text) return false;
  if (vocab.definite(word) || vocab.possessive(word)) return true;
  const ending = contraction(word);
  return !!ending && ending.ending.endsWith("s") && !vocab.pronoun(ending.host) && !verbAfterEnding(tokens, cue, vocab);
}

/**
 * "Moody's said the bonds were safe", "Lee's said that …": a past form after a name's "’s" that opens what follows it (an
 * article, a pronoun, "that", a pause) is a verb, its subject a name ending so or a name with "has"; before a noun it is an
 * attribute ("Lee's repeated claims"). So is a present in -s before an article or a pronoun ("Moody's says the bonds …";
 * before "that" it is the possessor's noun: "Lee's claims that …").
 */
function verbAfterEnding(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary): boolean {
  const [verb, next] = [tokens[cue]!, tokens[cue + 1]];
  const opens = vocab.determiner(next) || vocab.pronoun(next);
  if (vocab.pastForm(verb)) return opens || !next?.word || vocab.complementizer(next);
  return opens && verb.text.endsWith("s");
}

/**
 * A statement cut down to one function word by the cue or source after it: "Lee responded by saying …" is one cue, as
 * annotated, the participle's statement its own; "The AP reported that, according to …" reports nothing of its own.
 */
function mergeCutStatements(tokens: readonly Token[], readings: CueReading[], vocab: AttributionVocabulary): void {
  for (const r of readings) {
    const cut = r.content;
    if (!cut || cut.to - cut.from !== 1 || !vocab.stopword(tokens[cut.from]!)) continue;
    const next = readings.findIndex((k) => k.first === cut.to && k.content);
    if (next < 0) {
      r.content = null;
      continue;
    }
    [r.last, r.content] = [readings[next]!.last, readings[next]!.content];
    readings.splice(next, 1);
  }
}

/** A colon opens words of their own, read as a quotation with its cue; a full stop or semicolon ends the clause. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([".", ":", ";"]);
/** Sources nobody is named in: "people familiar with the matter", "a person close to the board". */
const UNNAMED: ReadonlySet<SpeakerType> = new Set(["anonymous", "vague"]);

/**
 * "Die Organisation verlangte eine Untersuchung der „verstörenden Bilder“": a verb that otherwise reports only the clause
 * it introduces speaks through a quotation in its object, the words its own; a quotation opens in the cue's clause after
 * `last`, before any pause, not as the name of a source.
 */
function quotedInObject(tokens: readonly Token[], last: number, sourceBeforeAt: (i: number) => number): boolean {
  for (let i = last + 1; i < tokens.length && !SET_OFF.has(tokens[i]!.text) && !CLAUSE_STOPS.has(tokens[i]!.text); i++) {
    if (!OPENING_MARKS.test(tokens[i]!.text)) continue;
    if (sourceBeforeAt(i - 1) < 0) return true;
    // "kommentierte die Entscheidung laut „news.example“": a quoted source is a name, no words; read on past it.
    i++;
    while (i < tokens.length && !QUOTE_MARKS.test(tokens[i]!.text)) i++;
  }
  return false;
}

/** "it is too soon to [say]", "it's hard not to [wonder]": the cue at `first` is an infinitive after "it", a verb and an adjective. */
function impersonalInfinitive(tokens: readonly Token[], first: number, vocab: AttributionVocabulary): boolean {
  let to = first - 1;
  while (to > 0 && vocab.verbAdverb(tokens[to])) to--;
  if (!vocab.infinitiveMarker(tokens[to])) return false;
  // Back over "not", the adjective ("too soon" being two words) and the verb to "it" or "it’s".
  for (let k = to - 1; k >= Math.max(0, to - 4); k--) {
    const t = tokens[k]!;
    if (vocab.expletive(contraction(t)?.host ?? t.text)) return k < to - 1;
    if (!t.word || !isLowercase(t)) return false;
  }
  return false;
}

/**
 * "Die Zeitung berichtete unter Berufung auf Regierungskreise, …": the speaker of the cue nearest the citing words at `at`
 * cites `source`; a report with no words of its own too ("Das berichtete der Spiegel unter Berufung auf einen Bericht."),
 * not one whose words hold it ("…, unter Berufung auf X sei …" cites it there).
 */
function citedBy(readings: readonly CueReading[], at: number, source: Phrase | null): void {
  const nearest = readings.reduce<CueReading | null>((best, r) => (!best || Math.abs(r.first - at) < Math.abs(best.first - at) ? r : best), null);
  const inside = nearest?.content && nearest.content.from <= at && at < nearest.content.to;
  if (!source || !nearest || inside) return;
  (nearest.cited ??= []).push(source);
  // "wie die dpa aus Koalitionskreisen erfuhr": the speaker ends where the source it cites begins.
  const speaker = nearest.speaker;
  if (speaker && speaker.from < at && at < speaker.to) nearest.speaker = { from: speaker.from, to: at };
}

/** "…, according to the BBC, that the talks failed": what was said starts after the source's closing comma, past a "that". */
function pastSourceAside(tokens: readonly Token[], afterComma: number, vocab: AttributionVocabulary): number {
  return vocab.complementizer(tokens[afterComma]) ? afterComma + 1 : afterComma;
}

/**
 * "Trump leads with 22 percent, according to a Suffolk poll released Monday.", "…, according to a CNN tally, but his path
 * narrows": a source set off after a clause, running on to the sentence's end or to a clause joined after it, closes what
 * it reports; one set off inside the clause ("Over the long term, according to the office, the deficit rises") does not.
 */
function closingSource(tokens: readonly Token[], first: number, reader: PhraseReader, vocab: AttributionVocabulary): boolean {
  if (tokens[first - 1]?.text !== ",") return false;
  const end = statementEnd(tokens);
  const tail = reader.untilPause(first)?.to ?? first;
  // "…, according to one official, who spoke on condition of anonymity.": a relative clause after the source describes it
  // (not a "that" opening what was said: "Peskov told RIA Novosti, according to the BBC, that …").
  const next = tokens[tail + 1];
  return tail >= end || (tokens[tail]?.text === "," && (vocab.coordinator(next) || (vocab.relative(next) && !vocab.complementizer(next))));
}

/**
 * "die seiner Meinung nach wachsenden Gefahren": an article before a possessive opens the phrase after the source, not the
 * source ("seiner Meinung nach").
 */
function pastArticle(tokens: readonly Token[], p: Phrase | null, vocab: AttributionVocabulary): Phrase | null {
  return p && p.to - p.from > 2 && vocab.determiner(tokens[p.from]!) && vocab.possessive(tokens[p.from + 1]) ? { from: p.from + 1, to: p.to } : p;
}

/**
 * "Laut dem Institut für Kriegsstudien in Washington rücken …": a place named right after the phrase of a source opening
 * the sentence, before a lowercase word (the verb), is the source's; where its words end, else `to`.
 */
function pastPlace(tokens: readonly Token[], to: number, vocab: AttributionVocabulary): number {
  const end = placeNameEnd(tokens, to, vocab);
  return end > 0 && isLowercase(tokens[end]) ? end : to;
}

/** The most words of a state set off after a place: "Virginia", "New Hampshire", "Va.", "N.H.". */
const MAX_STATE_WORDS = 2;

/**
 * Where a phrase ending in a place after its preposition ends with the state set off after it ("in Alexandria, Virginia,
 * …"): at the state's closing comma; else where it ends.
 */
function stateAfterPlace(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): number {
  const place = capitalRunStart(tokens, p.from, p.to - 1);
  if (tokens[p.to]?.text !== "," || !isCapitalised(tokens[p.to - 1]) || !vocab.placeLink(tokens[place - 1])) return p.to;
  let k = p.to + 1;
  while (k < p.to + 1 + MAX_STATE_WORDS && isCapitalised(tokens[k])) k++;
  return k > p.to + 1 && tokens[k]?.text === "," && tokens[k + 1]?.word ? k : p.to;
}
