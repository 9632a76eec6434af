// Whom a statement was given to when the text names the talk rather than a telling: "said in an interview with the
// Associated Press that …", "In an interview with Reuters, the minister said …", "Im Gespräch mit dem Deutschlandfunk
// sagte Ruiz, …", "Gegenüber der Zeitung sagte Berg, …". The partner is the addressee, an outlet of which passes the
// statement on (Ruiz → Deutschlandfunk), as "told Reuters" and "sagte der Agentur" do.
import { beforeTopic, type CueReading } from "./cues.js";
import type { Phrase, PhraseReader, Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** "in an exclusive telephone interview with": words from the preposition to the talk's noun. */
const MAX_BEFORE_NOUN = 4;
/** How far after the cue a talk named after it may open: "said Tuesday in an interview with …". */
const MAX_AFTER_CUE = 3;

/** Sets each reading's addressee where a talk with a partner is named in its clause, before its cue or right after it. */
export function readInterviewPartners(text: string, tokens: readonly Token[], readings: readonly CueReading[], vocab: AttributionVocabulary, reader: PhraseReader): void {
  if (!readings.length) return;
  for (const talk of talks(text, tokens, vocab, reader)) {
    const reading = nearestReading(tokens, readings, talk);
    if (!reading) continue;
    // "sprach im Interview mit der „FAZ“ von einem Erfolg": the topic's preposition ends the partner.
    const partner = beforeTopic(tokens, reading.first, talk.partner, vocab);
    reading.addressee = partner;
    // "said in an interview with the AP that …": what was said starts after the partner.
    const { content } = reading;
    if (content && content.from > talk.from && content.from < partner.to) reading.content = { from: partner.to, to: content.to };
  }
}

interface Talk {
  /** The first token of the phrase naming the talk ("in", "Gegenüber"). */
  from: number;
  partner: Phrase;
}

/**
 * "in an interview with X", "im Gespräch mit X", "in einem Gastbeitrag für X", and, opening the sentence, "Gegenüber X",
 * "Speaking to X", "Appearing on X" (also set off after the subject: "Rubio, appearing on CNN, said …") and a request or a
 * talk with whom it was had: "Auf Anfrage der Deutschen Presse-Agentur", "Auf dpa-Anfrage", "Im ZDF-Interview" (the
 * phrase typed and named by that party).
 */
function talks(text: string, tokens: readonly Token[], vocab: AttributionVocabulary, reader: PhraseReader): Talk[] {
  const found: Talk[] = [];
  const partnerFirst = (vocab.marksIndirectSpeech && vocab.addresseeMarker(tokens[0])) || (vocab.adverbial(tokens[0]) && vocab.partnerNoun(tokens[1]));
  const openingPartner = partnerFirst ? reader.forward(1) : talkPartner(tokens, 0, vocab, reader);
  if (openingPartner) found.push({ from: 0, partner: openingPartner });
  // "Rubio, appearing on CNN, said …": the participle set off after the subject too.
  for (let k = 1; k < tokens.length - 2; k++) {
    const partner = tokens[k - 1]!.text === "," ? talkPartner(tokens, k, vocab, reader) : null;
    if (partner) found.push({ from: k, partner });
  }
  if (!vocab.mentionsInterview(text)) return found;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!vocab.interviewNoun(tokens[k]!) || !vocab.interviewLink(tokens[k + 1]!)) continue;
    const from = prepositionBefore(tokens, k, vocab);
    const partner = from >= 0 ? reader.forward(k + 2) : null;
    if (partner) found.push({ from, partner });
  }
  return found;
}

/** "appearing on CNN", "writing in the Telegraph": whom a talking participle at `at` and its link name, or null. */
export function talkPartner(tokens: readonly Token[], at: number, vocab: AttributionVocabulary, reader: PhraseReader): Phrase | null {
  return vocab.talkingParticiple(tokens[at]) && vocab.talkingLink(tokens[at + 1]) ? reader.forward(at + 2) : null;
}

/** The preposition opening the phrase whose noun is token `noun` ("in" of "in an interview"), or -1. */
function prepositionBefore(tokens: readonly Token[], noun: number, vocab: AttributionVocabulary): number {
  for (let k = noun - 1; k >= Math.max(0, noun - MAX_BEFORE_NOUN); k--) {
    const t = tokens[k]!;
    if (vocab.circumstancePreposition(t) || vocab.preposition(t)) return k;
    if (!t.word) return -1;
  }
  return -1;
}

/**
 * The reading with a speaker whose clause holds the talk: the talk opens its clause before the cue (German "Im Gespräch
 * mit X sagte Y", English "In an interview with X, Y said") or follows the cue within a few words; none that has an
 * addressee of its own already.
 */
function nearestReading(tokens: readonly Token[], readings: readonly CueReading[], talk: Talk): CueReading | null {
  // An addressee read inside the talk's own words ("sagte Berg in einem Interview") is the talk, not its partner; one read
  // after the cue gives way to a partner opening the sentence ("Gegenüber der APA bestätigte ein Sprecher die Einigung":
  // the object after the inverted subject is no addressee).
  const candidates = readings.filter((r) => r.speaker && (!r.addressee || (r.addressee.from >= talk.from && r.addressee.to <= talk.partner.from) || (talk.from === 0 && r.addressee.from > r.last)));
  // "said in a statement to Reuters that …": a cue may hold the talk's opening words.
  const after = candidates.find((r) => talk.from > r.first && talk.from - r.last <= MAX_AFTER_CUE + (r.speaker!.from > r.last ? r.speaker!.to - r.last : 0));
  if (after) return after;
  // Before the cue: the first cue after the talk, with no other cue between.
  const next = readings.find((r) => r.first >= talk.partner.to);
  return next && candidates.includes(next) && opensClause(tokens, talk.from) ? next : null;
}

/** A talk named before the cue opens the sentence or follows a comma. */
function opensClause(tokens: readonly Token[], from: number): boolean {
  return from === 0 || tokens[from - 1]?.text === ",";
}
