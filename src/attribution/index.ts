// Who said what, through whom: quotes (direct, indirect, reported) with their cues, speakers,
// speaker types and chains of intermediaries, read once per article as analysis facts.
import { containing, firstAtOrAfter, matchesAt, matchSpans, rareMatches } from "../spans.js";
import { prefixMatches } from "./prefix-scan.js";
import { attributionVocabulary, type AttributionVocabulary } from "./vocabulary.js";
import { sentenceIndex, type AttributionFacts, type AttributionInput, type Party, type Statement } from "./reader-state.js";
import type { Span } from "../types.js";
import { datelineLeadEnd } from "../analyse/credits.js";
import { listMarkerLength } from "../analyse/segments.js";
import { FactsBuilder } from "./facts.js";
import { pastDateline, PhraseReader, tokenize, type Phrase, type Token } from "./phrases.js";
import { heldBy, holderClause, sourcedFrom, type HeldBy } from "./held-by.js";
import { quotedBy } from "./quoted-by.js";
import { headedByDocument } from "./speakers.js";
import { embeddedIn } from "./embedded.js";
import { isOutletParty } from "./parties.js";
import { COMMENT_OPENERS } from "./cues.js";
import { MIN_STATEMENT_WORDS, words } from "./direct-quotes.js";

export type { AttributionFacts, AttributionInput } from "./reader-state.js";

/**
 * Spaces that do not break ("a poll\u00a0showed", pasted from the web) read as spaces: the vocabularies join their words
 * with plain ones. One code unit each, so every offset stays.
 */
const HARD_SPACES = /[\u00a0\u2007\u2009\u202f]/g;

/** What may stand between a cue and the colon that ends its sentence ("argued that:"). */
const ANNOUNCING_COLON = /^(?:\s+that)?\s*:/;

export function findAttribution(article: AttributionInput): AttributionFacts {
  const spaced = article.text.replace(HARD_SPACES, " ");
  // A dateline is no part of what its sentence states: it is blanked, so no scan reads a cue or a source in it. It stands
  // in the story's first paragraphs; capitals before a dash further down are a subhead ("QUESTIONABLE CLAIMS — For
  // years, …"), whose words may be what was said.
  const lead = datelineLeadEnd(article.paragraphs);
  const credited = (span: Span) => article.credits.some((c) => span.start <= c.span.start && c.span.end <= span.end);
  // "• Mayor Lee said …": a list item's marker is no word of its sentence either.
  const sentences = article.sentences.map((s) => {
    const marker = listMarkerLength(spaced, s.start);
    const item = marker > 0 ? { start: s.start + marker, end: s.end } : s;
    return item.start < lead ? pastDateline(spaced, item, credited) : item;
  });
  const skipped = sentences.flatMap((s, i) => (s.start > article.sentences[i]!.start ? [{ start: article.sentences[i]!.start, end: s.start }] : []));
  const input = { ...article, text: blanked(spaced, skipped), sentences };
  let best: AttributionFacts = { quotes: [], attributions: [] };
  const size = (f: AttributionFacts) => f.quotes.length + f.attributions.length;
  // An article of unknown language is read with every pack; the one that reads most wins.
  for (const pack of input.packs) {
    const found = new ArticleReader(input, attributionVocabulary(pack, input.agencies), article.text).read();
    if (size(found) > size(best)) best = found;
  }
  return best;
}

/** `text` with the characters of `spans` made spaces, its offsets unchanged. */
function blanked(text: string, spans: readonly Span[]): string {
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + " ".repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}

/** Does `inner` lie within `outer`? */
const inside = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** The statements of `byCue` whose cue lies inside `span`, found by the cue's start. */
function* cuedWithin(byCue: readonly Statement[], span: Span): Generator<Statement> {
  for (let k = firstAtOrAfter(byCue, span.start, (st) => st.cue!.span.start); k < byCue.length && byCue[k]!.cue!.span.start < span.end; k++) {
    if (inside(byCue[k]!.cue!.span, span)) yield byCue[k]!;
  }
}

