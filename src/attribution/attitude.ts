// Attitudes held by the main clause's subject: "Trump wants to build a wall", "The campaign plans to
// open offices in Ohio", "Sanders questioned the deal". English news annotation counts them as
// attributions of their subject, the rest of the clause being what is intended or held; inside
// another's statement ("Ruiz says she wants to …") they are part of it, not statements of their own.
import { endBefore, statementEnd, type CueReading } from "./cues.js";
import { opensMainClause, subjectBefore } from "./evidential.js";
import type { PhraseReader, Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/**
 * The attitude verb at tokens [first, last]: its subject and the clause after it, or null. A cue read later in the
 * sentence (`readings`) ends the clause: "Howard thanked the donors, telling reporters …" holds "the donors".
 */
export function readAttitude(tokens: readonly Token[], first: number, last: number, readings: readonly CueReading[], vocab: AttributionVocabulary, reader: PhraseReader): CueReading | null {
  const content = last + 1;
  const next = readings.find((r) => r.first > content && vocab.participle(tokens[r.first]!));
  const end = next ? endBefore(tokens, next.first, vocab) : statementEnd(tokens);
  if (end - content < 2 || !tokens[content]!.word || !tokens[content + 1]!.word) return null;
  const found = subjectBefore(tokens, first, vocab, reader);
  if (!found || vocab.expletive(tokens[found.subject.from]!) || !opensMainClause(tokens, found.subject, vocab)) return null;
  return { first, last, speaker: found.subject, relative: null, addressee: null, reporters: [], content: { from: content, to: end } };
}
