// The attribution vocabularies of a language pack, compiled once per pack: cues are found by
// one scan of the text, phrase words are judged by whole-word tests.
import { vocabPattern } from "../packs/patterns.js";
import type { LanguagePack } from "../packs/types.js";
import type { SpeakerType } from "../types.js";

export interface AttributionVocabulary {
  /** Reporting verbs, global: one scan per text. */
  cues: RegExp | null;
  /** "laut", "according to": the source follows. */
  sourceBefore: RegExp | null;
  /** "zufolge": the source precedes. */
  sourceAfter: RegExp | null;
  /** "so" after a quotation or clause, global. */
  afterQuoteScan: RegExp | null;
  /** Whole-word tests. */
  cue: WordTest;
  afterQuote: WordTest;
  backReference: WordTest;
  addresseeVerb: WordTest;
  addresseeMarker: WordTest;
  passive: WordTest;
  /** Verbs of quoting: in the passive the subject spoke and the agent passed it on ("wird Peskow von der BBC zitiert"). */
  quoting: WordTest;
  passiveAgent: WordTest;
  pronoun: WordTest;
  /** "Gesprächspartner", "counterpart": a role that stands for the other party, not for its possessor. */
  relational: WordTest;
  possessive: WordTest;
  /** A relational noun with its holder's name after it ("seines US-Amtskollegen Donald Trump"), global; group 1 is the name. */
  relationalMentions: RegExp | null;
  relative: WordTest;
  /** Words after which a new clause, and so a subject, begins ("und", "while", "as"). */
  conjunction: WordTest;
  determiner: WordTest;
  /** "many", "einige": a phrase they open is a crowd. */
  quantifier: WordTest;
  /** The shape of an adjective before its noun ("russische", "senior"). */
  adjective: WordTest;
  definite: WordTest;
  link: WordTest;
  placeLink: WordTest;
  genitiveAdjective: WordTest;
  complementizer: WordTest;
  subjunctive: WordTest;
  subjunctiveShape: WordTest;
  auxiliary: WordTest;
  /** German-like: indirect speech needs "dass" or a subjunctive verb; English-like: any clause after the cue. */
  marksIndirectSpeech: boolean;
  adverb: WordTest;
  stopword: WordTest;
  /** A word of any speaker-type vocabulary ("Sprecher", "officials", "Agenturen"). */
  speakerNoun: WordTest;
  /** Speaker types in the order they are decided; anonymous first, since a named role is a person. */
  types: readonly [SpeakerType, RegExp][];
}

export type WordTest = (word: string) => boolean;

const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])(?:";
const NOT_WORD_AFTER = ")(?![\\p{L}\\p{N}])";
/** A word of a name: a capital, then letters, hyphens or apostrophes ("Jean-Claude", "O'Brien"). */
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
/** Decided in this order: a role noun first (named → person), platforms before media and institutions. */
const TYPE_ORDER: readonly [SpeakerType, string, string][] = [
  ["anonymous", "speaker-anonymous", "iu"],
  ["platform", "speaker-platform", "u"],
  ["vague", "speaker-vague", "iu"],
  ["agency", "speaker-agency", "iu"],
  ["media", "speaker-media", "iu"],
  ["institution", "speaker-institution", "iu"],
];

const compiled = new WeakMap<LanguagePack, AttributionVocabulary>();

export function attributionVocabulary(pack: LanguagePack): AttributionVocabulary {
  let vocabulary = compiled.get(pack);
  if (!vocabulary) compiled.set(pack, (vocabulary = compile(pack)));
  return vocabulary;
}

function compile(pack: LanguagePack): AttributionVocabulary {
  const types = TYPE_ORDER.flatMap(([type, name, flags]) => {
    const pattern = vocabPattern(pack, name, flags, NOT_WORD_BEFORE, NOT_WORD_AFTER);
    return pattern ? [[type, pattern] as [SpeakerType, RegExp]] : [];
  });
  const scan = (name: string) => vocabPattern(pack, name, "giu", NOT_WORD_BEFORE, NOT_WORD_AFTER);
  const memo = new WordMemo();
  const word = (name: string): WordTest => {
    const pattern = vocabPattern(pack, name, "iu", "^(?:", ")$");
    return pattern ? memo.memoised((w) => pattern.test(w)) : () => false;
  };
  return {
    cues: scan("cue-verbs"),
    sourceBefore: scan("cue-source-before"),
    sourceAfter: scan("cue-source-after"),
    afterQuoteScan: scan("cue-after-quote"),
    cue: word("cue-verbs"),
    afterQuote: word("cue-after-quote"),
    backReference: word("cue-back-reference"),
    addresseeVerb: word("addressee-verbs"),
    addresseeMarker: word("addressee-markers"),
    passive: word("passive-quoting"),
    quoting: word("quoting-verbs"),
    passiveAgent: word("passive-agent"),
    pronoun: word("pronouns"),
    relational: word("relational-nouns"),
    possessive: word("possessives"),
    relationalMentions: vocabPattern(pack, "relational-nouns", "gu", NOT_WORD_BEFORE, `${NOT_WORD_AFTER}\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`),
    relative: word("relative-pronouns"),
    conjunction: word("conjunctions"),
    determiner: word("determiners"),
    quantifier: word("quantifiers"),
    adjective: word("adjective-shape"),
    definite: word("definite-articles"),
    link: word("speaker-links"),
    placeLink: word("place-links"),
    genitiveAdjective: word("genitive-adjective"),
    complementizer: word("complementizers"),
    subjunctive: word("subjunctive"),
    subjunctiveShape: word("subjunctive-shape"),
    auxiliary: word("auxiliaries"),
    marksIndirectSpeech: (pack.vocab.get("subjunctive")?.length ?? 0) > 0,
    adverb: word("cue-adverbs"),
    stopword: memo.memoised((w) => pack.stopwords.has(w.toLowerCase())),
    speakerNoun: memo.memoised((w) => types.some(([, pattern]) => pattern.test(w))),
    types,
  };
}

/** Words recur across a corpus: each test runs once per distinct word, up to a bound that keeps memory flat. */
const MEMO_LIMIT = 50_000;
const UNKNOWN = 0;
const YES = 1;
const NO = 2;

/**
 * The answers of all of a pack's word tests, one entry per distinct word: a phrase word
 * meets a dozen tests, and one lookup in one table is far cheaper than one in each.
 * Tests are added while the vocabulary is compiled, before any word is asked about.
 */
class WordMemo {
  private tests = 0;
  private readonly answers = new Map<string, Int8Array>();

  memoised(test: WordTest): WordTest {
    const index = this.tests++;
    return (word) => {
      let answers = this.answers.get(word);
      if (answers === undefined) {
        if (this.answers.size >= MEMO_LIMIT) this.answers.clear();
        this.answers.set(word, (answers = new Int8Array(this.tests)));
      }
      if (answers[index] === UNKNOWN) answers[index] = test(word) ? YES : NO;
      return answers[index] === YES;
    };
  }
}
