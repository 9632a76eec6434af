// Who said what, through whom: quotes (direct, indirect, reported) with their cues, speakers,
// speaker types and chains of intermediaries, read once per article as analysis facts.
import { containing, firstAtOrAfter, matchSpans, rareMatches } from "../spans.js";
import type { Agency, LanguagePack } from "../packs/types.js";
import type { Attribution, AttributionLink, Quote, Span, SpeakerType } from "../types.js";
import { reportsSentenceBefore, speakerAfterAnaphor } from "./anaphor.js";
import { aroundSoCue, clauseAround, SET_OFF } from "./clause.js";
import { quotedSource } from "./quoted-source.js";
import { readEvidential } from "./evidential.js";
import { moodAt } from "./mood.js";
import { readNominal } from "./nominal.js";
import { readAttitude } from "./attitude.js";
import { readOpeningClause } from "./opening.js";
import { cueEnd, cueStart, inParenthesis } from "./cue-span.js";
import { mainClauseSpeaker } from "./main-clause.js";
import { subjectAfterFrontedAdverbial } from "./verb-second.js";
import { capitalisedInside } from "./openers.js";
import { hasSpeakerNoun, readCue, speakerOfParticiple, statementEnd, type CueReading } from "./cues.js";
import { isCapitalised, PhraseReader, tokenize, type Phrase, type Token } from "./phrases.js";
import { nameOf, speakerType } from "./speakers.js";
import { attributionVocabulary, type AttributionVocabulary } from "./vocabulary.js";

export interface AttributionFacts {
  quotes: Quote[];
  attributions: Attribution[];
}

export interface AttributionInput {
  text: string;
  paragraphs: readonly Span[];
  sentences: readonly Span[];
  quotations: readonly Span[];
  packs: readonly LanguagePack[];
  agencies: readonly Agency[];
}

/** Outlets and platforms pass a statement on; people and offices it is told to do not. */
const INTERMEDIARIES: ReadonlySet<SpeakerType> = new Set(["agency", "media", "platform", "vague"]);
/** A quotation this short with no speaker is a term in quotation marks, not a statement. */
const MIN_STATEMENT_WORDS = 4;
/** A quotation with at least this share of capitalised words is a title or a name. */
const TITLE_CAPITALS = 0.75;
/** Quotation marks and pauses around a quotation's words; a closing full stop, question or exclamation mark stays: it makes a sentence, not a name. */
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.!?]+$/gu;
/** "…, so X" names its speaker in a few words at the sentence end; "so" further from it is an adverb. */
const MAX_AFTER_CLAUSE = 12;
/** "Bill Clinton:", "McCain Challenger Kelli Ward:": a headline's speaker is a short name. */
const MAX_HEADLINE_NAME = 4;
/**
 * Free indirect speech goes on reporting its speaker across a narrative sentence or two in between
 * (tuned on the German train split: 3 gains recall at unchanged precision; paragraphs are no bound,
 * news paragraphs being a sentence or two).
 */
const CONTINUATION_GAP = 3;

export function findAttribution(input: AttributionInput): AttributionFacts {
  let best: AttributionFacts = { quotes: [], attributions: [] };
  const size = (f: AttributionFacts) => f.quotes.length + f.attributions.length;
  // An article of unknown language is read with every pack; the one that reads most wins.
  for (const pack of input.packs) {
    const found = new ArticleReader(input, attributionVocabulary(pack)).read();
    if (size(found) > size(best)) best = found;
  }
  return best;
}

interface Party {
  text: string;
  span: Span;
  type: SpeakerType;
  name: string;
}

interface Statement {
  kind: Quote["kind"];
  span: Span;
  speaker: Party | null;
  cue: { text: string; span: Span } | null;
  intermediaries: Party[];
}

interface SentenceReading {
  tokens: Token[];
  reader: PhraseReader;
  cues: CueReading[];
}

class ArticleReader {
  /** Sentences with a cue, read at once; the others (null) are tokenised only if a quotation or a continuation needs them. */
  private readonly sentences: (SentenceReading | null)[] = [];
  private readonly statements: Statement[] = [];
  private readonly used = new Set<CueReading>();
  /** Cues that close a quotation ("“…,” said Jane Doe, a professor at …"): what follows them describes the speaker. */
  private readonly closing = new Set<CueReading>();
  /** Where cues that report only a clause they introduce start ("beschloss, … zu …"). */
  private readonly contentOnly = new Set<number>();
  /** Where relative cues ("wonach") start: their antecedent is the source. */
  private readonly relativeStarts = new Set<number>();
  /** Cues whose sentence holds a partial quote: in German the sentence around it is reported speech too. */
  private readonly partial = new Set<CueReading>();
  /** German quotations inside a clause whose opening phrase was read but names no speaker: statements all the same. */
  private readonly inClause = new Set<Statement>();
  /** Capitalised words the text writes inside sentences, read on first use. */
  private inside: Set<string> | undefined;
  private readonly capitalisedInside = (word: string): boolean => (this.inside ??= capitalisedInside(this.input.text)).has(word);
  /** Names given with a relational role, found on the first possessive relational speaker. */
  private mentions: { at: number; name: string }[] | undefined;

  constructor(
    private readonly input: AttributionInput,
    private readonly vocab: AttributionVocabulary,
  ) {}

  read(): AttributionFacts {
    if (!this.vocab.cues) return { quotes: [], attributions: [] };
    // "…, so Putin.": the after-quote cue reads like any other cue that ends its sentence.
    const contentCues = rareMatches(this.vocab.contentCues, this.input.text);
    for (const m of contentCues) this.contentOnly.add(m.start);
    const cues = [...matchSpans(this.vocab.cues, this.input.text), ...contentCues, ...matchSpans(this.vocab.afterQuoteScan, this.input.text)].sort((a, b) => a.start - b.start);
    const before = rareMatches(this.vocab.sourceBefore, this.input.text);
    const relatives = rareMatches(this.vocab.relativeCues, this.input.text);
    for (const m of relatives) this.relativeStarts.add(m.start);
    const after = [...rareMatches(this.vocab.sourceAfter, this.input.text), ...relatives].sort((a, b) => a.start - b.start);
    for (const sentence of this.input.sentences) this.readSentence(sentence, cues, before, after);
    this.headlineStatement();
    this.readDirectQuotes();
    // A cue that introduced a direct quote may also carry indirect speech around it ("argued that if … “…”"),
    // and a partial quote leaves its sentence reported ("forderte die Rückgabe des „Penacho“").
    this.sentences.forEach((s, index) => {
      for (const cue of s?.cues ?? []) if (this.carriesIndirect(s!, cue)) this.indirect(s!, cue, index);
    });
    this.evidentials();
    this.nominals();
    this.attitudes();
    if (this.vocab.marksIndirectSpeech) {
      this.continuations();
      this.quotedInReported();
    }
    this.dropQuotedParts();
    this.statements.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    return this.facts();
  }

