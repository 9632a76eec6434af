// Direct quotes: the quotations that are statements, their cues before, after or around them, and their speakers.
import { announcingCue, verbWithReflexive } from "./announcing-verb.js";
import { containing, firstAtOrAfter } from "../spans.js";
import type { Span } from "../types.js";
import { opensPredicate } from "./clause.js";
import { joinsClauses, openingParticipleComma, QUOTE_MARKS, statementEnd, type CueReading } from "./cues.js";
import { openingOfQuotation } from "./bracket.js";
import { DASHES, isLowercase, type Phrase, type Token } from "./phrases.js";
import { sentenceIndex, spanOf, type SentenceReading, type Statement } from "./reader-state.js";
import { SentenceCueReader } from "./sentence-cues.js";
import { pronounAfterVerb, subjectAfterFrontedObject, subjectAfterQuotation } from "./verb-second.js";
import { readOpeningClause } from "./opening.js";
import { namedByNoun, namedByOwner, spokenOf } from "./quoted-title.js";
import { opensWithLabel } from "./transcript.js";

/** A quotation this short with no speaker is a term in quotation marks, not a statement. */
export const MIN_STATEMENT_WORDS = 4;
/** The fewest words of a German quotation nobody is said to speak that indirect speech around it holds as a quote. */
const MIN_HELD_WORDS = 2;
/** An English quotation inside a sentence, of fewer words, that no cue frames is a term, a title or a scare quote (`unframed`). */
const MIN_UNFRAMED_WORDS = 6;
/** A German quotation of at least this many words with no verb is a title or a name (shorter ones: `quoted-name`). */
const MIN_TITLE_WORDS = 5;
/** The words of a quotation read as a title, and the marks that show it is a sentence. */
const TITLE_WORDS = /[\p{L}\p{N}][\p{L}\p{N}-]*|[.!?,;:]/gu;
/** A sentence after a quotation that is only its attribution ("“…” the mayor said on Monday.") is this short. */
const MAX_ATTRIBUTION_SENTENCE = 8;
/** An English quotation of at most this many words and no pause, that no cue frames, is a term ("“supermax” prison"). */
const MAX_TERM_WORDS = 2;
/** A word right after a quotation (over a comma) and the capitalised name after it. */
const BY_AUTHOR = /^,?[^\S\n]*(\p{Ll}+)[^\S\n]+\p{Lu}/u;
/** Before a quotation continuing the one before: nothing, or one word and a pause ("Instead, “…”", "But “…”"). */
const CONNECTIVE_AT_MOST = /^\s*(?:\p{L}+,?\s*)?$/u;
/** A quotation closed by its mark. */
const CLOSED = /[”"’'»“]$/u;
/** What lies between a quotation closing its paragraph and the next paragraph: a line break and spaces only. */
const PARAGRAPH_BREAK = /^[^\S\n]*\n\s*$/;
/** A quotation standing alone as a paragraph with at most this many words is a subhead or a pull quote. */
const MAX_PULL_QUOTE_WORDS = 6;
/** "reads", "affirms": a verb's present form in a phrase before a colon (not "-ss": "address"). */
const PRESENT_FORM = /^\p{Ll}+[a-rt-z]s$/u;
/** A quotation with at least this share of capitalised words is a title or a name. */
const TITLE_CAPITALS = 0.75;
/** A quotation's words opening on a capital or a number: "Preis der Reichsbank", "2. Deutschen Klimakongress". */
const CAPITAL_OR_NUMBER_FIRST = /^[\p{Lu}\p{N}]/u;
/** A hyphen and a letter right after a quotation's closing mark: "„Jamaika“-Koalition". */
const HYPHENED_AFTER = /^-\p{L}/u;

/** A quotation ending in a pause inside its marks: "…,” / "…?" / „…!“. */
const PAUSE_AT_END = /[.,;:?!…—–-][^\p{L}\p{N}]*$/u;
/** Quotation marks and pauses around a quotation's words; a closing full stop, question or exclamation mark stays: it makes a sentence, not a name. */
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.!?]+$/gu;

