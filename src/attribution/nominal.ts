// Statement nouns with their clause: "his warning that Norway would …", "Ruiz's claim that …",
// "despite complaints that she is a meddler". English news annotation counts them as attributions:
// the noun is the cue, the "that" clause what was said, the possessor (if any) who said it. German news
// counts them before a "dass" or infinitive clause: "die Forderung der Polizei, das Eis zu meiden".
import { clauseStart } from "./clause.js";
import { statementEnd } from "./cues.js";
import { isInfinitiveClause } from "./infinitive.js";
import { narrativeSubject } from "./narrator.js";
import { subjectAfterFrontedAdverbial } from "./verb-second.js";
import { isCapitalised, isCount, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/**
 * The fewest words of a clause that says something of its own: English counts those after its "that" or "to" ("the
 * claims that he made" is a relative clause), German those from its comma on ("an die Firma, Terror zu fördern").
 */
const MIN_CLAUSE_WORDS = 3;
/** "die Forderung des Ministers Jan Berg, …": the most words of a German noun's attribute before the comma of its clause. */
const MAX_ATTRIBUTE_WORDS = 6;

export interface NominalStatement {
  content: Phrase;
  /** The noun, in German with its article: "die Forderung". */
  cue: Phrase;
  /** "his", "Clinton’s": the possessor before the noun; null where none is named ("numerous complaints that …"). */
  holder: Phrase | null;
}

/** The clause the statement noun at token `noun` introduces, and its possessor, or null without a clause. */
export function readNominal(tokens: readonly Token[], noun: number, vocab: AttributionVocabulary, reader: PhraseReader): NominalStatement | null {
  if (vocab.marksIndirectSpeech) return readGermanNominal(tokens, noun, vocab, reader);
  // "a report by Politico that he fabricated …", "allegations by prosecutors that …": the agent after the noun made it.
  const agent = vocab.passiveAgent(tokens[noun + 1]) ? reader.forward(noun + 2) : null;
  const that = agent ? agent.to : noun + 1;
  const end = statementEnd(tokens);
  // "his promise to build a wall": an intention noun introduces its infinitive (the vocabulary only lets those before "to");
  // "the union's message: the pier stays": a colon announces the words after it.
  const colon = tokens[that]?.text === ":";
  if (!(colon || vocab.complementizer(tokens[that]) || vocab.infinitiveMarker(tokens[that])) || end - that <= MIN_CLAUSE_WORDS) return null;
  for (let i = that + 1; i < that + 1 + MIN_CLAUSE_WORDS; i++) if (!tokens[i]!.word) return null;
  // Named otherwise than by a possessor, only before a clause that says something.
  const holder = possessor(tokens, noun, vocab, reader) ?? (complementClause(tokens, that + 1, vocab) ? (agent ?? attributiveName(tokens, noun, vocab)) : null);
  return holder ? { content: { from: colon ? that + 1 : that, to: end }, cue: { from: noun, to: noun + 1 }, holder } : null;
}

/** "a Wall Street Journal report that …", "the Pentagon assessment that …": capitalised words between an article and the noun name who made it. */
function attributiveName(tokens: readonly Token[], noun: number, vocab: AttributionVocabulary): Phrase | null {
  let from = noun;
  while (from > 0 && isCapitalised(tokens[from - 1]) && !vocab.determiner(tokens[from - 1])) from--;
  return from < noun && vocab.determiner(tokens[from - 1]) ? { from, to: noun } : null;
}

/**
 * Does the clause after "that" at `at` say something (a subject opens it: "that it was exploring a sale", "that Trump
 * had …", "that eight refugees …"), not describe the noun (a relative clause: "a Times report that ran on Monday", "a
 * Yale Daily News article that Carson said was written", its verb after the cue lacking a subject)?
 */
function complementClause(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  const t = tokens[at];
  const subject = !!t && (vocab.determiner(t) || vocab.personalPronoun(t) || isCapitalised(t) || isCount(t, vocab));
  return subject && !(vocab.cue(tokens[at + 1]) && (vocab.auxiliary(tokens[at + 2]) || vocab.passiveAuxiliary(tokens[at + 2])));
}

/**
 * "Trotz der Warnung der Polizei, das Eis zu betreten, …", "die Behauptung, dass der Plan scheitere": a German statement
 * noun (capitalised) introduces the "dass" or infinitive clause after its attribute's comma; a genitive attribute ("der
 * Polizei") or a possessive before the noun ("seine Forderung") says who made it.
 */
function readGermanNominal(tokens: readonly Token[], noun: number, vocab: AttributionVocabulary, reader: PhraseReader): NominalStatement | null {
  // Only an attribute opened by a speaker link ("der", "von", "aus") stands between: "für die Behauptungen, dass" holds the noun after "für", and
  // "mit der Begründung verworfen worden, man sei …" goes on with a verb.
  let comma = noun + 1;
  if (vocab.link(tokens[comma])) while (comma <= noun + MAX_ATTRIBUTE_WORDS && tokens[comma]?.word) comma++;
  const that = comma + 1;
  const end = statementEnd(tokens);
  if (!isCapitalised(tokens[noun]) || tokens[comma]?.text !== "," || end - that < MIN_CLAUSE_WORDS) return null;
  if (!vocab.complementizer(tokens[that]) && !isInfinitiveClause(tokens, that, end, vocab)) return null;
  // "Es gebe Hinweise, dass …": a noun in a clause of reported speech is part of what its speaker said.
  for (let i = clauseStart(tokens, noun); i < noun; i++) if (vocab.subjunctive(tokens[i]!)) return null;
  const genitive = comma > noun + 2 ? reader.forward(noun + 2) : null;
  const possessive = vocab.possessive(tokens[noun - 1]) ? { from: noun - 1, to: noun } : null;
  const cue = { from: !possessive && vocab.determiner(tokens[noun - 1]) ? noun - 1 : noun, to: noun + 1 };
  // "wandte sich an die Bürger mit der Aufforderung, …": the preposition of the manner the noun names belongs to the cue, as annotated.
  const phrase = vocab.nominalCuePreposition(tokens[cue.from - 1]) ? { from: cue.from - 1, to: cue.to } : cue;
  // "Die Grünen fassten den Beschluss, … zu …": with nobody named at the noun, the subject of the sentence whose object it
  // is made the statement; "Auf die Bitte, … zu …, kam keine Antwort": with nobody at all it speaks for itself, as German
  // news is annotated.
  return { content: { from: that, to: end }, cue: phrase, holder: genitive ?? possessive ?? subjectBefore(tokens, cue.from, vocab, reader) ?? cue };
}

/** The subject of the sentence, opening it or right after its fronted adverbial and verb, where it ends before token `at`. */
function subjectBefore(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const subject = narrativeSubject(tokens, vocab, reader) ?? subjectAfterFrontedAdverbial(tokens, vocab, reader);
  return subject && subject.to < at ? subject : null;
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
  const phrase = reader.backward(noun);
  return phrase && reader.possessorIn(phrase);
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