  private readSentence(sentence: Span, cues: Span[], before: Span[], after: Span[]): void {
    const outside = (m: Span) => !containing(this.input.quotations, m);
    const within = (list: Span[]) => list.slice(firstAtOrAfter(list, sentence.start, (m) => m.start), firstAtOrAfter(list, sentence.end, (m) => m.start)).filter(outside);
    if (!within(cues).length && !within(before).length && !within(after).length) {
      this.sentences.push(null);
      return;
    }
    const tokens = tokenize(this.input.text, sentence);
    const reader = new PhraseReader(tokens, this.vocab, this.capitalisedInside);
    const tokenAt = (position: number) => firstAtOrAfter(tokens, position, (t) => t.start);
    const sources = new Map(within(before).map((m) => [tokenAt(m.start), tokenAt(m.end)]));
    const reporters = new Set<number>();
    const sourceBeforeAt = (i: number) => {
      const end = sources.get(i) ?? -1;
      if (end > i) reporters.add(i);
      return end;
    };
    const readings = within(cues).flatMap((m) => {
      const first = tokenAt(m.start);
      if (isNoun(tokens, first, this.vocab)) return [];
      // "das erklärte Ziel": a participle between an article and its noun is an adjective, not a cue.
      if (this.vocab.determiner(tokens[first - 1]?.text ?? "") && /^\p{Ll}/u.test(tokens[first]!.text) && isCapitalised(tokens[tokenAt(m.end)])) return [];
      if (!this.vocab.afterQuote(tokens[first]!.text)) {
        const reading = readCue(tokens, first, tokenAt(m.end) - 1, this.vocab, reader, sourceBeforeAt);
        const around = aroundSoCue(tokens, reading.first, reading.last, statementEnd(tokens), this.vocab);
        if (around) {
          // "so sagte der Händler": the subject follows the verb, past its adverbs.
          let after = reading.last + 1;
          while (after < tokens.length && this.vocab.adverbial(tokens[after]!.text)) after++;
          reading.content = around;
          reading.speaker = reader.forward(after) ?? reading.speaker;
          // The cue is "so schreiben", as annotated.
          reading.first--;
        }
        return reading.content || !this.contentOnly.has(m.start) ? [reading] : [];
      }
      const after = afterClause(tokens, first, reader, this.vocab);
      return after ? [after] : [];
    });
    speakerOfParticiple(tokens, readings, this.vocab, reader);
    this.sentences.push({ tokens, reader, cues: readings });
    // "Peskov told RIA Novosti …, according to the BBC": a source at the end of a statement passed it on.
    for (const [start, end] of sources) {
      const outer = reporters.has(start) ? undefined : readings.find((r) => r.content && r.content.from < start && start < r.content.to);
      const reporter = outer && reader.forward(end);
      if (!outer || !reporter) continue;
      outer.reporters.push(reporter);
      outer.content = { from: outer.content!.from, to: tokens[start - 1]?.text === "," ? start - 1 : start };
      reporters.add(start);
    }
    // "according to the most recent data available": a source without a named head runs to the next pause.
    // "In a CNN national poll released Monday, …": in English a source opening the sentence runs on to its comma.
    for (const [start, end] of sources) {
      if (reporters.has(start)) continue;
      const named = reader.forward(end) ?? quotedSource(tokens, end);
      const pause = reader.untilPause(end);
      const toComma = start === 0 && !this.vocab.marksIndirectSpeech && !!named && !!pause && tokens[named.to]?.word && tokens[pause.to]?.text === ",";
      this.reported(tokens, start, end, named && !toComma ? named : pause, reader);
    }
    for (const m of within(after)) {
      const at = tokenAt(m.start);
      if (this.relativeStarts.has(m.start)) this.relativeClause(tokens, at, tokenAt(m.end), reader);
      else this.reported(tokens, at, at + 1, reader.backward(at), reader);
    }
  }

  /** "Meldungen der Zeitung, wonach die Inspektoren Zutritt verlangt hätten": the antecedent before the comma reported the relative clause. */
  private relativeClause(tokens: Token[], cueFrom: number, cueTo: number, reader: PhraseReader): void {
    const end = statementEnd(tokens);
    if (end - cueTo < 2) return;
    const source = tokens[cueFrom - 1]?.text === "," ? reader.backward(cueFrom - 1) : null;
    // "nach denen", "denen zufolge": the preposition is the cue, the relative pronoun stands for its antecedent.
    const pronounFirst = cueTo - cueFrom > 1 && this.vocab.relativeCuePronoun(tokens[cueFrom]!.text);
    const pronounLast = cueTo - cueFrom > 1 && this.vocab.relativeCuePronoun(tokens[cueTo - 1]!.text);
    const cue = spanOf(tokens, { from: pronounFirst ? cueFrom + 1 : cueFrom, to: pronounLast ? cueTo - 1 : cueTo });
    const antecedent = source && this.party(tokens, source);
    const pronoun = pronounFirst ? tokens[cueFrom]! : pronounLast ? tokens[cueTo - 1]! : null;
    const speaker = antecedent && referredAs(pronoun?.text ?? this.slice(cue), antecedent);
    this.statements.push({ kind: "indirect", span: spanOf(tokens, { from: cueTo, to: end }), speaker, cue: { text: this.slice(cue), span: cue }, intermediaries: [] });
  }

  /**
   * "Issa: Hillary Clinton’s ‘Honesty Is In Question.’": a headline opening the text with a name and a colon
   * gives that person's statement. A label in capitals ("BREAKING:") or with an article ("The Latest:") names nobody.
   */
  private headlineStatement(): void {
    const first = this.input.paragraphs[0];
    if (!first || !this.input.sentences.length || this.input.sentences[0]!.end < first.end) return;
    const tokens = tokenize(this.input.text, first);
    const reader = new PhraseReader(tokens, this.vocab, this.capitalisedInside);
    let start = 0;
    let colon = tokens.findIndex((t) => t.text === ":");
    // "Ukraine-Krieg: Selenskyj: „…“": a topic label before the name; the name is the last label before the statement.
    for (;;) {
      const next = colon < 0 ? -1 : tokens.findIndex((t, i) => i > colon && t.text === ":");
      if (next < 0 || next - colon - 1 > MAX_HEADLINE_NAME || !reader.isName({ from: colon + 1, to: next })) break;
      [start, colon] = [colon + 1, next];
    }
    if (colon - start < 1 || colon - start > MAX_HEADLINE_NAME || tokens.length - colon <= MIN_STATEMENT_WORDS) return;
    const name = { from: start, to: colon };
    if (!(reader.isName(name) || this.namedSource(tokens, name)) || tokens.slice(start, colon).some((t) => t.text.length > 3 && t.text === t.text.toUpperCase())) return;
    const cue = spanOf(tokens, { from: colon, to: colon + 1 });
    this.statements.push({
      kind: "indirect",
      span: spanOf(tokens, { from: colon + 1, to: tokens.length }),
      speaker: this.party(tokens, name),
      cue: { text: ":", span: cue },
      intermediaries: [],
    });
  }