/** One article read with one pack's vocabulary: the layers below (reader-state.ts to facts.ts), in reading order. */
class ArticleReader extends FactsBuilder {
  read(): AttributionFacts {
    if (!this.vocab.cues) return { quotes: [], attributions: [] };
    // "…, so Putin.": the after-quote cue reads like any other cue that ends its sentence.
    // "after news reports that …", "aus gut informierten Kreisen": a noun or an adjective the case-insensitive scan took
    // for a verb is no cue. Tried only where a cue starts: the shapes of a noun ("a word right after an article") hold at
    // most word starts of a text.
    const verb = (m: Span) => !matchesAt(this.vocab.cueVerbsAsNouns, this.input.text, m.start);
    const contentCues = prefixMatches(this.vocab.contentCues, this.input.text).filter(verb);
    for (const m of contentCues) this.contentOnly.add(m.start);
    const verbs = prefixMatches(this.vocab.cues, this.input.text).filter(verb);
    const before = [...rareMatches(this.vocab.sourceBefore, this.input.text), ...rareMatches(this.vocab.nameSourceBefore, this.input.text)].sort((a, b) => a.start - b.start);
    for (const m of before) this.sourceStarts.add(m.start);
    // "…, as first noted by the Ledger": a verb inside a source's own words is part of that cue, no cue of its own; nor is
    // one inside an aside saying why a source is unnamed ("an aide, who was not authorized to discuss the plan, said …").
    const unsaid = [...before, ...this.anonymityAsides()].sort((a, b) => a.start - b.start);
    const cues = [...verbs, ...contentCues, ...matchSpans(this.vocab.afterQuoteScan, this.input.text)].sort((a, b) => a.start - b.start).filter((m) => !containing(unsaid, m));
    const relatives = rareMatches(this.vocab.relativeCues, this.input.text);
    for (const m of relatives) this.relativeStarts.add(m.start);
    const after = [...rareMatches(this.vocab.sourceAfter, this.input.text), ...relatives].sort((a, b) => a.start - b.start);
    const cited = rareMatches(this.vocab.citedBefore, this.input.text);
    for (const sentence of this.input.sentences) this.readSentence(sentence, cues, before, after, cited);
    this.headlineStatement();
    this.transcript();
    this.readDirectQuotes();
    // A cue that introduced a direct quote may also carry indirect speech around it ("argued that if … “…”"),
    // and a partial quote leaves its sentence reported ("forderte die Rückgabe des „Penacho“").
    this.sentences.forEach((s, index) => {
      for (const cue of s?.cues ?? []) if (this.carriesIndirect(s!, cue)) this.indirect(s!, cue, index);
    });
    this.evidentials();
    this.attitudes();
    if (this.vocab.marksIndirectSpeech) {
      this.continuations();
      this.quotedInReported();
      this.dropQuestions();
    }
    // After free indirect speech: "die Forderung der Polizei, …" hands no speaker on to the Konjunktiv sentences after it.
    this.nominals();
    this.dropQuotedParts();
    const embedded = embeddedIn(this.statements, this.input.text, this.vocab);
    // "According to the BBC, Peskov said …": a statement opening an outlet's report stays as a link of the chain, no quote.
    this.keepStatements((st) => {
      const outer = embedded(st);
      if (outer && this.relaysOpening(outer, st)) st.relayedOnly = true;
      return !outer || !!st.relayedOnly;
    });
    this.announcedByColon();
    this.dropTwins();
    this.dropCatenativeOuter();
    this.closedByReportingClause();
    this.creditHolders();
    this.passedOnBySources();
    // A link no outlet joined ("a poll by the Ledger found 40 percent said they think …") makes no chain.
    this.keepStatements((st) => !st.relayedOnly || st.intermediaries.length > 0);
    this.statements.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    return this.facts();
  }

