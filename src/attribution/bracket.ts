// Subjects the phrase reader does not take whole: prepositional attributes after the noun, and
// the German verb bracket: a finite auxiliary and a participle cue enclose the middle field
// ("Reinholt hatte in einem Podcast gesagt", "Im Vorfeld hatte das Komitee betont"). The subject
// stands before the auxiliary or, inverted, right after it; the middle field is neither. In the
// passive the agent spoke, or the document the clause stands in; with a quoting verb the subject
// spoke and the agent passed it on.
import { adverbsBefore, CLOSING_MARKS, OPENING_MARKS, withFirstConjunct } from "./cues.js";
import { hasSpeakerNoun, headOf, namesSpeaker } from "./speaker-phrase.js";
import { inDate, isCapitalised, isLowercase, MAX_QUOTED_NAME, pastAdverbs, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** The middle field is short: further back the auxiliary belongs to another clause. */
const MAX_MIDDLE_FIELD = 14;
/** "Im März 2011 legte er …": the fronted phrase before the verb and its pronoun subject is short. */
const MAX_FRONTED = 6;
/** A subject with its appositive, shown whole up to this length ("Der Vertreter der Arbeitgeber …, Peter Clever"). */
const MAX_SET_OFF = 20;
/** The words between the start of a cue's adverbs and its participle: "bisher davon ausgegangen". */
const MAX_CUE_LEAD = 2;
/** The words a quoting verb introduces follow it after these: "zitiert: „…“", "zitiert, es habe …". */
const INTRODUCERS = new Set([",", ":"]);
const CLAUSE_BREAKS = new Set([",", ";", ":", "–", "—", "„", "“", "\"", "»", "«"]);

/**
 * "Weber hat in einem Gespräch mit „Le Soir“ angeregt": read back from its closing mark at `close`, a short name in
 * quotation marks (capitalised words only) stands in the middle field and breaks no clause; the index of its opening
 * mark, else `close`.
 */
function openingOfQuotedName(tokens: readonly Token[], close: number): number {
  if (!CLOSING_MARKS.test(tokens[close]!.text)) return close;
  return nonEmpty(pairedOpening(tokens, close, MAX_QUOTED_NAME, (t) => OPENING_MARKS.test(t.text), isCapitalised), close);
}

/**
 * Read back from the closing token at `close` over at most `max` tokens that `inside` accepts: the index of the nearest
 * token `opens` accepts, else -1.
 */
function pairedOpening(tokens: readonly Token[], close: number, max: number, opens: (t: Token) => boolean, inside: (t: Token) => boolean): number {
  for (let i = close - 1; i >= 0 && close - i <= max + 1; i--) {
    if (opens(tokens[i]!)) return i;
    if (!inside(tokens[i]!)) return -1;
  }
  return -1;
}

/** An opening found right before its closing token holds nothing to step over: `close` then, as where none was found. */
function nonEmpty(open: number, close: number): number {
  return open >= 0 && open < close - 1 ? open : close;
}

/** The subject of the clause whose bracket a participle cue at `cue` closes, if an auxiliary opens one. */
export function bracketSubject(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary, reader: PhraseReader, sourceAt: (from: number) => boolean): Phrase | null {
  const auxiliary = openingAuxiliary(tokens, cue, vocab);
  if (auxiliary === null) return null;
  if (vocab.pronoun(tokens[auxiliary - 1])) return { from: auxiliary - 1, to: auxiliary };
  // "Als Minister hat Berg gesagt, …": a phrase after a subordinator, with the finite verb right after it, is a fronted
  // predicative (a subordinate clause closes on its verb); the subject follows the auxiliary. So it does after a source
  // ("Laut CNN hat der Minister auf einer Pressekonferenz verkündet, …").
  const read = predicativeBefore(tokens, auxiliary, vocab) ? null : withFirstConjunct(tokens, reader.backward(auxiliary), vocab);
  const before = read && sourceAt(read.from) ? null : read;
  if (before && reader.startsClause(before)) return before;
  // "Einige Verbände im Land haben der Ministerin geschrieben": the subject opens the clause, its attributes before the
  // auxiliary; an adverb among them makes them a circumstance ("Bereits im Dezember hatte …").
  const attributed = before && withAttributes(tokens, before, vocab, reader);
  if (attributed && !tokens.slice(attributed.from, before.from).some((t) => vocab.adverbial(t) && !vocab.preposition(t))) return attributed;
  // "Im Parlament hat gestern der Minister erklärt": adverbs may stand between the auxiliary and the subject after it
  // where a phrase or a subordinate clause is fronted ("Nachdem …, hat heute der Minister erklärt"); after a comma that
  // closes no such clause the subject was set off before ("Der Minister, der …, hat nun erklärt").
  const comma = tokens[auxiliary - 1]?.text === ",";
  const setOff = comma && !vocab.subordinator(tokens[0]);
  const after = reader.forward(setOff ? auxiliary + 1 : pastAdverbs(tokens, auxiliary + 1, cue, vocab));
  // "… und hatten den Rücktritt des Wirts gefordert": an object follows the auxiliary, the subject stood before it.
  if (after && vocab.objectArticle(tokens[after.from]!)) return null;
  return after ?? (comma ? setOffSubject(tokens, auxiliary - 1, vocab, reader) : null);
}

/** Does a subordinator open the sentence before the phrase ending at `auxiliary` ("Als Minister hat …")? */
function predicativeBefore(tokens: readonly Token[], auxiliary: number, vocab: AttributionVocabulary): boolean {
  return vocab.subordinator(tokens[0]) && !tokens.slice(1, auxiliary).some((t) => !t.word);
}

/**
 * "Ute Sanders, Vertreterin der Landwirte im Beirat der Landesanstalt (LfL), hat … gefordert": an appositive too
 * long to read whole sets off the subject opening the sentence (after focus particles) from the auxiliary.
 */
function setOffSubject(tokens: readonly Token[], comma: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const subject = reader.forward(reader.pastFocusParticles(0, comma));
  if (!subject || subject.to > comma || vocab.objectArticle(tokens[subject.from]!)) return null;
  // "Der Kandidat der Linken (LF), Jean Muster, hat … angeregt": an appositive name before the comma names the speaker too.
  const appositive = reader.backward(comma);
  const named = !!appositive && appositive.from > subject.from && reader.isName(appositive);
  if (!named && !namesSpeaker(tokens, headOf(tokens, subject, vocab), vocab, reader)) return null;
  // The speaker as written, with the appositive that names or describes it.
  return comma - subject.from <= MAX_SET_OFF ? { from: subject.from, to: comma } : subject;
}

/** "Die Forderungen wurden von Minister Stolpe als unrealistisch bezeichnet", "Von der Opposition wurde der Besuch kritisiert": the agent of a passive cue spoke. */
export function bracketAgent(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const agent = passiveClause(tokens, cue, vocab)?.agent ?? -1;
  const phrase = agent >= 0 ? reader.forward(agent + 1) : null;
  // "wurde von Beobachtern der Schluss gezogen": the agent ends where a cue opening on its noun phrase begins.
  return phrase && phrase.to > cue && cue > phrase.from ? { from: phrase.from, to: cue } : phrase;
}

/**
 * "In einem Bericht der Zeitung wurde vermutet", "So wird in einer Pressemitteilung gefordert": a passive cue with no agent
 * speaks through the document its clause stands in.
 */
export function passiveDocument(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const place = passiveClause(tokens, cue, vocab)?.document ?? -1;
  const document = place >= 0 ? reader.forward(place + 1) : null;
  if (!document || document.to > cue) return null;
  // A document or an outlet: "einem Bericht der Zeitung", "einer Presseerklärung", not a place ("In Berlin wurde gefordert").
  for (let i = document.from; i < document.to; i++) if (vocab.speakerNoun(tokens[i]!) || vocab.document(tokens[i]!)) return document;
  return null;
}

/**
 * A quoting verb in the passive with its auxiliary further back: "Peskow wird von der BBC mit den Worten zitiert:",
 * "In der Meldung wird Lindqvist wie folgt zitiert:". The one quoted spoke, before the auxiliary or, inverted, right after it;
 * the agent ("von der BBC") passed it on.
 */
export function quotedInPassive(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary, reader: PhraseReader): { speaker: Phrase; reporter: Phrase | null } | null {
  // The words follow the verb after a colon or comma; "wird mit einem Satz aus seinem Tagebuch zitiert." gives none.
  if (!INTRODUCERS.has(tokens[cue + 1]?.text ?? "")) return null;
  let auxiliary = -1;
  for (let i = cue - 1; i > 0 && cue - i <= MAX_MIDDLE_FIELD && auxiliary < 0; i--) {
    const word = tokens[i]!;
    if (CLAUSE_BREAKS.has(word.text) || vocab.complementizer(word)) return null;
    if (vocab.passive(word)) auxiliary = i;
  }
  if (auxiliary < 0) return null;
  let reporter: Phrase | null = null;
  for (let i = auxiliary + 1; i < cue && !reporter; i++) if (vocab.passiveAgent(tokens[i]!)) reporter = reader.forward(i + 1);
  const before = vocab.pronoun(tokens[auxiliary - 1]!) ? { from: auxiliary - 1, to: auxiliary } : reader.backward(auxiliary);
  // "Zur Lage des Vereins und seiner Aufgabe wird Watzke … zitiert": a phrase in an object's case ends a fronted object.
  if (before && reader.startsClause(before) && !vocab.objectArticle(tokens[before.from]!)) return { speaker: before, reporter };
  // "In der Meldung wird Lindqvist wie folgt zitiert": a fronted phrase, the auxiliary, then the subject.
  const after = vocab.passiveAgent(tokens[auxiliary + 1]) ? null : reader.forward(auxiliary + 1);
  return after && after.to <= cue ? { speaker: after, reporter } : null;
}

/**
 * The clause a cue closes, read back from it, if a passive auxiliary stands in it: the nearest agent marker ("von") and
 * document place ("In einem Bericht") before the cue, -1 where there is none.
 */
function passiveClause(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary): { agent: number; document: number } | null {
  // "Im Bericht war festgestellt worden": a perfect passive is marked after the cue, also where `cue` is the first of the
  // adverbs before it ("war aber gleichzeitig festgestellt worden").
  let participle = cue;
  while (tokens[participle] && (vocab.adverbial(tokens[participle]!) || vocab.verbAdverb(tokens[participle]!))) participle++;
  let passive = vocab.perfectPassive(tokens[participle + 1]);
  let agent = -1;
  let document = -1;
  const naming = vocab.namingCue(tokens[cue]!);
  // The quotation stepped over counts as one word of the middle field.
  let quoted = 0;
  for (let i = cue - 1; i >= 0 && cue - i - quoted <= MAX_MIDDLE_FIELD; i--) {
    // "In einer Presseerklärung, die am Mittwoch veröffentlicht wurde, wurde verkündet": a relative clause set off by
    // commas inside the clause is stepped over.
    const relative = relativeClauseBefore(tokens, i, vocab);
    if (relative >= 0) i = relative;
    // "wird von der „Zeitung“ zitiert": a quoted name breaks no clause, nor a naming cue's quoted predicate
    // ("Seine Bilder werden von Kritikern als „Wunder der Farbe“ bezeichnet").
    const quotation = naming ? openingOfQuotation(tokens, i) : openingOfQuotedName(tokens, i);
    if (quotation < i) {
      quoted += i - quotation;
      i = quotation;
      continue;
    }
    const t = tokens[i]!;
    // "als" here compares ("als unrealistisch bezeichnet"): only punctuation, complementizers and other cues end the clause.
    if (CLAUSE_BREAKS.has(t.text) || vocab.complementizer(t) || vocab.cue(t)) break;
    if (vocab.passive(t)) passive = true;
    if (agent < 0 && vocab.passiveAgent(t)) agent = i;
    if (document < 0 && vocab.documentPlace(t)) document = i;
  }
  return passive ? { agent, document } : null;
}

/** A quoted predicate in a middle field is short: "als „Wunder der Farbe“". */
const MAX_QUOTED_PREDICATE = 10;

/** Read back from a closing mark at `close`: the index of the opening mark of its quotation, else `close`. */
export function openingOfQuotation(tokens: readonly Token[], close: number): number {
  if (!CLOSING_MARKS.test(tokens[close]?.text ?? "")) return close;
  const open = pairedOpening(tokens, close, MAX_QUOTED_PREDICATE, (t) => OPENING_MARKS.test(t.text), () => true);
  return open >= 0 ? open : close;
}

/** A relative clause is short: "die am Freitag in Graz vorgestellt wurde". */
const MAX_RELATIVE_CLAUSE = 12;

/**
 * Read back from the comma at `close`: the relative clause it closes (", die … wurde,") after a noun; the index of the token
 * before its opening comma, else -1.
 */
function relativeClauseBefore(tokens: readonly Token[], close: number, vocab: AttributionVocabulary): number {
  if (tokens[close]?.text !== ",") return -1;
  for (let i = close - 1; i > 0 && close - i <= MAX_RELATIVE_CLAUSE; i--) {
    if (CLAUSE_BREAKS.has(tokens[i]!.text)) return tokens[i]!.text === "," && vocab.relative(tokens[i + 1]) && tokens[i - 1]!.word ? i - 1 : -1;
  }
  return -1;
}

/** The index after a relative clause opening with a comma at `at` and closed by the next comma ("…, der am Abend erschien,"), else `at`. */
export function pastRelativeClause(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  if (tokens[at]?.text !== "," || !vocab.relative(tokens[at + 1])) return at;
  const end = Math.min(tokens.length, at + 2 + MAX_RELATIVE_CLAUSE);
  for (let i = at + 2; i < end; i++) {
    const t = tokens[i]!.text;
    if (t === ",") return i + 1;
    if (!tokens[i]!.word && t !== "." && t !== "-") return at;
  }
  return at;
}

/** Words in brackets are short: "(Awoda, dt. etwa Arbeiterpartei)". */
const MAX_ASIDE = 10;

/**
 * "Wulff hat mit Peres (Awoda, Arbeiterpartei) gesprochen": read back from its closing bracket at `close`, an aside in
 * brackets stands in the middle field, its comma breaking no clause; the index of its opening bracket, else `close`.
 */
function openingOfAside(tokens: readonly Token[], close: number): number {
  if (tokens[close]!.text !== ")") return close;
  return nonEmpty(pairedOpening(tokens, close, MAX_ASIDE, (t) => t.text === "(", (t) => t.text !== ")"), close);
}

/** A date set off after a day: "am Donnerstag, dem 7. Oktober,", "am 7.10., einem Donnerstag,". */
const MAX_DATE_ASIDE = 6;

/**
 * "Gysi hatte am Donnerstag, dem 7. Oktober, in einem Interview gesagt": read back from a comma at `comma`, the comma that
 * opens a date set off after a day's or a month's name (an article and the date's numbers, names and points), whether
 * `comma` closes it or opens it (the closing comma left out: "am Donnerstag, den 7.10. in einem Interview"); else -1.
 */
function openingOfDateAside(tokens: readonly Token[], comma: number, vocab: AttributionVocabulary): number {
  const opens = (k: number) => tokens[k]?.text === "," && vocab.calendarName(tokens[k - 1]) && vocab.determiner(tokens[k + 1]);
  if (tokens[comma]?.text !== ",") return -1;
  if (opens(comma)) return comma;
  for (let k = comma - 1; k > 0 && comma - k <= MAX_DATE_ASIDE; k--) {
    if (opens(k)) return k;
    if (!inDate(tokens, k, vocab) && !vocab.determiner(tokens[k])) return -1;
  }
  return -1;
}

function openingAuxiliary(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary): number | null {
  // "bisher davon ausgegangen": the participle closes the cue, after its adverbs and a pronominal adverb.
  let seinPerfect = false;
  for (let k = cue; k < tokens.length && k - cue <= MAX_CUE_LEAD && !seinPerfect; k++) seinPerfect = vocab.seinParticiple(tokens[k]!);
  // An aside in brackets does not count against the middle field's length.
  let aside = 0;
  for (let i = cue - 1; i >= 0 && cue - i - aside <= MAX_MIDDLE_FIELD; i--) {
    const bracket = openingOfAside(tokens, i);
    if (bracket < i) {
      aside += i - bracket + 1;
      i = bracket;
      continue;
    }
    const open = openingOfQuotedName(tokens, i);
    if (open < i) {
      i = open;
      continue;
    }
    const dated = openingOfDateAside(tokens, i, vocab);
    if (dated >= 0) {
      aside += i - dated + 1;
      i = dated;
      continue;
    }
    const t = tokens[i]!;
    if (CLAUSE_BREAKS.has(t.text) || vocab.conjunction(t) || vocab.complementizer(t) || vocab.cue(t)) return null;
    if (vocab.bracketAuxiliary(t) || (seinPerfect && vocab.seinAuxiliary(t)) || (vocab.modal(t) && modalBeforeStatement(tokens, cue, vocab))) return i;
  }
  return null;
}

/**
 * "Der Minister will heute erklären, dass …", "Heute will der Minister bekannt geben: …": a modal opens the bracket an
 * infinitive cue closes right before its statement (a comma or a colon), its subject before the modal or right after it;
 * not a passive infinitive ("Es muss gesagt werden, dass …", whose subject says nothing), nor a verb that closes its
 * sentence and reports nothing ("Der Täter wollte sich später melden.").
 */
function modalBeforeStatement(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary): boolean {
  for (let k = cue; k < tokens.length && k - cue <= MAX_CUE_LEAD + 1; k++) {
    const t = tokens[k]!;
    if (t.text === "," || t.text === ":") return true;
    if (!t.word || vocab.passiveAuxiliary(t) || vocab.perfectPassive(t)) return false;
  }
  return false;
}

/** Prepositional attributes chain a few deep: "vom Institut für Geologie in Tübingen". */
const MAX_ATTRIBUTES = 3;

/**
 * "Lena Morbach vom Institut für Geologie in Tübingen erklärte": the phrase before the verb sits
 * inside prepositional attributes; the subject is the noun phrase that opens the clause before them.
 */
export function withAttributes(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  let from = phrase.from;
  let to = phrase.to;
  let last = phrase;
  for (let hops = 0; hops < MAX_ATTRIBUTES; hops++) {
    const preposition = tokens[from - 1];
    if (!vocab.preposition(preposition)) return null;
    // "Wie der Landrat Jonas Weber am Morgen in Kiel mitteilte", "… bereits seit Jahren …": a phrase of time says when, no
    // attribute; the subject ends before it and its adverbs.
    if (tokens.slice(last.from, last.to).some((t) => vocab.timeNoun(t))) to = adverbsBefore(tokens, from - 1, vocab);
    const head = reader.backward(from - 1);
    if (!head) return null;
    // "Wie der Landrat Jonas Weber am Dienstag in Kiel mitteilte": a time the reader passed as adverbs ends the subject.
    const passed = tokens.slice(head.to, from - 1);
    if (passed.some((t) => vocab.timeNoun(t)) && passed.every((t) => vocab.adverbial(t))) to = head.to;
    from = quotedNameOpening(tokens, head.from, vocab, reader);
    last = head;
    // "…, hatte Obama bei seinem Treffen in Moskau gesagt": the auxiliary of an inverted perfect opens the clause before it.
    const inverted = vocab.auxiliary(tokens[from - 1]) && reader.startsClause({ from: from - 1, to: head.to });
    if (reader.startsClause(head) || inverted) return to > from ? { from, to } : null;
  }
  return null;
}

/**
 * "Die „Liga für ein Freies Netz“ teilte mit", "Die Gruppe „Ärzte ohne Geld“ erklärte": a quoted name read back to the word
 * after its opening mark goes on with the mark and the article or phrase before it; else `from`.
 */
function quotedNameOpening(tokens: readonly Token[], from: number, vocab: AttributionVocabulary, reader: PhraseReader): number {
  if (!OPENING_MARKS.test(tokens[from - 1]?.text ?? "")) return from;
  const before = reader.backward(from - 1);
  return before ? before.from : vocab.determiner(tokens[from - 2]) ? from - 2 : from - 1;
}

/** "Brandstätter war ebenfalls vor Ort und sagte, …": a cue coordinated with the verb before shares its subject, the phrase opening the sentence. */
export function coordinatedSubject(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  // "… haben die Brücke geprüft und gestern bestätigt": adverbs between the coordinator and the cue.
  let and = cue - 1;
  while (and > 0 && vocab.adverbial(tokens[and]!) && !vocab.coordinator(tokens[and]!)) and--;
  if (!vocab.coordinator(tokens[and])) return null;
  for (let i = 0; i < and; i++) if (CLAUSE_BREAKS.has(tokens[i]!.text)) return null;
  // "Im Januar legte er sein Amt nieder und verkündete": "er" after the verb of a fronted phrase.
  for (let i = 2; i < Math.min(and, MAX_FRONTED + 2); i++) {
    if (vocab.subjectPronoun(tokens[i]!) && isLowercase(tokens[i - 1])) return { from: i, to: i + 1 };
  }
  // "Auch der Außenminister sprach sich dagegen aus und sagte": focus particles before the subject.
  const start = reader.pastFocusParticles(0, and);
  const subject = reader.forward(start);
  if (!subject || subject.to >= and) return null;
  // "Experten der Marine haben das Wrack untersucht und bestätigt": a speaker noun without an article.
  return reader.isName(subject) || vocab.determiner(tokens[start]!) || hasSpeakerNoun(tokens, subject, vocab) ? subject : null;
}