  /** "NY Daily News", "Clinton campaign": a label of capitalised words and speaker nouns, no article, names a source. */
  private namedSource(tokens: Token[], name: Phrase): boolean {
    if (!isCapitalised(tokens[name.from]) || this.vocab.determiner(tokens[name.from]!.text)) return false;
    for (let i = name.from; i < name.to; i++) if (!tokens[i]!.word || !(isCapitalised(tokens[i]) || this.vocab.speakerNoun(tokens[i]!.text))) return false;
    return true;
  }

  /**
   * "The team appeared paralyzed", "Trump is expected to speak": a view held by its subject where that can hold one,
   * else by nobody named (evidential.ts), or by the speaker of the statement it opens.
   */
  private evidentials(): void {
    const found = rareMatches(this.vocab.evidential, this.input.text);
    const speaking = found.length ? this.statements.filter((st) => st.speaker && st.kind !== "direct") : [];
    for (const m of found) {
      if (containing(this.input.quotations, m)) continue;
      const s = this.at(sentenceIndex(this.input.sentences, m.start))!;
      const first = firstAtOrAfter(s.tokens, m.start, (t) => t.start);
      const last = firstAtOrAfter(s.tokens, m.end, (t) => t.start) - 1;
      const evidential = readEvidential(s.tokens, first, last, this.vocab, s.reader);
      if (!evidential) continue;
      const { content, holder } = evidential;
      const statement: Statement = { kind: "indirect", span: spanOf(s.tokens, content), speaker: null, cue: null, intermediaries: [] };
      this.attribute(statement, s, { first, last, speaker: holder, relative: null, addressee: null, reporters: [], content });
      // "Kasich appears to lead, according to three polls": within another's statement the view is that speaker's.
      const outer = speaking.find((st) => st.span.start <= statement.span.start && statement.span.start < st.span.end);
      if (outer) {
        statement.span = { start: statement.span.start, end: Math.min(statement.span.end, outer.span.end) };
        [statement.speaker, statement.intermediaries] = [outer.speaker, outer.intermediaries];
      }
      this.statements.push(statement);
    }
  }

  /** "Trump wants to build a wall", "Sanders questioned the deal": an attitude of the main clause's subject, the rest of the clause its content. */
  private attitudes(): void {
    for (const { s, first, last } of this.unreadCues(this.vocab.attitudes)) {
      const reading = readAttitude(s.tokens, first, last, this.vocab, s.reader);
      if (!reading) continue;
      const statement: Statement = { kind: "indirect", span: spanOf(s.tokens, reading.content!), speaker: null, cue: null, intermediaries: [] };
      this.attribute(statement, s, reading);
      this.statements.push(statement);
    }
  }

  /** "his warning that …", "the mayor’s claim that …": a statement noun the verb readers did not read as a cue, and its clause. */
  private nominals(): void {
    for (const { s, first: noun } of this.unreadCues(this.vocab.nominalCues)) {
      const nominal = readNominal(s.tokens, noun, this.vocab, s.reader);
      if (!nominal) continue;
      const cue = spanOf(s.tokens, { from: noun, to: noun + 1 });
      const speaker = nominal.holder && this.party(s.tokens, nominal.holder);
      this.statements.push({ kind: "indirect", span: spanOf(s.tokens, nominal.content), speaker, cue: { text: this.slice(cue), span: cue }, intermediaries: [] });
    }
  }

  /** The matches of a structure's scan that no statement has for its cue and no quotation holds, with their sentence and tokens. */
  private unreadCues(pattern: RegExp | null): { s: SentenceReading; first: number; last: number }[] {
    const found = rareMatches(pattern, this.input.text);
    if (!found.length) return [];
    const cues = new Set(this.statements.flatMap((st) => (st.cue ? [st.cue.span.start] : [])));
    return found.flatMap((m) => {
      if (cues.has(m.start) || containing(this.input.quotations, m)) return [];
      const s = this.at(sentenceIndex(this.input.sentences, m.start))!;
      return [{ s, first: firstAtOrAfter(s.tokens, m.start, (t) => t.start), last: firstAtOrAfter(s.tokens, m.end, (t) => t.start) - 1 }];
    });
  }

  /** "laut X, …", "X zufolge …", "according to X, …": the rest of the sentence is X's. */
  private reported(tokens: Token[], cueFrom: number, cueTo: number, source: Phrase | null, reader: PhraseReader): void {
    if (!source) return;
    const end = statementEnd(tokens);
    const first = Math.min(cueFrom, source.from);
    const last = Math.max(cueTo, source.to);
    let content: Phrase;
    if (first === 0) content = { from: tokens[last]?.text === "," ? last + 1 : last, to: end };
    else if (last >= end) content = { from: 0, to: tokens[first - 1]!.text === "," ? first - 1 : first };
    else content = this.vocab.marksIndirectSpeech ? clauseAround(tokens, first, end, this.vocab) : { from: 0, to: end };
    if (content.to - content.from < 2) return;
    this.statements.push({
      kind: "reported",
      span: spanOf(tokens, content),
      speaker: this.ownSource(tokens, source, first, reader) ?? this.party(tokens, source),
      cue: { text: this.slice(spanOf(tokens, { from: cueFrom, to: cueTo })), span: spanOf(tokens, { from: cueFrom, to: cueTo }) },
      intermediaries: [],
    });
  }

  /** "Trump hat eigenen Angaben zufolge …": the subject opening the clause is the owner of its own statements. */
  private ownSource(tokens: Token[], source: Phrase, first: number, reader: PhraseReader): Party | null {
    if (first === 0 || !this.vocab.own(tokens[source.from]!.text)) return null;
    const subject = reader.forward(0);
    if (!subject || subject.to > first) return null;
    const owner = this.party(tokens, subject);
    const written = this.party(tokens, source);
    return { ...written, text: `${written.text} (${owner.name})`, name: owner.name, type: owner.type };
  }

  private at(index: number): SentenceReading | undefined {
    const sentence = this.input.sentences[index];
    if (!sentence) return undefined;
    let reading = this.sentences[index];
    if (!reading) {
      const tokens = tokenize(this.input.text, sentence);
      this.sentences[index] = reading = { tokens, reader: new PhraseReader(tokens, this.vocab, this.capitalisedInside), cues: [] };
    }
    return reading;
  }

