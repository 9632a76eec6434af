// Statements that assert nothing: denied ("did not say", "äußerte sich nicht", "No official has said"),
// withheld ("declined to comment"), only supposed ("If a senior official said …", "Wenn ein Sprecher sagt")
// or only asked ("A reporter asked the mayor whether …", "Ein Journalist fragte, ob …"). They stay quotes,
// as news annotation counts them, but their speakers gave no information, so the sourcing rules and
// grading pass over them.
import type { CueReading } from "./cues.js";
import type { Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** "said nothing", „äußerte sich der Sprecher nicht“: a negation this close after a cue, before any pause or what was said. */
const NEGATION_AFTER = 4;

/** `cueFrom`: where the cue's span opens, at the verb that takes it where one does ("declined to say whether …"). */
export function assertsNothing(tokens: readonly Token[], reading: CueReading, text: string, vocab: AttributionVocabulary, cueFrom = reading.first): boolean {
  const { speaker, first, last, content } = reading;
  if (vocab.question(tokens[first]!)) return true;
  const subject = speaker && speaker.to <= first ? speaker : null;
  // "did not say", "wollte sich nicht äußern": between the subject and the verb, after any aside ("Ein Beamter, der nicht genannt werden wollte, sagte"),
  // and after any verb joined before ("bestätigte die Aussage nicht und nannte sie …" names it).
  // A relative clause inside the subject leaves only the verb's own group to deny it: "A diplomat who asked not to be named
  // told AFP …" asserts, "An aide who was there did not say …" does not.
  const from = subject?.to ?? first;
  const relative = tokens.slice(from, first).some((t) => vocab.relative(t));
  for (let i = first - 1; i >= from && tokens[i]!.word && !vocab.coordinator(tokens[i]!); i--) {
    if (vocab.negation(tokens[i]!)) return true;
    if (relative && !vocab.auxiliary(tokens[i]!) && !vocab.verbAdverb(tokens[i]!)) break;
  }
  // "äußerte sich nicht", "said nothing": after the verb, before what was said starts.
  const to = content && content.from > last ? content.from : Math.min(tokens.length, last + 1 + NEGATION_AFTER);
  for (let i = last + 1; i < to && tokens[i]!.word; i++) if (vocab.negation(tokens[i]!)) return true;
  if (speaker && vocab.negation(tokens[speaker.from]!)) return true;
  const withheldFrom = (k: number) => vocab.withheld?.test(text.slice(tokens[k]!.start, tokens[Math.min(tokens.length - 1, last + 4)]!.end));
  if (withheldFrom(first) || (cueFrom !== first && withheldFrom(cueFrom))) return true;
  return !!subject && conditional(tokens, subject.from, vocab);
}

/** "If a spokesman said …", "Ob der Sprecher …": the subject's clause opens with a condition or a question. */
function conditional(tokens: readonly Token[], subject: number, vocab: AttributionVocabulary): boolean {
  // The phrase reader may take a German "Wenn" opening the sentence into the subject ("Wenn ein Sprecher …").
  for (let i = subject; i >= 0 && tokens[i]!.text !== "," && tokens[i]!.text !== ";"; i--) if (vocab.condition(tokens[i]!)) return true;
  return false;
}
