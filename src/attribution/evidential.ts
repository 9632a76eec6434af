// Views nobody is named for: "The plan seems to work", "Trump is expected to speak tonight", "The
// group has reportedly spent $1 million", "It appears that the game was close". English news
// annotation counts them as attributions; the subject is part of what is so, and the holder of
// the view, where one is named ("Rubio seemed to urge …"), is that subject; a thing that seems
// so ("The storm appeared to weaken") names nobody.
import { statementEnd, verbStart } from "./cues.js";
import { hasSpeakerNoun } from "./speaker-phrase.js";
import { counted, describedSubject } from "./described-subject.js";
import { contraction, DASHES, onNameOrNoun, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** "It appears, though, that …": a complementizer this close after an expletive subject opens the content. */
const MAX_TO_COMPLEMENTIZER = 5;

/** Marks that close a clause set off inside its sentence: "Lee, who backs the plan, said …". */
const CLAUSE_CLOSERS = new Set([",", ";", ":", "—", "–", "(", ")"]);

export interface Evidential {
  content: Phrase;
  /** The subject where it can hold a view (a pronoun, a name, a speaker noun); null for an expletive or a passive's other subjects. */
  holder: Phrase | null;
}

/** The statement around the evidential cue at tokens [first, last]: its subject and complement, or null without a subject. */
export function readEvidential(tokens: readonly Token[], first: number, last: number, vocab: AttributionVocabulary, reader: PhraseReader): Evidential | null {
  const end = statementEnd(tokens);
  if (end - last < 2) return null;
  // "those remarks, which appear to have hurt him", "Roe, who seems stuck at 30 percent, …": a relative clause's
  // view, its pronoun standing for what seems so, runs from the pronoun to the clause's closing mark; one inside the
  // subject opening the sentence is left unread ("Voters who seem to care about trade backed Lee").
  const relative = verbStart(tokens, first, vocab) - 1;
  const restrictive = tokens[relative - 1]?.text !== ",";
  const inOpeningSubject = restrictive && (reader.backward(relative)?.from ?? relative) <= (vocab.coordinator(tokens[0]) ? 1 : 0);
  if (vocab.relative(tokens[relative]) && !vocab.complementizer(tokens[relative]) && !inOpeningSubject) {
    const to = clauseEnd(tokens, last + 1, end);
    return to - last >= 2 ? { content: { from: relative, to }, holder: null } : null;
  }
  const found = subjectBefore(tokens, first, vocab, reader);
  const aside = found ? null : subjectBeforeAside(tokens, first, vocab, reader);
  if (!found && !aside) return null;
  const { subject, pronoun } = found ?? { subject: aside!, pronoun: false };
  // "It is expected to rise to 2.9 percent": before a passive's infinitive "it" is what is expected, no expletive.
  const referring = vocab.passive(tokens[first]) && vocab.infinitiveMarker(tokens[last + 1]);
  if (vocab.expletive(tokens[subject.from]!) && !referring) {
    for (let k = last + 1; k < Math.min(end, last + MAX_TO_COMPLEMENTIZER); k++) {
      if (vocab.complementizer(tokens[k]!)) return end - k >= 2 ? { content: { from: k, to: end }, holder: null } : null;
    }
    // "It seems likely Gowdy is right", "it seems the mood has changed": the content follows with no complementizer.
    return { content: { from: last + 1, to: end }, holder: null };
  }
  // Only the main clause's own view: inside another clause it is part of another's statement ("he said Smith seemed …");
  // a clause after "that" with no cue before it is nobody's statement ("The trouble is that Lee seems tired").
  if (!opensMainClause(tokens, subject, vocab) && !opensUnreportedClause(tokens, subject, vocab)) return null;
  const holds = pronoun || reader.isName(subject) || hasSpeakerNoun(tokens, subject, vocab);
  // "The storm appeared to weaken", "the mood appeared to shift": a thing holds no view, but what seems so is still a
  // view of nobody named, as annotated; a passive names no holder, whatever its subject ("The bill is expected to pass",
  // "The Bank of England is expected to hold rates": others expect it).
  // ("Trump isn't expected to attend": negated, its auxiliary before the participle).
  const passive = vocab.passive(tokens[first]) || (vocab.auxiliary(tokens[first]) && vocab.pastForm(tokens[last]!));
  return { content: { from: subject.from, to: end }, holder: holds && !passive ? subject : null };
}

/** The subject right before a verb at `first`, over auxiliaries and adverbs ("didn't seem", "has reportedly", "also wants"). */
export function subjectBefore(tokens: readonly Token[], first: number, vocab: AttributionVocabulary, reader: PhraseReader): { subject: Phrase; pronoun: boolean; possessor?: boolean } | null {
  let before = first;
  // "The FBI is reportedly making …": a form of "be" before an adverb cue is an auxiliary too.
  // "Gov. Dayton is backing Clinton": so is a finite one before a progressive (a perfect one, "has been backing the plan
  // for years", tells a course of action and stays silent).
  const isAdverb = vocab.adverbial(tokens[first]!);
  const progressive = vocab.participle(tokens[first]!);
  const be = (t: Token) => (isAdverb && vocab.passiveAuxiliary(t)) || (progressive && vocab.passive(t));
  // "officials have long worried", "his campaign was still hoping": over the verb's own adverbs too.
  const adverb = (t: Token) => vocab.adverbial(t) || vocab.verbAdverb(t);
  while (before > 0 && (vocab.auxiliary(tokens[before - 1]!) || adverb(tokens[before - 1]!) || be(tokens[before - 1]!))) before--;
  const previous = tokens[before - 1];
  const pronoun = !!previous && vocab.pronoun(previous);
  const subject = pronoun ? { from: before - 1, to: before } : reader.backward(before);
  // "About 4 in 10 voters in each state want …": a counted share the phrase reader does not read whole.
  const share = pronoun ? null : describedSubject(tokens, before, vocab);
  if (share && counted(tokens, share, vocab) && (!subject || share.from < subject.from)) return { subject: share, pronoun };
  // "The judge blocked the city’s plan to …": a cue right after a possessive is its noun, held by the possessor.
  const ending = subject?.to === before ? contraction(tokens[before - 1]!) : null;
  if (ending && onNameOrNoun(ending, vocab)) return { subject: reader.possessorIn(subject!), pronoun, possessor: true };
  // "voters who seem to …": a relative clause's subject is its antecedent, outside the clause; a subject the reader reaches
  // over a clause or an aside set off by commas, brackets or dashes is the verb's own ("Mayor Lee, who leads the coalition,
  // wants …", "Sen. Ann Hale (D-Ore.) wants …", "Lee - a Democrat from Ohio - wants …").
  const mark = tokens[before - 1]?.text ?? "";
  const aside = mark === "," || mark === ")" || DASHES.has(mark);
  return subject && (subject.to === before || aside) ? { subject, pronoun } : null;
}

/**
 * "Cruz, leading narrowly in Iowa polls, questioned …", "The group, funded by GOP donors, is planning to …": the subject
 * opening the sentence, set off by its comma from an aside that ends at the comma before the verb.
 */
export function subjectBeforeAside(tokens: readonly Token[], first: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const comma = verbStart(tokens, first, vocab) - 1;
  if (tokens[comma]?.text !== ",") return null;
  const subject = reader.clauseSubject(comma);
  return subject && tokens[subject.to]?.text === "," && subject.to < comma && opensMainClause(tokens, subject, vocab) ? subject : null;
}

/** A subject opening the sentence, or following an opening phrase and its comma: the main clause's; or one opening a clause of its own. */
export function opensMainClause(tokens: readonly Token[], subject: Phrase, vocab: AttributionVocabulary): boolean {
  // "But he appeared to …": a coordinator opening the sentence joins it to the one before; the clause is still the main one.
  const from = vocab.coordinator(tokens[subject.from - 1]) ? subject.from - 1 : subject.from;
  // "…, and it wants to …": a main clause joined to the one before after its comma is a main clause too.
  const joined = from < subject.from && tokens[from - 1]?.text === ",";
  // "In South Florida, where land is scarce, developers see …": after an opening circumstance, at any of its commas.
  const afterCircumstance = tokens[from - 1]?.text === "," && opensCircumstance(tokens[0], vocab);
  return from === 0 || joined || afterCircumstance || from === tokens.findIndex((t) => t.text === ",") + 1 || opensClause(tokens[subject.from - 1], vocab);
}

/** "The trouble is that Lee …": "that" opens the subject's clause, and no cue before it reports the clause. */
export function opensUnreportedClause(tokens: readonly Token[], subject: Phrase, vocab: AttributionVocabulary): boolean {
  return vocab.complementizer(tokens[subject.from - 1]) && !tokens.slice(0, subject.from).some((t) => vocab.cue(t));
}

/** A preposition, a subordinator or an adverb opening the sentence: it opens a phrase or clause of circumstance ("In May", "As the vote neared"). */
function opensCircumstance(first: Token | undefined, vocab: AttributionVocabulary): boolean {
  return !!first && (vocab.link(first) || vocab.placeLink(first) || vocab.adverbial(first) || (vocab.conjunction(first) && !vocab.coordinator(first)));
}

/**
 * "Lee is ahead; the race appears closer in Ohio", "because he wants to …", "while voters seem ready to …": after a
 * semicolon or a subordinator a clause opens whose view is its subject's, as annotated, though no main clause. A
 * coordinator without its comma joins phrases more often than clauses ("Lee and her own plans to …").
 */
function opensClause(before: Token | undefined, vocab: AttributionVocabulary): boolean {
  return before?.text === ";" || (vocab.conjunction(before) && !vocab.coordinator(before));
}

/** The end of a modifying clause's content ("who backs …", "backing …"): the first mark that closes the clause, else `end`. */
export function clauseEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (CLAUSE_CLOSERS.has(tokens[k]!.text)) return k;
  return end;
}
