// A speaker credited inside the subject to the outlet that quoted them, the wire's other way of passing words on: "A
// senior official quoted by Reuters said …", "An aide, who was quoted by Interfax, said …", "Ein Beamter, der von der
// Zeitung zitiert wurde, sagte …", "Ein Beamter, den die Zeitung zitierte, sagte …", "Ein von der Agentur zitierter
// Sprecher sagte …". The one quoted spoke; the outlet passed it on (official → Reuters). The quoting verb itself says
// nothing: its clause only tells where the words were read.
import { commaAfterCue } from "./cue-span.js";
import type { Phrase, PhraseReader, Token } from "./phrases.js";
import { headedByDocument } from "./speakers.js";
import type { AttributionVocabulary } from "./vocabulary.js";

export interface QuotedBy {
  /** Who was quoted and spoke. */
  speaker: Phrase;
  /** The outlet that quoted them. */
  reporter: Phrase;
}

/** The speaker read before the cue at `verb` and the outlet that quoted them, or null where no outlet is credited. */
export function quotedBy(tokens: readonly Token[], speaker: Phrase, verb: number, vocab: AttributionVocabulary, reader: PhraseReader): QuotedBy | null {
  // "A senior official quoted by Reuters said": read back from the verb the phrase stops at the agent's marker. So it does
  // after a document its holder names ("A memo seen by Reuters says", held-by.ts).
  // The phrase read may have left its article before it: "surveyed by the Ledger".
  const from = vocab.determiner(tokens[speaker.from - 1]) ? speaker.from - 1 : speaker.from;
  const participle = from - 2;
  const marker = tokens[from - 1];
  // "Economists polled by Reuters expect …": so it does after a crowd its pollster names.
  const quoting = vocab.passiveAgent(marker) && (vocab.quoting(tokens[participle]) || vocab.pollingParticiple(tokens[participle]));
  if (quoting || (vocab.holdingLink(marker) && vocab.holdingParticiple(tokens[participle]))) {
    const quoted = reader.backward(participle);
    const spoke = quoted && quoted.to === participle && (quoting || headedByDocument(tokens, quoted, vocab));
    return spoke ? { speaker: quoted, reporter: { from, to: speaker.to } } : null;
  }
  // Within the subject and the asides after it: "Ein von der Agentur zitierter Sprecher", "An aide, who was quoted by Interfax,".
  // "A senior official quoted by Reuters had said", "Analysts polled by LSEG had expected": read back from an auxiliary, the
  // participle and its agent after the noun are part of the phrase.
  // "A 2019 memo, reviewed by the AP, warned": so does a document's holder set off after it.
  for (let q = speaker.from; q < verb; q++) {
    const holding = vocab.holdingParticiple(tokens[q]) && vocab.holdingLink(tokens[q + 1]);
    if (!vocab.quoting(tokens[q]) && !vocab.pollingParticiple(tokens[q]) && !holding) continue;
    const before = holding ? null : agentBefore(tokens, speaker.from, q, vocab, reader);
    const reporter = before ?? agentAfter(tokens, q, verb, holding, vocab, reader);
    if (!reporter) continue;
    // "Ein von der Agentur zitierter Sprecher": the noun after the participle; "A senior official quoted by Reuters": the
    // words before it; "Ein Beamter, der von …": the words before the aside.
    const after = q > speaker.from && q < speaker.to - 1;
    const quoted = before && after ? { from: q + 1, to: speaker.to } : after ? { from: speaker.from, to: q } : { from: speaker.from, to: Math.min(speaker.to, asideStart(tokens, speaker.from, reporter.from)) };
    if (holding && !headedByDocument(tokens, quoted, vocab)) continue;
    return { speaker: quoted, reporter };
  }
  return null;
}

/** "Ein Beamter, den die Zeitung zitierte, sagte": the quoting verb at `first` closes a relative clause set off by commas. */
export function quotesInRelativeClause(tokens: readonly Token[], first: number, last: number, vocab: AttributionVocabulary, reader: PhraseReader): boolean {
  if (!vocab.quoting(tokens[first]) || !commaAfterCue(tokens, last, vocab)) return false;
  for (let k = first - 1; k > 0 && tokens[k]!.word; k--) {
    if (tokens[k - 1]!.text === "," && (vocab.relative(tokens[k]) || reader.relativeObject(k))) return true;
  }
  return false;
}

/** "von der Agentur zitierter", "den die Zeitung zitierte": the outlet between `from` and the quoting verb at `q`. */
function agentBefore(tokens: readonly Token[], from: number, q: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  for (let k = q - 1; k >= from && tokens[k]!.word; k--) {
    if ((vocab.passiveAgent(tokens[k]) || reader.relativeObject(k)) && k + 1 < q) return { from: k + 1, to: q };
  }
  return null;
}

/**
 * "who was quoted by Interfax": the outlet after the quoting verb at `q`, before the cue at `verb`; after a holding
 * participle, its link's ("reviewed by the AP", "shared with Reuters").
 */
function agentAfter(tokens: readonly Token[], q: number, verb: number, holding: boolean, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const marker = tokens[q + 1];
  if (!(holding ? vocab.holdingLink(marker) : vocab.passiveAgent(marker))) return null;
  const outlet = reader.forward(q + 2);
  return outlet && outlet.to <= verb ? outlet : null;
}

/** The comma that sets off the aside naming the outlet at `reporter`, where the speaker before it ends: "Ein Beamter, der von …". */
function asideStart(tokens: readonly Token[], from: number, reporter: number): number {
  for (let k = reporter - 1; k > from; k--) if (tokens[k]!.text === ",") return k;
  return tokens.length;
}
