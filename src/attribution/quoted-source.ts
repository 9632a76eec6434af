// "Laut „Welt“ soll er …", "laut „tagesschau.de“": the source after a source cue is a short
// quotation, the name of an outlet, not a statement.
import type { Phrase, Token } from "./phrases.js";

const OPENING = /^[„“"»«‚]$/;
const CLOSING = /^[“”"«»‘’]$/;
/** A name in quotation marks is short; a longer quotation after "laut" is what was said. */
const MAX_NAME_WORDS = 6;

/** The quotation opening at token `i`, marks included, if it is short and holds words only. */
export function quotedSource(tokens: readonly Token[], i: number): Phrase | null {
  if (!OPENING.test(tokens[i]?.text ?? "")) return null;
  for (let j = i + 1; j < tokens.length && j - i <= MAX_NAME_WORDS + 1; j++) {
    const t = tokens[j]!;
    if (CLOSING.test(t.text)) return j > i + 1 ? { from: i, to: j + 1 } : null;
    if (!t.word) return null;
  }
  return null;
}
