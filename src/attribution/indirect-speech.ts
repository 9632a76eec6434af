// Indirect speech: the clauses cues introduce, headline statements, evidentials, attitudes and statement nouns.
import { escapeRegExp } from "../packs/patterns.js";
import { containing, firstAtOrAfter, rareMatches } from "../spans.js";
import { prefixMatches } from "./prefix-scan.js";
import type { Span } from "../types.js";
import { reportsSentenceBefore, speakerAfterAnaphor } from "./anaphor.js";
import { readEvidential } from "./evidential.js";
import { openingClauseEnd } from "./clause.js";
import { readNominal } from "./nominal.js";
import { quotedSpeech, readAttitude } from "./attitude.js";
import { readQuotedClosing, readQuotedPassive, type QuotedPassive } from "./quoted-passive.js";
import { transcriptTurns } from "./transcript.js";
import { readOpeningClause } from "./opening.js";
import { inParenthesis } from "./cue-span.js";
import { namedByNoun } from "./quoted-title.js";
import { adverbsBefore, agentlessPassive, conjunctionAfterComma, endAtOwnClause, ownClauseEnd, emptyInOpeningParticiple, expletivePassive, hasSubjunctive, MIN_OWN_WORDS, speaksInRelativeClause, statementEnd, toldInPassive, type CueReading } from "./cues.js";
import { isCapitalised, isLowercase, isNameParticle, PhraseReader, tokenize, type Phrase, type Token } from "./phrases.js";
import { sentenceIndex, spanOf, type Party, type SentenceReading, type Statement } from "./reader-state.js";
import { DirectQuoteReader, MIN_STATEMENT_WORDS, words } from "./direct-quotes.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** A word after a quotation, before the cue: "on climate" in 'Lee “felt a duty” on the harbour, Ruiz said'. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Words before a quotation that it goes on from, no pause between: "Lee “felt …”", not "Sooner or later, “…”". */
const WORD_BEFORE_QUOTATION = /^[\p{L}\p{N}][^:;,()[\]]*[\p{L}\p{N}'’]\s*$/u;

/** "Bill Clinton:", "McCain Challenger Kelli Ward:": a headline's speaker is a short name. */
const MAX_HEADLINE_NAME = 4;

/** "told Ruiz and the other members of the board that …": the most tokens of a coordinated addressee before its "that". */
const MAX_COORDINATED_ADDRESSEE = 6;

/** "agreed, and …": how far after its cue a coordinator opening a statement stands: right after it, or past a comma or an adverb. */
const MAX_BEFORE_COORDINATOR = 2;

export class IndirectSpeechReader extends DirectQuoteReader {
  /**
   * "Okafor: Governor Pratt’s ‘Plan Is Out Of Reach.’": a headline opening the text with a name and a colon
   * gives that person's statement. A label in capitals ("BREAKING:") or with an article ("The Latest:") names nobody.
   */
  protected headlineStatement(): void {
    const first = this.firstLine();
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
    if (!(reader.isName(name) || this.namedSource(tokens, name)) || this.labelNamesNobody(tokens.slice(start, colon))) return;
    if (this.topicLabel(tokens, name, first.end, tokens[colon]!.end)) return;
    const cue = spanOf(tokens, { from: colon, to: colon + 1 });
    const span = spanOf(tokens, { from: colon + 1, to: tokens.length });
    // "Merz: „Wir schaffen das nicht allein“": a quotation after the colon, whole, is quoted directly.
    this.statements.push({
      kind: containing(this.input.quotations, span) ? "direct" : "indirect",
      span,
      speaker: this.party(tokens, { from: start, to: this.topicAfterName(tokens, name) }),
      cue: { text: ":", span: cue },
      intermediaries: [],
    });
  }

  /**
   * "Bahnstreik: GDL kündigt neue Warnstreiks an": a cue with a speaker of its own after the label reports the headline;
   * the label is its topic, not a second speaker. (English headlines nest reports in a speaker's words: "Bill Clinton:
   * Hillary thinks feds require too many tests".)
   */
  private reportsAfterLabel(colonEnd: number, headlineEnd: number): boolean {
    const s = this.sentences[0];
    return !!s && s.cues.some((c) => c.speaker !== null && s.tokens[c.speaker.from]!.start >= colonEnd && s.tokens[c.first]!.start < headlineEnd);
  }

  /** "Merz zur Migration:": a preposition in the label, no link of a role ("Sprecher von …"), opens the topic after the name. */
  private topicAfterName(tokens: readonly Token[], name: Phrase): number {
    for (let i = name.from + 1; i < name.to; i++) if (isLowercase(tokens[i]) && this.vocab.preposition(tokens[i]!) && !this.vocab.link(tokens[i]!)) return i;
    return name.to;
  }

  /** The first paragraph's first line: a headline, a dek on the line below it ("Lee: We won;¶In a speech, she …"). */
  private firstLine(): Span | null {
    const first = this.input.paragraphs[0];
    if (!first) return null;
    const lineEnd = this.input.text.indexOf("\n", first.start);
    const end = lineEnd < 0 || lineEnd > first.end ? first.end : this.input.text.slice(first.start, lineEnd).trimEnd().length + first.start;
    return { start: first.start, end };
  }

  /**
   * Where nouns take capitals, a label is a topic, not a name, where a cue after it reports the headline with a speaker
   * of its own (reportsAfterLabel), where it holds a lowercase word that is neither a name's
   * particle nor a preposition ("Kinderärzte schlagen Alarm: …"), or where its first word, no speaker noun, standing alone
   * or before a preposition, is not written below the headline as a name: "Hafenstreit: Senat lehnt Kompromiss ab" where
   * the text writes it after an article or a preposition ("Im Hafenstreit lehnte der Senat …"; "sagte Trump" names Trump),
   * or nowhere but in compounds ("Hochwasser: Lage entspannt sich" over "die Hochwasserlage"; "Merz zur Migration: …"
   * names Merz, whom the story names).
   */
  private topicLabel(tokens: readonly Token[], name: Phrase, headlineEnd: number, colonEnd: number): boolean {
    if (!this.vocab.marksIndirectSpeech) return false;
    if (this.reportsAfterLabel(colonEnd, headlineEnd)) return true;
    const label = tokens.slice(name.from, name.to);
    const lowercase = label.filter((t) => isLowercase(t) && !isNameParticle(t));
    if (lowercase.some((t) => !this.vocab.preposition(t))) return true;
    const word = label[0]!;
    const beforePreposition = label.length > 1 && lowercase[0] === label[1];
    if ((label.length > 1 && !beforePreposition) || this.vocab.speakerNoun(word)) return false;
    const body = this.input.text.slice(headlineEnd);
    const uses = [...body.matchAll(new RegExp(`(\\p{L}+)?[^\\p{L}\\p{N}]+${escapeRegExp(word.text)}(?![\\p{L}\\p{N}])`, "gu"))];
    const compounded = !uses.length && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.text)}\\p{Ll}`, "u").test(body);
    return (beforePreposition && !uses.length) || compounded || uses.some(([, before]) => !!before && (this.vocab.determiner(before) || this.vocab.preposition(before)));
  }

  /**
   * "BREAKING:": a label in capitals names nobody; nor does one headed by a word for the story's kind, `headline-kickers`
   * ("Breaking: Senate passes the bill", "Campaign Update: …").
   */
  private labelNamesNobody(label: readonly Token[]): boolean {
    return label.some((t) => t.text.length > 3 && t.text === t.text.toUpperCase()) || this.vocab.headlineKicker(label[label.length - 1]!.text);
  }

  /** "BOULDUAN: Why not debate?": each turn of an interview transcript is its speaker's statement, the colon its cue. */
  protected transcript(): void {
    const cues = this.cueStarts();
    for (const { tokens, label, colon } of transcriptTurns(this.input.text, this.input.paragraphs, this.vocab, this.capitalisedInside)) {
      const cue = spanOf(tokens, { from: colon, to: colon + 1 });
      if (cues.has(cue.start)) continue;
      const span = spanOf(tokens, { from: colon + 1, to: statementEnd(tokens) });
      this.statements.push({ kind: "indirect", span, speaker: this.party(tokens, label), cue: { text: ":", span: cue }, intermediaries: [] });
    }
  }

  /** "NY Daily News", "Clinton campaign": a label of capitalised words and speaker nouns, no article, names a source. */
  private namedSource(tokens: Token[], name: Phrase): boolean {
    if (!isCapitalised(tokens[name.from]) || this.vocab.determiner(tokens[name.from]!)) return false;
    for (let i = name.from; i < name.to; i++) if (!tokens[i]!.word || !(isCapitalised(tokens[i]) || this.vocab.speakerNoun(tokens[i]!))) return false;
    return true;
  }

  /**
   * "The team appeared paralyzed", "Trump is expected to speak": a view held by its subject where that can hold one,
   * else by nobody named (evidential.ts), or by the speaker of the statement it opens.
   */
  protected evidentials(): void {
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
      // "Lee is expected to win": the verb read as a cue gave only its complement ("to win"); the view holds the subject too.
      this.keepStatements((st) => st.kind === "direct" || !st.cue || !containing([m], st.cue.span));
      this.statements.push(statement);
    }
  }

  /** "Trump wants to build a wall", "Sanders questioned the deal": an attitude of the main clause's subject, the rest of the clause its content. */
  protected attitudes(): void {
    for (const { s, first, last } of this.unreadCues(prefixMatches(this.vocab.attitudes, this.input.text))) {
      const passive = readQuotedPassive(s.tokens, first, this.vocab, s.reader) ?? readQuotedClosing(s.tokens, first, this.vocab, s.reader);
      if (passive) {
        this.quotedPassive(s, passive);
        continue;
      }
      const reading = readAttitude(s.tokens, first, last, s.cues, this.vocab, s.reader);
      if (!reading) continue;
      // "supported Democrats during his time on MSNBC, which fired him, and said …": the subject's own next cue ends it.
      endAtOwnClause(s.tokens, s.cues, reading, this.vocab);
      const statement: Statement = { kind: "indirect", span: spanOf(s.tokens, reading.content!), speaker: null, cue: null, intermediaries: [] };
      this.attribute(statement, s, reading);
      // "Many voters want lower fares": a crowd holding a view cites nobody, so it is no vague sourcing; an unnamed role
      // holding one ("officials hope to …") still is, someone having told the reporter.
      if (statement.speaker?.type === "vague") statement.assertsNothing = true;
      this.statements.push(statement);
      // "CNN quoted a witness as saying …" holds the witness's statement, unless a cue read it already ("as saying that").
      const quoted = quotedSpeech(s.tokens, reading, this.vocab);
      if (quoted && !s.cues.some((c) => c.first === quoted.first)) {
        const inner: Statement = { kind: "indirect", span: spanOf(s.tokens, quoted.content!), speaker: null, cue: null, intermediaries: [] };
        this.attribute(inner, s, quoted);
        this.statements.push(inner);
      }
    }
  }

  /**
   * "Peskov was quoted by Interfax as saying that …" (quoted-passive.ts): the subject's statement, which the agent passed
   * on; with nothing after the participle, the quotation closing right before the attribution ("“…,” Peskov was quoted as
   * saying.", "“…,” Interfax quoted Peskov as saying."), read or not (a short one is kept as a quote too: it has a cue
   * now), or the clause before its comma ("The talks failed, Peskov was quoted as saying.").
   */
  private quotedPassive(s: SentenceReading, passive: QuotedPassive): void {
    const { tokens } = s;
    const span = spanOf(tokens, passive.cue);
    const cue = { text: this.slice(span), span };
    const speaker = this.party(tokens, passive.speaker);
    const intermediaries = passive.agent ? [this.party(tokens, passive.agent)] : [];
    // A participle read as a cue of its own ("as saying that …", by "by Interfax") read the same statement.
    const participle = tokens[passive.cue.to - 1]!.start;
    this.keepStatements((st) => st.cue?.span.start !== participle);
    if (passive.content) {
      this.statements.push({ kind: "indirect", span: spanOf(tokens, passive.content), speaker, cue, intermediaries });
      return;
    }
    const opening = Math.min(passive.speaker.from, passive.agent?.from ?? Infinity);
    const subject = tokens[opening]!.start;
    const { quotations, text } = this.input;
    const quote = quotations[firstAtOrAfter(quotations, subject + 1, (q) => q.end) - 1];
    if (!quote || !/^[\s,]*$/.test(text.slice(quote.end, subject))) {
      if (tokens[opening - 1]?.text === "," && opening > 2) this.statements.push({ kind: "indirect", span: spanOf(tokens, { from: 0, to: opening - 1 }), speaker, cue, intermediaries });
      return;
    }
    const read = this.statements.find((st) => st.kind === "direct" && st.span.start === quote.start);
    if (read) Object.assign(read, { speaker, cue, intermediaries });
    else this.statements.push({ kind: "direct", span: quote, speaker, cue, intermediaries });
  }

  /** "his warning that …", "the mayor’s claim that …": a statement noun the verb readers did not read as a cue, and its clause. */
  protected nominals(): void {
    for (const { s, first: noun } of this.unreadCues(rareMatches(this.vocab.nominalCues, this.input.text))) {
      const nominal = !(this.vocab.marksIndirectSpeech && this.governedByCue(s.tokens[noun]!.start)) && readNominal(s.tokens, noun, this.vocab, s.reader);
      if (!nominal) continue;
      const cue = spanOf(s.tokens, nominal.cue);
      const speaker = nominal.holder && this.party(s.tokens, nominal.holder);
      this.statements.push({ kind: "indirect", span: spanOf(s.tokens, nominal.content), speaker, cue: { text: this.slice(cue), span: cue }, intermediaries: [] });
    }
  }

  /**
   * "Die WHO weist in ihrer Empfehlung darauf hin, dass …", "begründete die Forderung damit, dass …": a German noun between
   * a statement's cue and its end belongs to that statement, not a cue of its own.
   */
  private governedByCue(at: number): boolean {
    return this.statements.some((st) => st.cue && st.cue.span.start < at && at < st.span.end);
  }

  /** Where the cues of the statements read so far start. */
  private cueStarts(): Set<number> {
    return new Set(this.statements.flatMap((st) => (st.cue ? [st.cue.span.start] : [])));
  }

  /**
   * The matches of a structure's scan (`found`) that no statement has in its cue and no quotation holds, with their
   * sentence and tokens. A cue read with its adverbs and preposition holds the verb: "also called for" has read "called".
   */
  private unreadCues(found: readonly Span[]): { s: SentenceReading; first: number; last: number }[] {
    if (!found.length) return [];
    const cues = this.statements.flatMap((st) => (st.cue ? [{ kind: st.kind, span: st.cue.span }] : []));
    // A direct quote's cue only where it starts: "who has called the deal “a disaster”" still holds what is named.
    const read = (m: Span) => cues.some(({ kind, span }) => span.start === m.start || (kind !== "direct" && span.start < m.start && m.start < span.end));
    return found.flatMap((m) => {
      if (read(m) || containing(this.input.quotations, m)) return [];
      const s = this.at(sentenceIndex(this.input.sentences, m.start))!;
      return [{ s, first: firstAtOrAfter(s.tokens, m.start, (t) => t.start), last: firstAtOrAfter(s.tokens, m.end, (t) => t.start) - 1 }];
    });
  }

  /**
   * "Die Strecke wird privat finanziert. Die Maut zahlt sie ab. Das gab der Minister bekannt.": the demonstrative stands
   * for the sentence before it, and for the one before that where the two open its paragraph, the news the paragraph
   * gives (tuned on the German train split: 5 of 7 such paragraphs are annotated whole; after longer ones only the
   * sentence before is).
   */
  private antecedent(index: number): Span {
    const before = this.input.sentences[index - 1]!;
    const first = this.input.sentences[index - 2];
    const paragraph = this.paragraphOf(this.input.sentences[index]!.start);
    const opensParagraph = (i: number) => i === 0 || this.paragraphOf(this.input.sentences[i - 1]!.start) !== paragraph;
    return first && this.paragraphOf(first.start) === paragraph && opensParagraph(index - 2) ? { start: first.start, end: before.end } : before;
  }

  /**
   * "Die Stadt hat die Gebühren erhöht. Als Begründung wurde angegeben, …": a reason given with no speaker of its own
   * (none, or the reason noun read as one: "Als Begründung heißt es") is given by the subject of the sentence before.
   */
  private reasonGiver(s: SentenceReading, statement: Statement, index: number): Party | null {
    const start = s.tokens[0]!.start;
    const opening = index > 0 ? this.vocab.reasonOpening?.exec(this.input.text.slice(start, start + 40)) : null;
    if (!opening || (statement.speaker && statement.speaker.span.start >= start + opening[0].length)) return null;
    return this.subjectOf(index - 1);
  }

  /**
   * "Die Grünen legten ein Papier vor. Darin heißt es, …": a pronominal adverb of place read as the speaker stands for the
   * last document the sentence before names, which speaks (`document-place-references`); else null.
   */
  private documentReferredTo(statement: Statement, index: number): Party | null {
    const place = statement.speaker;
    if (!place || index < 1 || /\s/u.test(place.text) || !this.vocab.documentPlaceReference(place.text)) return null;
    const before = this.at(index - 1);
    const noun = before ? before.tokens.findLastIndex((t) => isCapitalised(t) && (this.vocab.document(t) || this.vocab.articleDocument(t))) : -1;
    const phrase = noun >= 0 ? before!.reader.backward(noun + 1) : null;
    return phrase ? this.party(before!.tokens, phrase) : null;
  }

  protected indirect(s: SentenceReading, reading: CueReading, index: number): void {
    // "About three in 10 tenants say that …", "A city memo released Tuesday says that …": a statement the cue
    // introduces speaks for the phrase right before the cue, else the clause's subject, where no subject was read.
    // German word order puts the subject anywhere, so there the cue speaks only with its subject read.
    // "Asked whether he would run, …": the question of an opening participle clause is put by its agent, or by nobody named.
    const opening = !reading.speaker && !this.vocab.marksIndirectSpeech ? readOpeningClause(s.tokens, reading, this.vocab, s.reader) : null;
    if (emptyInOpeningParticiple(s.tokens, reading, this.vocab)) return;
    if (opening) [reading.speaker, reading.content] = [opening.agent, opening.content];
    else if (!reading.speaker && reading.content && !this.vocab.marksIndirectSpeech) reading.speaker = this.noAdjective(s, s.reader.backward(reading.first) ?? s.reader.clauseSubject(reading.first));
    if (!this.vocab.marksIndirectSpeech) this.agentAfterPassive(s.tokens, reading, s.reader);
    // "Die Brücke bleibt gesperrt. Dies teilte die Stadt mit.": the demonstrative and the sentence it stands for.
    const earlier = index > 0 && reportsSentenceBefore(s.tokens, reading, this.vocab) ? this.antecedent(index) : null;
    if (earlier) reading.speaker = speakerAfterAnaphor(s.tokens, reading.speaker, this.vocab);
    if (!this.vocab.marksIndirectSpeech && coordinatedObject(s.tokens, reading, this.vocab)) {
      // "told Ruiz and others that the plan would fail": a second addressee, the clause after its "that" what was said.
      const clause = reading.addressee?.to === reading.content!.from ? complementizerAfter(s.tokens, reading.content!, this.vocab) : -1;
      if (clause < 0) return;
      reading.content = { from: clause, to: reading.content!.to };
    }
    const unsaid = opening ? null : agentlessPassive(s.tokens, reading, this.vocab, s.reader);
    if (unsaid) reading.content = unsaid;
    // "It is believed that …": the expletive names nobody, and the clause is said by nobody named.
    const impersonal = expletivePassive(s.tokens, reading, this.vocab) || toldInPassive(s.tokens, reading, this.vocab);
    if (impersonal) reading.speaker = null;
    if (!reading.speaker && !opening && !unsaid && !impersonal && !((reading.content || earlier) && this.vocab.marksIndirectSpeech)) return;
    // "Halbritter sprach von einem Durchbruch.": a speech act whose words the sentence only reports.
    const kind = reading.content || earlier ? "indirect" : "reported";
    // "(Wikinews berichtete)": in German news a bracketed speech act is a cross-reference (English annotation counts it).
    if (kind === "reported" && this.vocab.marksIndirectSpeech && inParenthesis(s.tokens, reading.first, reading.last)) return;
    // "…, gehören der Reederei Tamsen, die den Verkauf bestätigte": a speech act in a relative clause says who someone is; the sentence reports nothing.
    if (kind === "reported" && reading.speaker && reading.speaker.from < reading.first && speaksInRelativeClause(s.tokens, reading.speaker, this.vocab)) return;
    // "Der Termin muss noch vom Rat bestätigt werden": a German speech act a modal only requires or allows, in the passive, was not made.
    if (kind === "reported" && this.vocab.marksIndirectSpeech && modalPassive(s.tokens, reading, this.vocab)) return;
    const span = earlier ? earlier : spanOf(s.tokens, reading.content ?? { from: this.reportedClauseStart(s, reading), to: ownClauseEnd(s.tokens, s.cues, reading, this.vocab) });
    if ((/^[„“"»«‚‘']/.test(this.slice(span)) && !(kind === "indirect" && this.goesOnAfterQuotation(span))) || this.mostlyQuoted(span, !!reading.content && reading.content.to <= reading.first)) return;
    const statement: Statement = { kind, span, speaker: null, cue: null, intermediaries: [] };
    this.attribute(statement, s, reading);
    statement.speaker = this.reasonGiver(s, statement, index) ?? this.documentReferredTo(statement, index) ?? statement.speaker;
    // "Rubio disagreed.", "Sie fügte hinzu.": a speech act with nothing but its speaker reports no words of its own; it
    // announces the quotation after it, if one follows.
    if (kind === "reported" && statement.cue && onlySpeakerAndCue(s.tokens, reading, this.vocab)) this.bareSpeechActs.set(statement, statement.cue);
    // In German news the verb of a reported statement is part of what it reports, the whole sentence, not a cue
    // before its words: "Halbritter sprach von einem Durchbruch" has a speaker and no cue. Where it quotes
    // words, its verb is their cue: "nannte sie „reine Spekulation“"; a quoted name or title is no words of the
    // speaker's ("Die Partei fordert den Rücktritt der Ministerin vom „Bund der Steuerzahler“", "… der „Neuen Liste“" have no cue), except for
    // a naming verb, which sorts names out itself (namedQuotations).
    const naming = this.vocab.namingCue(s.tokens[reading.first]!);
    if (kind === "reported" && this.vocab.marksIndirectSpeech && !this.holdsQuotation(span, naming ? null : s.tokens)) {
      if (statement.cue) this.withheldCues.set(statement, statement.cue);
      statement.cue = null;
      // "Die Opposition kritisierte den Plan": a speech act that names only its matter reports nothing of its own.
      if (this.namesOnlyTopic(s.tokens, reading) || this.pointsBack(s.tokens, reading)) this.topicOnly.add(statement);
    } else if (kind === "reported" && this.vocab.marksIndirectSpeech && naming) this.naming.add(statement);
    // "Zu dem Vorfall äußerte er sich nicht", "Die Identität gab die Behörde nicht bekannt": a speech act denied or withheld
    // says nothing of its own to report (tuned on the German train split: gold marks 2 of 11 such sentences).
    if (kind === "reported" && this.vocab.marksIndirectSpeech && statement.assertsNothing) return;
    this.statements.push(statement);
  }

  /** A phrase read as a speaker, unless it is an adjective taking the infinitive cue ("headed out, ready to tell …"). */
  private noAdjective(s: SentenceReading, phrase: Phrase | null): Phrase | null {
    const adjective = phrase && phrase.to - phrase.from === 1 && isLowercase(s.tokens[phrase.from]) && this.vocab.catenativeAdjective(s.tokens[phrase.from]!);
    return adjective ? null : phrase;
  }

  /**
   * "Weil der Verband ein Verbot fordert, warnt das Institut …", "Als Leung sagte, dass …, meinte er …": a German clause
   * opening the sentence on another's cue, with what that cue says in it, is no part of what the main clause reports;
   * where the main clause starts after it, else 0.
   */
  private afterOpeningClause(tokens: readonly Token[], other: CueReading): number {
    const closing = openingClauseEnd(tokens, other, this.vocab);
    if (closing < 0) return 0;
    const end = other.content && other.content.from > closing ? other.content.to : closing;
    return tokens[end]?.text === "," ? end + 1 : end;
  }

  /**
   * Where a reported statement's clause starts: "Lee said (that) the listeners criticized Obama" reports the clause from its
   * subject where another cue's words open, or right after their "that" (an English one: German reads its reported clauses
   * itself), inside them; a German one after a clause opening the sentence on another's cue (afterOpeningClause);
   * elsewhere the sentence.
   */
  private reportedClauseStart(s: SentenceReading, reading: CueReading): number {
    const speaker = reading.speaker;
    if (this.vocab.marksIndirectSpeech) return Math.max(0, ...s.cues.filter((o) => o.last < reading.first).map((o) => this.afterOpeningClause(s.tokens, o)));
    if (!speaker || speaker.to > reading.first) return 0;
    const opening = this.vocab.complementizer(s.tokens[speaker.from - 1]) ? speaker.from - 1 : speaker.from;
    // "According to a memo, party leaders are considering changes": a source opening the sentence, set off by its comma,
    // is no part of what its clause reports.
    const sourced = this.sourceStarts.has(s.tokens[0]!.start) && s.tokens[speaker.from - 1]?.text === ",";
    // "Lee said taxes would rise; critics have long argued otherwise": nor is the clause before a semicolon, nor one before
    // a comma and a conjunction ("Lee said he had the votes, but several conservatives disagreed").
    const joined = [speaker.from - 2, speaker.from - 3].some((k) => conjunctionAfterComma(s.tokens, k, this.vocab)?.conjunction === speaker.from - 1);
    const ownClause = s.tokens[speaker.from - 1]?.text === ";" || joined;
    return sourced || ownClause || s.cues.some((other) => other !== reading && other.content?.from === opening) ? speaker.from : 0;
  }

  /**
   * "The plan has been criticized by farmers for its cost": a passive cue names its speaker after "by"; what is said is
   * about the subject, and the clause from the subject is the statement, as annotated (not "by farmers …" of "The plan has been").
   */
  private agentAfterPassive(tokens: readonly Token[], reading: CueReading, reader: PhraseReader): void {
    const { speaker, content } = reading;
    if (!speaker || !content || speaker.to > reading.first || !this.vocab.passiveAgent(tokens[content.from])) return;
    const before = adverbsBefore(tokens, reading.first, this.vocab);
    // "a practice criticized by …", "The bill, opposed by …": a participle right after its noun is a passive too.
    const reduced = this.vocab.pastForm(tokens[reading.last]!) && (speaker.to === before || (tokens[before - 1]?.text === "," && speaker.to === before - 1));
    if (!this.vocab.passiveAuxiliary(tokens[before - 1]) && !reduced) return;
    const agent = reader.forward(content.from + 1);
    // "responded by blocking the data": a gerund after "by" is the manner of an act, not its agent.
    if (!agent || this.vocab.gerund(tokens[agent.from]!)) return;
    [reading.speaker, reading.relative, reading.content] = [agent, null, { from: speaker.from, to: content.to }];
  }

  /**
   * "Ruiz said she opposes “budget tricks”": where quotations join the statements around them
   * (a pack with `joined-quotation-endings`), one inside indirect speech of the same cue, or an unattributed
   * one inside any statement ("According to Ruiz, he is now “the worst choice …”"), is part of it.
   */
  protected dropQuotedParts(): void {
    if (!this.vocab.joinedQuotationEnding) return;
    this.overQuotedSentences();
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
    this.keepStatements((st) => !inside(st));
  }

  /**
   * "Lee said the plan was “a mistake. Nobody wanted it.”": a quotation opened inside a statement and running on past its
   * sentence's end (in the same paragraph) closes the statement, which reaches to the closing mark.
   */
  private overQuotedSentences(): void {
    const { text } = this.input;
    for (const quote of this.statements) {
      if (quote.kind !== "direct") continue;
      const { start, end } = quote.span;
      const st = this.statements.find((o) => o.kind !== "direct" && o.cue && o.span.start < start && start < o.span.end && o.span.end < end);
      if (!st || (quote.cue && quote.cue.span.start !== st.cue!.span.start) || text.slice(st.span.end, end).includes("\n")) continue;
      st.span = { start: st.span.start, end };
    }
  }

  /**
   * "Welche Pläne sind Ihrer Ansicht nach unbezahlbar?": in German news a sentence asking a question (its
   * question mark outside any quotation) states nothing; only a direct quote of it is one.
   */
  protected dropQuestions(): void {
    const { text, quotations } = this.input;
    const asks = (span: Span) => {
      const mark = /^[\s„“”"»«‚‘’']*\?/.exec(text.slice(span.end, span.end + 4));
      return !!mark && !containing(quotations, { start: span.end + mark[0].length - 1, end: span.end + mark[0].length });
    };
    this.keepStatements((st) => st.kind === "direct" || !asks(st.span));
  }

  /** A cue that framed no direct quote, or one whose clause goes on beyond it as indirect speech. */
  protected carriesIndirect(s: SentenceReading, cue: CueReading): boolean {
    if (!this.used.has(cue) || this.partial.has(cue)) return true;
    return cue.content !== null && (!this.closing.has(cue) || this.marked(s, cue.content) || this.quotesInClause(cue));
  }

  /**
   * "Farmers had “won the clearest round” yet in the dispute, she said": where quotations are parts of statements,
   * the clause before a cue that closes a quotation is the statement when it has words of its own (indirect() skips one
   * that opens with the quotation or is mostly quoted).
   */
  private quotesInClause(cue: CueReading): boolean {
    return this.vocab.joinedQuotationEnding !== null && cue.content !== null && cue.content.to <= cue.first;
  }

  /** Indirect speech marked as such: by the Konjunktiv where the language marks it, else by "that". */
  private marked(s: SentenceReading, content: Phrase): boolean {
    return this.vocab.marksIndirectSpeech || this.vocab.complementizer(s.tokens[content.from]!);
  }

  /**
   * "suggesting “Hollywoodization” in the form of “gossip” had started to creep in", "sagte, „Angsträume“ dürfe es nicht
   * geben": indirect speech opening with a quotation goes on in words of its own after it (German news counts the
   * quotation as a quote of its own beside it).
   */
  private goesOnAfterQuotation(span: Span): boolean {
    const q = containing(this.input.quotations, { start: span.start, end: span.start + 1 });
    return !!q && q.end < span.end && words(this.input.text.slice(q.end, span.end)) >= MIN_OWN_WORDS;
  }

  /**
   * A topic cue ("kritisierte", "äußerte sich") with no judgement in its sentence and no Konjunktiv after it: "kritisierte
   * den Plan", not "kritisierte den Plan als unsozial", "Als unsozial kritisierte die Opposition den Plan" (fronted) nor
   * "kritisierte den Plan, weil er Stellen koste".
   */
  private namesOnlyTopic(tokens: readonly Token[], reading: CueReading): boolean {
    if (!tokens.slice(reading.first, reading.last + 1).some((t) => this.vocab.topicCue(t))) return false;
    return !tokens.some((t) => this.vocab.judgement(t)) && !hasSubjunctive(tokens, reading.last + 1, statementEnd(tokens), this.vocab);
  }

  /**
   * "Ein Sprecher der Armee bestätigte dies anschließend.": a demonstrative alone after the cue, but for adverbs, points to
   * the sentence before, which is what was said; the act itself reports nothing more (German train split: gold marks
   * neither of 2 such sentences).
   */
  private pointsBack(tokens: readonly Token[], reading: CueReading): boolean {
    const rest = tokens.slice(reading.last + 1, statementEnd(tokens)).filter((t) => this.vocab.anaphor(t) || !this.vocab.adverbial(t));
    return rest.length === 1 && this.vocab.anaphor(rest[0]);
  }

  /**
   * "die „Neue Rechte“", "der „New York Times“": a capitalised quotation right after a definite article is a name; any
   * after a term marker is a term: "die so genannte „Reichensteuer“".
   */
  private namedByWordBefore(q: Span): boolean {
    const before = this.wordBefore(q);
    if (!before) return false;
    if (this.vocab.termMarker(before)) return true;
    return /^[^\p{L}\p{N}]*\p{Lu}/u.test(this.slice(q)) && this.vocab.determiner(before) && !this.vocab.possessive(before) && !this.vocab.describingArticle(before);
  }

  /** A quotation lies inside the span; given the sentence's tokens, one that is no noun's quoted name. */
  private holdsQuotation(span: Span, tokens: readonly Token[] | null): boolean {
    const { quotations } = this.input;
    for (let i = firstAtOrAfter(quotations, span.start, (x) => x.start); i < quotations.length && quotations[i]!.end <= span.end; i++) {
      if (!tokens || !this.quotedName(quotations[i]!, tokens)) return true;
    }
    return false;
  }

  /** A quotation that names or terms something rather than quoting words: "die Zeitschrift „Neue Welt“", "der „Neuen Liste“". */
  private quotedName(q: Span, tokens: readonly Token[]): boolean {
    return namedByNoun(tokens, q, this.input.text, this.vocab) || this.namedByWordBefore(q);
  }

  /**
   * Indirect speech is not a piece of a direct quotation cut off by a sentence break. Where quotations are parts
   * of statements, one weaving two or more quotations into its own words is indirect speech however much is
   * quoted ("argued that the harbour “is a shared asset” and that “no council may sell it”"), and so is a clause
   * before its cue that goes into a quotation and out of it (wordsAroundQuotation).
   */
  private mostlyQuoted(span: Span, beforeCue: boolean): boolean {
    const { quotations, text } = this.input;
    let quoted = 0;
    let pieces = 0;
    // The first quotation the span holds.
    let first: Span | null = null;
    for (let i = Math.max(0, firstAtOrAfter(quotations, span.start, (q) => q.start) - 1); i < quotations.length && quotations[i]!.start < span.end; i++) {
      const part = Math.max(0, Math.min(span.end, quotations[i]!.end) - Math.max(span.start, quotations[i]!.start));
      if (!part) continue;
      quoted += part;
      pieces++;
      first ??= quotations[i]!;
    }
    if (this.vocab.joinedQuotationEnding && (pieces > 1 || (beforeCue && first && wordsAroundQuotation(text, span, first)))) return false;
    // "calling it “politically motivated”": a term is no quote of its own to stand for the statement (readDirectQuotes).
    if (first && this.term(first)) return false;
    // Where each quotation is a quote of its own (German news), indirect speech around a partial quote is a statement beside it.
    if (!this.vocab.joinedQuotationEnding) return quoted >= span.end - span.start;
    // "said because the governor is popular with farmers, “she is the best voice we have.”": words of its own around a third of
    // the statement make it indirect speech; a quotation cut off by the sentence break leaves less. A subject pronoun and
    // its verb, the verb quoted or not, open a clause of their own however short: "told CNN he was “disappointed.”",
    // "told reporters she “would not back down.”".
    const before = first ? text.slice(span.start, Math.max(span.start, first.start)).trim().split(/\s+/u).filter(Boolean) : [];
    const clause = before.length > 0 && (this.vocab.personalPronoun(before[0]!) || (before.length > 1 && this.vocab.auxiliary(before.at(-1)!)));
    return !clause && quoted * 3 > 2 * (span.end - span.start);
  }
}

/**
 * 'Lee “felt a duty to act” on the harbour, Ruiz said': a clause going on from words of its own into its quotation and
 * out of it is about its subject, not only the quoted words. One the quotation closes is the quotation's statement from
 * the clause's start (readDirectQuotes); an opening circumstance ("Sooner or later, “…”") or announcement ("For example:
 * “…”") is no part of what was said.
 */
function wordsAroundQuotation(text: string, span: Span, quotation: Span): boolean {
  return quotation.start > span.start && WORD_BEFORE_QUOTATION.test(text.slice(span.start, quotation.start)) && LETTER_OR_DIGIT.test(text.slice(quotation.end, span.end));
}

/** Does the sentence hold no word but its speaker's, its cue's and a separable particle's ("Sie fügte hinzu.")? */
function onlySpeakerAndCue(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): boolean {
  const { first, last, speaker } = reading;
  const end = statementEnd(tokens);
  for (let i = 0; i < end; i++) {
    if (!tokens[i]!.word || (i >= first && i <= last) || (speaker && i >= speaker.from && i < speaker.to) || vocab.separableParticle(tokens[i])) continue;
    return false;
  }
  return true;
}

/** "bestätigt werden" after a modal in its clause ("muss noch vom Rat bestätigt werden"): a passive the modal governs. */
function modalPassive(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): boolean {
  if (!tokens.slice(reading.last, reading.last + 2).some((t) => vocab.passiveAuxiliary(t))) return false;
  for (let i = reading.first - 1; i >= 0 && tokens[i]!.word; i--) if (vocab.modal(tokens[i]!)) return true;
  return false;
}

/**
 * "The mayor praised and thanked the crews", "Most voters agreed, and the count went on": an English statement that opens on
 * a coordinator right after its cue (or the cue's comma) has no object of the cue's own; what follows is another verb's object
 * or a clause of its own.
 */
function coordinatedObject(tokens: readonly Token[], reading: CueReading, vocab: AttributionVocabulary): boolean {
  const from = reading.content?.from ?? -1;
  const opening = tokens[from];
  return from > reading.last && from - reading.last <= MAX_BEFORE_COORDINATOR && (vocab.coordinator(opening) || vocab.phraseCoordinator(opening));
}

/** "and others that …": the "that" opening a clause within a few words of a coordinated addressee, or -1. */
function complementizerAfter(tokens: readonly Token[], content: Phrase, vocab: AttributionVocabulary): number {
  for (let k = content.from + 1; k < Math.min(content.to, content.from + MAX_COORDINATED_ADDRESSEE); k++) if (vocab.complementizer(tokens[k]!)) return k;
  return -1;
}
