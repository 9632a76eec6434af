// Statements embedded in another's indirect speech: "Smith said he expects Cruz to win", "Lee said
// that she thought the plan would fail". English news annotation counts the outer statement only:
// the embedded attitude is part of what was said, not a second statement. A statement coordinated
// after another ("Lee praised the plan and said it would work") keeps its own: its speaker stands
// before the other's content, not at its start.
import type { Statement } from "./reader-state.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** The word right before `at` and where it starts: "that" in "said that she". */
const WORD_BEFORE = /(\p{L}+)\s+$/u;
/** How far back the word before a speaker is looked for. */
const WORD_BEFORE_REACH = 24;

/**
 * The statements without those whose speaker opens the content of another, earlier-cued indirect statement
 * (right at its start, or after its complementizer) and that lie inside it. Where quotations are parts of the
 * statements around them (a pack with `joined-quotation-endings`) only: German news counts nested speech.
 */
export function withoutEmbedded(statements: readonly Statement[], text: string, vocab: AttributionVocabulary): Statement[] {
  if (!vocab.joinedQuotationEnding) return [...statements];
  const byStart = new Map<number, Statement[]>();
  for (const st of statements) {
    if (st.kind === "direct" || !st.cue || !st.speaker) continue;
    const list = byStart.get(st.span.start);
    if (list) list.push(st);
    else byStart.set(st.span.start, [st]);
  }
  const embedded = (inner: Statement): boolean => {
    // "pointed to the mayor’s claim that …": a possessor speaks through a statement noun the outer statement names.
    if (inner.kind === "direct" || !inner.cue || !inner.speaker || possessor(inner.speaker.text, vocab)) return false;
    const at = inner.speaker.span.start;
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - WORD_BEFORE_REACH), at));
    const starts = [at, ...(word && vocab.complementizer(word[1]!) ? [at - word[0].length] : [])];
    return starts.some((start) =>
      (byStart.get(start) ?? []).some((outer) => outer !== inner && outer.cue!.span.start < inner.cue!.span.start && inner.span.start >= outer.span.start && inner.span.end <= outer.span.end),
    );
  };
  return statements.filter((st) => !embedded(st));
}

/** "the mayor’s", "his": a possessor, not the subject of a verb. */
function possessor(speaker: string, vocab: AttributionVocabulary): boolean {
  return /['’]s$/u.test(speaker) || vocab.possessive(speaker);
}