export class DirectQuoteReader extends SentenceCueReader {
  protected readDirectQuotes(): void {
    const { quotations, sentences } = this.input;
    const direct: Statement[] = [];
    const sources = this.statements.flatMap((st) => (st.speaker ? [st.speaker.span] : [])).sort((a, b) => a.start - b.start);
    // A headline's quotation after its speaker's name and colon is read already (headlineStatement).
    const quoted = new Set(this.statements.flatMap((st) => (st.kind === "direct" ? [`${st.span.start}:${st.span.end}`] : [])));
    for (const q of quotations) {
      if (quoted.has(`${q.start}:${q.end}`)) continue;
      const atEnd = this.at(sentenceIndex(sentences, q.end - 1));
      const atStart = this.at(sentenceIndex(sentences, q.start));
      // "sagte der „Berliner Zeitung“": a quoted name inside a speaker or outlet phrase is no quote.
      if (atStart && this.insidePhrase(atStart, q)) continue;
      // "laut „tagesschau.de“": the quoted name of a reported statement's source is no quote.
      if (containing(sources, q)) continue;
      // "<tweet author="@WKRN" datetime="2019-03-14">": the value of a markup attribute is no quote.
      if (this.input.text[q.start - 1] === "=") continue;
      // "eine „Jamaika“-Koalition": a quotation joined by a hyphen to the word after it is part of a compound word.
      if (HYPHENED_AFTER.test(this.input.text.slice(q.end, q.end + 2))) continue;
      // A name or a title closes no quotation a cue after it would report: "Rubio, who appeared on “Face the Nation,” said it
      // was bitter" says the clause after "said".
      if (atStart && (namedByNoun(atStart.tokens, q, this.input.text, this.vocab) || namedByOwner(atStart.tokens, q, this.input.text, this.vocab))) continue;
      const statement: Statement = { kind: "direct", span: q, speaker: null, cue: null, intermediaries: [] };
      const after = atEnd && (this.cueAfter(atEnd, q) ?? this.cueOpeningNext(sentenceIndex(sentences, q.end - 1), q));
      if (after) this.closing.add(after.reading);
      if (after && after.sentence === atStart) statement.span = this.clauseBeforePartialQuote(after.sentence, q);
      const framing = after ?? (atStart && this.cueBefore(atStart, q));
      // „Das war knapp“, erinnerte sich der Trainer: a verb and its subject after the comma frame it too.
      const said = framing || this.verbAfterQuotation(atStart, q) || (atStart && this.afterSlogan(atStart, q));
      // "berichtete die „Bild“", "das Buch „Silberwald – die wahre Chronik“": a name in quotation marks says nothing.
      const inner = this.slice(q).replace(EDGE_MARKS, "");
      // "auf „montagsdemo.net“": a name the language writes in lowercase is a name too.
      if (!said && (this.vocab.quotedName.test(inner) || this.vocab.lowercaseName(inner))) {
        // A name is definite: after an indefinite article it may describe, kept where indirect speech holds it (quotedInReported).
        if (!this.describes(q)) continue;
        this.onlyInIndirect.add(statement);
      }
      if (!said && this.vocab.marksIndirectSpeech && this.nounPhrase(q) && !spokenOf(this.input.text, q, this.vocab)) continue;
      if (!said && this.byAuthor(q)) continue;
      // "on the podcast “The Long Table” out Friday, Ortega said …": a title near a cue is named, not said.
      // 'said the ruling was “a mistake. It will not stand.”': a partial quote running past its sentence has its cue where it opens.
      const near = framing || this.titleLike(q) || this.term(q) ? null : (atEnd && this.cueNear(atEnd, q)) || (atStart && atStart !== atEnd && this.cueNear(atStart, q));
      if (near && this.vocab.marksIndirectSpeech) this.partial.add(near.reading);
      if (!said && !near && this.namedAfterArticle(atStart, q)) continue;
      const cue = framing ?? near;
      if (cue) this.attribute(statement, cue.sentence, cue.reading);
      else if (atStart) this.colonSpeaker(statement, atStart, q, sentenceIndex(sentences, q.start));
      if (!statement.speaker) this.creditLine(statement, sentenceIndex(sentences, q.end - 1));
      direct.push(statement);
    }
    this.joinParagraphs(direct);
    // A quotation that runs on over sentences or paragraphs keeps its speaker.
    for (let i = 0; i < direct.length; i++) {
      const s = direct[i]!;
      if (s.speaker) continue;
      const neighbour = [direct[i - 1], direct[i + 1]].find((n) => n?.speaker && this.adjacent(n.span, s.span));
      if (neighbour) s.speaker = neighbour.speaker;
    }
    for (const s of this.joined(direct)) {
      if (this.unframed(s) || this.pullQuote(s) || !(s.speaker || this.inClause.has(s) || this.statementLike(s.span) || this.heldByIndirect(s))) continue;
      this.goOnUnquoted(s);
      this.statements.push(s);
    }
  }

  /**
   * '“Only you, Dana,” she said, would use such a plan.': a quotation ending unfinished (`joined-quotation-endings`)
   * whose attribution a comma and a verb follow goes on unquoted to its sentence's end; the whole is one statement of
   * its speaker's own words and the quotation, like an attribution set off by commas ("The plan, she said, would fail").
   */
  private goOnUnquoted(s: Statement): void {
    const ending = this.vocab.joinedQuotationEnding;
    if (!ending || !s.cue || s.cue.span.start < s.span.end || !ending.test(this.slice(s.span))) return;
    const attribution = Math.max(s.cue.span.end, s.speaker && s.speaker.span.start > s.cue.span.start ? s.speaker.span.end : 0);
    const { tokens } = this.at(sentenceIndex(this.input.sentences, s.cue.span.start))!;
    const comma = firstAtOrAfter(tokens, attribution, (t) => t.start);
    const end = statementEnd(tokens);
    if (tokens[comma]?.text !== "," || !opensPredicate(tokens[comma + 1], this.vocab) || tokens.slice(comma + 1, end).some((t) => QUOTE_MARKS.test(t.text))) return;
    s.span = { start: s.span.start, end: tokens[end - 1]!.end };
    s.kind = "indirect";
  }