  private readDirectQuotes(): void {
    const { quotations, sentences } = this.input;
    const direct: Statement[] = [];
    const sources = this.statements.flatMap((st) => (st.speaker ? [st.speaker.span] : [])).sort((a, b) => a.start - b.start);
    for (const q of quotations) {
      const atEnd = this.at(sentenceIndex(sentences, q.end - 1));
      const atStart = this.at(sentenceIndex(sentences, q.start));
      // "sagte der „Berliner Zeitung“": a quoted name inside a speaker or outlet phrase is no quote.
      if (atStart && this.insidePhrase(atStart, q)) continue;
      // "laut „tagesschau.de“": the quoted name of a reported statement's source is no quote.
      if (containing(sources, q)) continue;
      const statement: Statement = { kind: "direct", span: q, speaker: null, cue: null, intermediaries: [] };
      const after = atEnd && this.cueAfter(atEnd, q);
      if (after) this.closing.add(after.reading);
      const framing = after ?? (atStart && this.cueBefore(atStart, q));
      // "berichtete die „Bild“", "das Buch „Cobra II – die wirkliche Geschichte“": a name in quotation marks says nothing.
      if (!framing && this.vocab.quotedName.test(this.slice(q).replace(EDGE_MARKS, ""))) continue;
      const near = framing ? null : atEnd && this.cueNear(atEnd, q);
      if (near && this.vocab.marksIndirectSpeech) this.partial.add(near.reading);
      const cue = framing ?? near;
      if (cue) this.attribute(statement, cue.sentence, cue.reading);
      else if (atStart) this.colonSpeaker(statement, atStart, q, sentenceIndex(sentences, q.start));
      direct.push(statement);
    }
    // A quotation that runs on over sentences or paragraphs keeps its speaker.
    for (let i = 0; i < direct.length; i++) {
      const s = direct[i]!;
      if (s.speaker) continue;
      const neighbour = [direct[i - 1], direct[i + 1]].find((n) => n?.speaker && this.adjacent(n.span, s.span));
      if (neighbour) s.speaker = neighbour.speaker;
    }
    for (const s of this.joined(direct)) if (s.speaker || this.inClause.has(s) || this.statementLike(s.span)) this.statements.push(s);
  }

  /**
   * "“We won,” he said. “Now we govern.”": where the pack's convention joins them, a quotation that
   * ends unfinished (`joined-quotation-endings`) and its attribution run on into the quotation right after.
   */
  private joined(direct: Statement[]): Statement[] {
    const ending = this.vocab.joinedQuotationEnding;
    if (!ending) return direct;
    const { sentences } = this.input;
    const out: Statement[] = [];
    // The last statement while it still waits for its continuation: what it ended with, and its cue.
    let open: Span | null = null;
    for (const s of direct) {
      const last = out[out.length - 1];
      const cue = last?.cue?.span;
      const sameCue = !!cue && s.cue?.span.start === cue.start;
      // The continuation opens at latest the sentence after the attribution; a quoted name inside the attribution ("on CNN’s “State of the Union”") keeps waiting.
      const joins = !!last && !!cue && open !== null && (sameCue || !s.cue) && cue.start >= open.end && s.span.start >= cue.end && this.sameParagraph(last.span, s.span) && sentenceIndex(sentences, s.span.start) <= sentenceIndex(sentences, cue.end - 1) + 1;
      if (joins) {
        last.span = { start: last.span.start, end: s.span.end };
        if (!sameCue) open = null;
      } else {
        out.push(s);
        open = ending.test(this.slice(s.span)) ? s.span : null;
      }
    }
    return out;
  }

  /**
   * A quotation nobody is said to speak is a statement when it is long enough and is neither a title
   * ("“The Late Show With Stephen Colbert”", most words capitalised) nor a markup attribute's value (id="…").
   */
  private statementLike(span: Span): boolean {
    const all = this.slice(span).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (all.length < MIN_STATEMENT_WORDS || this.input.text[span.start - 1] === "=") return false;
    const capitalised = all.filter((w) => /^\p{Lu}/u.test(w)).length;
    return capitalised < all.length * TITLE_CAPITALS;
  }

  private insidePhrase(s: SentenceReading, q: Span): boolean {
    const phrases = s.cues.flatMap((c) => [c.speaker, c.addressee, ...c.reporters]);
    return phrases.some((p) => p !== null && s.tokens[p.from]!.start <= q.start && q.end <= s.tokens[p.to - 1]!.end);
  }

  /** „…“, sagte Trump. / „…“, so Putin. / "…," Trump said. */
  private cueAfter(s: SentenceReading, q: Span): { sentence: SentenceReading; reading: CueReading } | null {
    let a = firstAtOrAfter(s.tokens, q.end, (t) => t.start);
    if (s.tokens[a]?.text === ",") a++;
    const reading = s.cues.find((c) => c.first >= a && c.first <= a + 6 && !this.quoteBetween(s.tokens, a, c.first));
    if (reading) return { sentence: s, reading };
    return null;
  }

  /** sagte Trump: „…“ / He said, “…” */
  private cueBefore(s: SentenceReading, q: Span): { sentence: SentenceReading; reading: CueReading } | null {
    const b = firstAtOrAfter(s.tokens, q.start, (t) => t.start) - 1;
    if (![":", ","].includes(s.tokens[b]?.text ?? "")) return null;
    const candidates = s.cues.filter((c) => c.last < b && !this.quoteBetween(s.tokens, c.last + 1, b));
    const reading = candidates[candidates.length - 1];
    return reading ? { sentence: s, reading } : null;
  }

  /** A partial quote inside a sentence with a cue: 'bezeichnete die Gespräche als „konstruktiv“'. */
  private cueNear(s: SentenceReading, q: Span): { sentence: SentenceReading; reading: CueReading } | null {
    const inside = (c: CueReading) => s.tokens[c.first]!.start >= q.end || s.tokens[c.last]!.end <= q.start;
    const near = s.cues.filter((c) => inside(c) && c.speaker);
    // "“…,” Anderson said, adding that Sanders is “…”": a participle before the quotation introduces it, not the cue it follows.
    const reading = near.findLast((c) => s.tokens[c.last]!.end <= q.start && this.vocab.participle(s.tokens[c.first]!.text)) ?? near[0];
    return reading ? { sentence: s, reading } : null;
  }

  /**
   * "Trump: „Kein Deal“": a bare phrase before a colon speaks. Where the pack joins quotations to their
   * statements, so does the subject of a clause that announces one: "The president released a statement: “…”".
   */
  private colonSpeaker(statement: Statement, s: SentenceReading, q: Span, index: number): void {
    const b = firstAtOrAfter(s.tokens, q.start, (t) => t.start) - 1;
    if (s.tokens[b]?.text !== ":") {
      if (b >= 1 && this.vocab.marksIndirectSpeech) {
        statement.speaker = this.subjectOf(index);
        // "Zwar sind 62 Prozent … „weniger gut“": a clause opened by an adverb may name no speaker; its quotation is still one.
        if (!statement.speaker && s.reader.forward(0) && words(this.slice(q)) > 1) this.inClause.add(statement);
      }
      else if (b >= 1 && this.statementLike(q)) statement.speaker = this.personSubject(s, b, true);
      return;
    }
    const bare = s.reader.backward(b);
    const opening = bare && s.reader.startsClause(bare) ? null : s.reader.clauseSubject(b);
    const inverted = opening && this.invertedPronoun(s.tokens, opening);
    const subject = inverted || opening;
    const phrase = subject || (bare && s.reader.startsClause(bare) ? bare : null);
    if (!phrase) {
      // "Die Bewohner des Dorfes sehen alles gelassen: „…“": the subject of the clause announcing the quote speaks.
      statement.speaker = this.subjectOf(index);
      return;
    }
    statement.speaker = this.party(s.tokens, phrase);
    // The announcing verb right after the subject is the cue ("released"), else the colon; German news marks no colon as a cue.
    const verb = inverted ? inverted.from - 1 : subject && s.tokens[subject.to]?.word ? subject.to : b;
    if (verb === b && this.vocab.marksIndirectSpeech) return;
    statement.cue = { text: s.tokens[verb]!.text, span: { start: s.tokens[verb]!.start, end: s.tokens[verb]!.end } };
  }

