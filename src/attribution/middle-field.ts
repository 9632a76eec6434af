// German reported clauses open at a comma after the whole clause of their cue, and what that clause
// says about the act stands before the comma: "Die Botschaft teilte dem Sender CNN am Abend mit, dass …",
// "Der Politik schlug er vor, sich …". The reported clause starts after such a middle field.
import type { Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** The middle field between a cue (with its speaker and addressee) and the comma is short: a time, a place, a particle. */
const MAX_MIDDLE_FIELD = 4;

/**
 * The comma that opens the reported clause after the middle field from `from`, else `from` (a comma or "dass"
 * right there opens it already); `comment`: the cue closes a comment clause ("Wie die Zeitung … berichtet hatte").
 * A finite verb in the field closes a verb-final clause ("wie berichtet worden war, …", "darüber entscheiden
 * muss, ob …") and "und" joins another verb (`verb-coordinators`; "aber" there is a particle: "sagte aber, dass
 * …"); a clause of condition or time after the comma is none ("erwägt eine Klage, falls …").
 */
export function pastMiddleField(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary, comment: boolean): number {
  if (vocab.complementizer(tokens[from])) return from;
  let i = from;
  while (i < end && i - from < MAX_MIDDLE_FIELD && tokens[i]!.word && inMiddleField(tokens[i]!, vocab, comment)) i++;
  return i > from && tokens[i]?.text === "," && !vocab.subordinator(tokens[i + 1]) ? i : from;
}

function inMiddleField(word: Token, vocab: AttributionVocabulary, comment: boolean): boolean {
  // "Wie die Zeitung berichtet hatte, …": the auxiliary closing a comment clause, whose comma opens what it reports.
  if (comment && vocab.trailingAuxiliary(word)) return true;
  return !(vocab.trailingAuxiliary(word) || vocab.auxiliary(word) || vocab.modal(word) || vocab.verbCoordinator(word));
}

