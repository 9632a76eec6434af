// German Konjunktiv forms mark reported speech, but the first person singular of most is the indicative:
// "Ich habe das nie gesagt" reports nothing, "Er habe das nie gesagt" does.
import type { Token } from "./phrases.js";
import type { AttributionVocabulary, WordTest } from "./vocabulary.js";

const CLAUSE_MARKS = new Set([",", ";", ":", "–", "—"]);

/** The first token that `mood` marks, unless "ich" is the subject of its clause (before it, or right after); -1 if none. */
export function moodAt(tokens: readonly Token[], mood: WordTest, vocab: AttributionVocabulary): number {
  let firstPerson = false;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (CLAUSE_MARKS.has(word.text)) firstPerson = false;
    else if (vocab.firstPerson(word)) firstPerson = true;
    else if (mood(word) && !firstPerson && !vocab.firstPerson(tokens[i + 1]) && !statesPlan(tokens, i, vocab)) return i;
  }
  return -1;
}

/**
 * "…, der im Herbst erweitert werden soll.": a modal in the indicative closing a subordinate clause says what is planned
 * or meant, not what someone said; after a perfect infinitive it reports a claim ("…, der das Feuer gelegt haben soll").
 */
function statesPlan(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  const next = tokens[at + 1];
  return vocab.modal(tokens[at]!) && (!next || !next.word) && !vocab.perfectInfinitive(tokens[at - 1]);
}