  /**
   * "Hier seien die Mittel „völlig unrealistisch“": in German a quotation of two or three words nobody is said to speak is a
   * quote where indirect speech holds it, free indirect speech included (quotedInReported gives it that speaker), beside the
   * statement around it, as annotated; a single word stays a term ("seien „randvoll“").
   */
  private heldByIndirect(s: Statement): boolean {
    if (!this.vocab.marksIndirectSpeech || words(this.slice(s.span)) < MIN_HELD_WORDS) return false;
    this.onlyInIndirect.add(s);
    return true;
  }

  /**
   * '"We waited long enough.¶"Now we act," said Jane Doe.': a quotation running on into the next paragraph leaves the
   * paragraph open and reopens with a mark; the paragraphs are one quotation, with the cue and speaker of any of them.
   */
  private joinParagraphs(direct: Statement[]): void {
    for (let i = direct.length - 2; i >= 0; i--) {
      const [first, next] = [direct[i]!, direct[i + 1]!];
      if (CLOSED.test(this.slice(first.span)) || !PARAGRAPH_BREAK.test(this.input.text.slice(first.span.end, next.span.start))) continue;
      // '"WALLACE: Will she be there?¶"PENCE: She will not."': a transcript quoted over paragraphs changes speaker at each label.
      if (opensWithLabel(this.input.text, next.span.start + 1)) continue;
      // '"We waited," Doe said. "Long enough.¶"Now we act," Roe answered.': each paragraph with a cue of its own is a statement.
      if (ownCues(first, next)) continue;
      const framed = first.cue ? first : next.cue ? next : first.speaker ? first : next;
      direct.splice(i, 2, { ...framed, span: { start: first.span.start, end: next.span.end } });
    }
  }

