// Statement nouns with their clause: "his warning that Norway would …", "Ruiz's claim that …",
// "despite complaints that she is a meddler". English news annotation counts them as attributions:
// the noun is the cue, the "that" clause what was said, the possessor (if any) who said it.
import { statementEnd } from "./cues.js";
import type { Phrase, PhraseReader, Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** "the claims that he made" is a relative clause: a clause this short says nothing of its own. */
const MIN_CLAUSE_WORDS = 3;

export interface NominalStatement {
  content: Phrase;
  /** "his", "Clinton’s": the possessor before the noun; null where none is named ("numerous complaints that …"). */
  holder: Phrase | null;
}

/** The clause the statement noun at token `noun` introduces, and its possessor, or null without a clause. */
export function readNominal(tokens: readonly Token[], noun: number, vocab: AttributionVocabulary, reader: PhraseReader): NominalStatement | null {
  const that = noun + 1;
  const end = statementEnd(tokens);
  // "his promise to build a wall": an intention noun introduces its infinitive (the vocabulary only lets those before "to").
  if (!(vocab.complementizer(tokens[that]) || vocab.infinitiveMarker(tokens[that])) || end - that <= MIN_CLAUSE_WORDS) return null;
  for (let i = that + 1; i < that + 1 + MIN_CLAUSE_WORDS; i++) if (!tokens[i]!.word) return null;
  const holder = possessor(tokens, noun, vocab, reader);
  return holder ? { content: { from: that, to: end }, holder } : null;
}

/**
 * "Mr. Trump’s assertion": a phrase ending in a possessive "’s". "Woods shared her belief": a possessive pronoun
 * stands for the subject of the verb it follows, else for itself.
 */
function possessor(tokens: readonly Token[], noun: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const before = tokens[noun - 1];
  if (!before?.word) return null;
  if (vocab.possessive(before)) return subjectBeforeVerb(tokens, noun - 2, vocab, reader) ?? { from: noun - 1, to: noun };
  if (!/['’]s$/u.test(before.text)) return null;
  // "proof of her sister’s assertion": the possessor is the phrase after the last link.
  const phrase = reader.backward(noun);
  if (!phrase) return null;
  let from = phrase.from;
  for (let i = phrase.from; i < phrase.to - 1; i++) if (vocab.link(tokens[i]!)) from = i + 1;
  return { from, to: phrase.to };
}

/** "Woods shared her belief", "he reiterated his claim": the subject right before the verb whose object the noun is. */
function subjectBeforeVerb(tokens: readonly Token[], verb: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const v = tokens[verb];
  if (!v?.word || /^\p{Lu}/u.test(v.text) || vocab.stopword(v)) return null;
  let k = verb;
  while (k > 0 && vocab.adverbial(tokens[k - 1]!)) k--;
  if (k > 0 && vocab.pronoun(tokens[k - 1]!)) return { from: k - 1, to: k };
  const subject = reader.backward(verb);
  return subject && reader.startsClause(subject) ? subject : null;
}
