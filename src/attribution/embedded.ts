// Statements embedded in another's indirect speech: "Smith said he expects Ortega to win", "Lee said
// that she thought the plan would fail", "said a commission appointed by Bush estimated that …".
// English news annotation counts the outer statement only: the embedded attitude is part of what was
// said, not a second statement, and so is one in a relative or subordinate clause there ("Lee said voters
// who think the tax is fair are wrong", "said the race tightened after Trump conceded that …"). A statement
// in a clause of its own inside the other's content keeps its own: coordinated ("praised the plan and said
// it would work"), after a pause, or an unnamed source's in a relative clause ("claimed he had a source who
// told him …", which the sourcing rules read). A statement noun's possessor there speaks inside it too: "Lee repeated his
// pledge to cut the tax" and "Frazier said Rubio's claim that the plan failed is false" each report their subject only.
// A source's report ("According to the Ledger, …") keeps a statement inside it that an outlet passed on ("Lee told
// Harbor Radio that …"): the two make a chain.
import { firstAtOrAfter } from "../spans.js";
import type { Statement } from "./reader-state.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** Marks that end a clause inside a statement's content. */
const CLAUSE_BREAK = /[,;:—–(]/;
const WORDS = /\p{L}+/gu;

/**
 * The statement, if any, in whose content another lies, earlier-cued and indirect, with the other's speaker and cue in
 * the same clause as its start. Where quotations are parts of the statements around them (a pack with
 * `joined-quotation-endings`) only: German news counts nested speech.
 */
export function embeddedIn(statements: readonly Statement[], text: string, vocab: AttributionVocabulary): (st: Statement) => Statement | null {
  if (!vocab.joinedQuotationEnding) return () => null;
  const outers = statements.filter((st) => st.kind !== "direct" && st.cue && st.speaker).sort((a, b) => a.span.start - b.span.start);
  const sameClause = (from: number, to: number, anonymousInner: boolean): boolean => {
    const lead = text.slice(from, to);
    if (CLAUSE_BREAK.test(lead)) return false;
    // An unnamed source's relative clause, "a source who told him …", is a clause of its own ("that" opens the content itself).
    // A subordinate clause ("after Lee conceded that …") is not.
    const words = lead.match(WORDS) ?? [];
    if (anonymousInner && words.some((w) => vocab.relative(w) && !vocab.complementizer(w))) return false;
    return !coordinatedLast(words, vocab);
  };
  return (inner: Statement): Statement | null => {
    if (inner.kind === "direct" || !inner.cue || !inner.speaker) return null;
    const cue = inner.cue.span.start;
    if (participleClauseBefore(text, cue, vocab)) return null;
    const anonymous = inner.speaker.type === "anonymous";
    // Outer statements starting at or before the inner cue, nearest first: once a clause break lies between, every earlier one has it too.
    // From the cue, not the inner speaker: a speaker read back past the clause is the outer one's ("Analysts say she is likely
    // to argue that …", "Lee said the network had tweeted that …").
    for (let i = firstAtOrAfter(outers, cue + 1, (o) => o.span.start) - 1; i >= 0; i--) {
      const outer = outers[i]!;
      // "According to the Ledger, Lee told Harbor Radio that …": a statement a source passed on from an outlet stands too.
      if (outer === inner || mainClauseOf(outer, inner) || (outer.kind === "reported" && inner.intermediaries.length > 0)) continue;
      if (!sameClause(outer.span.start, cue, anonymous)) return null;
      if (outer.cue!.span.start < cue && inner.span.start >= outer.span.start && inner.span.end <= outer.span.end) return outer;
    }
    return null;
  };
}

/**
 * "Republicans who praised the plan warned that …": an outer statement read in a relative clause ("who (Republicans)")
 * inside the inner one's subject is part of that subject; the inner cue is the main clause's verb, not embedded.
 */
function mainClauseOf(outer: Statement, inner: Statement): boolean {
  return outer.speaker!.referent !== undefined && inner.speaker!.span.start <= outer.speaker!.span.start;
}

/**
 * "and said …": a clause coordinated into the content is one of its own, unless a relative pronoun after the conjunction opens
 * a clause inside the coordinated phrase ("said the bill hurts farmers and workers who think the tax is fair").
 */
function coordinatedLast(words: readonly string[], vocab: AttributionVocabulary): boolean {
  let coordinated = false;
  for (const word of words) {
    if (vocab.coordinator(word)) coordinated = true;
    else if (vocab.relative(word)) coordinated = false;
  }
  return coordinated;
}

/**
 * "responded to the post by calling it …": a participle after "by", "after", "without" (`participle-clause-openers`), an
 * adverb between or not, opens a clause of its own, which keeps its own statement.
 */
function participleClauseBefore(text: string, cue: number, vocab: AttributionVocabulary): boolean {
  const before = LAST_WORDS.exec(text.slice(Math.max(0, cue - 40), cue));
  if (!before) return false;
  const [, earlier, last] = before;
  return vocab.participleClauseOpener(last) || (!!earlier && vocab.verbAdverb(last) && vocab.participleClauseOpener(earlier));
}

/** The last two words before a position (the first may be missing). */
const LAST_WORDS = /(?:([\p{L}’']+)\s+)?([\p{L}’']+)\s+$/u;
