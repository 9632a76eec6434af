// German "Die Partei schließt eine Koalition aus. Dies bestätigte der Vorsitzende.": a sentence that
// opens with a demonstrative pronoun as the object of its cue reports the sentence before it, and
// the pronoun belongs to that statement, as German news annotation has it.
import type { CueReading } from "./cues.js";
import type { Phrase, Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/**
 * Does the cue take its statement from the sentence before? The demonstrative opens the sentence and
 * the cue, or the auxiliary of its verb bracket, follows it at once ("Dies teilte der Verband mit",
 * "Das hatte der Minister angekündigt"); a cue with a statement of its own reports that instead.
 */
export function reportsSentenceBefore(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): boolean {
  if (reading.content || reading.first < 1 || !vocab.anaphor(tokens[0])) return false;
  if (reading.first === 1) return true;
  const verb = tokens[1]!;
  return vocab.auxiliary(verb) || vocab.passiveAuxiliary(verb);
}

/** "Das hatte die Reederei mitgeteilt": the demonstrative and the auxiliary after it are no part of the speaker read over them. */
export function speakerAfterAnaphor(tokens: readonly Token[], speaker: Phrase | null, vocab: AttributionVocabulary): Phrase | null {
  if (!speaker || speaker.from !== 0) return speaker;
  let from = 1;
  if (vocab.auxiliary(tokens[from]) || vocab.passiveAuxiliary(tokens[from])) from++;
  return from < speaker.to ? { from, to: speaker.to } : null;
}
