// Subjects the phrase reader does not read whole, in languages whose subject stands before its verb:
// a counted share of a crowd ("About 3 in 10 say they …", "Some 41 percent of Norwegian-Americans polled
// said …") and a role described by what it knows or is near ("A person familiar with the budget talks
// says …", "people close to the mayor said"). Their statements were dropped for want of a speaker.
import { isCapitalised, type Phrase, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** A subject is a phrase, not a clause: longer runs before a verb hold a verb of their own. */
const MAX_SUBJECT = 14;
/** "More than seven in 10", "Just over a quarter": the count stands within the first words. */
const MAX_BEFORE_COUNT = 3;
/** "four out of 10": the words between the two numbers of a ratio. */
const MAX_RATIO_GAP = 2;
const CLAUSE_BREAKS = new Set([",", ";", ":", "—", "–", "(", ")"]);

/** The described subject ending right before token `verb` (the cue, or its auxiliary), or null. */
export function describedSubject(tokens: readonly Token[], verb: number, vocab: AttributionVocabulary): Phrase | null {
  // "European leaders gathered Friday to discuss …": an infinitive's subject is its verb's, whose clause runs up to the marker.
  if (vocab.infinitiveMarker(tokens[verb - 1])) return null;
  let start = verb;
  while (start > 0 && verb - start < MAX_SUBJECT && tokens[start - 1]!.word && !vocab.conjunction(tokens[start - 1]!)) start--;
  if (start === verb || verb - start >= MAX_SUBJECT || (start > 0 && !CLAUSE_BREAKS.has(tokens[start - 1]!.text) && !vocab.conjunction(tokens[start - 1]!))) return null;
  for (let i = start; i < verb; i++) {
    const w = tokens[i]!;
    // Who said it stands in a relative clause or a clause of its own ("voters who …", "said that …"): other readers' work.
    if (vocab.relative(w) || vocab.complementizer(w) || vocab.pronoun(w) || vocab.auxiliary(w) || vocab.passiveAuxiliary(w)) return null;
    // A cue word after an article is a noun ("familiar with the talks"), else the verb of a clause of its own.
    if (vocab.cue(w) && !vocab.determiner(tokens[i - 1])) return null;
  }
  const subject = { from: start, to: verb };
  const share = counted(tokens, subject, vocab);
  // "In 2012", "with 4.2 million views": a phrase of place or manner is no subject; "At least half of voters" is.
  const opener = tokens[start]!;
  const description = described(tokens, subject, vocab);
  // "…, people familiar with the plan said": a bare plural needs no article when a description follows it right away.
  const bare = description && start > 0 && verb - start > 2 && vocab.description(tokens[start + 1]!);
  if (((vocab.link(opener) || vocab.placeLink(opener)) && !share) || !(share || bare || vocab.determiner(opener) || vocab.quantifier(opener) || isCapitalised(opener))) return null;
  return share || description ? subject : null;
}

/**
 * "“…,” said a source close to the campaign.": an inverted subject with its description, from token `from` to the pause
 * that closes it, or null. It opens with an article or a quantifier, and the description follows its noun; or a relative
 * clause does, which it ends before ("“…,” said a strategist who spoke on condition of anonymity").
 */
export function describedSubjectAfter(tokens: readonly Token[], from: number, vocab: AttributionVocabulary): Phrase | null {
  const relativeAt = (k: number) => !!tokens[k] && vocab.relative(tokens[k]!) && !vocab.determiner(tokens[k]!);
  let end = from;
  while (end < tokens.length && end - from < MAX_SUBJECT && tokens[end]!.word && !relativeAt(end)) end++;
  const subject = { from, to: end };
  const relative = relativeAt(end);
  const closed = !tokens[end] || CLAUSE_BREAKS.has(tokens[end]!.text) || tokens[end]!.text === "." || relative;
  const opener = tokens[from];
  // "said Republican political consultant Tom Ray.": a capitalised word before lowercase ones opens a role the phrase reader stops in.
  const named = isCapitalised(opener) && tokens.slice(from + 1, end).some((t) => !isCapitalised(t));
  if (!closed || end - from < (relative ? 2 : 3) || !opener || !(vocab.determiner(opener) || vocab.quantifier(opener) || named)) return null;
  return relative || described(tokens, subject, vocab) || nounsOnly(tokens, subject, vocab) ? subject : null;
}

/** "a former senior law enforcement official": after its article a run of nouns and adjectives, no verb nor preposition. */
function nounsOnly(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  for (let i = p.from + 1; i < p.to; i++) {
    const w = tokens[i]!;
    if (vocab.preposition(w) || vocab.link(w) || vocab.placeLink(w) || vocab.circumstancePreposition(w) || vocab.cue(w) || vocab.pastForm(w) || vocab.auxiliary(w) || vocab.conjunction(w) || vocab.determiner(w)) return false;
  }
  return true;
}

/**
 * "About 4 in 10", "75 percent of Democrats", "Two in three", "About half": a share, or a number counting one
 * ("in 10", "percent", "of the delegates"; not "About 40 rabbis", "No one expected"), among the first words.
 */
export function counted(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  for (let i = p.from; i < p.to && i - p.from <= MAX_BEFORE_COUNT; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1]!;
    if (vocab.share(w) || (number(w, vocab) && i + 1 < p.to && (vocab.share(next) || vocab.link(next) || ratio(tokens, i, p, vocab)))) return true;
  }
  return false;
}

const number = (w: Token | undefined, vocab: AttributionVocabulary): boolean => !!w && (vocab.numeral(w) || /^\p{N}/u.test(w.text));

/** "four out of 10", "two of every three": a number counted against another a few words on. */
function ratio(tokens: readonly Token[], i: number, p: Phrase, vocab: AttributionVocabulary): boolean {
  for (let j = i + 2; j <= i + MAX_RATIO_GAP + 1 && j < p.to; j++) if (number(tokens[j], vocab)) return true;
  return false;
}

/** "A person familiar with the budget talks": a noun phrase and a description after its noun (`subject-descriptions`). */
function described(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  for (let i = p.from + 1; i < p.to - 1; i++) if (vocab.description(tokens[i]!) && !vocab.determiner(tokens[i - 1]!)) return true;
  return false;
}
