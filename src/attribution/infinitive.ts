// German infinitive clauses as reported content: "kündigte an, das Gymnasium zu reformieren",
// "wird beschuldigt, an dem Anschlag beteiligt gewesen zu sein". The clause after the cue ends
// in "zu" and an infinitive, or in an infinitive with "zu" inside ("anzusprechen").
import { isCapitalised, isLowercase, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/**
 * A comma, a semicolon or a dash ends the clause: "gaben an, sich hier sicher zu fühlen; besonders …", "forderte die
 * Bewohner auf, ihre Wohnungen zu räumen – ein Drittel davon in der Stadt".
 */
const CLAUSE_ENDS = new Set([",", ";", "–", "—", "-"]);

/** The end of the clause from `from`: the next comma, semicolon or dash, or `to`. */
function clauseEnd(tokens: readonly Token[], from: number, to: number): number {
  let end = from;
  while (end < to && !CLAUSE_ENDS.has(tokens[end]!.text)) end++;
  return end;
}

/**
 * A German infinitive clause may follow its cue without a comma ("Die Firma hat angekündigt die Preise zu erhöhen",
 * "Anwohner wurden aufgefordert Fenster geschlossen zu halten"). Without the comma only a clause that closes on "zu"
 * and a lowercase infinitive ("zu erhöhen", not "zu dem Fall"), or on an infinitive with "zu" inside, with words of its
 * own before it, is read as one: "berichtet zu haben" is the cue's own infinitive.
 */
export function endsInBareInfinitive(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): boolean {
  const end = clauseEnd(tokens, from, to);
  const last = tokens[end - 1];
  if (!last?.word || end - from < 3 || vocab.infinitiveMarker(tokens[from]) || vocab.subordinator(tokens[from]) || vocab.infinitiveAdverbial(tokens[from])) return false;
  return vocab.infinitiveShape(last) || (vocab.infinitiveMarker(tokens[end - 2]) && vocab.infinitiveForm(last));
}

/**
 * "erhöhen" in "zu erhöhen", "sein" in "beteiligt gewesen zu sein": a lowercase word after "zu" is its infinitive, unless
 * it is an article before its noun ("zu der Tragödie", "zu dem Unfall").
 */
function isInfinitive(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  return isLowercase(tokens[at]) && !(vocab.determiner(tokens[at]!) && isCapitalised(tokens[at + 1]));
}

/** Does the clause from `from` (up to the next comma, semicolon or `to`) end in an infinitive with "zu"? */
export function isInfinitiveClause(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): boolean {
  // "…, um die Anschrift zu ermitteln": a purpose, not a statement; "…, nachdem er nicht mehr zu sehen war": a clause of time.
  if (vocab.infinitiveAdverbial(tokens[from]) || (vocab.subordinator(tokens[from]) && !opensPrepositionalPhrase(tokens, from, vocab))) return false;
  return closesOnInfinitive(tokens, from, to, vocab);
}

/** The clause from `from` closes on an infinitive with "zu" or of the infinitive's shape: "um Hilfe zu leisten". */
export function closesOnInfinitive(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): boolean {
  const end = clauseEnd(tokens, from, to);
  // The infinitive ends its clause, with up to two verbs after it ("gewesen zu sein", "zu haben").
  for (let i = end - 1; i >= from && i >= end - 3; i--) {
    const t = tokens[i]!;
    if (!t.word) return false;
    // "…, die zu dem Unfall führte": a relative clause with a phrase after "zu" has no infinitive.
    if (i > from && vocab.infinitiveMarker(tokens[i - 1]!) && isInfinitive(tokens, i, vocab)) return true;
    if (vocab.infinitiveShape(t)) return true;
  }
  return false;
}

/**
 * "räumte ein, seit dem Auftritt davon geträumt zu haben": a subordinator that is also a preposition ("seit", "während")
 * opens a phrase before an object's article, a time noun or a number, not a clause.
 */
function opensPrepositionalPhrase(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  const next = tokens[at + 1];
  return vocab.preposition(tokens[at]) && !!next && (vocab.objectArticle(next) || vocab.timeNoun(next) || /^\p{N}/u.test(next.text));
}
