// Free indirect speech: sentences that go on reporting a statement's speaker, and quotations inside reported statements.
import { firstAtOrAfter, rareMatches } from "../spans.js";
import type { Span } from "../types.js";
import { moodAt } from "./mood.js";
import { subjunctiveSecond } from "./verb-second-mood.js";
import { mainClauseSpeaker, passiveBeforeComma } from "./main-clause.js";
import { statementEnd } from "./cues.js";
import { hasSpeakerNoun, headOf, namesSpeaker } from "./speaker-phrase.js";
import { sentenceIndex, spanOf, type Party, type Statement } from "./reader-state.js";
import { narrativeSubject, viewHolder } from "./narrator.js";
import { subjectAfterFrontedAdverbial, subjectAfterFrontedObject } from "./verb-second.js";
import { referredAs } from "./parties.js";
import { isCapitalised, type Phrase, type PhraseReader, type Token } from "./phrases.js";
import { IndirectSpeechReader } from "./indirect-speech.js";
import { words } from "./direct-quotes.js";
import { spokenOf } from "./quoted-title.js";

/**
 * Free indirect speech goes on reporting its speaker across a narrative sentence or two in between
 * (tuned on the German train split: 3 gains recall at unchanged precision; paragraphs are no bound,
 * news paragraphs being a sentence or two).
 */
const CONTINUATION_GAP = 3;
/** How many sentences back a Konjunktiv far from any statement looks for a subject naming its speaker. */
const SPEAKER_LOOKBACK = 3;

/** A quotation of up to this many words after an article, outside any statement, is a term ("ein „iTunes-Musik-Handy“"). */
const MAX_TERM_AFTER_ARTICLE = 3;

