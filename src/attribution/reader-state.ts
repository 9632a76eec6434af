// The article reader's shared state: the input, the vocabulary, the sentences read so far and the statements found.
// The reader is built in layers, one file per concern, each reading with the layers below it:
// reader-state → parties → sentence-cues → direct-quotes → indirect-speech → free-indirect → facts → index.ts.
import { firstAtOrAfter } from "../spans.js";
import type { Agency, LanguagePack } from "../packs/types.js";
import type { AgencyCredit, Attribution, Quote, Span, SpeakerType } from "../types.js";
import { capitalisedInside } from "./openers.js";
import { prefixMatches } from "./prefix-scan.js";
import type { CueReading } from "./cues.js";
import { PhraseReader, tokenize, type Phrase, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

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
  /** The agencies the article credits, its dateline's among them ("HAMBURG (dpa) -"). */
  credits: readonly AgencyCredit[];
}

export interface Party {
  text: string;
  span: Span;
  type: SpeakerType;
  name: string;
  /** For a referring word ("Demnach (die NATO)"): the phrase it stands for. */
  referent?: string;
}

export interface Statement {
  kind: Quote["kind"];
  span: Span;
  speaker: Party | null;
  cue: { text: string; span: Span } | null;
  intermediaries: Party[];
  /** Sources the statement's words cite, before its speaker in the chain ("Laut Polizei sei …", said by the minister). */
  origins?: Party[];
  /** The person a question was put to ("asked Lee whether …"), whom a pronoun speaking right after stands for. */
  askedOf?: Party;
  /** Denied, withheld, only supposed or only asked ("did not say", "If an official said"): see asserts.ts. */
  assertsNothing?: boolean;
  /** Said inside an outlet's or a source's report that English annotation counts once: a link of its chain, no quote. */
  relayedOnly?: boolean;
  /** A speech act of nothing but its speaker and cue ("Rubio disagreed."): a person a pronoun after it may stand for, no quote. */
  wordless?: boolean;
}

export interface SentenceReading {
  tokens: Token[];
  reader: PhraseReader;
  cues: CueReading[];
}

export class ReaderState {
  /** Sentences with a cue, read at once; the others (null) are tokenised only if a quotation or a continuation needs them. */
  protected readonly sentences: (SentenceReading | null)[] = [];
  protected readonly statements: Statement[] = [];
  protected readonly used = new Set<CueReading>();
  /** Cues that close a quotation ("“…,” said Jane Doe, a professor at …"): what follows them describes the speaker. */
  protected readonly closing = new Set<CueReading>();
  /** Where cues that report only a clause they introduce start ("beschloss, … zu …"). */
  protected readonly contentOnly = new Set<number>();
  /** Where relative cues ("wonach") start: their antecedent is the source. */
  protected readonly relativeStarts = new Set<number>();
  /** Where cues of a source before its statement start ("According to …", "Laut …"). */
  protected readonly sourceStarts = new Set<number>();
  /** Cues whose sentence holds a partial quote: in German the sentence around it is reported speech too. */
  protected readonly partial = new Set<CueReading>();
  /** German reported statements that name only their matter ("kritisierte den Plan"): they give free indirect speech after them its speaker, and are dropped. */
  protected readonly topicOnly = new Set<Statement>();
  /** Reported statements of nothing but a speaker and a cue ("Rubio disagreed."), with their cue: announcements at most. */
  protected readonly bareSpeechActs = new Map<Statement, NonNullable<Statement["cue"]>>();
  /**
   * German reported statements with the cue their verb gave, which they do not carry (the verb is part of what they
   * report): a colon closing one announces what follows with it ("Sie schrieb auf Facebook:¶„…“").
   */
  protected readonly withheldCues = new Map<Statement, NonNullable<Statement["cue"]>>();
  /** German reported statements of a naming cue holding a quotation ("nannte den Plan „unverantwortlich“"): their quotation is what was said. */
  protected readonly naming = new Set<Statement>();
  /**
   * German quotations that are quotes only inside indirect speech: a name's shape after an indefinite article ("ein „Opfer des
   * Terrorismus“"), and a short one nobody is said to speak ("Die Mittel seien „völlig unrealistisch“").
   */
  protected readonly onlyInIndirect = new Set<Statement>();
  /** German quotations inside a clause whose opening phrase was read but names no speaker: statements all the same. */
  protected readonly inClause = new Set<Statement>();
  /** Capitalised words the text writes inside sentences, read on first use. */
  private inside: Set<string> | undefined;
  protected readonly capitalisedInside = (word: string): boolean => (this.inside ??= capitalisedInside(this.input.text)).has(word);
  /** Asides saying a source is unnamed on purpose (`anonymity-asides`), read on first use. */
  private asides: Span[] | undefined;
  protected readonly anonymityAsides = (): Span[] => (this.asides ??= prefixMatches(this.vocab.anonymityAsideScan, this.input.text));

  constructor(
    protected readonly input: AttributionInput,
    protected readonly vocab: AttributionVocabulary,
    /** The article's text as written, where `input` reads hard spaces as plain ones: quotes and cues give it back so. */
    private readonly written: string = input.text,
  ) {}

  protected at(index: number): SentenceReading | undefined {
    const sentence = this.input.sentences[index];
    if (!sentence) return undefined;
    let reading = this.sentences[index];
    if (!reading) {
      const tokens = tokenize(this.input.text, sentence);
      this.sentences[index] = reading = { tokens, reader: new PhraseReader(tokens, this.vocab, this.capitalisedInside), cues: [] };
    }
    return reading;
  }

  /** Keeps the statements `keep` accepts, in order and in place (an article may hold thousands: no argument spread). */
  protected keepStatements(keep: (st: Statement) => boolean): void {
    let kept = 0;
    for (const st of this.statements) if (keep(st)) this.statements[kept++] = st;
    this.statements.length = kept;
  }

  protected slice(span: Span): string {
    return this.input.text.slice(span.start, span.end);
  }

  /** The words at `span` as the article writes them, for the output. */
  protected asWritten(span: Span): string {
    return this.written.slice(span.start, span.end);
  }

  /** The word right before a quotation, over its opening mark and spaces: "als" in "als „Versager“". */
  protected wordBefore(q: Span): string | undefined {
    return /(\p{L}+)[^\p{L}\p{N}]*$/u.exec(this.input.text.slice(Math.max(0, q.start - 20), q.start))?.[1];
  }
}

export function spanOf(tokens: readonly Token[], p: Phrase): Span {
  return { start: tokens[p.from]!.start, end: tokens[p.to - 1]!.end };
}

export function sentenceIndex(sentences: readonly Span[], position: number): number {
  return firstAtOrAfter(sentences, position + 1, (s) => s.start) - 1;
}