  private attribute(statement: Statement, s: SentenceReading, reading: CueReading): void {
    this.used.add(reading);
    // "has said", "has also said", "wird vorgeworfen": auxiliaries and the adverbs between them and the verb belong to the cue, the speaker never.
    const floor = reading.speaker && reading.speaker.to <= reading.first ? reading.speaker.to : 0;
    let from = reading.first;
    const joinsCue = (w: string) => this.vocab.auxiliary(w) || this.vocab.passiveAuxiliary(w) || this.vocab.verbAdverb(w);
    while (from - 1 >= floor && joinsCue(s.tokens[from - 1]!.text)) from--;
    if (from - 1 >= floor) from = cueStart(s.tokens, from, this.vocab);
    // "warned of", "wrote about": a preposition the cue governs belongs to its span.
    const to = this.vocab.cuePreposition(s.tokens[reading.last + 1]?.text ?? "") ? reading.last + 2 : reading.last + 1;
    const cueSpan = spanOf(s.tokens, { from, to: cueEnd(s.tokens, to, this.vocab) });
    statement.cue = { text: this.slice(cueSpan), span: cueSpan };
    statement.speaker = reading.speaker ? this.speakerOf(s.tokens, reading) : null;
    statement.intermediaries = this.intermediaries(s.tokens, reading);
  }

