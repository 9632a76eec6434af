// German reported statements inside a sentence: "Die Veranstalter zählten 2.000 Teilnehmer; nach
// Polizeiangaben waren es 1.000." A source in the middle of a sentence speaks for the clause it
// stands in, not for the clauses before it or a quotation a colon announces after it.
import { DASHES, isLowercase, pastAdverbs, QUOTE_MARK, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

const STRONG_BREAKS = new Set([";", ":"]);
/** Marks that open a clause inside a sentence: "Wie die Firma mitteilte, …", "…, indem er … vorwarf, …". */
export const COLON_OR_COMMA: ReadonlySet<string> = new Set([",", ":"]);

/**
 * The clause around a source at `from`, up to the sentence's statement end: it opens after a semicolon
 * or a colon, or after a comma before a conjunction, a relative pronoun or "dass"; the commas of a
 * list ("ein Mann, zwei Frauen und ein Kind") open none. It closes at a semicolon or colon after the source.
 */
export function clauseAround(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary): Phrase {
  let to = from;
  while (to < end && !STRONG_BREAKS.has(tokens[to]!.text)) to++;
  // "Das Beben, das zehn Sekunden dauerte, soll nach ersten Meldungen …": a comma before a lowercase verb resumes the clause
  // a relative clause interrupted; the relative clause before it, closed, opens nothing around the source.
  let resumed = false;
  for (let start = from; start > 0; start--) {
    const mark = tokens[start - 1]!.text;
    if (STRONG_BREAKS.has(mark)) return { from: start, to };
    const opener = tokens[start]!;
    if (mark !== ",") continue;
    const opens = vocab.conjunction(opener) || vocab.relative(opener) || vocab.complementizer(opener);
    if (opens && resumed && vocab.relative(opener)) resumed = false;
    else if (opens) return { from: start, to: resumingComma(tokens, from, to, vocab) };
    else resumed = resumes(tokens, start - 1, vocab);
  }
  return { from: 0, to };
}

/**
 * The comma at `comma` closes a clause on its verb (a lowercase word) and resumes the one it interrupted with that clause's
 * verb: a lowercase word after it, no article, conjunction or pronoun opening a clause, no adverb ("…, das zehn Sekunden
 * dauerte, soll", not "…, der nicht entfernt, jedoch gesprengt wurde").
 * A list's comma resumes nothing ("nach technischer Analyse, rechtlicher Erwägung …").
 */
function resumes(tokens: readonly Token[], comma: number, vocab: AttributionVocabulary): boolean {
  // '…, „größer wird es nicht“, räumte Lopez ein': the verb may close a quotation before the comma.
  let before = comma - 1;
  while (before > 0 && QUOTE_MARK.test(tokens[before]!.text)) before--;
  const [verb, next] = [tokens[before], tokens[comma + 1]];
  return isLowercase(verb) && isLowercase(next) && !vocab.determiner(next!) && !vocab.conjunction(next!) && !vocab.relative(next!) && !vocab.complementizer(next!) && !vocab.adverb(next!);
}

/** "…, die nach Angaben der Zeugen spät eintraf, sperrte die Straße": a clause inside a sentence closes at the comma before the verb resumed. */
function resumingComma(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): number {
  for (let k = from + 1; k < to; k++) if (tokens[k]!.text === "," && resumes(tokens, k, vocab)) return k;
  return to;
}

/**
 * Marks that set off an attribution inside or after a statement: ", so Obama," "– so der Vorwurf –"; a hyphen between
 * spaces is a dash typed on a keyboard ("Lee - who said … - left").
 */
export const SET_OFF: ReadonlySet<string> = new Set([",", ...DASHES]);

/**
 * "In zehn Jahren, so schreiben die Forscher, sei die Arbeit getan": "so" and its cue set off inside a
 * statement interrupt it, and the statement runs over them; at the end ("…, so glaubt man.") it is the clause before.
 */
export function aroundSoCue(tokens: readonly Token[], first: number, last: number, end: number, vocab: AttributionVocabulary): Phrase | null {
  const so = first - 1;
  if (so < 2 || !vocab.afterQuote(tokens[so]!) || !SET_OFF.has(tokens[so - 1]!.text)) return null;
  let close = last + 1;
  while (close < end && !SET_OFF.has(tokens[close]!.text)) close++;
  return close < end - 2 ? { from: 0, to: end } : { from: 0, to: so - 1 };
}

/** The first token of the clause around `at`: right after the last comma or colon before it, else the sentence's first. */
export function clauseStart(tokens: readonly Token[], at: number): number {
  let start = at;
  while (start > 0 && !COLON_OR_COMMA.has(tokens[start - 1]!.text)) start--;
  return start;
}

/** Where a conjunction or "dass" opens the clause around `at` ("…, indem er … vorwarf", "…, nachdem sie berichtet hatte"), else -1. */
export function subordinateOpener(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  const start = clauseStart(tokens, at);
  return vocab.subordinator(tokens[start]) || vocab.complementizer(tokens[start]) ? start : -1;
}

/**
 * An auxiliary, a modal or a past form: the verb of a clause that an appositive or an attribution set off by commas
 * interrupted ("whether Lee, the new governor, could win", "“Only you, Dana,” she said, would use …").
 */
export function opensPredicate(t: Token | undefined, vocab: AttributionVocabulary): boolean {
  return !!t && (vocab.auxiliary(t) || vocab.passiveAuxiliary(t) || vocab.modal(t) || vocab.pastForm(t));
}

/**
 * "While those surveyed said Bush has the “best experience,” they picked Trump": a statement inside a subordinate clause
 * opening the sentence (`subordinators`) ends at the comma where the main clause begins; in German the main clause's
 * verb follows that comma ("Während Lee sagte, der Plan scheitere, stimmte der Rat zu"), in English its subject and verb.
 * A list's comma opens no clause ("said prices, wages and rents would rise"). Where none is found the statement stays.
 */
export function closeInOpeningClause(tokens: readonly Token[], cue: Phrase, content: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): Phrase {
  if (!inOpeningClause(tokens, cue, vocab)) return content;
  // A German subordinate clause closes on its finite verb, the statement after its comma ("Während Lee sagte, …",
  // "nachdem bekannt geworden war, …"): "Als Beispiel führte er aus, …" opens on a phrase, the verb second. An English
  // statement follows its cue in the clause: "When the Post reported, …" reports the main clause.
  if (vocab.marksIndirectSpeech ? germanClauseClosing(tokens, cue, vocab) < 0 : hasComma(tokens, cue.to, content.from)) return content;
  for (let k = content.from + 1; k < content.to - 1; k++) {
    if (tokens[k]!.text !== ",") continue;
    // The marks closing a quotation after the comma are the statement's: 'has the “best experience,” they picked'.
    let next = k + 1;
    while (next < content.to && QUOTE_MARK.test(tokens[next]!.text)) next++;
    if (vocab.marksIndirectSpeech ? resumes(tokens, k, vocab) : subjectAndVerbAt(tokens, next, vocab, reader)) return { from: content.from, to: next > k + 1 ? next : k };
  }
  return content;
}

const hasComma = (tokens: readonly Token[], from: number, to: number) => tokens.slice(from, to).some((t) => t.text === ",");

/**
 * Does the cue stand in a subordinate clause opening the sentence (`subordinators`; "But while …", "Even though …" past a
 * coordinator and an adverb), no comma before it? "When Ruiz, in a debate, objected, Lee replied that …" is not read
 * ("replied" may stand in the main clause).
 */
function inOpeningClause(tokens: readonly Token[], cue: Phrase, vocab: AttributionVocabulary): boolean {
  let opener = vocab.coordinator(tokens[0]) ? 1 : 0;
  if (!vocab.subordinator(tokens[opener]) && vocab.adverbial(tokens[opener]!)) opener++;
  return vocab.subordinator(tokens[opener]) && !hasComma(tokens, opener, cue.from);
}

/**
 * The comma closing a German clause on the cue, its auxiliaries after a participle with it ("Nachdem die Anwältin
 * mitgeteilt hatte, …"); a cue of more words closes on an auxiliary ("bekannt geworden war"). Else -1.
 */
function germanClauseClosing(tokens: readonly Token[], cue: Phrase, vocab: AttributionVocabulary): number {
  let closed = cue.to;
  while (vocab.trailingAuxiliary(tokens[closed])) closed++;
  const last = cue.to - 1;
  return tokens[closed]?.text === "," && !(last > cue.from && !vocab.auxiliary(tokens[last])) ? closed : -1;
}

/**
 * "Weil der Verband ein Verbot gefordert hatte, warnt das Institut …": a German speech act in a subordinate clause opening
 * the sentence and closed on its cue ends at the clause's comma, the main clause after it being another's. Else -1.
 */
export function openingClauseEnd(tokens: readonly Token[], reading: { first: number; last: number }, vocab: AttributionVocabulary): number {
  const cue = { from: reading.first, to: reading.last + 1 };
  return vocab.marksIndirectSpeech && inOpeningClause(tokens, cue, vocab) ? germanClauseClosing(tokens, cue, vocab) : -1;
}

/** An English clause opening at `at` on its subject (no list of nouns) and a verb after it, past the verb's adverbs. */
function subjectAndVerbAt(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, reader: PhraseReader): boolean {
  const subject = reader.forward(at);
  if (!subject || subject.from !== at || tokens.slice(subject.from, subject.to).some((t) => vocab.coordinator(t))) return false;
  const t = tokens[pastAdverbs(tokens, subject.to, tokens.length, vocab)];
  return isLowercase(t) && !(vocab.determiner(t!) || vocab.link(t!) || vocab.preposition(t!) || vocab.conjunction(t!) || vocab.relative(t!) || vocab.complementizer(t!));
}
