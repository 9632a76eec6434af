// An outlet named after an English cue carried the words ("said on CNN that …", "told NBC's Today show that …"); what was
// said starts after the rest of its show's title and the day it aired.
import { thatOpensStatement } from "./cues.js";
import { isOutlet } from "./speaker-phrase.js";
import { isCapitalised, QUOTE_MARK, type Phrase, type Token } from "./phrases.js";
import { MAX_TITLE_WORDS } from "./quoted-title.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** "''Meet the Press'' on Sunday that": the words a show's title and its day may take before what was said. */
const MAX_AFTER_OUTLET = 10;

/**
 * "on CNN" after an English cue, "im Deutschlandfunk" after a German one: an outlet named right after its preposition
 * (`outlet-links`), where the words were said (not a medium in common nouns: "said at the time", "wrote in a blog post",
 * "said on national television", nor one in general: "said on TV", "sagte Merz im Fernsehen").
 */
export function carriedBy(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary): boolean {
  if (!vocab.outletLink(tokens[phrase.from - 1]) || !isOutlet(tokens, phrase, vocab)) return false;
  const words = tokens.slice(phrase.from, phrase.to).filter((t) => !vocab.determiner(t));
  // "sagte Merz im Fernsehen", "said on TV": a medium by its common noun alone names no outlet.
  if (words.length === 1 && vocab.mediumNoun(words[0]!)) return false;
  return words.some((t) => isCapitalised(t));
}

/**
 * Where what was said starts after an outlet's phrase ending at `from`: the "that" or colon after the rest of its show's
 * title, in capitals ("told CBS's Face the Nation that …") or in quotation marks ("said on NBC's ''Meet the Press'' on
 * Sunday that …"), the day it aired and a participle's circumstance ("in an ABC interview taped before the attacks that
 * …"), or the quotation mark opening words that are no title ("on an MSNBC forum Monday night “it will be hard …”");
 * -1 at a pause, a pronoun or a verb before any of them ("said on CNN, where he is a contributor, that …").
 */
export function statementAfterOutlet(tokens: readonly Token[], from: number, vocab: AttributionVocabulary): number {
  for (let k = from; k < Math.min(tokens.length, from + MAX_AFTER_OUTLET); k++) {
    const t = tokens[k]!;
    if (vocab.complementizer(t)) return k > from && thatOpensStatement(tokens, k, vocab) ? k : -1;
    if (t.text === ":") return k;
    if (QUOTE_MARK.test(t.text)) {
      // A mark right after a word closes a title the outlet's phrase has read into ("NBC's ''Meet the Press''").
      const close = t.start === tokens[k - 1]?.end ? pastMarks(tokens, k) : titleEnd(tokens, k);
      if (close < 0) return k;
      k = close;
      continue;
    }
    // "interview taped before the attacks", "a show aired on Sunday": a participle after the medium's noun is its attribute.
    const attribute = vocab.pastForm(t) && !vocab.cue(t) && (k === from || vocab.adverbial(tokens[k + 1]));
    // "told Axios the deal was “basically done”": a verb of the clause after the outlet opens what was said.
    if (!t.word || vocab.cue(t) || (vocab.pastForm(t) && !attribute) || vocab.auxiliary(t) || vocab.passiveAuxiliary(t) || vocab.modal(t) || vocab.pronoun(t) || vocab.coordinator(t)) return -1;
  }
  return -1;
}

/**
 * The last closing mark of a title in quotation marks opening at `open` ("''Meet the Press''", "“This Week”"): a few
 * words opening on a capital, with a word after the marks; -1 for quoted words that are no title.
 */
function titleEnd(tokens: readonly Token[], open: number): number {
  let first = open;
  while (QUOTE_MARK.test(tokens[first]?.text ?? "")) first++;
  let close = first;
  while (close < tokens.length && tokens[close]!.word && close - first <= MAX_TITLE_WORDS) close++;
  if (close === first || close - first > MAX_TITLE_WORDS || !isCapitalised(tokens[first]) || !QUOTE_MARK.test(tokens[close]?.text ?? "")) return -1;
  return pastMarks(tokens, close);
}

/** The last of the quotation marks from `at`, where a word follows them; -1 at the end of a sentence. */
function pastMarks(tokens: readonly Token[], at: number): number {
  let last = at;
  while (QUOTE_MARK.test(tokens[last + 1]?.text ?? "")) last++;
  return tokens[last + 1]?.word ? last : -1;
}