  private indirect(s: SentenceReading, reading: CueReading, index: number): void {
    // "About four in 10 voters say that …", "A court document filed Thursday says that …": a statement the cue
    // introduces speaks for the phrase right before the cue, else the clause's subject, where no subject was read.
    // German word order puts the subject anywhere, so there the cue speaks only with its subject read.
    // "Asked whether he would run, …": the question of an opening participle clause is put by its agent, or by nobody named.
    const opening = !reading.speaker && !this.vocab.marksIndirectSpeech ? readOpeningClause(s.tokens, reading, this.vocab, s.reader) : null;
    if (opening) [reading.speaker, reading.content] = [opening.agent, opening.content];
    else if (!reading.speaker && reading.content && !this.vocab.marksIndirectSpeech) reading.speaker = s.reader.backward(reading.first) ?? s.reader.clauseSubject(reading.first);
    // "Die Brücke bleibt gesperrt. Dies teilte die Stadt mit.": the demonstrative and the sentence it stands for.
    const earlier = index > 0 && reportsSentenceBefore(s.tokens, reading, this.vocab) ? this.input.sentences[index - 1]! : null;
    if (earlier) reading.speaker = speakerAfterAnaphor(s.tokens, reading.speaker, this.vocab);
    if (!reading.speaker && !opening && !((reading.content || earlier) && this.vocab.marksIndirectSpeech)) return;
    // "Müntefering sprach von einem Riesenerfolg.": a speech act whose words the sentence only reports.
    const kind = reading.content || earlier ? "indirect" : "reported";
    // "(Wikinews berichtete)": in German news a bracketed speech act is a cross-reference (English annotation counts it).
    if (kind === "reported" && this.vocab.marksIndirectSpeech && inParenthesis(s.tokens, reading.first, reading.last)) return;
    const span = earlier ? { start: earlier.start, end: s.tokens[0]!.end } : spanOf(s.tokens, reading.content ?? { from: 0, to: statementEnd(s.tokens) });
    if (/^[„“"»«‚‘']/.test(this.slice(span)) || this.mostlyQuoted(span)) return;
    const statement: Statement = { kind, span, speaker: null, cue: null, intermediaries: [] };
    this.attribute(statement, s, reading);
    this.statements.push(statement);
  }

  /**
   * "Clinton said she opposes “accounting gimmicks”": where quotations join the statements around them
   * (a pack with `joined-quotation-endings`), one inside indirect speech of the same cue, or an unattributed
   * one inside any statement ("According to Trump, he is now “the worst thing …”"), is part of it.
   */
  private dropQuotedParts(): void {
    if (!this.vocab.joinedQuotationEnding) return;
    const indirect = new Map<number, Span>();
    for (const st of this.statements) if (st.kind !== "direct" && st.cue) indirect.set(st.cue.span.start, st.span);
    // Statements sorted by start, each with the furthest end so far: does one that starts before a quotation reach over it?
    const outer = this.statements.filter((st) => st.kind !== "direct").map((st) => st.span).sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    for (const span of outer) reach.push(Math.max(span.end, reach[reach.length - 1] ?? 0));
    const inside = (st: Statement) => {
      if (st.kind !== "direct") return false;
      if (!st.cue) return (reach[firstAtOrAfter(outer, st.span.start + 1, (o) => o.start) - 1] ?? 0) >= st.span.end;
      const own = indirect.get(st.cue.span.start);
      return !!own && own.start <= st.span.start && st.span.end <= own.end;
    };
    const kept = this.statements.filter((st) => !inside(st));
    this.statements.length = 0;
    this.statements.push(...kept);
  }

  /** German free indirect speech: sentences in the Konjunktiv after a statement go on reporting its speaker. */
  private continuations(): void {
    const { sentences } = this.input;
    const bySentence = new Map<number, Statement>();
    // A quotation whose speaker was only guessed from its sentence's subject ("Der Jet sei „…“") does not end a passage.
    for (const st of this.statements) if (st.speaker && (st.kind !== "direct" || st.cue)) bySentence.set(sentenceIndex(sentences, st.span.end - 1), st);
    let last: Statement | null = null;
    let lastIndex = -2;
    for (let i = 0; i < sentences.length; i++) {
      const own = bySentence.get(i);
      // "Erstmals sei die Regierung in der Lage, die Kriterien „aller Voraussicht nach“ einzuhalten.": a partial quote
      // leaves its sentence free indirect speech.
      const partial = own?.kind === "direct" && !own.cue && this.partOf(own.span, sentences[i]!);
      if (own && !partial) {
        last = own;
        lastIndex = i;
        continue;
      }
      if ((this.sentences[i]?.cues.length ?? 0) > 0) continue;
      const near = last && i - lastIndex <= CONTINUATION_GAP ? last : null;
      // Far from any statement only an opener or a Konjunktiv I can report: test the text before tokenising it.
      if (!near && !this.mayReportAlone(sentences[i]!)) continue;
      // Near one only an opener or a Konjunktiv goes on reporting: the same test first.
      if (near && !this.mayReportAlone(sentences[i]!, this.vocab.subjunctiveIn)) continue;
      const s = this.at(i)!;
      const opener = s.tokens[0];
      if (opener && this.vocab.backReference(opener.text)) {
        // With no statement near it still reports: "Das Kartellamt legte den Bericht vor. Demnach …".
        // It refers to the source before: the statement near, else the subject of the sentence before ("Demnach (Das Kartellamt)").
        const referent = near?.speaker ?? this.sourceSubjectOf(i - 1);
        const speaker = referent && referredAs(opener.text, referent);
        const cue = spanOf(s.tokens, { from: 0, to: 1 });
        const statement: Statement = { kind: "reported", span: spanOf(s.tokens, { from: 1, to: statementEnd(s.tokens) }), speaker, cue: { text: this.slice(cue), span: cue }, intermediaries: near?.intermediaries ?? [] };
        this.statements.push(statement);
        if (speaker) {
          last = statement;
          lastIndex = i;
        }
        continue;
      }
      if (!near) {
        // "Mehrere Körper seien in den Trümmern geortet worden.": the Konjunktiv I reports on its own. Its speaker is the
        // subject of the sentence before ("Lammert würdigte die Bundeswehr. Sie sei eine Armee des Friedens.").
        const mood = moodAt(s.tokens, this.vocab.reportedMood, this.vocab);
        if (mood >= 0) {
          // "Vertreter der Verbände erwarten keine Entscheidung, weil das Parlament keinen Antrag gestellt habe": a main clause before it speaks.
          const own = mainClauseSpeaker(s.tokens, this.vocab, s.reader);
          const main = own ? this.party(s.tokens, own) : s.tokens.slice(0, mood).some((t) => t.text === ",") ? this.subjectOf(i) : null;
          last = { kind: "indirect", span: spanOf(s.tokens, { from: 0, to: statementEnd(s.tokens) }), speaker: main ?? this.subjectOf(i - 1), cue: null, intermediaries: [] };
          this.statements.push(last);
          lastIndex = i;
        }
        continue;
      }
      const previous: Statement = near;
      if (moodAt(s.tokens, this.vocab.subjunctive, this.vocab) < 0) continue;
      // "Die Staatsanwaltschaft gibt an, Spector werde belastet": a main clause of its own names the new speaker.
      const subject = mainClauseSpeaker(s.tokens, this.vocab, s.reader);
      const main = subject && this.party(s.tokens, subject);
      const speaker = main ?? previous.speaker;
      if (own) own.speaker = speaker;
      const span = spanOf(s.tokens, { from: 0, to: statementEnd(s.tokens) });
      if (previous.kind === "indirect" && !previous.cue && this.input.text.slice(previous.span.end, span.start).trim().length <= 1) {
        previous.span = { start: previous.span.start, end: span.end };
      } else {
        last = { kind: "indirect", span, speaker, cue: null, intermediaries: main ? [] : previous.intermediaries };
        this.statements.push(last);
      }
      lastIndex = i;
    }
  }

  /** A quotation covering less than half of its sentence. */
  private partOf(quote: Span, sentence: Span): boolean {
    return (quote.end - quote.start) * 2 < sentence.end - sentence.start;
  }

  /** A cue that framed no direct quote, or one whose clause goes on beyond it as indirect speech. */
  private carriesIndirect(s: SentenceReading, cue: CueReading): boolean {
    if (!this.used.has(cue) || this.partial.has(cue)) return true;
    return cue.content !== null && (!this.closing.has(cue) || this.marked(s, cue.content) || this.quotesInClause(cue));
  }

  /**
   * "Democrats had “put the biggest crack” yet in the ceiling, she said": where quotations are parts of statements,
   * the clause before a cue that closes a quotation is the statement when it has words of its own (indirect() skips one
   * that opens with the quotation or is mostly quoted).
   */
  private quotesInClause(cue: CueReading): boolean {
    return this.vocab.joinedQuotationEnding !== null && cue.content !== null && cue.content.to <= cue.first;
  }

  /** "Hillary Clinton cracked, “…”", "He said Cruz “has courage …”": the subject of the clause around a quotation, if it is a named person, a personal pronoun or a role. */
  private personSubject(s: SentenceReading, before: number, unnamedRoles = false): Party | null {
    const subject = s.reader.clauseSubject(before);
    if (!subject) return null;
    const pronoun = subject.to - subject.from === 1 && this.vocab.personalPronoun(s.tokens[subject.from]!.text);
    if (pronoun || s.reader.isName(subject)) return this.party(s.tokens, subject);
    // An unnamed role or office ("His office put out a statement saying …") speaks in the quotation's own clause; in the
    // sentence before it is a topic as often as a source, and speaks only with its holder's name ("Senator Jane Doe").
    const party = hasSpeakerNoun(s.tokens, subject, this.vocab) ? this.party(s.tokens, subject) : null;
    return party && (unnamedRoles || party.type === "person") ? party : null;
  }

  /** "Howard continued his remarks. “Eight years ago …”": a quotation opening its sentence speaks for the person the sentence before is about. */
  private narratorBefore(q: Span): Party | null {
    const index = sentenceIndex(this.input.sentences, q.start);
    const sentence = this.input.sentences[index];
    if (!sentence || this.input.text.slice(sentence.start, q.start).trim() !== "") return null;
    const before = index > 0 ? this.at(index - 1) : undefined;
    if (!before || !this.continues(this.input.sentences[index - 1]!, q)) return null;
    return this.personSubject(before, before.tokens.length);
  }

  /** Indirect speech marked as such: by the Konjunktiv where the language marks it, else by "that". */
  private marked(s: SentenceReading, content: Phrase): boolean {
    return this.vocab.marksIndirectSpeech || this.vocab.complementizer(s.tokens[content.from]!.text);
  }

  /** A sentence opener like "Demnach" or a Konjunktiv I form (or any form of `mood`), tested on the text. */
  private mayReportAlone(sentence: Span, mood = this.vocab.reportedMoodIn): boolean {
    const text = this.slice(sentence);
    const opener = /^[\p{L}]+/u.exec(text)?.[0];
    return (opener !== undefined && this.vocab.backReference(opener)) || rareMatches(mood, text).length > 0;
  }

  /** The noun phrase opening a sentence, if it is a name or has an article or a speaker noun: "Das Bundeskartellamt hat … vorgelegt." */
  private subjectOf(index: number): Party | null {
    const s = index >= 0 ? this.at(index) : undefined;
    const phrase = s?.reader.forward(0);
    if (!s) return null;
    if (!phrase || s.reader.isOpeningAdverb(phrase)) {
      // "Hier sparte der Bundespräsident nicht mit Kritik": a fronted adverbial, the verb, then the subject.
      const after = this.vocab.marksIndirectSpeech ? subjectAfterFrontedAdverbial(s.tokens, this.vocab, s.reader) : null;
      return after && this.party(s.tokens, after);
    }
    const inverted = this.invertedPronoun(s.tokens, phrase);
    if (inverted) return this.party(s.tokens, inverted);
    const first = s.tokens[phrase.from]!.text;
    if (this.vocab.indefinite(first)) return null;
    const subject = s.reader.isName(phrase) || this.vocab.determiner(first) || hasSpeakerNoun(s.tokens, phrase, this.vocab);
    return subject ? this.party(s.tokens, phrase) : null;
  }

  /** "Ursprünglich wollte er „…“", "Das Angebot lehnt er ab: „…“": a fronted phrase, the verb, then the subject pronoun. */
  private invertedPronoun(tokens: Token[], fronted: Phrase): Phrase | null {
    const at = fronted.to + 1;
    const verb = tokens[fronted.to];
    if (!this.vocab.marksIndirectSpeech || !verb?.word || /^\p{Lu}/u.test(verb.text) || !tokens[at]) return null;
    return this.vocab.subjectPronoun(tokens[at]!.text) ? { from: at, to: at + 1 } : null;
  }

  /** The subject opening a sentence if it can be a source: a role or speaker noun, an outlet or institution, or a name of two words or more. */
  private sourceSubjectOf(index: number): Party | null {
    const subject = this.subjectOf(index);
    const s = subject && this.at(index);
    const phrase = s && s.reader.forward(0);
    if (!subject || !s || !phrase) return null;
    return subject.type !== "person" || hasSpeakerNoun(s.tokens, phrase, this.vocab) || (phrase.to - phrase.from > 1 && s.reader.isName(phrase)) ? subject : null;
  }

  /**
   * "Nach Auffassung des Fraktionschefs sei es „völlig untragbar“": a quotation with no cue of its own inside a reported
   * statement, free indirect speech included, is its source's ("Der Jet sei „weit hinter der Zone“ aufgesetzt": not the jet's).
   */
  private quotedInReported(): void {
    const reported = this.statements.filter((s) => s.kind !== "direct" && s.speaker).sort((a, b) => a.span.start - b.span.start);
    if (!reported.length) return;
    for (const q of this.statements) {
      if (q.kind !== "direct" || q.cue) continue;
      const outer = reported[firstAtOrAfter(reported, q.span.start + 1, (s) => s.span.start) - 1];
      if (!outer || outer.span.end < q.span.end) continue;
      q.speaker = outer.speaker;
      q.cue = outer.cue;
      q.intermediaries = outer.intermediaries;
    }
  }

  /**
   * Indirect speech is not a piece of a direct quotation cut off by a sentence break. Where quotations are parts
   * of statements, one weaving two or more quotations into its own words is indirect speech however much is
   * quoted ("argued that being American “is an idea” and that “no group owns it”").
   */
  private mostlyQuoted(span: Span): boolean {
    const { quotations } = this.input;
    let quoted = 0;
    let pieces = 0;
    for (let i = Math.max(0, firstAtOrAfter(quotations, span.start, (q) => q.start) - 1); i < quotations.length && quotations[i]!.start < span.end; i++) {
      const part = Math.max(0, Math.min(span.end, quotations[i]!.end) - Math.max(span.start, quotations[i]!.start));
      quoted += part;
      if (part) pieces++;
    }
    if (this.vocab.joinedQuotationEnding && pieces > 1) return false;
    // Where each quotation is a quote of its own (German news), indirect speech around a partial quote is a statement beside it.
    if (!this.vocab.joinedQuotationEnding) return quoted >= span.end - span.start;
    return quoted * 2 > span.end - span.start;
  }

  private intermediaries(tokens: Token[], reading: CueReading): Party[] {
    // "bat die Behörden, …": whom a request is made to passes nothing on.
    const addressee = reading.addressee && !this.vocab.request(tokens[reading.first]!.text) ? this.party(tokens, reading.addressee) : null;
    const reporters = reading.reporters.map((r) => this.party(tokens, r));
    return [...(addressee && INTERMEDIARIES.has(addressee.type) ? [addressee] : []), ...reporters];
  }

  /**
   * "four in 10 voters who said": the speaker as written is the relative pronoun, shown with its antecedent like a
   * resolved pronoun; the span runs from the antecedent to the pronoun.
   */
  private speakerOf(tokens: Token[], reading: CueReading): Party {
    const antecedent = this.party(tokens, reading.speaker!);
    if (reading.relative === null) return antecedent;
    const pronoun = tokens[reading.relative]!;
    return { ...referredAs(pronoun.text, antecedent), span: { start: antecedent.span.start, end: pronoun.end } };
  }

  private party(tokens: Token[], phrase: Phrase): Party {
    const span = spanOf(tokens, phrase);
    return { text: this.slice(span), span, type: speakerType(tokens, phrase, this.vocab, this.input.agencies), name: nameOf(tokens, phrase, this.vocab) };
  }

  private quoteBetween(tokens: Token[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (/^[„“”"»«]$/.test(tokens[i]!.text)) return true;
    return false;
  }

  /** Two quotations of one passage: the same or the next paragraph, nothing but a short gap between. */
  private adjacent(a: Span, b: Span): boolean {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    const { paragraphs } = this.input;
    const pa = firstAtOrAfter(paragraphs, first.start + 1, (p) => p.start);
    const pb = firstAtOrAfter(paragraphs, second.start + 1, (p) => p.start);
    return pb - pa <= 1 && second.start - first.end < 200 && words(this.input.text.slice(first.end, second.start)) <= 3;
  }

  private sameParagraph(a: Span, b: Span): boolean {
    const paragraph = (at: number) => firstAtOrAfter(this.input.paragraphs, at + 1, (p) => p.start);
    return paragraph(a.start) === paragraph(b.start);
  }

  /** Same paragraph or the next, at most a few sentences apart, the later quotation opening its sentence. */
  private continues(before: Span, quote: Span): boolean {
    const { paragraphs, sentences, text } = this.input;
    const paragraph = (at: number) => firstAtOrAfter(paragraphs, at + 1, (p) => p.start);
    const sentence = this.input.sentences[sentenceIndex(sentences, quote.start)];
    const opens = !sentence || text.slice(sentence.start, quote.start).trim() === "";
    return opens && paragraph(quote.start) - paragraph(before.start) <= 1 && quote.start - before.end < 400;
  }

  private facts(): AttributionFacts {
    const quotes: Quote[] = [];
    const attributions: Attribution[] = [];
    // Named persons who spoke so far; the last is the nearest.
    const persons: Party[] = [];
    let previous: Statement | null = null;
    for (const s of this.statements) {
      // A quotation that opens its sentence right after an attributed statement continues it.
      if (!s.speaker && s.kind === "direct" && previous?.speaker && this.continues(previous.span, s.span)) s.speaker = previous.speaker;
      else if (!s.speaker && s.kind === "direct") s.speaker = this.narratorBefore(s.span);
      let speaker = s.speaker;
      const lastNamed = persons.at(-1) ?? null;
      const other = speaker && this.isCounterpart(speaker) ? this.counterpart(s.span.start, persons) : null;
      const holder = speaker?.type === "anonymous" ? persons.findLast((p) => refersTo(speaker!, p, this.vocab)) : undefined;
      if (speaker && other) {
        // "sein Gesprächspartner": the other party of the meeting, not the possessor.
        speaker = { ...speaker, type: "person", name: other, text: `${speaker.text} (${other})` };
      } else if (speaker && (this.vocab.personalPronoun(speaker.text) || this.ownStatement(speaker))) {
        // "sagte er", "nach seinen Angaben": the named subject opening the sentence before, else the nearest named speaker.
        const salient = this.namedSubjectBefore(speaker.span.start) ?? lastNamed;
        if (salient) speaker = { ...speaker, name: salient.name, text: `${speaker.text} (${salient.name})` };
      } else if (speaker && holder) {
        // "der Kreml-Sprecher" after "Kreml-Sprecher Dmitri Peskow" is Peskow again, not an unnamed source, whoever spoke in between.
        speaker = { ...speaker, type: "person", name: holder.name };
      } else if (speaker?.type === "person" && !this.vocab.pronoun(speaker.text) && !this.possessed(speaker)) {
        persons.push(speaker);
      }
      if (s.speaker) previous = s;
      quotes.push({
        kind: s.kind,
        span: s.span,
        text: this.slice(s.span),
        speaker: speaker?.text ?? null,
        speakerSpan: speaker?.span ?? null,
        speakerType: speaker?.type ?? null,
        cue: s.cue?.text ?? null,
        cueSpan: s.cue?.span ?? null,
      });
      if (speaker) {
        const links: AttributionLink[] = [speaker, ...s.intermediaries].map((p) => ({ name: p.name, span: p.span, type: p.type }));
        attributions.push({ chain: links.map((l) => l.name), span: s.span, cue: s.cue?.text ?? null, links });
      }
    }
    return { quotes, attributions };
  }

  /** The subject opening the sentence before, when it is a person's name: the most salient antecedent of a pronoun. */
  private namedSubjectBefore(position: number): Party | null {
    const index = sentenceIndex(this.input.sentences, position);
    const s = index > 0 ? this.at(index - 1) : undefined;
    const phrase = s?.reader.forward(0);
    if (!s || !phrase || phrase.to - phrase.from < 2 || !s.reader.isName(phrase) || !s.tokens[phrase.to]?.word) return null;
    const party = this.party(s.tokens, phrase);
    return party.type === "person" ? party : null;
  }

  /** "Ihre Warnung", "seine Bereitschaft": something a person has, which a later pronoun does not stand for. */
  private possessed(speaker: Party): boolean {
    return this.vocab.possessive(speaker.text.split(/\s+/)[0]!);
  }

  /** "seinen Angaben", "her words": a possessive and one noun, typed a person by what it says (see speakerType). */
  private ownStatement(speaker: Party): boolean {
    return speaker.type === "person" && this.possessed(speaker) && speaker.text.split(/\s+/).length === 2;
  }

  /** "sein Gesprächspartner", "his counterpart": a possessive before a relational role. */
  private isCounterpart(speaker: Party): boolean {
    const words = speaker.text.split(/\s+/);
    return words.length >= 2 && this.vocab.possessive(words[0]!) && this.vocab.relational(words[words.length - 1]!);
  }

  /**
   * The other party: the latest person before `position` named with a relational role
   * ("seines US-Amtskollegen Donald Trump"), else the latest named speaker, who is not the possessor
   * (the person who spoke last).
   */
  private counterpart(position: number, persons: readonly Party[]): string | null {
    const possessor = persons.at(-1) ?? null;
    const isPossessor = (name: string) => possessor !== null && name.split(/\s+/).some((w) => possessor.text.includes(w));
    this.mentions ??= [...this.input.text.matchAll(this.vocab.relationalMentions ?? /(?!)/g)].map((m) => ({ at: m.index, name: m[1]! }));
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const { at, name } = this.mentions[i]!;
      if (at < position && !isPossessor(name)) return name;
    }
    for (let i = persons.length - 1; i >= 0; i--) if (!isPossessor(persons[i]!.name)) return persons[i]!.name;
    return null;
  }

  private slice(span: Span): string {
    return this.input.text.slice(span.start, span.end);
  }
}

/** "who (four in 10 voters)", "Demnach (die NATO)": a word that refers to a speaker, shown with the speaker it refers to. */
function referredAs(word: string, referent: Party): Party {
  return { ...referent, text: `${word} (${referent.text})` };
}

/** "der Kremlsprecher" after "Kremlsprecher Dmitri Peskow": a definite role phrase whose words the named speaker's phrase has. */
function refersTo(role: Party, named: Party, vocab: AttributionVocabulary): boolean {
  const [article, ...rest] = role.text.split(/\s+/);
  return !!article && vocab.definite(article) && rest.length > 0 && rest.every((w) => named.text.includes(w)) && named.text !== role.text;
}

/** "…, so die Studie." / „…“, so Putin.: "so" after a comma, its speaker ending the sentence, speaks what comes before. */
function afterClause(tokens: readonly Token[], so: number, reader: PhraseReader, vocab: AttributionVocabulary): CueReading | null {
  if (!SET_OFF.has(tokens[so - 1]?.text ?? "")) return null;
  const speaker = reader.forward(so + 1);
  if (!speaker) return null;
  const end = statementEnd(tokens);
  // "Sein Rivale, so Obama weiter, würde …", "Der Sänger ruft dazu auf – so der Vorwurf –, …": set off inside the statement, it interrupts it.
  let after = speaker.to;
  while (after < end && vocab.adverb(tokens[after]!.text)) after++;
  if (SET_OFF.has(tokens[after]?.text ?? "") && end - after > 2 && so - 1 >= 2) return { first: so, last: so, speaker, relative: null, addressee: null, reporters: [], content: { from: 0, to: end } };
  if (tokens[so - 1]!.text !== ",") return null;
  // The speaker and its attributes close the sentence: "so das Ergebnis einer Studie der Stiftung Warentest."
  if (end - so > MAX_AFTER_CLAUSE) return null;
  const content = so - 1 >= 2 && tokens[so - 2]!.word ? { from: 0, to: so - 1 } : null;
  return { first: so, last: so, speaker, relative: null, addressee: null, reporters: [], content };
}

/** English "the claim", "his hope", "Clinton's hope": a cue word after the article or a possessive is a noun. */
function isNoun(tokens: readonly Token[], cue: number, vocab: AttributionVocabulary): boolean {
  const before = tokens[cue - 1]?.text ?? "";
  if (vocab.marksIndirectSpeech || !before) return false;
  return vocab.definite(before) || vocab.possessive(before) || (/['’]s$/u.test(before) && !vocab.pronoun(before.slice(0, -2)));
}

function spanOf(tokens: readonly Token[], p: Phrase): Span {
  return { start: tokens[p.from]!.start, end: tokens[p.to - 1]!.end };
}

function sentenceIndex(sentences: readonly Span[], position: number): number {
  return firstAtOrAfter(sentences, position + 1, (s) => s.start) - 1;
}

function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
