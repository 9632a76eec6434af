// The passive of a quoting verb, the wire's way to credit another outlet: "Peskov was quoted as saying by Interfax",
// "“…,” Peskov was quoted by Interfax as saying". The subject said it and the agent after "by" passed it on (Peskov →
// Interfax); what was said follows the participle or, with nothing after it, is the quotation closing before the subject
// or the clause before its comma. The active verb closing a sentence reads the same way: "…, Interfax quoted Peskov as saying."
import { quotedObject, quotingParticiple, statementEnd } from "./cues.js";
import type { Phrase, PhraseReader, Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** How far the participle may stand from the quoting verb: "was quoted by the state news agency Interfax as saying". */
const MAX_TO_PARTICIPLE = 8;

export interface QuotedPassive {
  speaker: Phrase;
  /** The outlet after "by", before the participle or right after it; null where none is named. */
  agent: Phrase | null;
  /** From the passive auxiliary to the participle: "was quoted as saying", "is quoted by Interfax as saying". */
  cue: Phrase;
  /** What follows the participle ("that" and all, as annotated), or null where the quotation before the subject holds it. */
  content: Phrase | null;
}

/** The passive quoting verb at `verb` ("quoted" after "was"), or null. */
export function readQuotedPassive(tokens: readonly Token[], verb: number, vocab: AttributionVocabulary, reader: PhraseReader): QuotedPassive | null {
  if (!vocab.quoting(tokens[verb]) || !vocab.passive(tokens[verb - 1])) return null;
  const speaker = reader.backward(verb - 1);
  if (!speaker || speaker.to !== verb - 1) return null;
  const byAgent = (at: number) => (vocab.passiveAgent(tokens[at]) ? reader.forward(at + 1) : null);
  let agent = byAgent(verb + 1);
  const participle = quotingParticiple(tokens, agent ? agent.to : verb + 1, Math.min(tokens.length, verb + MAX_TO_PARTICIPLE + 1), vocab);
  if (participle < 0) return null;
  let from = participle + 1;
  const after = agent ? null : byAgent(from);
  if (after) [agent, from] = [after, after.to];
  const end = statementEnd(tokens);
  return { speaker, agent, cue: { from: verb - 1, to: participle + 1 }, content: end - from >= 2 ? { from, to: end } : null };
}

/**
 * "“…,” the agency quoted Peskov as saying.", "The talks failed, Interfax quoted an official as saying.": the active quoting
 * verb at `verb` with nothing after its participle; its object said what stands before, its subject passed it on. With a
 * clause after the participle it is none: the outlet's statement holds its object's, as annotated (attitude.ts).
 */
export function readQuotedClosing(tokens: readonly Token[], verb: number, vocab: AttributionVocabulary, reader: PhraseReader): QuotedPassive | null {
  if (!vocab.quoting(tokens[verb]) || vocab.passive(tokens[verb - 1])) return null;
  const participle = quotingParticiple(tokens, verb + 2, Math.min(tokens.length, verb + MAX_TO_PARTICIPLE + 1), vocab);
  if (participle < 0 || statementEnd(tokens) > participle + 1) return null;
  const speaker = quotedObject(tokens, participle, vocab);
  const agent = reader.backward(verb);
  return speaker && agent && agent.to === verb ? { speaker, agent, cue: { from: verb, to: participle + 1 }, content: null } : null;
}
