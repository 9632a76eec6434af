// A document credited to the outlet that holds it, the wire's way of sourcing a leak: "according to a memo seen by
// Reuters", "A memo seen by Reuters says …", "documents obtained by The Associated Press", "aus einem Papier, das der
// dpa vorliegt", "In dem Schreiben, das dem „Spiegel“ vorliegt, heißt es …", "in einem der Zeitung vorliegenden
// Bericht". The document says it; the outlet passes it on (memo → Reuters). The outlet is no speaker of its own: the
// phrase as a whole named it ("a memo seen by Reuters" was Reuters, an agency).
import { headedByDocument } from "./speakers.js";
import { isOutlet } from "./speaker-phrase.js";
import { isLowercase, pastDating, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

export interface HeldBy {
  /**
   * What says what the statement holds: the document, or where the holder's words came from ("aus Regierungskreisen",
   * sourcedFrom) or whom an outlet quoted ("Israeli officials cited by Axios", index.ts).
   */
  document: Phrase;
  /** Who holds it and passed it on. */
  holder: Phrase;
}

/** The document and its holder inside the speaker phrase `p`, or null where the phrase names no document held. */
export function heldBy(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): HeldBy | null {
  for (let k = p.from + 1; k < p.to - 1; k++) {
    const found = heldAfter(tokens, p, k, vocab, reader) ?? heldInRelativeClause(tokens, p, k, vocab, reader) ?? heldInAttribute(tokens, p, k, vocab);
    if (found && headedByDocument(tokens, found.document, vocab)) return found;
  }
  return null;
}

/** "a memo seen by Reuters", "a letter, shared with the BBC": a holding participle at `k` and its link before the holder. */
function heldAfter(tokens: readonly Token[], p: Phrase, k: number, vocab: AttributionVocabulary, reader: PhraseReader): HeldBy | null {
  const holder = holderAfter(tokens, k, vocab, reader);
  const end = tokens[k - 1]!.text === "," ? k - 1 : k;
  return holder && holder.to <= p.to && end > p.from ? { document: { from: p.from, to: end }, holder } : null;
}

/**
 * "seen by Reuters", "shared with the BBC": the holder a holding participle at `at` and its link name; "published in the
 * journal Nature", "carried in the Harbor Times": an outlet a relay participle and a place's preposition name, which
 * printed the document and passes it on. Else null.
 */
export function holderAfter(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  if (vocab.holdingParticiple(tokens[at]) && vocab.holdingLink(tokens[at + 1])) return reader.forward(at + 2);
  const link = pastDating(tokens, at + 1, vocab);
  const outlet = vocab.relayParticiple(tokens[at]) && vocab.placeLink(tokens[link]) ? reader.forward(link + 1) : null;
  return outlet && isOutlet(tokens, outlet, vocab) ? outlet : null;
}

/**
 * "according to data compiled by LSEG", "a survey conducted by Gallup": a document's participle and its
 * agent after the phrase ending at `at` name who issued it, the source itself (a holder passes it on); or null.
 */
export function issuerAfter(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  const document = tokens[at - 1];
  const participle = tokens[at];
  if (!document || !vocab.document(document) || !isLowercase(participle) || !vocab.pastForm(participle!) || vocab.cue(participle!) || !vocab.passiveAgent(tokens[at + 1])) return null;
  return reader.forward(at + 2);
}

/** "einem Papier, das der dpa vorliegt": a relative clause after the comma at `k` naming the holder. */
function heldInRelativeClause(tokens: readonly Token[], p: Phrase, k: number, vocab: AttributionVocabulary, reader: PhraseReader): HeldBy | null {
  const holder = holderClause(tokens, k, vocab, reader);
  return holder && holder.to < p.to ? { document: { from: p.from, to: k }, holder } : null;
}

/**
 * ", das der dpa vorliegt", ", der der Zeitung vorlag": the holder a relative clause after the comma at `comma` names, its
 * holding verb right after it (the verb ends the clause: its index is the holder's end), or null.
 */
export function holderClause(tokens: readonly Token[], comma: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  if (tokens[comma]?.text !== "," || !vocab.relative(tokens[comma + 1])) return null;
  const holder = reader.forward(comma + 2);
  return holder && vocab.holdingVerb(tokens[holder.to]) ? holder : null;
}

/** "einem der Zeitung vorliegenden Bericht": the holder between the article and the holding verb at `k`, the document after it. */
function heldInAttribute(tokens: readonly Token[], p: Phrase, k: number, vocab: AttributionVocabulary): HeldBy | null {
  if (!vocab.holdingVerb(tokens[k]) || !isLowercase(tokens[k]) || !vocab.determiner(tokens[p.from]) || k - p.from < 2) return null;
  return { document: { from: k + 1, to: p.to }, holder: { from: p.from + 1, to: k } };
}

/**
 * "Nach dpa-Informationen aus Regierungskreisen", "Informationen der „Zeit“ aus Sicherheitskreisen": a source phrase whose
 * last link (no article) leads to where its information came from; the caller keeps it where that is an unnamed source
 * and the phrase before it an outlet (Regierungskreise → dpa).
 */
export function sourcedFrom(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): HeldBy | null {
  // English "of" names the matter: "a POLITICO analysis of other data".
  if (!vocab.marksIndirectSpeech) return null;
  for (let k = p.to - 2; k > p.from; k--) {
    if (!vocab.link(tokens[k]) || vocab.determiner(tokens[k])) continue;
    const origin = reader.forward(k + 1);
    return origin && origin.to === p.to ? { document: origin, holder: { from: p.from, to: k } } : null;
  }
  return null;
}