  /**
   * "Dr. Lee stated:¶“The rule is unfair.”": a cue whose sentence ends in a colon announces what follows; it states nothing
   * of its own. The quotation right after the colon takes its cue and speaker; with none ("One user tweeted:¶<tweet …>")
   * the announcement alone is no statement. German reads its announcing clauses itself (announcing-verb.ts), and a
   * source it names before the colon is one of its own ("sagte die Kanzlerin Teilnehmern zufolge: „…“"). A sentence of
   * nothing but a speaker and a cue announces what follows it too, in either language ("Rubio disagreed. “…”"); so does
   * an English cue after the words read before it ("In a speech last July, he said:" read "In a speech last July").
   * A colon closing the paragraph announces the paragraph after it, set off as a block (blockAfterColon).
   */
  private announcedByColon(): void {
    const { text } = this.input;
    const announced = new Set<Statement>();
    const blocks: Statement[] = [];
    for (const st of this.statements) {
      const bare = this.bareSpeechActs.get(st);
      const withheld = this.withheldCues.get(st);
      const readBefore = st.kind === "indirect" && !!st.cue && st.span.end <= st.cue.span.start;
      const cue = bare ?? withheld ?? (this.vocab.marksIndirectSpeech ? null : st.cue);
      if (!(st.kind === "reported" || readBefore) || !cue) continue;
      const after = bare ? st.span.end : this.announcingColonEnd(st, cue, readBefore);
      if (after < 0) continue;
      const quote = this.statements.find((q) => q.kind === "direct" && q.span.start >= after && /^[\s.:]*$/.test(text.slice(after, q.span.start)));
      const handed = !!quote && !quote.cue;
      if (handed) [quote.cue, quote.speaker, quote.intermediaries] = [cue, st.speaker ?? quote.speaker, quote.intermediaries.length ? quote.intermediaries : st.intermediaries];
      const block = quote ? null : this.blockAfterColon(after);
      if (block) blocks.push({ kind: "indirect", span: block, speaker: st.speaker, cue, intermediaries: st.intermediaries });
      // A quotation after it with a cue of its own ("Rubio disagreed. “…,” he said.") was announced by nothing; a German
      // reported statement stays one unless it hands its cue on.
      if (bare && !block && quote?.cue?.span.start !== bare.span.start) st.wordless = true;
      else if (!withheld || handed || block) announced.add(st);
    }
    this.keepStatements((st) => !announced.has(st));
    this.statements.push(...blocks);
  }

  /**
   * Where the colon announcing what follows a statement's cue ends: right after the cue ("argued that:"), where the words
   * read before the cue end there; or closing the clause the cue reports in ("said on Monday:", "wrote on Facebook:"). -1
   * with none.
   */
  private announcingColonEnd(st: Statement, cue: NonNullable<Statement["cue"]>, readBefore: boolean): number {
    const { text } = this.input;
    const cueEnd = cue.span.end;
    const end = readBefore ? cueEnd : st.span.end;
    const atCue = ANNOUNCING_COLON.exec(text.slice(cueEnd, end + 2));
    if (atCue && cueEnd + atCue[0].length >= end) return cueEnd + atCue[0].length;
    const closing = st.kind === "reported" ? /^\s*:/.exec(text.slice(end, end + 4)) : null;
    return closing ? end + closing[0].length : -1;
  }

  /**
   * "In a speech last July, he said:¶Let no one be mistaken …", "Der Minister sagte:¶Wir schaffen das.": a colon at `at`
   * (or right after it) closing its paragraph announces the paragraph after it, a statement quoted as a block without
   * quotation marks; one of prose that opens on a letter and does not announce in turn (not markup, a list's item or a
   * label: "<tweet …>", "1. …", "Results:").
   */
  private blockAfterColon(at: number): Span | null {
    const { text, paragraphs } = this.input;
    const colon = /^[^\S\n]*:?[^\S\n]*\n/.exec(text.slice(at, at + 20));
    if (!colon || !/:/.test(text.slice(at - 1, at + colon[0].length))) return null;
    const next = paragraphs[firstAtOrAfter(paragraphs, at + colon[0].length, (p) => p.start)];
    if (!next || !/^\s*$/.test(text.slice(at + colon[0].length, next.start))) return null;
    const block = text.slice(next.start, next.end).trimEnd();
    if (!/^\p{L}/u.test(block) || block.endsWith(":") || words(block) < MIN_STATEMENT_WORDS) return null;
    return { start: next.start, end: next.start + block.length };
  }

