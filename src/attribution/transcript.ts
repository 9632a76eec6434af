// Interview transcripts: "BOULDUAN: Why not debate?", "Q: …", "A: …" — each paragraph opened by its speaker's label.
import type { Span } from "../types.js";
import { PhraseReader, tokenize, type Phrase, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** A paragraph that may open with a label: a capital, a few characters, a colon and a space (tested where it starts). */
const LABELLED = /\p{Lu}[^\n:]{0,40}:\s/uy;
/** "KATE BOULDUAN: ", "Q: ": a label in capitals, a colon and a space. */
const CAPITAL_LABEL = /\p{Lu}[\p{Lu}.' -]{0,30}:\s/uy;
/** "KATE BOULDUAN:": a label is a short name. */
const MAX_LABEL = 4;
/** "Contributing: Grant Miller.", "Sanders: 1,547.": a turn says more than a name or a figure. */
const MIN_TURN_WORDS = 3;
/** "Q:", "A:": one capital letter labels the interviewer and the interviewee. */
const LETTER = /^\p{Lu}$/u;

/** "BOULDUAN: Why not?": whether a speaker's label in capitals opens the text at `at`. */
export function opensWithLabel(text: string, at: number): boolean {
  CAPITAL_LABEL.lastIndex = at;
  return CAPITAL_LABEL.test(text);
}

export interface Turn {
  tokens: Token[];
  label: Phrase;
  colon: number;
}

/**
 * The paragraphs that open with a speaker's label. A transcript gives a speaker several turns: a label that opens one
 * paragraph only is a heading ("Correction:", "Breaking:") or a headline's source, not a turn.
 */
export function transcriptTurns(text: string, paragraphs: readonly Span[], vocab: AttributionVocabulary, capitalisedInside: (word: string) => boolean): Turn[] {
  const found: (Turn & { key: string })[] = [];
  for (const p of paragraphs) {
    LABELLED.lastIndex = p.start;
    if (!LABELLED.test(text)) continue;
    const tokens = tokenize(text, p);
    const colon = tokens.findIndex((t) => t.text === ":");
    if (colon < 1 || colon > MAX_LABEL || tokens.slice(colon + 1).filter((t) => t.word).length < MIN_TURN_WORDS) continue;
    const label = { from: 0, to: colon };
    const letter = colon === 1 && LETTER.test(tokens[0]!.text);
    if (!letter && !new PhraseReader(tokens, vocab, capitalisedInside).isName(label)) continue;
    // "KATE BOULDUAN:" and later "BOULDUAN:": a speaker is known by the last word of the label.
    found.push({ tokens, label, colon, key: tokens[colon - 1]!.text.toLowerCase() });
  }
  const turns = new Map<string, number>();
  for (const t of found) turns.set(t.key, (turns.get(t.key) ?? 0) + 1);
  return found.filter((t) => turns.get(t.key)! > 1);
}
