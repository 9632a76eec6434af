// German "die Nachrichtenagentur „Adria Press“", "ihr Buch „Grenzland: Eine Reise entlang der Oder“", "unter dem Motto „Mieten runter,
// Löhne rauf!“", "der Film „1987: Nebel über Husum“": a quotation set right after a noun, opening with a capital or a
// digit, is that noun's name or title, however long and whatever its punctuation, unless the noun announces words ("mit
// den Worten „Wir …“", `statement-nouns`).
import { firstAtOrAfter } from "../spans.js";
import type { Span } from "../types.js";
import { isCapitalised, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

export function namedByNoun(tokens: readonly Token[], q: Span, text: string, vocab: AttributionVocabulary): boolean {
  const mark = firstAtOrAfter(tokens, q.start, (t) => t.start);
  // English sets a title of a few words off after its noun: "In her 2003 memoir, “Standing Room,” she wrote that …" (not
  // the words a statement's noun announces: "issued a statement, “We are saddened.”").
  if (!vocab.marksIndirectSpeech) {
    const noun = tokens[mark - 2];
    return !!noun && tokens[mark - 1]!.text === "," && vocab.document(noun) && !vocab.statementNoun(noun) && fewWords(text.slice(q.start, q.end));
  }
  const noun = tokens[mark - 1];
  // "ein Sprecher der „Polizei von Hallstadt“": after a speaker noun and its link the quotation names the speaker's
  // organisation, also in lowercase after an article ("ein Vertreter der „bau ag“"; "das Bild vom „gemeinsamen Boot“" describes).
  const capitalised = CAPITAL_FIRST.test(text.slice(q.start, q.end));
  const definite = vocab.determiner(noun!) && !vocab.describingArticle(noun!);
  if (mark >= 2 && vocab.link(noun) && vocab.speakerNoun(tokens[mark - 2]!) && (capitalised || definite)) return true;
  if (!capitalised) return false;
  // Not the sentence's first word: a capital there opens the sentence, not a noun.
  return mark >= 2 && tokens[mark - 2]!.word && isCapitalised(noun) && !vocab.statementNoun(noun!);
}

/** The characters read back from a quotation for the preposition and the article before it ("von einer "). */
const MAX_TOPIC_LEAD = 30;

/**
 * "Der Minister sprach von einer „Stagnation mit Ansage“": a quotation right after a topic's preposition and its article
 * (`topic-prepositions`) is what a speaker speaks of, in his words, however much it reads as a name.
 */
export function spokenOf(text: string, q: Span, vocab: AttributionVocabulary): boolean {
  const before = /(\p{L}+)\s+\p{L}+\s*$/u.exec(text.slice(Math.max(0, q.start - MAX_TOPIC_LEAD), q.start));
  return !!before && vocab.topicPreposition(before[1]!);
}

/** A title in quotation marks that no noun or owner names has a few words: "This Week With Ann Lee". */
export const MAX_TITLE_WORDS = 6;
/** Quotation marks, then a capital or a digit. */
const CAPITAL_FIRST = /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u;

/**
 * "he said on KTV's “Morning Desk.”", "told NBC’s “Meet the Press”": a quotation opening with a capital right after a possessive
 * is the owner's show, paper or book, its full stop inside the marks or not; it is no continuation of the quote before. So
 * is one of a few words right after a place's preposition: "appeared on “Face the Nation,”", "wrote in “The Harbor
 * Review”" (not "continues that, in “Harbor's America, taxes fall. Jobs come back.”").
 */
export function namedByOwner(tokens: readonly Token[], q: Span, text: string, vocab: AttributionVocabulary): boolean {
  const quoted = text.slice(q.start, q.end);
  if (!CAPITAL_FIRST.test(quoted)) return false;
  const owner = tokens[firstAtOrAfter(tokens, q.start, (t) => t.start) - 1];
  return !!owner && (/\p{L}['’]s$/u.test(owner.text) || (vocab.placeLink(owner) && fewWords(quoted)));
}

/** A title's words: a capital or a digit first, a few words. */
function fewWords(quoted: string): boolean {
  return CAPITAL_FIRST.test(quoted) && (quoted.match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_TITLE_WORDS;
}