export class FreeIndirectReader extends IndirectSpeechReader {
  /** German free indirect speech: sentences in the Konjunktiv after a statement go on reporting its speaker. */
  protected continuations(): void {
    const { sentences } = this.input;
    const bySentence = new Map<number, Statement>();
    // A quotation whose speaker was only guessed from its sentence's subject ("Der Jet sei „…“") does not end a passage.
    // "Eine Heilung sei ausgeschlossen, heißt es": a statement read with its cue and no speaker takes the passage's.
    const unspoken = new Map<number, Statement>();
    for (const st of this.statements) {
      // "… gestoppt. Dies teilte die Stadt mit.": a statement reported by a cue after it belongs where that cue stands.
      const at = sentenceIndex(sentences, Math.max(st.span.end, st.cue?.span.end ?? 0) - 1);
      if (st.speaker && (st.kind !== "direct" || st.cue)) bySentence.set(at, st);
      else if (!st.speaker && st.cue && st.kind !== "direct") unspoken.set(at, st);
    }
    let last: Statement | null = null;
    let lastIndex = -2;
    // Cue-less statements whose own sentence names their speaker ("Der Sprecher wies die Darstellung zurück, die Urlauber
    // seien ausgewiesen worden. Man habe ihnen nur abgeraten."): the free indirect sentences after them go on with that
    // speaker as statements of their own, as annotated, not as part of the sentence naming it.
    const named = new Set<Statement>();
    // "Die Autobahn war gesperrt, hieß es.": a statement of its own in the indicative, its speaker unnamed, which the
    // passage does not take, ends it.
    const endPassage = (i: number) => {
      if (unspoken.has(i)) last = null;
    };
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
      // A cue introducing words after it reads its own sentence; near a statement, one that introduces none ("…, was später
      // durch Zeugen bestätigt werden würde") or closes what it reports without a speaker ("Eine Heilung sei ausgeschlossen,
      // heißt es") leaves the sentence to the passage (tuned on the German train split: 8 more statements match).
      const cues = this.sentences[i]?.cues ?? [];
      if (cues.some((c) => c.content && c.content.from > c.last)) continue;
      const near = last && i - lastIndex <= CONTINUATION_GAP ? last : null;
      if (!near && cues.length) continue;
      const document = this.documentReference(i);
      // Far from any statement only a back reference or a Konjunktiv I can report: test the text before tokenising it.
      if (!near && !document && !this.mayReportAlone(sentences[i]!)) continue;
      // Near one only a back reference or a Konjunktiv goes on reporting: the same test first.
      // Asked at most once: where the answer was no, the sentence goes no further.
      let second: boolean | undefined;
      if (near && !document && !this.mayReportAlone(sentences[i]!, this.vocab.subjunctiveIn) && !(this.vocab.subjunctiveShapeEarly?.test(this.slice(sentences[i]!)) && (second = this.subjunctiveSecondAt(i)))) {
        endPassage(i);
        continue;
      }
      const s = this.at(i)!;
      const at = document ? 0 : this.backReferenceAt(s.tokens);
      if (at >= 0) {
        const reference = s.tokens[at]!;
        // With no statement near it still reports: "Das Kartellamt legte den Bericht vor. Demnach …".
        // It refers to the source before: the statement near, else the subject of the sentence before ("Demnach (Das Kartellamt)").
        // A narrative sentence right before it, with a source as its subject, is what it refers to, not a statement further back.
        const referent = (lastIndex === i - 1 ? near?.speaker : null) ?? this.sourceSubjectOf(i - 1) ?? near?.speaker;
        // With no source before it, it speaks as written, like a pronoun nobody is named for.
        const speaker = referent ? referredAs(reference.text, referent) : this.party(s.tokens, { from: at, to: at + 1 });
        const cue = spanOf(s.tokens, { from: at, to: at + 1 });
        // Those who passed the near statement on pass this one on only where it refers to that statement's speaker ("Die
        // „Bild“ zitierte einen Insider: „…“ Reuters berief sich auf Personen. Demnach …" is Reuters', not through the paper).
        const intermediaries = near && referent === near.speaker ? near.intermediaries : [];
        const statement: Statement = { kind: "reported", span: spanOf(s.tokens, { from: at === 0 ? 1 : 0, to: statementEnd(s.tokens) }), speaker, cue: { text: this.slice(cue), span: cue }, intermediaries };
        this.statements.push(statement);
        if (referent) {
          last = statement;
          lastIndex = i;
        }
        continue;
      }
      if (!near) {
        // "Mehrere Fässer seien im Hafenbecken gefunden worden.": the Konjunktiv I reports on its own. Its speaker is the
        // subject of the sentence before ("Kessler lobte die Feuerwehr. Sie sei ein Vorbild für die Region.").
        const mood = moodAt(s.tokens, this.vocab.reportedMood, this.vocab);
        if (mood >= 0) {
          // "Vertreter der Verbände bezweifeln eine Entscheidung, weil das Parlament keinen Antrag gestellt habe": a main clause before it speaks.
          const own = mainClauseSpeaker(s.tokens, this.vocab, s.reader) ?? viewHolder(s.tokens, this.vocab, s.reader);
          const main = own ? this.party(s.tokens, own) : this.subjectBeforeMood(i, mood);
          last = { kind: "indirect", span: spanOf(s.tokens, { from: announcedAfter(s.tokens, mood), to: statementEnd(s.tokens) }), speaker: main ?? this.speakerSubjectBefore(i) ?? this.subjectOf(i - 1), cue: null, intermediaries: [] };
          this.statements.push(last);
          if (own) named.add(last);
          lastIndex = i;
        }
        continue;
      }
      const previous: Statement = near;
      const mood = moodAt(s.tokens, this.vocab.subjunctive, this.vocab);
      if (!(second ?? (mood >= 0 || this.subjunctiveSecondAt(i)))) {
        endPassage(i);
        continue;
      }
      if (this.hypothesis(s.tokens)) continue;
      // "Die Staatsanwaltschaft gibt an, Lindqvist sei verdächtig": a main clause of its own names the new speaker. No subject
      // inside what an impersonal cue reports speaks ("Zeugen hätten zwei Jugendliche beobachtet, hieß es": the witnesses are
      // said of).
      const cued = unspoken.get(i);
      const outside = (p: Party | null) => (p && cued && cued.span.start <= p.span.start && p.span.end <= cued.span.end ? null : p);
      const subject = mainClauseSpeaker(s.tokens, this.vocab, s.reader) ?? viewHolder(s.tokens, this.vocab, s.reader);
      // "Staatspräsident Karl Berger ist besorgt. Der Streit sei …": a narrative sentence in between turns to a new speaker,
      // whatever marks the sentence after it ("Die SPD will eine Abstimmung. Die Bürger sollen selbst entscheiden").
      const narrator = () => (lastIndex < i - 1 ? this.narratorOf(i - 1) : null);
      // "Kessler lobte den Plan. Die Alliierten erhoben Einspruch, weil Berlin einen Sonderstatus habe.": a narrative main
      // clause before the Konjunktiv turns to its own subject, as far from a statement.
      const main = outside(subject && this.party(s.tokens, subject)) ?? outside(this.speakerBeforeMood(i, moodAt(s.tokens, this.vocab.reportedMood, this.vocab))) ?? narrator();
      const speaker = main ?? previous.speaker;
      if (own) own.speaker = speaker;
      if (cued) {
        cued.speaker = speaker;
        last = cued;
        lastIndex = i;
        continue;
      }
      const span = spanOf(s.tokens, { from: announcedAfter(s.tokens, mood < 0 ? statementEnd(s.tokens) : mood), to: statementEnd(s.tokens) });
      // A sentence naming its own speaker starts a statement of its own; the passage's speaker going on extends the one before.
      if (!main && previous.kind === "indirect" && !previous.cue && !named.has(previous) && this.input.text.slice(previous.span.end, span.start).trim().length <= 1) {
        previous.span = { start: previous.span.start, end: span.end };
      } else {
        last = { kind: "indirect", span, speaker, cue: null, intermediaries: main ? [] : previous.intermediaries };
        this.statements.push(last);
        if (subject) named.add(last);
      }
      lastIndex = i;
    }
    // "Die Gewerkschaft kritisierte den Plan. Er sei unsozial.": a statement naming only its matter gives the passage going
    // on from it its speaker, and reports nothing itself (on the German splits gold marks none of 5 such sentences).
    this.keepStatements((st) => !this.topicOnly.has(st));
  }

  /** The subject opening sentence `index` where a comma stands before its Konjunktiv at `mood`: the Konjunktiv is in a later clause. */
  private subjectBeforeMood(index: number, mood: number): Party | null {
    const { tokens } = this.at(index)!;
    const firstComma = tokens.findIndex((t) => t.text === ",");
    if (mood < 0 || firstComma < 0 || firstComma >= mood) return null;
    // "Personen, die Umgang mit Geflügel hätten, seien gefährdet", "Nachdem er geflohen war, habe er …": a Konjunktiv right
    // after a relative clause or a fronted subordinate clause is the verb of the sentence's own subject, which it reports on.
    const aside = this.vocab.relative(tokens[firstComma + 1]) || this.vocab.subordinator(tokens[0]);
    return (aside && tokens[mood - 1]!.text === ",") || passiveBeforeComma(tokens, firstComma, this.vocab) ? null : this.subjectOf(index);
  }

  /** `subjectBeforeMood` where the subject names a speaker (a name, a speaker noun, a pronoun), not a crowd: not "Die Kosten", not "Mehrere Frauen". */
  private speakerBeforeMood(index: number, mood: number): Party | null {
    return this.speakerOrNull(index, this.subjectBeforeMood(index, mood));
  }

  /** The party, the subject of sentence `index`, where it names a speaker and no crowd. */
  private speakerOrNull(index: number, party: Party | null): Party | null {
    if (!party || party.type === "vague") return null;
    const { tokens, reader } = this.at(index)!;
    const phrase = { from: firstAtOrAfter(tokens, party.span.start, (t) => t.start), to: firstAtOrAfter(tokens, party.span.end, (t) => t.start) };
    return namesSpeaker(tokens, phrase, this.vocab, reader) ? party : null;
  }

  /**
   * "Der Verband lud zur Messe. Die Hallen waren voll. Die Preise seien gestiegen": a Konjunktiv far from any statement
   * reports the nearest subject naming a speaker in the sentences right before it, over narrative sentences about things.
   */
  private speakerSubjectBefore(index: number): Party | null {
    for (let k = index - 1; k >= Math.max(0, index - SPEAKER_LOOKBACK); k--) {
      const speaker = this.speakerOrNull(k, this.sourceSubjectOf(k));
      if (speaker) return speaker;
    }
    return null;
  }

  /** "Die Bank legte ihre Quartalszahlen vor. Danach …": sentence `index` opens with a reference to a document named right before it. */
  private documentReference(index: number): boolean {
    if (index === 0 || !this.vocab.documentBackReferenceAt?.test(this.slice(this.input.sentences[index]!))) return false;
    return this.at(index - 1)!.tokens.some((t) => this.vocab.document(t));
  }

  /**
   * Where a back reference stands: opening the sentence ("Demnach wurden drei Menschen verletzt"), or right after the
   * finite verb of a sentence with no pause before it ("Die Rolle der Aufsicht soll demnach gestärkt werden"); else -1.
   */
  private backReferenceAt(tokens: readonly Token[]): number {
    if (this.vocab.backReference(tokens[0])) return 0;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.text === "," || t.text === ":") return -1;
      if (this.vocab.backReference(t)) return tokens[k - 1]!.word && !isCapitalised(tokens[k - 1]) ? k : -1;
    }
    return -1;
  }

  /**
   * "Sollte die Förderung bewilligt werden, könnte das Museum wieder öffnen", "Hätte er nur Bier getrunken, müsste er …":
   * a sentence marked only by the Konjunktiv II, with a condition opening it or inside it, states a hypothesis.
   */
  private hypothesis(tokens: readonly Token[]): boolean {
    const marked = tokens.filter((t) => this.vocab.subjunctive(t));
    if (!marked.length || !marked.every((t) => this.vocab.hypothetical(t))) return false;
    const opener = tokens[0];
    return this.vocab.modal(opener) || this.vocab.hypothetical(opener) || tokens.some((t) => this.vocab.conditional(t));
  }

  /**
   * The subject of a narrative sentence (no quotation, no cue introducing words) where it names a new speaker (narrator.ts):
   * a cue read with nothing to report keeps it narrative ("Larson gab sich betont optimistisch. Man sei …"). After a
   * fronted object that names nobody the subject follows the verb: "Dem Plan steht die Fraktion kritisch gegenüber."
   */
  private narratorOf(index: number): Party | null {
    const s = this.at(index);
    if (!s || s.cues.some((c) => c.content) || this.quoteBetween(s.tokens, 0, s.tokens.length)) return null;
    const subject = narrativeSubject(s.tokens, this.vocab, s.reader) ?? this.namedAfterFrontedAdverbial(s.tokens, s.reader) ?? this.namedAfterFrontedObject(s.tokens, s.reader);
    const party = subject && this.party(s.tokens, subject);
    return party && party.type !== "vague" ? party : null;
  }

  /**
   * "Am Montag besuchte die Ministerin den Hafen.": the subject after a fronted prepositional phrase and the verb, where a role
   * with an article or a name of two words names it (not a pronoun, not a bare plural: "Dort lagen Tierreste"). A fronted
   * adverb goes on with the passage ("Auch lehnte die Ministerin den Plan ab. Er sei zu teuer." stays the speaker's before).
   */
  private namedAfterFrontedAdverbial(tokens: readonly Token[], reader: PhraseReader): Phrase | null {
    const subject = this.vocab.preposition(tokens[0]) ? subjectAfterFrontedAdverbial(tokens, this.vocab, reader) : null;
    if (!subject) return null;
    const head = headOf(tokens, subject, this.vocab);
    const role = this.vocab.determiner(tokens[head.from]) && hasSpeakerNoun(tokens, head, this.vocab);
    return role || (head.to - head.from > 1 && reader.isName({ from: head.to - 2, to: head.to })) ? subject : null;
  }

  /** "Dem Plan steht die Fraktion kritisch gegenüber.": the subject after a fronted object naming nobody and the verb. */
  private namedAfterFrontedObject(tokens: readonly Token[], reader: PhraseReader): Phrase | null {
    const fronted = reader.forward(0);
    return fronted && subjectAfterFrontedObject(tokens, fronted, this.vocab, reader);
  }

  /** A quotation covering less than half of its sentence. */
  private partOf(quote: Span, sentence: Span): boolean {
    return (quote.end - quote.start) * 2 < sentence.end - sentence.start;
  }

  /** `subjunctiveSecond` of a sentence, which both tests of a sentence near a statement may ask (the caller keeps the answer). */
  private subjunctiveSecondAt(index: number): boolean {
    const s = this.at(index)!;
    return subjunctiveSecond(s.tokens, this.vocab, s.reader);
  }

  /** A back reference like "demnach" or a Konjunktiv I form (or any form of `mood`), tested on the text. */
  private mayReportAlone(sentence: Span, mood = this.vocab.reportedMoodIn): boolean {
    const text = this.slice(sentence);
    return rareMatches(this.vocab.backReferenceIn, text).length > 0 || rareMatches(mood, text).length > 0;
  }

  /**
   * "Nach Auffassung des Fraktionschefs sei es „völlig untragbar“": a quotation with no cue of its own inside a reported
   * statement, free indirect speech included, is its source's ("Der Jet sei „weit hinter der Zone“ aufgesetzt": not the jet's).
   * A single quoted word outside any statement is a term, not a quote (tuned on the German train split: 12 such quotes
   * had no gold, 3 had), and so are up to three words after an article ("mit einer „virtuellen Bombe“": 6 had no gold, 1 had).
   */
  protected quotedInReported(): void {
    // "Afghanistan sei ein „Opfer des Terrorismus“": a description in the words of indirect speech is a quote; in a reported
    // statement or none it names, as annotated (train: 5 of 7 inside indirect speech have gold), unless a naming verb
    // names it ("nannte den Bericht eine „Zeitungsente“": namedQuotations).
    // So is what a speaker speaks of ("Der Minister sprach von einer „Stagnation mit Ansage“"; train: both such quotations
    // have gold).
    const holders = this.statements.filter((s) => s.kind === "indirect" || (s.kind === "reported" && s.cue && this.vocab.topicVerb(s.cue.text.split(" ")[0]!)));
    const holds = (s: Statement, q: Statement) => s.span.start <= q.span.start && q.span.end <= s.span.end && (s.kind === "indirect" || spokenOf(this.input.text, q.span, this.vocab));
    if (this.onlyInIndirect.size) this.keepStatements((q) => !this.onlyInIndirect.has(q) || holders.some((s) => holds(s, q)));
    const reported = this.statements.filter((s) => s.kind !== "direct" && s.speaker).sort((a, b) => a.span.start - b.span.start);
    const terms = new Set<Statement>();
    for (const q of this.statements) {
      if (q.kind !== "direct" || q.cue) continue;
      const outer = reported[firstAtOrAfter(reported, q.span.start + 1, (s) => s.span.start) - 1];
      if (!outer || outer.span.end < q.span.end) {
        // "den Ausblick auf „stabil“ gesetzt", "ein „iTunes-Musik-Handy“": a term.
        const count = words(this.slice(q.span));
        if (count === 1 || (count <= MAX_TERM_AFTER_ARTICLE && this.afterArticle(q.span))) terms.add(q);
        continue;
      }
      q.speaker = outer.speaker;
      q.cue = outer.cue;
      q.intermediaries = outer.intermediaries;
    }
    if (terms.size) this.keepStatements((st) => !terms.has(st));
    if (this.naming.size) this.namedQuotations();
  }

  /**
   * "Lee nannte den Plan „unverantwortlich“", "bezeichnete ihn als „Versager“": the quotation after a naming cue is what was
   * said, with that cue and speaker, and the sentence reports nothing beside it (train: gold marks the quotation alone 24
   * times of 30). A quotation not read as a quote becomes one where it holds words, not a name: lowercase, or after "als"
   * or an indefinite article ("nannte es einen „Putsch“"; not "im Interview mit dem „Deutschlandfunk“").
   */
  private namedQuotations(): void {
    const drop = new Set<Statement>();
    for (const st of this.naming) {
      const q = this.namedQuotation(st);
      const quote = q && this.statements.find((o) => o.kind === "direct" && o.span.start === q.start);
      // "kritisierte das Gesetz scharf: So sagte Olli Rehn: „…“": a cue between them keeps the quotation.
      if (quote?.cue && quote.cue.span.start > st.cue!.span.start && quote.cue.span.start < quote.span.start) {
        drop.add(st);
        continue;
      }
      if (quote) [quote.cue, quote.speaker, quote.intermediaries] = [st.cue, st.speaker, st.intermediaries];
      if (q && !quote && this.holdsWords(q)) [st.kind, st.span] = ["direct", { start: q.start, end: q.end }];
      else drop.add(st);
    }
    this.keepStatements((st) => !drop.has(st));
  }

  /**
   * The quotation a naming statement names: the first after its cue that says something, past a quoted name ("nannte die
   * Einigung im „Handelsblatt“ einen „Schritt nach vorn“"), else one right before a verb-final cue after "als" or an
   * indefinite article ("war als „Geschäft des Jahrhunderts“ bezeichnet worden"; not one in the subject).
   */
  private namedQuotation(st: Statement): Span | undefined {
    const { quotations } = this.input;
    const after = firstAtOrAfter(quotations, st.cue!.span.end, (x) => x.start);
    const within = (k: number) => !!quotations[k] && quotations[k]!.end <= st.span.end + 1;
    for (let k = after; within(k); k++) {
      const q = quotations[k]!;
      if (this.holdsWords(q) || this.statements.some((o) => o.kind === "direct" && o.span.start === q.start)) return q;
    }
    if (within(after)) return quotations[after];
    const before = quotations[after - 1];
    return before && before.start >= st.span.start && this.predicative(before) ? before : undefined;
  }

  /** A quotation that says something rather than names it: lowercase ("„überzogen“"), or predicative. */
  private holdsWords(q: Span): boolean {
    return /^[^\p{L}\p{N}]*\p{Ll}/u.test(this.slice(q)) || this.predicative(q);
  }

  /** After "als" or an indefinite article: "bezeichnete ihn als „Versager“", "nannte es einen „Putsch“". */
  private predicative(q: Span): boolean {
    const before = this.wordBefore(q);
    return !!before && (this.vocab.judgement(before) || this.vocab.describingArticle(before));
  }

  /** The word before the quotation is an article ("der", "einer"), not a possessive ("ihre „volle Unterstützung“"). */
  private afterArticle(q: Span): boolean {
    const before = this.wordBefore(q);
    return !!before && this.vocab.determiner(before) && !this.vocab.possessive(before);
  }
}

/**
 * "Der Minister blieb hart: Eine Erhöhung gebe es nicht.": narration before a colon announces what the sentence reports
 * after it, the Konjunktiv at `mood` standing there; where it starts, else 0.
 */
function announcedAfter(tokens: readonly Token[], mood: number): number {
  const colon = tokens.findLastIndex((t, i) => i < mood && t.text === ":");
  return colon >= 0 && tokens[colon + 1]?.word ? colon + 1 : 0;
}