  /**
   * "¶“A really tough decision.”¶": a short quotation that is a paragraph of its own, no cue beside it, is a subhead or a
   * pull quote set between paragraphs, not a statement (whoever spoke the paragraphs around it).
   */
  private pullQuote(s: Statement): boolean {
    // A paragraph left open ("“We waited.¶“Now we act,” …") is a quotation running on, not one of its own.
    if (s.cue || words(this.slice(s.span)) > MAX_PULL_QUOTE_WORDS || !CLOSED.test(this.slice(s.span))) return false;
    const { text } = this.input;
    return /(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, s.span.start - 20), s.span.start)) && /^[.\s]*?(?:\n|$)/.test(text.slice(s.span.end, s.span.end + 20));
  }

  /**
   * "“We won,” he said. “Now we govern.”": where the pack's convention joins them, a quotation that
   * ends unfinished (`joined-quotation-endings`) and its attribution run on into the quotation right after.
   */
  private joined(direct: Statement[]): Statement[] {
    const ending = this.vocab.joinedQuotationEnding;
    if (!ending) return direct;
    const out: Statement[] = [];
    // The last statement while it still waits for its continuation: what it ended with, and its cue.
    let open: Span | null = null;
    for (const s of direct) {
      const last = out[out.length - 1];
      const cue = last?.cue?.span;
      const sameCue = !!cue && s.cue?.span.start === cue.start;
      // The continuation opens at latest the sentence after the attribution; a quoted name inside the attribution ("on WKRN’s “Capitol Week”") keeps waiting.
      // "…, “We will win this race in the fall,” adding, “…”": a participle right before a quotation introduces it, a
      // statement of its own after one long enough to be a statement too (a term stays with it: "a “breach,” adding, “…”").
      const participle = sameCue && this.vocab.participle(this.slice(cue).split(/\s/)[0]);
      const introduces = participle && words(this.slice(last.span)) >= MIN_UNFRAMED_WORDS && /^[\s,:]*$/.test(this.input.text.slice(cue.end, s.span.start));
      const joins = !!last && !!cue && open !== null && (sameCue || !s.cue) && !introduces && cue.start >= open.end && s.span.start >= cue.end && (this.sameParagraph(last.span, s.span) || this.continuesNextParagraph(last.span, s)) && this.continuesAfter(cue, s.span) && !this.cueBetween(cue.end, s.span.start);
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
   * '“That's false,” Lee told reporters, adding that the president had “full confidence” in his team': a quotation after
   * another cue in the attribution's sentence is part of that cue's statement, no continuation (one opening the sentence
   * after is: '“…,” Lee said, referring to the vote. “…”').
   */
  private cueBetween(from: number, to: number): boolean {
    const index = sentenceIndex(this.input.sentences, from);
    const reading = this.at(index);
    if (!reading || to >= this.input.sentences[index]!.end) return false;
    return reading.cues.some((r) => from <= reading.tokens[r.first]!.start && reading.tokens[r.first]!.start < to);
  }

  /**
   * The continuation of a quotation stands in the attribution's sentence or opens the sentence after it, a connective at
   * most before it ('… said Lee. Instead, “we wait.”'): in '“It allows us to meet,” said Lee. Banking has “produced
   * nothing of value.”' the second quotation is part of the narrator's sentence.
   */
  private continuesAfter(cue: Span, quote: Span): boolean {
    const { sentences } = this.input;
    const at = sentenceIndex(sentences, quote.start);
    const attribution = sentenceIndex(sentences, cue.end - 1);
    return at === attribution || (at === attribution + 1 && CONNECTIVE_AT_MOST.test(this.input.text.slice(sentences[at]!.start, quote.start)));
  }

  /**
   * A quotation nobody is said to speak is a statement when it is long enough and no title
   * ("“The Evening Hour With Paul Brenner”", most words capitalised).
   */
  private statementLike(span: Span): boolean {
    return (words(this.slice(span)) >= MIN_STATEMENT_WORDS || this.sentenceOfItsOwn(span)) && !this.titleLike(span);
  }

  /**
   * "Healey smiled. “Stay tuned.”": a quotation that is a whole sentence, closed by its own full stop or exclamation mark,
   * is said however short (a short question may be the writer's: "“Is this fair?” Jane Ortiz said …").
   */
  private sentenceOfItsOwn(span: Span): boolean {
    const sentence = this.input.sentences[sentenceIndex(this.input.sentences, span.start)];
    const around = sentence ? this.input.text.slice(sentence.start, sentence.end) : "";
    return !!sentence && /[.!…]\s*[”"“»«']+\s*$/u.test(this.slice(span)) && around.trim() === this.slice(span).trim();
  }

  /**
   * "a state “megaplex” arena", "the league's ''superfans'' have demanded": where quotations join the statements
   * around them, one or two words with no pause inside the marks, that no cue frames, are a term, not a partial quote.
   */
  protected term(q: Span): boolean {
    return !!this.vocab.joinedQuotationEnding && words(this.slice(q)) <= MAX_TERM_WORDS && !PAUSE_AT_END.test(this.slice(q));
  }

  /**
   * "acting as “the landlord and the bailiff”", "made CNBC's ''Secret Lives of the Rich''": where quotations join the statements
   * around them (English news), a short quotation inside a sentence that no cue frames is a term, a title or a scare
   * quote, even beside its speaker's quotations; one that opens its sentence goes on speaking ("“We won.” She smiled.").
   */
  private unframed(s: Statement): boolean {
    if (s.cue || !this.vocab.joinedQuotationEnding || words(this.slice(s.span)) >= MIN_UNFRAMED_WORDS) return false;
    const sentence = this.input.sentences[sentenceIndex(this.input.sentences, s.span.start)];
    return !!sentence && sentence.start < s.span.start;
  }

  /**
   * "Sie trugen Schilder mit der Aufschrift „Freiheit für alle“", "skandierten Parolen wie „Weg mit der Steuer“": a quotation
   * right after a slogan noun (`slogan-nouns`), "wie" between or not, gives words shouted or written, however short or
   * noun-like; the sentence's subject bears them (colonSpeaker).
   */
  private afterSlogan(s: SentenceReading, q: Span): boolean {
    const mark = firstAtOrAfter(s.tokens, q.start, (t) => t.start);
    const noun = s.tokens[mark - 1]?.text === "wie" ? s.tokens[mark - 2] : s.tokens[mark - 1];
    return !!noun && this.vocab.sloganNoun(noun);
  }

  /** An indefinite article right before the quotation: "ein „Opfer des Terrorismus“". */
  private describes(q: Span): boolean {
    const before = this.wordBefore(q);
    return !!before && this.vocab.describingArticle(before);
  }

  /**
   * "Im „VII Championnat du Monde“ siegte …", "Der „Preis der Reichsbank“ ging an …": in German a quotation opening on a
   * capital right after a definite article, bare or joined to its preposition, in a sentence with no cue, is a name the article
   * determines (English sets titles off so too, but a quotation read so there joins the quotations around it).
   */
  private namedAfterArticle(s: SentenceReading | null | undefined, q: Span): boolean {
    // "erklärt, sie wolle dem „Vorwurf des Täuschungsvorsatzes“ nachgehen", "dient laut dem Ministerium der „Verbesserung …“": in
    // a sentence with a cue, or in a statement read already, it may be the speaker's words.
    if (!s || s.cues.length > 0 || !this.vocab.marksIndirectSpeech || !CAPITAL_OR_NUMBER_FIRST.test(this.slice(q).replace(EDGE_MARKS, ""))) return false;
    if (this.statements.some((st) => st.span.start <= q.start && q.end <= st.span.end)) return false;
    const article = s.tokens[firstAtOrAfter(s.tokens, q.start, (t) => t.start) - 1];
    return this.vocab.definite(article) || this.vocab.articleContraction(article);
  }

  /** "“Broadway star leaves the show,” by Times’ Ann Lee": a quotation its author's name follows is the title of a piece. */
  private byAuthor(q: Span): boolean {
    const next = BY_AUTHOR.exec(this.input.text.slice(q.end, q.end + 40));
    return !!next && this.vocab.passiveAgent(next[1]!);
  }

  /** Most words capitalised: "“The Evening Hour With Paul Brenner”", "“The Long Table”". */
  private titleLike(span: Span): boolean {
    const all = this.slice(span).match(/[\p{L}\p{N}]+/gu) ?? [];
    return all.length > 0 && all.filter((w) => /^\p{Lu}/u.test(w)).length >= all.length * TITLE_CAPITALS;
  }

  /**
   * "„Wandernde Handwerker und die Verbreitung des Orgelbaus in Skandinavien“", "„Gesetz zur Stärkung ländlicher Versorgung
   * der Gemeinden“": a German quotation of nouns, function words and adjectives before nouns, no verb, is a title or a name.
   */
  private nounPhrase(q: Span): boolean {
    const all = this.slice(q).replace(EDGE_MARKS, "").match(TITLE_WORDS) ?? [];
    if (all.length < MIN_TITLE_WORDS || !/^\p{Lu}/u.test(all[0]!)) return false;
    const v = this.vocab;
    // An adjective stands before its noun; a verb before a noun may have the same ending ("Wir wollen Frieden").
    const adjective = (w: string, next = "") => v.adjective(w) && /^\p{Lu}/u.test(next) && !(v.modal(w) || v.auxiliary(w) || v.trailingAuxiliary(w) || v.cue(w));
    return all.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || v.determiner(w) || v.preposition(w) || v.documentPlace(w) || v.conjunction(w) || v.coordinator(w) || adjective(w, all[i + 1]));
  }

  private insidePhrase(s: SentenceReading, q: Span): boolean {
    const phrases = s.cues.flatMap((c) => [c.speaker, c.addressee, ...c.reporters]);
    return phrases.some((p) => p !== null && s.tokens[p.from]!.start <= q.start && q.end <= s.tokens[p.to - 1]!.end);
  }

  /** „…“, sagte Trump. / „…“, so Putin. / "…," Trump said. */
  private cueAfter(s: SentenceReading, q: Span): { sentence: SentenceReading; reading: CueReading } | null {
    let a = firstAtOrAfter(s.tokens, q.end, (t) => t.start);
    const comma = s.tokens[a]?.text === ",";
    if (comma) a++;
    // "called Trump a “blowhard,” and said …": a verb joined by a conjunction goes on with the clause's own subject; it closes no quotation.
    // "“…,” while 73 percent said the same": so does one set against the clause before it.
    if (joinsClauses(s.tokens[a], this.vocab)) return null;
    // "In an interview on “The Long Table” out Friday, Ortega said …": a quotation the cue closes ends in a pause, inside its marks or after them.
    if (!comma && !PAUSE_AT_END.test(this.slice(q))) return null;
    if (this.inOpeningQuestion(s, q)) return null;
    // "“…,” Ines Varga, a director at the Coastal Rights Council, said": a speaker right after a quotation that opens the sentence closes it, however long.
    const at = s.tokens.findIndex((t) => t.start >= q.start);
    const opens = at <= 0;
    // "Die Zeitung schrieb von einem „mutigen Abend“, die FAZ nannte …": in German a partial quote inside the clause of a
    // cue with a speaker before it (no comma or colon between them) is that cue's.
    if (this.vocab.marksIndirectSpeech && !opens && s.cues.some((c) => c.speaker && c.last < at && !s.tokens.slice(c.last + 1, at).some((t) => t.text === "," || t.text === ":"))) return null;
    // "blamed a “disturbed person,” not his religion, and said …": nor does one joined after a comma by a conjunction.
    const joinedBetween = (to: number) => s.tokens.slice(a, to).some((t, k) => t.text === "," && joinsClauses(s.tokens[a + k + 1], this.vocab));
    const reading = s.cues.find((c) => c.first >= a && (c.first <= a + 6 || (opens && c.speaker?.from === a)) && !this.quoteBetween(s.tokens, a, c.first) && !joinedBetween(c.first));
    if (reading && (opens || !this.participleWithStatement(s.tokens, a, reading))) return { sentence: s, reading };
    return null;
  }

  /**
   * "Asked whether the plan is “worth the cost,” most tenants said no": a quotation inside the question that opens the
   * sentence is the question's, not a quote of the cue after it or near it, which answers with a statement of its own.
   */
  private inOpeningQuestion(s: SentenceReading, q: Span): boolean {
    if (this.vocab.marksIndirectSpeech) return false;
    const i = firstAtOrAfter(s.tokens, q.start, (t) => t.start);
    return s.cues.some((c) => {
      const opening = c.first < i && readOpeningClause(s.tokens, c, this.vocab, s.reader);
      return !!opening && opening.content.from <= i && i < opening.content.to;
    });
  }

  /**
   * "The plan is “a bold first step,” the mayor said.": where quotations join the statements around them, a partial
   * quote that a cue after it closes, read on from a word of its own sentence with no cue before it, says the whole
   * clause: the statement opens with the sentence.
   */
  private clauseBeforePartialQuote(s: SentenceReading, q: Span): Span {
    const i = firstAtOrAfter(s.tokens, q.start, (t) => t.start);
    const quoteWithin = s.tokens[i - 1]?.word && !s.cues.some((c) => c.first < i) && !this.quoteBetween(s.tokens, 0, i);
    // "A host of “The Late Hour,” Kim said …": a title closing a phrase names, it says nothing.
    return this.vocab.joinedQuotationEnding && quoteWithin && !this.titleLike(q) ? { start: s.tokens[0]!.start, end: q.end } : q;
  }

  /**
   * "blamed it on a “faulty radio,” claiming she had …": a participle right after a quotation inside its sentence, with a
   * statement of its own after it, goes on with the clause before the quotation; it does not close the quotation.
   */
  private participleWithStatement(tokens: readonly Token[], a: number, reading: CueReading): boolean {
    const own = reading.content !== null && reading.content.from > reading.last && !QUOTE_MARKS.test(tokens[reading.content.from]!.text);
    return own && reading.first === a && this.vocab.participle(tokens[a]!);
  }

  /** "“Is that the whole plan?” Moreno said.": a quotation closing its sentence is attributed by a short sentence after it that is only its attribution. */
  private cueOpeningNext(index: number, q: Span): { sentence: SentenceReading; reading: CueReading } | null {
    const next = this.input.sentences[index + 1];
    // "“…”¶¶Others disagreed.": a sentence in a new paragraph is no attribution of the quotation before it.
    if (!this.vocab.joinedQuotationEnding || !next || !/^[^\S\n]*$/.test(this.input.text.slice(q.end, next.start))) return null;
    const s = this.at(index + 1);
    if (!s) return null;
    // "“Who do they think they are?” the mayor said as she left the hall.": a question or exclamation closing its quotation
    // ends no sentence of its own; a subject opening the next one right before its cue closes the quotation, however long.
    const asks = /[?!][^\p{L}\p{N}]*$/u.test(this.slice(q));
    const short = s.tokens.length <= MAX_ATTRIBUTION_SENTENCE;
    if ((!short && !asks) || s.tokens.at(-1)!.text === ":" || this.quoteBetween(s.tokens, 0, s.tokens.length)) return null;
    const opensWithSubject = (c: CueReading) => c.speaker!.from === 0 && c.speaker!.to === c.first;
    const attributes = (c: CueReading) => (asks ? (short || opensWithSubject(c)) && this.onlyCircumstance(s.tokens, c) : !c.content);
    const reading = s.cues.find((c) => c.speaker && attributes(c));
    return reading ? { sentence: s, reading } : null;
  }

  /**
   * "“Why not?” Lee said of the plan on Monday" / "… Lee said as she left" / "… Lee asked, looking pleased": what follows a
   * cue after a question or exclamation is its circumstance, opening on a preposition, a conjunction or a participle after
   * a comma, not a statement of its own.
   */
  private onlyCircumstance(tokens: readonly Token[], c: CueReading): boolean {
    if (!c.content) return true;
    const v = this.vocab;
    const opens = (t: Token | undefined) => !!t && (v.cuePreposition(t) || v.link(t) || v.placeLink(t) || v.circumstancePreposition(t) || v.conjunction(t));
    const participle = tokens[c.content.from - 1]?.text === "," && v.participle(tokens[c.content.from]!);
    return participle || opens(tokens[c.content.from]) || opens(tokens[c.content.from - 1]);
  }

  /**
   * "“We will win this state.”¶¶— Ann Lee, on the campaign trail.": a line of its own opening on a dash, right after a
   * quotation that closes its paragraph, credits the quotation to the name that opens it; the dash is the cue.
   */
  private creditLine(statement: Statement, index: number): void {
    const next = this.input.sentences[index + 1];
    if (!next || !PARAGRAPH_BREAK.test(this.input.text.slice(statement.span.end, next.start))) return;
    const s = this.at(index + 1);
    const dash = s?.tokens[0];
    if (!s || !dash || !DASHES.has(dash.text) || this.slice(next).includes("\n")) return;
    const name = s.reader.forward(1);
    if (!name || name.from !== 1 || !s.reader.isName(name) || ![",", "."].includes(s.tokens[name.to]?.text ?? ".")) return;
    statement.speaker = this.party(s.tokens, name);
    statement.cue = { text: dash.text, span: { start: dash.start, end: dash.end } };
  }

  /** sagte Trump: „…“ / He said, “…” */
  private cueBefore(s: SentenceReading, q: Span): { sentence: SentenceReading; reading: CueReading } | null {
    const b = firstAtOrAfter(s.tokens, q.start, (t) => t.start) - 1;
    if (![":", ","].includes(s.tokens[b]?.text ?? "")) return null;
    // "Asked whether he would take it, Kerr laughed: “…”": a cue whose statement ends before a clause of its own does not
    // announce the quotation after that clause's colon.
    const question = openingParticipleComma(s.tokens, this.vocab);
    const ends = (c: CueReading) => (c.first === 0 && question > c.last) || (!!c.content && c.content.to < b);
    const candidates = s.cues.filter((c) => c.last < b && !this.quoteBetween(s.tokens, c.last + 1, b) && !ends(c));
    const reading = candidates[candidates.length - 1];
    return reading ? { sentence: s, reading } : null;
  }

  /** A partial quote inside a sentence with a cue: 'bezeichnete die Gespräche als „konstruktiv“'. */
  private cueNear(s: SentenceReading, q: Span): { sentence: SentenceReading; reading: CueReading } | null {
    if (this.inOpeningQuestion(s, q)) return null;
    const inside = (c: CueReading) => s.tokens[c.first]!.start >= q.end || s.tokens[c.last]!.end <= q.start;
    const near = s.cues.filter((c) => inside(c) && c.speaker);
    // "“…,” Whitfield said, adding that Moreno is “…”": a participle before the quotation introduces it, not the cue it follows.
    // "Die Zeitung berichtete, der Bürgermeister habe gesagt, er sei „sehr zufrieden“": in German the nearest cue before it
    // does, a report inside a report included (tuned on the German train split: 2 more speakers right, none lost).
    // "Lee praised the crews and said “the work goes on.”": a cue joined by a conjunction whose clause opens on the
    // quotation, or on "that" and the quotation ("but said that “…”"), introduces it (not "what she calls “real reform”",
    // where the first cue's clause holds the naming).
    const before = near.filter((c) => s.tokens[c.last]!.end <= q.start);
    const opensOn = (c: CueReading) => {
      if (!c.content || !this.vocab.coordinator(s.tokens[c.first - 1])) return false;
      const from = this.vocab.complementizer(s.tokens[c.content.from]) ? c.content.from + 1 : c.content.from;
      return s.tokens[from]?.start === q.start;
    };
    // 'A juror, who declined to give her name, said the case was “overwhelming.”': otherwise the cue whose statement
    // holds the quotation frames it, not the first of the sentence.
    const holds = (c: CueReading) => !!c.content && s.tokens[c.content.from]!.start <= q.start && q.start < s.tokens[c.content.to - 1]!.end;
    const reading = before.findLast((c) => this.vocab.participle(s.tokens[c.first]!) || opensOn(c)) ?? (this.vocab.marksIndirectSpeech ? before[before.length - 1] : null) ?? near.find(holds) ?? near[0];
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
      else {
        const after = this.verbAfterQuotation(s, q);
        if (!after) return;
        statement.speaker = this.party(s.tokens, after.subject);
        const cue = verbWithReflexive(s.tokens, after.verb, this.vocab);
        statement.cue = { text: this.slice(cue), span: cue };
      }
      return;
    }
    const bare = s.reader.backward(b);
    // "Insbesondere bemängelte das Gericht: „…“": in German an opening adverb is no subject; the clause's subject follows its verb (subjectOf).
    const clause = bare && s.reader.startsClause(bare) ? null : s.reader.clauseSubject(b);
    const opening = clause && !(this.vocab.marksIndirectSpeech && s.reader.isOpeningAdverb(clause)) ? clause : null;
    const inverted = opening && (this.invertedPronoun(s.tokens, opening) ?? (this.vocab.marksIndirectSpeech ? pronounAfterVerb(s.tokens, opening.to, b, this.vocab) : null));
    // "Die Anwendung der Richtlinie stellte der Vorsitzende in Frage:": a fronted object, then the verb and its subject.
    const afterObject = opening && !inverted && this.vocab.marksIndirectSpeech ? subjectAfterFrontedObject(s.tokens, opening, this.vocab, s.reader) : null;
    const subject = inverted || afterObject || opening;
    // "…, veröffentlichte der Verfasser folgenden Kommentar dazu: „…“": in German a phrase read back to the clause's verb
    // holds the subject after it, first, and the object.
    const verbBefore = bare && this.vocab.marksIndirectSpeech && isLowercase(s.tokens[bare.from - 1]) && (this.vocab.preteriteShape(s.tokens[bare.from - 1]) || this.vocab.cue(s.tokens[bare.from - 1]));
    const afterVerb = !subject && verbBefore ? s.reader.forward(bare!.from) : null;
    const read = subject || afterVerb || (bare && s.reader.startsClause(bare) ? bare : null);
    // "Das Ministerium rechtfertigte den Angriff als „defensiver Natur“: „…“": a quoted predicative before the colon
    // describes, it does not speak; the clause's subject speaks.
    const phrase = read && !quotedPredicativeAt(s.tokens, read) ? read : null;
    if (!phrase) {
      // "Die Winzer der Gegend bleiben ganz ruhig: „…“": the subject of the clause announcing the quote speaks.
      statement.speaker = this.subjectOf(index);
      // In German its finite verb is the cue ("Hier sparte die Ministerin nicht mit Lob: „…“").
      // "Derzeit steht im Entwurf der Satz: „…“": the verb after an opening adverb announces the quote even where no subject speaks.
      const before = statement.speaker?.span ?? (clause && spanOf(s.tokens, clause));
      const cue = before && this.vocab.marksIndirectSpeech ? announcingCue(s.tokens, before, b, this.vocab) : null;
      if (cue) statement.cue = { text: this.slice(cue), span: cue };
      return;
    }
    // "The headline reads: “…”", "Trump went even further: “…”": a verb read into the bare phrase ends its
    // speaker; the verb and what follows it up to the colon are the cue.
    const inner = subject || this.vocab.marksIndirectSpeech ? -1 : this.verbInPhrase(s.tokens, phrase);
    if (inner > 0) {
      const cue = { start: s.tokens[inner]!.start, end: s.tokens[b - 1]!.end };
      statement.speaker = this.party(s.tokens, s.reader.backward(inner) ?? { from: phrase.from, to: inner });
      statement.cue = { text: this.slice(cue), span: cue };
      return;
    }
    statement.speaker = this.party(s.tokens, phrase);
    // German news marks the finite verb as the cue, never the colon or a word after the subject that is no verb.
    if (this.vocab.marksIndirectSpeech) {
      const cue = announcingCue(s.tokens, statement.speaker.span, b, this.vocab);
      if (cue) statement.cue = { text: this.slice(cue), span: cue };
      return;
    }
    // The announcing verb right after the subject is the cue ("released"), else the colon.
    const verb = inverted ? inverted.from - 1 : subject && s.tokens[subject.to]?.word ? subject.to : b;
    statement.cue = { text: s.tokens[verb]!.text, span: { start: s.tokens[verb]!.start, end: s.tokens[verb]!.end } };
    this.quotedThrough(statement, s.tokens, verb);
  }

  /**
   * The first cue verb or past form after the phrase's opening word, else its first lowercase "-s" form ("affirms");
   * a plural noun before a past form is none ("the first questioners ranged from …").
   */
  private verbInPhrase(tokens: Token[], phrase: Phrase): number {
    const after = tokens.slice(phrase.from + 1, phrase.to);
    const past = after.findIndex((t) => this.vocab.cue(t) || this.vocab.pastForm(t));
    const present = after.findIndex((t) => PRESENT_FORM.test(t.text));
    const i = past >= 0 ? past : present;
    return i < 0 ? -1 : phrase.from + 1 + i;
  }

  /**
   * „…“, zeigte sich Trainer Rajevac zufrieden: in German a quotation opening its sentence, then a comma, a verb
   * and a named subject after it, is said by that subject whatever the verb, which is the cue.
   */
  private verbAfterQuotation(s: SentenceReading | null | undefined, q: Span): { verb: number; subject: Phrase } | null {
    if (!s || !this.vocab.marksIndirectSpeech || firstAtOrAfter(s.tokens, q.start, (t) => t.start) > 0) return null;
    const comma = firstAtOrAfter(s.tokens, q.end, (t) => t.start);
    const subject = subjectAfterQuotation(s.tokens, comma, this.vocab, s.reader);
    return subject && { verb: comma + 1, subject };
  }

  protected quoteBetween(tokens: Token[], from: number, to: number): boolean {
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
    return this.paragraphOf(a.start) === this.paragraphOf(b.start);
  }

  /**
   * "“We won,” Lee said.¶“Now we act.”": a quotation with no cue of its own (and no pull quote) that opens the paragraph
   * right after the one its attribution closes goes on with it.
   */
  private continuesNextParagraph(a: Span, s: Statement): boolean {
    if (s.cue || this.pullQuote(s)) return false;
    // The index after a position's paragraph is that of the paragraph after it.
    const next = this.input.paragraphs[this.paragraphOf(a.start)];
    return !!next && this.paragraphOf(s.span.start) === this.paragraphOf(a.start) + 1 && /^\s*$/.test(this.input.text.slice(next.start, s.span.start));
  }

  protected paragraphOf(at: number): number {
    return firstAtOrAfter(this.input.paragraphs, at + 1, (p) => p.start);
  }
}

/** Two statements each read with a cue of its own (not one cue both share). */
function ownCues(a: Statement, b: Statement): boolean {
  return !!a.cue && !!b.cue && a.cue.span.start !== b.cue.span.start;
}

export function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * "als „defensiver Natur“", "ein „geflügeltes Wort“": a phrase read inside a quotation that a lowercase word (a
 * predicative "als", an article) opens, a description, not a name.
 */
function quotedPredicativeAt(tokens: readonly Token[], p: Phrase): boolean {
  const open = openingOfQuotation(tokens, p.to - 1);
  return open < p.to - 1 && open >= p.from - 1 && isLowercase(tokens[open - 1]);
}
