// A question put to someone in English: a participle clause opening a sentence ("Asked whether
// he would run, Smith said …", "When asked what it would cost, …") or a passive ("Smith was asked
// whether he would run"). The question is a statement of its own, put by the agent
// ("Asked by reporters …") or by nobody named; the main clause after the comma answers it.
import { opensPredicate } from "./clause.js";
import { QUOTE_MARKS, type CueReading } from "./cues.js";
import type { Phrase, PhraseReader, Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** "on Thursday", "at the business conference": the words between the participle and its question. */
const MAX_CIRCUMSTANCE = 5;

export interface OpeningClause {
  content: Phrase;
  agent: Phrase | null;
}

/** The clause of an addressee verb ("asked") that opens its sentence, follows only conjunctions there ("When asked"), or is passive. */
export function readOpeningClause(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary, reader: PhraseReader): OpeningClause | null {
  if (reading.first !== reading.last || !vocab.addresseeVerb(tokens[reading.first]!)) return null;
  // "Sanders was asked whether …": in the passive the subject is asked, and the question runs to the end.
  const passive = vocab.passiveAuxiliary(tokens[reading.first - 1]);
  if (!passive) for (let i = 0; i < reading.first; i++) if (!vocab.conjunction(tokens[i]!)) return null;
  let from = reading.first + 1;
  let agent: Phrase | null = null;
  if (vocab.passiveAgent(tokens[from])) {
    agent = reader.forward(from + 1);
    if (!agent) return null;
    from = agent.to;
  }
  // "Asked on Monday whether …", "When asked at the harbour meeting about …": the question opens with a question word
  // after a few words that say when or where; "Asked about the vote, …": or with what it is about, right after the verb
  // a preposition of the cue's (as annotated), later one of the question's.
  let to = from;
  const opens = (t: Token | undefined) => vocab.questionWord(t) || vocab.cuePreposition(t);
  while (to < tokens.length && to - from < MAX_CIRCUMSTANCE && tokens[to]!.word && !opens(tokens[to])) to++;
  if (!opens(tokens[to])) return null;
  if (to === reading.first + 1 && vocab.cuePreposition(tokens[to])) to++;
  const question = to;
  to = questionEnd(tokens, question, vocab, reader);
  // The main clause follows the comma; without one this is no opening clause.
  if ((!passive && tokens[to]?.text !== ",") || to - question < 2) return null;
  return { content: { from: question, to }, agent };
}

/**
 * Where the question ends: at its comma, unless an appositive set off by commas comes next and a verb right after it
 * ("Asked whether Lee, the new governor, could win, Hale said …"); a phrase after the comma followed by anything else
 * opens the main clause ("Asked whether it could pass, Lee, the new governor, said …"). Quotation marks go on with it
 * ("Asked whether the plan was “a gift,” Lee said …" ends at the comma inside the marks).
 */
function questionEnd(tokens: readonly Token[], from: number, vocab: AttributionVocabulary, reader: PhraseReader): number {
  let to = from;
  for (;;) {
    while (to < tokens.length && (tokens[to]!.word || QUOTE_MARKS.test(tokens[to]!.text))) to++;
    const appositive = tokens[to]?.text === "," ? reader.forward(to + 1) : null;
    if (!appositive || tokens[appositive.to]?.text !== "," || !opensPredicate(tokens[appositive.to + 1], vocab)) return to;
    to = appositive.to + 1;
  }
}
