// A quoting verb in the passive with its auxiliary further back: "Peskow wird von der BBC mit den
// Worten zitiert", "In der Meldung wird Musk wie folgt zitiert". The one quoted spoke; the agent
// ("von der BBC") passed it on. The subject stands before the auxiliary or, inverted, right after it.
import type { Phrase, PhraseReader, Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** The clause between the auxiliary and the quoting verb is short: "wird in einer Presseerklärung der Gewerkschaft mit den Worten zitiert". */
const MAX_MIDDLE_FIELD = 14;
const INTRODUCERS = new Set([",", ":"]);
const CLAUSE_BREAKS = new Set([",", ";", ":", "–", "—", "„", "“", "\"", "»", "«"]);

export function quotedInPassive(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary, reader: PhraseReader): { speaker: Phrase; reporter: Phrase | null } | null {
  // The words follow the verb after a colon or comma; "wird mit den Worten aus einem Brief zitiert." gives none.
  if (!INTRODUCERS.has(tokens[cue + 1]?.text ?? "")) return null;
  let auxiliary = -1;
  for (let i = cue - 1; i > 0 && cue - i <= MAX_MIDDLE_FIELD && auxiliary < 0; i--) {
    const word = tokens[i]!.text;
    if (CLAUSE_BREAKS.has(word) || vocab.complementizer(word)) return null;
    if (vocab.passive(word)) auxiliary = i;
  }
  if (auxiliary < 0) return null;
  let reporter: Phrase | null = null;
  for (let i = auxiliary + 1; i < cue && !reporter; i++) if (vocab.passiveAgent(tokens[i]!.text)) reporter = reader.forward(i + 1);
  const before = vocab.pronoun(tokens[auxiliary - 1]!.text) ? { from: auxiliary - 1, to: auxiliary } : reader.backward(auxiliary);
  if (before && reader.startsClause(before)) return { speaker: before, reporter };
  // "In der Meldung wird Musk wie folgt zitiert": a fronted phrase, the auxiliary, then the subject.
  const after = vocab.passiveAgent(tokens[auxiliary + 1]?.text ?? "") ? null : reader.forward(auxiliary + 1);
  return after && after.to <= cue ? { speaker: after, reporter } : null;
}
