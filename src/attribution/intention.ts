// Intentions held by the main clause's subject: "Trump wants to build a wall", "The campaign plans to
// open offices in Ohio". English news annotation counts them as attributions of their subject, the
// infinitive clause being what is intended; inside another's statement ("Clinton says she wants to …")
// they are part of it, not statements of their own.
import { statementEnd, type CueReading } from "./cues.js";
import { opensMainClause, subjectBefore } from "./evidential.js";
import type { PhraseReader, Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** The intention verb at tokens [first, last], "to" right after it: its subject and infinitive clause, or null. */
export function readIntention(tokens: readonly Token[], first: number, last: number, vocab: AttributionVocabulary, reader: PhraseReader): CueReading | null {
  const infinitive = last + 1;
  const end = statementEnd(tokens);
  if (end - infinitive < 2 || !tokens[infinitive + 1]!.word) return null;
  const found = subjectBefore(tokens, first, vocab, reader);
  if (!found || vocab.expletive(tokens[found.subject.from]!.text) || !opensMainClause(tokens, found.subject)) return null;
  return { first, last, speaker: found.subject, relative: null, addressee: null, reporters: [], content: { from: infinitive, to: end } };
}
