// German reported clauses open at a comma after the whole clause of their cue, and what that clause
// says about the act stands before the comma: "Die Botschaft teilte dem Sender CNN am Abend mit, dass …",
// "Der Stadt schlug sie vor, sich …". The reported clause starts after such a middle field.
import { COLON_OR_COMMA, subordinateOpener } from "./clause.js";
import { quotedTitleAt } from "./cues.js";
import { isInfinitiveClause } from "./infinitive.js";
import { isCapitalised, isDayNumber, type Phrase, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** The middle field between a cue (with its speaker and addressee) and the comma is short: a time, a place, a particle. */
const MAX_MIDDLE_FIELD = 4;
/**
 * A longer field, an addressee and an occasion ("forderte die Partei im Bundestag auf, …", "sagte vor der versammelten
 * Presse, …", "gab nach einer langen Sitzung mit allen Mitgliedern des Vorstands bekannt, …"), opens a reported clause only
 * where the clause is marked as one (see `marksReportedClause`).
 */
const MAX_LONG_MIDDLE_FIELD = 12;

/**
 * The comma that opens the reported clause after the middle field from `from`, else `from` (a comma or "dass"
 * right there opens it already); `comment`: the cue closes a comment clause ("Wie die Zeitung … berichtet hatte").
 * A finite verb in the field closes a verb-final clause ("wie berichtet worden war, …", "darüber entscheiden
 * muss, ob …") and "und" joins another verb (`verb-coordinators`; "aber" there is a particle: "sagte aber, dass
 * …"); a clause of condition or time after the comma is none ("erwägt eine Klage, falls …").
 */
export function pastMiddleField(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary, comment: boolean): number {
  if (vocab.complementizer(tokens[from])) return from;
  // "…, nachdem sie berichtet hatte, dass …", "…, weil der Anwalt betont hatte, der Mann sei …": in a clause of time or
  // reason set off by a comma the auxiliary closes the cue's clause, and a reported clause marked as such follows its comma
  // (tuned on the German train split: 2 more statements match; a clause opening with "weil" or "wenn" after the comma
  // says why or when).
  if (vocab.trailingAuxiliary(tokens[from]) && tokens[from + 1]?.text === "," && !vocab.subordinator(tokens[from + 2]) && subordinateOpener(tokens, from, vocab) >= 0 && marksReportedClause(tokens, from + 2, end, vocab)) return from + 1;
  let i = from;
  while (i < end && i - from < MAX_LONG_MIDDLE_FIELD) {
    // "teilte am Abend (Ortszeit) mit, dass …": words in brackets are part of the field.
    const close = bracketEnd(tokens, i, end);
    const name = quotedNameClosing(tokens, i, end, vocab);
    if (close > i) i = close + 1;
    else if (name) i = name.to;
    else if (tokens[i]!.word && inMiddleField(tokens[i]!, vocab, comment)) i++;
    else if (isOrdinalStop(tokens, i, from)) i++;
    else break;
  }
  // "kritisierte die Pläne heftig: Die Beschäftigten seien …": a colon closes the field as a comma does.
  if (i === from || !COLON_OR_COMMA.has(tokens[i]?.text ?? "") || vocab.subordinator(tokens[i + 1])) return from;
  return i - from <= MAX_MIDDLE_FIELD || marksReportedClause(tokens, i + 1, end, vocab) ? i : from;
}

/**
 * "sagte im Gespräch mit der „Zeit“, …", "schrieb in einem Beitrag für den „Tagesspiegel“, …": a name in quotation marks
 * after a preposition (and its article) closing the field at its comma is part of it; not an object's, "fordert einen
 * „Plan“, mit dem …".
 */
function quotedNameClosing(tokens: readonly Token[], at: number, end: number, vocab: AttributionVocabulary): Phrase | null {
  const name = quotedTitleAt(tokens, at, end);
  const governed = vocab.preposition(tokens[at - 1]) || (vocab.determiner(tokens[at - 1]) && vocab.preposition(tokens[at - 2]));
  return name && governed && tokens[name.to]?.text === "," ? name : null;
}

/**
 * After a long field the comma may as well go on with a noun phrase ("als Wahl zwischen einer Banane, einem Apfel …"),
 * a relative clause or a main clause of the narrator's: the clause from `k` is reported only where "dass" or "ob", an
 * infinitive with "zu" or a Konjunktiv form of the vocabulary (not one of its mere shape, which the preterite "wurde"
 * has) marks it.
 */
function marksReportedClause(tokens: readonly Token[], k: number, end: number, vocab: AttributionVocabulary): boolean {
  if (vocab.complementizer(tokens[k])) return true;
  if (opensRelative(tokens, k, vocab)) return false;
  return isInfinitiveClause(tokens, k, end, vocab) || tokens.slice(k, end).some((t) => vocab.subjunctive(t));
}

/** "sagte am 3. Januar, er werde …": the full stop of a day's number in a date is part of the field. */
function isOrdinalStop(tokens: readonly Token[], i: number, from: number): boolean {
  return i > from && isDayNumber(tokens, i - 1) && !!tokens[i + 1]?.word;
}

/** The closing bracket of words in brackets opening at `at` ("(Ortszeit)", "(SPD)"), else -1. */
function bracketEnd(tokens: readonly Token[], at: number, end: number): number {
  if (tokens[at]?.text !== "(") return -1;
  for (let k = at + 1; k < end; k++) {
    if (tokens[k]!.text === ")") return k > at + 1 ? k : -1;
    if (!tokens[k]!.word) return -1;
  }
  return -1;
}

/**
 * "…, der sich …", "…, in der der Partei …": a relative pronoun, after its preposition or not, before a lowercase word;
 * not one before a Konjunktiv form, the verb of a clause of its own ("sagte in einem Interview mit der FAZ, das sei …").
 */
function opensRelative(tokens: readonly Token[], k: number, vocab: AttributionVocabulary): boolean {
  const pronoun = vocab.preposition(tokens[k]) ? k + 1 : k;
  const next = tokens[pronoun + 1];
  return vocab.relative(tokens[pronoun]) && !!next?.word && !isCapitalised(next) && !vocab.subjunctive(next);
}

function inMiddleField(word: Token, vocab: AttributionVocabulary, comment: boolean): boolean {
  // "Wie die Zeitung berichtet hatte, …": the auxiliary closing a comment clause, whose comma opens what it reports.
  if (comment && vocab.trailingAuxiliary(word)) return true;
  return !(vocab.trailingAuxiliary(word) || vocab.auxiliary(word) || vocab.modal(word) || vocab.verbCoordinator(word));
}