  /**
   * "Ruiz said the bridge was closed, the Ledger reported.", "…, berichtete der Kurier.": a statement whose content runs on
   * into the clause of a cue that reports it (that cue's statement holds the first one's cue) ends at the comma before it.
   */
  private closedByReportingClause(): void {
    const { text } = this.input;
    const cued = this.byCue();
    for (const outer of this.statements) {
      // An outlet's, a platform's or a vague crowd's clause, or any closing its sentence, the speaker's appositive aside ("…,
      // a survey showed.", "…, said Gabriel Sterling, a senior official."; not "…, Florida who were voting … complained
      // when …", a misread subject).
      if (outer.kind === "direct" || !outer.cue || !outer.speaker || !(this.passesOn(outer.speaker) || this.closesSentence(outer))) continue;
      const clause = Math.min(outer.cue.span.start, outer.speaker.span.start);
      // The reporting clause is set off by the comma that closes its own content: "<content>, the Ledger reported", also
      // as a comment: "<content>, wie die Agentur Tass meldete".
      const lead = outer.span.end <= clause ? text.slice(outer.span.end, clause).trim() : "";
      const opener = lead.slice(1).trim().toLowerCase();
      // (In English the comma may stand inside the quotation closing the content: "… was “dead,” a spokesperson told reporters.")
      const quotedComma = !lead && /,["”’']+$/u.test(text.slice(outer.span.start, outer.span.end)) ? text.lastIndexOf(",", outer.span.end) : -1;
      if ((!lead.startsWith(",") || (opener && !COMMENT_OPENERS.has(opener))) && quotedComma < 0) continue;
      // (There the statement keeps the quotation's closing mark.)
      const end = quotedComma >= 0 ? outer.span.end : text.indexOf(",", outer.span.end);
      for (const inner of cuedWithin(cued, outer.span)) {
        if (inner === outer || inner.kind === "direct" || inner.span.start >= clause || inner.span.end <= clause) continue;
        if (end > inner.span.start) inner.span = { start: inner.span.start, end };
      }
    }
  }

  /**
   * Whether only a stop follows the statement's cue and speaker in their sentence, or the speaker's appositive before it,
   * or a circumstance its preposition opens, or whom a verb of telling addresses, with no clause in it ("…, it said in a
   * regulatory filing.", "…, a spokesperson told reporters."; not "… complained when they saw …").
   */
  private closesSentence(statement: Statement): boolean {
    const end = Math.max(statement.cue!.span.end, statement.speaker!.span.end);
    const sentence = this.input.sentences[sentenceIndex(this.input.sentences, end - 1)]!;
    const rest = this.input.text.slice(end, sentence.end);
    if (/^(?:,[^,;:]+)?[\s.!?"”’']*$/.test(rest)) return true;
    const v = this.vocab;
    const words = rest.match(/\p{L}+/gu) ?? [];
    const clause = (w: string) => v.conjunction(w) || v.subordinator(w) || v.complementizer(w) || v.relative(w) || v.cue(w) || v.auxiliary(w) || v.pastForm(w);
    // The speaker opens as a subject does: a capital, an article, a pronoun or a role ("well below the gallons Congress had
    // sought in …" is no reporting clause).
    const opener = statement.speaker!.text.split(/\s+/, 1)[0]!;
    const subject = /^\p{Lu}/u.test(opener) || v.determiner(opener) || v.pronoun(opener) || v.roleNoun(opener) || v.speakerNoun(opener);
    // "…, a spokesperson told reporters.": after a verb of telling, whom it was told to.
    const told = v.addresseeVerb(statement.cue!.text.split(/\s+/, 1)[0]);
    return subject && /^[^,;:“"„«]*$/.test(rest) && (told || v.circumstancePreposition(words[0])) && !words.some(clause);
  }

  /**
   * "Laut dem Kurier erklärte Ruiz, …", "“…,” Ruiz told Reuters, according to the Ledger": a source whose own statement holds
   * another's cue (one reported "laut", "according to", or an outlet's, "the Ledger reported") passed that statement on, the
   * outermost of its intermediaries. The source's own statement stays; one that asserts nothing ("critics would call it …")
   * passes nothing on.
   */
  private passedOnBySources(): void {
    // One mention read twice, whole and in part ("according to people close to the deal" is also "people" to the cue
    // reader of the statement inside), is one party, named by its whole reading.
    const sameParty = (a: Party, b: Party) => a.span.start < b.span.end && b.span.start < a.span.end;
    const longer = (a: Party, b: Party) => a.span.end - a.span.start > b.span.end - b.span.start;
    const cued = this.byCue();
    // Innermost first, so that a source around another ends the chain: "Laut dem Kurier berichtete Reuters, Ruiz habe …".
    const bySize = [...this.statements].sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
    for (const source of bySize) {
      const by = source.speaker;
      if (!by || !source.cue || !this.relays(source)) continue;
      for (const st of cuedWithin(cued, source.span)) {
        // "Some economists expect a slowdown, while others warn of a recession": a crowd passes on no statement set against
        // its own (an outlet does: "…, while 38 percent said they back Ruiz, according to a Harbor Times poll").
        if (st === source || !st.speaker || inside(source.cue.span, st.span) || (by.type === "vague" && this.setAgainst(st.speaker))) continue;
        // "According to a memo seen by Reuters, the company plans …": the source passes it on with those it came through,
        // and after those it cites ("The BBC, citing RIA Novosti, reported that Peskov said …" is Peskov → RIA Novosti → BBC).
        for (const relay of [...(source.origins ?? []), by, ...source.intermediaries]) {
          // "…, laut Süddeutscher Zeitung …, wie die Zeitung schreibt": an outlet named by its kind's noun alone, after one of
          // that kind in the chain, is the one named before.
          if (sameParty(st.speaker, relay) || this.namedBefore(relay, st.intermediaries)) continue;
          const read = st.intermediaries.findIndex((p) => sameParty(p, relay));
          if (read < 0) st.intermediaries.push(relay);
          else if (longer(relay, st.intermediaries[read]!)) st.intermediaries[read] = relay;
        }
        // "Guccifer said, per a translator, that …": in English a source other than an outlet named between another's cue
        // and what it said is that statement's relay only, reporting nothing of its own (an outlet's report of it counts,
        // "Peskov told RIA Novosti, according to the BBC, that …", and German news marks "laut Reuters" there as one).
        const between = st.kind === "indirect" && st.cue && st.cue.span.end <= source.cue.span.start && source.cue.span.end <= st.span.start;
        if (between && !this.vocab.marksIndirectSpeech && !isOutletParty(by)) source.relayedOnly = true;
      }
    }
  }

  /**
   * "according to a memo seen by Reuters", "In dem Schreiben, das dem „Spiegel“ vorliegt, heißt es": a speaker phrase naming a
   * document an outlet holds is the document's, passed on by the outlet (held-by.ts); another holder passes nothing on.
   */
  private creditHolders(): void {
    for (const st of this.statements) {
      if (!st.speaker || st.speaker.referent !== undefined) continue;
      const tokens = tokenize(this.input.text, st.speaker.span);
      const reader = new PhraseReader(tokens, this.vocab, this.capitalisedInside);
      const whole = { from: 0, to: tokens.length };
      const held = heldBy(tokens, whole, this.vocab, reader) ?? this.unnamedOrigin(tokens, sourcedFrom(tokens, whole, this.vocab, reader)) ?? quotedIn(tokens, whole, this.vocab, reader);
      const holder = held ? this.party(tokens, held.holder) : this.holderAfterCue(st, tokens);
      if (!holder || !isOutletParty(holder)) continue;
      if (held) st.speaker = this.party(tokens, held.document);
      st.intermediaries.unshift(holder);
    }
  }

  /** Where an outlet's information came from, kept only where it is unnamed ("aus Regierungskreisen"), the source to flag. */
  private unnamedOrigin(tokens: Token[], sourced: HeldBy | null): HeldBy | null {
    const type = sourced && this.party(tokens, sourced.document).type;
    return type === "anonymous" || type === "vague" ? sourced : null;
  }

  /**
   * "Das geht aus einem Papier hervor, das der dpa vorliegt.": where a document speaks, the holder a clause names at the first
   * pause after the cue, only words before it.
   */
  private holderAfterCue(st: Statement, speaker: Token[]): Party | null {
    if (!st.cue || !headedByDocument(speaker, { from: 0, to: speaker.length }, this.vocab)) return null;
    const sentence = this.input.sentences[sentenceIndex(this.input.sentences, st.cue.span.start)]!;
    const tokens = tokenize(this.input.text, { start: st.cue.span.end, end: sentence.end });
    const pause = tokens.findIndex((t) => !t.word);
    const holder = pause >= 0 ? holderClause(tokens, pause, this.vocab, new PhraseReader(tokens, this.vocab, this.capitalisedInside)) : null;
    return holder && this.party(tokens, holder);
  }

  /**
   * "…, while others warn": a speaker right after a contrasting conjunction (`contrast-conjunctions`) or a semicolon speaks
   * for itself.
   */
  private setAgainst(speaker: Party): boolean {
    const text = this.input.text.slice(Math.max(0, speaker.span.start - 20), speaker.span.start);
    // "Supporters argue it boosts productivity; critics say it is unworkable": a clause after a semicolon has its own speaker.
    if (/;\s*$/u.test(text)) return true;
    const before = /(\p{L}+)\W*$/u.exec(text)?.[1];
    return !!before && this.vocab.contrast(before);
  }

  /** An outlet named by its kind's noun alone ("die Zeitung", "the agency") after a party of its type among `chain`. */
  private namedBefore(relay: Party, chain: readonly Party[]): boolean {
    return isOutletParty(relay) && this.vocab.speakerNoun(relay.name) && chain.some((p) => p.type === relay.type);
  }

  /** A source's report ("according to …") or an outlet's passes on what it holds; one that asserts nothing passes nothing. */
  private relays(source: Statement): boolean {
    return !!source.speaker && !source.assertsNothing && (source.kind === "reported" || this.passesOn(source.speaker));
  }

  /**
   * "According to the BBC, Peskov said …", "The Ledger reported that Ruiz said …": an outlet's report whose words open on
   * another's statement, its speaker first (after a "that"), passed that statement on. One deeper in the report's words
   * ("the Ledger reported the vote came after Ruiz proposed …") is part of what the outlet said.
   */
  private relaysOpening(outer: Statement, inner: Statement): boolean {
    if (!outer.speaker || outer.assertsNothing || !isOutletParty(outer.speaker) || !inner.speaker || inner.speaker.span.start < outer.span.start) return false;
    const lead = this.input.text.slice(outer.span.start, inner.speaker.span.start).trim();
    return lead === "" || this.vocab.complementizer(lead);
  }

  /** The statements with a cue, in the order of their cues (cuedWithin): an article may hold thousands. */
  private byCue(): Statement[] {
    return this.statements.filter((st) => st.cue).sort((a, b) => a.cue!.span.start - b.cue!.span.start);
  }

  /**
   * "Cook declined to say whether it broke the rules": "declined" reads "to say whether …", and "declined to say", the verb
   * taking an infinitive cue with it (cues.ts), reads "whether …". One statement: the one whose cue holds the other's. An
   * evidential reads the sentence around it and keeps it: "Roe reportedly told aides that …" is also what was reported.
   */
  private dropCatenativeOuter(): void {
    const byCue = this.byCue();
    const held = new Set<Statement>();
    for (const outer of byCue) {
      const cue = outer.cue!.span;
      for (const st of cuedWithin(byCue, cue)) {
        // The same start and a shorter cue, words after it that hold the other's and end where they end.
        const shorterCue = st.cue!.span.start === cue.start && st.cue!.span.end < cue.end;
        const holdsOuter = st.cue!.span.end <= st.span.start && st.span.start < outer.span.start && st.span.end === outer.span.end;
        if (st !== outer && shorterCue && holdsOuter) held.add(st);
      }
    }
    if (held.size) this.keepStatements((st) => !held.has(st));
  }

  /**
   * A statement read twice, once with its cue and once without (a subject found by another path), or twice without, is one
   * statement. Where a statement counts once (English, `joined-quotation-endings`), so is one a speaker made by two cues:
   * the one outside the words is theirs ("Osman is believed to have been on the flight, according to his brother" is the
   * source's report, "The plan appears to work, said Ann Lee" Lee's), else the first ("his friends make jokes about …",
   * "Things have changed, she says, … (think Anthony Weiner)").
   */
  private dropTwins(): void {
    const key = (st: Statement) => `${st.span.start}:${st.span.end}`;
    const cued = this.statements.filter((st) => st.cue);
    const inside = (st: Statement) => Number(st.span.start <= st.cue!.span.start && st.cue!.span.end <= st.span.end);
    const before = (a: Statement, b: Statement) => inside(a) - inside(b) || a.cue!.span.start - b.cue!.span.start;
    // Of one speaker only ("Now his friends" and "Now his friends make"): "The bridge will close, an official said, according
    // to the Tribune" is the official's words passed on by the Tribune, two links of a chain.
    const sameSpeaker = (a: Statement, b: Statement) => !!a.speaker && !!b.speaker && (a.speaker.text.startsWith(b.speaker.text) || b.speaker.text.startsWith(a.speaker.text));
    const kept = new Map<string, Statement>();
    const twins = new Set<Statement>();
    if (this.vocab.joinedQuotationEnding) {
      for (const st of [...cued].sort(before)) {
        const first = kept.get(key(st));
        if (!first) kept.set(key(st), st);
        else if (sameSpeaker(first, st)) twins.add(st);
      }
    }
    const seen = new Set(cued.map(key));
    this.keepStatements((st) => {
      if (st.cue) return !twins.has(st);
      if (seen.has(key(st))) return false;
      seen.add(key(st));
      return true;
    });
  }
}

/**
 * "according to Israeli officials cited by Axios": a phrase naming those an outlet quoted, read whole after a source's
 * marker, is theirs, passed on by the outlet (officials → Axios), as the subject before a cue is (quoted-by.ts).
 */
function quotedIn(tokens: readonly Token[], whole: Phrase, vocab: AttributionVocabulary, reader: PhraseReader): HeldBy | null {
  const quoted = quotedBy(tokens, whole, whole.to, vocab, reader);
  return quoted && quoted.speaker.to > quoted.speaker.from ? { document: quoted.speaker, holder: quoted.reporter } : null;
}
