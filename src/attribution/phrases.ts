// Speaker phrases: the noun phrase beside a cue, read over the tokens of one sentence.
// German and English share the shape: [determiner] [adjectives] Noun|Name … [of|des phrase]
// [, Name,]; the words that may stand in it come from the language pack.
import { firstAtOrAfter } from "../spans.js";
import type { Span, SpeakerType } from "../types.js";
import type { AttributionVocabulary } from "./vocabulary.js";

export interface Token {
  start: number;
  end: number;
  text: string;
  word: boolean;
  /** The answers of the vocabulary's word tests about `text`, looked up at the first question and filled as they are asked (vocabulary.ts). */
  classes: Int8Array | undefined;
}

/**
 * Words (with inner hyphens, apostrophes, dots and slashes: "Reuters/Ipsos"; a colon or comma between digits: "17:00", "12,2 Millionen",
 * "1,000"; a number's percent sign: "42%"; a name's closing plus: "OPEC+", "Disney+"), abbreviations with their dot ("Mr.", "E.U."), or one mark.
 * A party and state label keeps its dot ("R-Ky.", "D-R.I."). A compound that shares its last part with the next one is one
 * word with it ("Regierungs- und Militärkreisen", "pre- and post-war").
 * A short capitalised word and its dot before another word or a comma are an abbreviation: within a sentence no full stop comes
 * before a word or a comma ("Mr. Smith", "Martin L. Cole Jr. said", "Tom Hale Jr., who …").
 * An ampersand joins capitalised words into one name, written close or spaced ("S&P Global", "Johnson & Johnson").
 */
const TOKEN = /\p{Lu}[\p{L}\p{M}\p{N}'’.-]*\s&\s\p{Lu}[\p{L}\p{M}\p{N}'’-]*|\p{Lu}-(?:\p{Lu}\p{Ll}{1,4}\.|(?:\p{Lu}\.){2,})|(?:\p{L}\.){2,}|\p{Lu}\p{Ll}{0,3}\.(?=\s+\p{L}|,)|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’./&-]*[\p{L}\p{M}\p{N}])?(?:-\s\p{Ll}{2,5}\s[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’./-]*[\p{L}\p{M}\p{N}])?)?(?:(?<=\p{N})[:,]\p{N}+)*(?:(?<=\p{N})%|(?<=\p{L})\+(?![\p{L}\p{N}+]))?|\S/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
/** A capital, or a name particle joined to one ("al-Mansuri", "el-Baradei"). */
const CAPITAL = /^(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/u;
/** A word written in capitals alone: "WHO", "US", "NASA" (one letter is an initial; speakers.ts's `ACRONYM` takes "AfD" too). */
export const CAPITALS_ONLY = /^\p{Lu}{2,}$/u;
/** A word written as a name is: a capital, then lowercase ("Will", "May"; not "WILL"). */
const NAME_CASE = /^\p{Lu}\p{Ll}/u;
/** "On Monday, at a rally in Dover, the senator …": the phrases read before a clause's subject, itself included. */
const MAX_OPENING_PHRASES = 3;
/** "’s", "’ve", "’re", "’d", "’ll" at the end of a word: an auxiliary contracted onto it, or the possessive "’s". */
const CONTRACTED_ENDING = /(?<=\p{L})['’](?:s|ve|re|d|ll)$/u;
/** A closing single quotation mark or an apostrophe. */
export const APOSTROPHE = /^['’]$/u;
/** "More recently,", "Even more notably,": the most words of an adverbial opening a clause before its comma; so of the words
 * between an article and its noun ("a ministry statement"). */
const MAX_ADVERBIAL_WORDS = 3;
/** "PHILADELPHIA, July 29 (UPI) —": a dateline's place, date and agency are a few tokens. */
const MAX_DATELINE = 10;
/** Further down a story only capitals open what reads as a dateline: no credit stands there. */
const NO_CREDIT = () => false;
/** A dash early in a sentence (a hyphen set off by a space), where a dateline may end: the sentence is tokenized only then. */
const EARLY_DASH = /^[^\n]{0,80}?(?:\s-|[–—―])/u;
/** Marks that open a clause: a subject may start right after them. */
const CLAUSE_OPENERS = new Set([",", ";", ":", "–", "—", "―", "-", "(", "„", "“", "\"", "»", "«", "”", "‚", "‘", "’", "'"]);
/** The marks closing a name set off after a phrase: ", Oleg Voloshyn," ", Ann Lee." */
const APPOSITION_CLOSERS = new Set([",", ".", ";"]);
/** The types of the nouns a role link joins to what they are for or about. */
const ROLE_LINKED: ReadonlySet<SpeakerType> = new Set(["anonymous", "vague", "institution"]);
/** A speaker phrase is short: longer runs are clauses, not names. */
const MAX_PHRASE = 12;
/** "am Dienstag veröffentlichten", "von der Regierung in Auftrag gegebenen": the phrase inside an attribute is short. */
const MAX_PARTICIPLE_PHRASE = 5;
/** A party or state label after a name: "(CDU)", "(R-Ky.)". */
const MAX_PARENTHESIS = 6;
/** A relative clause in brackets after a name: "(who has 14 endorsements so far)". */
const MAX_ASIDE = 20;
/** Marks an aside between dashes may hold besides quotation marks: "- a plan (since dropped), she said -". */
const ASIDE_MARKS: ReadonlySet<string> = new Set([",", "(", ")", "[", "]"]);
/** "„Aktion Deutschland hilft“", "im Interview mit „Le Monde“": the most words a quoted name inside a phrase or a clause has. */
export const MAX_QUOTED_NAME = 5;

/**
 * "LONDON (Reuters) - Portline plans to cut jobs, two people said", "PARIS, Aug 31 (Reuters) - …", "ATLANTIC CITY — …":
 * a dateline (a place in capitals, or any place with its agency in brackets, and its date; or a place's one word) opens the story before its
 * dash; the sentence, what it states and who states it, starts after it ("Ann Lee — a former aide — said" has no place in
 * capitals nor an agency).
 */
export function pastDateline(text: string, sentence: Span, credited: (span: Span) => boolean): Span {
  if (!EARLY_DASH.test(text.slice(sentence.start, sentence.end))) return sentence;
  const tokens = tokenize(text, sentence);
  const opening = datelineLength(tokens, credited);
  return opening ? { start: tokens[opening]!.start, end: sentence.end } : sentence;
}

/** The tokens a dateline opening `tokens` takes up, its dash included; 0 with none. */
function datelineLength(tokens: readonly Token[], credited: (span: Span) => boolean): number {
  const dash = tokens.findIndex((t, i) => i <= MAX_DATELINE && DASHES.has(t.text));
  let opening = dash + 1;
  // "WASHINGTON -- A six-year trend": a dash typed as two hyphens.
  while (DASHES.has(tokens[opening]?.text ?? "")) opening++;
  if (dash < 1 || opening >= tokens.length) return 0;
  // The agency the article credits in brackets closes it ("HAMBURG (dpa) -", "New York (AFP/dpa) –"; not a party:
  // "Olaf Scholz (SPD) –").
  const bracket = tokens[dash - 1]!.text === ")" ? tokens.findLastIndex((t, i) => i < dash && t.text === "(") : -1;
  const agency = bracket >= 0 && credited({ start: tokens[bracket]!.end, end: tokens[dash - 1]!.start });
  const place = tokens.slice(0, agency ? bracket : dash);
  // The place opens it in capitals: "Dinesh D’Souza Just Made HUGE Prediction About 2016 Presidency – It's …" is a headline.
  const capitals = !!place[0]?.word && place[0].text.length > 1 && place[0].text === place[0].text.toUpperCase() && /\p{L}/u.test(place[0].text);
  // "ORLANDO, Fla. (Reuters) - …": a place's abbreviation may end a sentence before the agency, which opens the next.
  const datelineWords = place.every((t) => !t.word || isCapitalised(t) || /^\p{N}/u.test(t.text));
  // "Berlin - Der Bund könne …": so does one word of a place before the sentence's only dash ("Lee — a former aide — said"
  // sets an aside off).
  const bare = place.length === 1 && isCapitalised(tokens[opening]) && !tokens.slice(opening).some((t) => DASHES.has(t.text));
  return datelineWords && (agency || capitals || bare) ? opening : 0;
}

export function tokenize(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const sentence = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    const start = span.start + m.index;
    // A mark is one code point (at most two code units): a longer token is a word without a test.
    out.push({ start, end: start + m[0].length, text: m[0], word: m[0].length > 2 || WORD_START.test(m[0]), classes: undefined });
  }
  return out;
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.word && CAPITAL.test(t.text);

/** Where the run of capitalised words ending at `to` starts, no earlier than `floor`: "Dave Ortiz" in "retired firefighter Dave Ortiz". */
export function capitalRunStart(tokens: readonly Token[], floor: number, to: number): number {
  let from = to;
  while (from > floor && isCapitalised(tokens[from - 1])) from--;
  return from;
}

/** "der „Bild“-Zeitung": a word joined by a hyphen at `at` to the mark before it goes on with the name; the token after it. */
export function pastHyphenedWord(tokens: readonly Token[], at: number): number {
  const [hyphen, word] = [tokens[at], tokens[at + 1]];
  const joined = hyphen?.text === "-" && word?.word && tokens[at - 1]?.end === hyphen.start && hyphen.end === word.start;
  return joined ? at + 2 : at;
}

/** Does the sentence write a content word in lowercase (a headline in title case lowercases function words only)? */
export function runningText(tokens: readonly Token[], vocab: AttributionVocabulary): boolean {
  return tokens.some((t) => isLowercase(t) && !vocab.stopword(t));
}

/** A token that opens with a lowercase letter: in English a verb or a common word, in German never a noun. */
export const isLowercase = (t: Token | undefined): boolean => !!t && /^\p{Ll}/u.test(t.text);
/** "3." in "am 3. Januar": a day's number, its full stop a token of its own. */
export const isDayNumber = (tokens: readonly Token[], i: number): boolean => /^\d{1,2}$/.test(tokens[i]?.text ?? "") && tokens[i + 1]?.text === ".";
/** A word of a date at `k`: a month's or a day's name, a number, or the full stop after either ("May 3", "Jan. 5", "7. Oktober"). */
export function inDate(tokens: readonly Token[], k: number, vocab: AttributionVocabulary): boolean {
  const t = tokens[k];
  const dated = (w: Token | undefined) => vocab.calendarName(w) || /^\p{N}/u.test(w?.text ?? "");
  return dated(t) || (t?.text === "." && dated(tokens[k - 1]));
}

/** "in Beijing", "in Bad Homburg": where a place's name after a place's link at `at` ends, or -1 where none is named there. */
export function placeNameEnd(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  if (!vocab.placeLink(tokens[at]) || !isCapitalised(tokens[at + 1])) return -1;
  let k = at + 1;
  while (isCapitalised(tokens[k])) k++;
  return k;
}

/** "the Qassam Brigades": a definite article, then capitalised words only, two or more. */
export function bodyNameAfterArticle(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const words = tokens.slice(p.from + 1, p.to);
  return vocab.definite(tokens[p.from]) && words.length >= 2 && words.every((t) => isCapitalised(t) && !vocab.determiner(t));
}

/** A word and the ending contracted onto it: "he’s" is "he" and "’s", "they’ve" is "they" and "’ve". */
export interface Contraction {
  host: string;
  ending: string;
}

/** The contraction a word is written as, or null. */
export function contraction(word: Token): Contraction | null {
  const ending = CONTRACTED_ENDING.exec(word.text)?.[0];
  return ending ? { host: word.text.slice(0, -ending.length), ending } : null;
}

/** "’s" on a name or a noun ("Lee’s"), not on a pronoun, a question word or another function word ("he’s", "what’s"): a possessive, unless an auxiliary follows. */
export function onNameOrNoun(c: Contraction, vocab: AttributionVocabulary): boolean {
  return /s$/u.test(c.ending) && !vocab.personalPronoun(c.host) && !vocab.stopword(c.host) && !vocab.questionWord(c.host);
}

/** "The WHO said", "WHO chief Tedros": a word in capitals at `i` beside one that is not is an acronym, no subhead's word ("WHERE OBAMA PLANS"). */
function acronymInText(tokens: readonly Token[], i: number): boolean {
  return CAPITALS_ONLY.test(tokens[i]?.text ?? "") && [tokens[i - 1], tokens[i + 1]].some((n) => n?.word && /\p{Ll}/u.test(n.text));
}

/**
 * Where the name opens in a phrase read before a cue that opens a clause with a question word, after a preposition
 * governing it or not ("What Rubio argued", "under what Ruiz called"), or after the words of the clause it ends in
 * ("Residents fled what officials called a deadly surge", "California, where authorities reported"): after that word;
 * else at its start.
 */
export function pastQuestionWord(tokens: readonly Token[], phrase: Phrase, vocab: AttributionVocabulary): number {
  const question = vocab.preposition(tokens[phrase.from]!) || vocab.circumstancePreposition(tokens[phrase.from]!) ? phrase.from + 1 : phrase.from;
  if (phrase.to - question > 1 && vocab.questionWord(tokens[question]) && !acronymInText(tokens, question)) return question + 1;
  for (let k = phrase.to - 2; k > question; k--) if (opensClauseOfItsOwn(tokens, k, vocab)) return k + 1;
  return phrase.from;
}

/**
 * A lowercase question word whose clause has a subject of its own after it: not a relative pronoun, mostly that subject
 * ("Trump, who has been feuding with party leaders, described …"), nor a conditional ("convergence if not coordination")
 * or one before a participle ("Golvach when asked about it said").
 */
function opensClauseOfItsOwn(tokens: readonly Token[], k: number, vocab: AttributionVocabulary): boolean {
  const [word, next] = [tokens[k]!, tokens[k + 1]!];
  return isLowercase(word) && vocab.questionWord(word) && !vocab.relative(word) && !vocab.condition(word) && !vocab.cue(next);
}

/** A phrase as token indices [from, to). */
export interface Phrase {
  from: number;
  to: number;
}

export class PhraseReader {
  private lowercaseContent: boolean | undefined;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly vocab: AttributionVocabulary,
    /** Does the text write this word capitalised inside a sentence (openers.ts)? Without it every capitalised word may name someone. */
    private readonly capitalisedInside: (word: string) => boolean = () => true,
  ) {}

  /** The first token from `from` (before `end`) that is no focus particle: "der" in "Auch der Minister sagte". */
  pastFocusParticles(from: number, end: number): number {
    let i = from;
    while (i < end && this.vocab.focusParticle(this.tokens[i]!)) i++;
    return i;
  }

  /** A single word opening the sentence that the text never capitalises inside one and no role or crowd noun: an adverb ("Unterdessen"), no name. */
  isOpeningAdverb(p: Phrase): boolean {
    const word = this.tokens[0]!;
    // "Interfax zitierte Peskow …": an agency's name is a name wherever it stands.
    return p.from === 0 && p.to === 1 && !this.vocab.pronoun(word) && !this.vocab.speakerNoun(word) && !this.capitalisedInside(word.text) && !this.vocab.isAgencyName(word.text);
  }

  /** "Ein Anwalt des Beschuldigten sagte": in German a capitalised cue form after an article is a noun ("beschuldigten" accused). */
  private germanNoun(t: Token): boolean {
    if (!this.vocab.marksIndirectSpeech || !isCapitalised(t)) return false;
    return this.vocab.determiner(this.tokens[firstAtOrAfter(this.tokens, t.start, (x) => x.start) - 1]);
  }

  /** A word that can stand in a speaker phrase at all. */
  private usable(t: Token | undefined): boolean {
    if (!t?.word) return false;
    const v = this.vocab;
    if (v.determiner(t) || v.quantifier(t) || this.auxiliaryAsName(t) || this.prepositionAsName(t)) return true;
    // "In Genf sagten 58 Prozent Nein": an answer after the speaker is what they voted, no part of the phrase.
    if (v.answerParticle(t)) return false;
    // "Der Vorsitzende hatte den Minister aufgefordert": an auxiliary ends the subject before it.
    if (v.pronoun(t) || v.complementizer(t) || v.relative(t) || (v.adverb(t) && !this.documentAfterArticle(t) && !this.timeNounInName(t) && !this.describesNounAfter(t)) || v.cue(t) && !this.typeNoun(t) && !this.nameAmidCapitals(t) && !this.describesNounAfter(t) && !this.germanNoun(t) || v.addresseeMarker(t) || v.subjunctive(t) || v.auxiliary(t)) return false;
    // "Die Ursache dürfte Schätzungen zufolge …": a finite modal ends the phrase too; "Will Grant" is a name.
    if (v.modal(t) && !this.capital(t)) return false;
    // "Seit Jahren fordert der Staat": a capitalised preposition opening the sentence heads no speaker; nor does a
    // conjunction opening its clause ("Wenn ein Sprecher sagt", "When a spokesman said").
    if (v.preposition(t) || (this.capital(t) && (v.conjunction(t) || v.subordinator(t)))) return false;
    // "The WHO said": an acronym spelling a stopword is a name.
    if (this.capital(t)) return !v.stopword(t) || acronymInText(this.tokens, firstAtOrAfter(this.tokens, t.start, (x) => x.start));
    if (/^\p{N}/u.test(t.text)) return true;
    // Lowercase words: adjectives ("der russische Präsident", "a senior official") and the
    // role and crowd nouns of the speaker vocabularies ("Administration officials").
    return !v.stopword(t) && !v.link(t) && (this.vocab.adjective(t) || this.typeNoun(t) || !v.marksIndirectSpeech || this.describesNounAfter(t));
  }

  /**
   * "aus gut informierten Kreisen": in German a cue's form with an adjective's ending after an article, a preposition or a
   * word of degree and before a capitalised noun is an attributive participle, no verb; the word of degree before such an
   * adjective is part of the phrase.
   */
  private describesNounAfter(t: Token): boolean {
    const v = this.vocab;
    if (!v.marksIndirectSpeech || !isLowercase(t)) return false;
    // Most words are neither: their position is looked up only for the two that may be.
    const degree = v.degreeAdverb(t);
    if (!degree && !v.adjective(t)) return false;
    const i = firstAtOrAfter(this.tokens, t.start, (x) => x.start);
    const [before, next] = [this.tokens[i - 1], this.tokens[i + 1]];
    if (degree) return isLowercase(next) && v.adjective(next!) && isCapitalised(this.tokens[i + 2]);
    return isCapitalised(next) && (v.determiner(before) || v.preposition(before) || v.degreeAdverb(before));
  }

  /**
   * "A statement from the ministry said …", "A ministry statement said …": a document the cue adverbs list for "said in a
   * statement" is a noun in a phrase its article opens, one no preposition governs ("said in a written statement").
   */
  private documentAfterArticle(t: Token): boolean {
    if (!this.vocab.document(t)) return false;
    let i = firstAtOrAfter(this.tokens, t.start, (x) => x.start) - 1;
    for (let words = 0; words < MAX_ADVERBIAL_WORDS && this.tokens[i]?.word && !this.vocab.determiner(this.tokens[i]) && !this.vocab.adverbial(this.tokens[i]); words++) i--;
    return this.vocab.determiner(this.tokens[i]) && !this.vocab.adverbial(this.tokens[i - 1]);
  }

  /** Capitalised, or a name the language writes in lowercase ("n-tv", "ver.di", `lowercase-names`). */
  private capital(t: Token): boolean {
    return (t.word && CAPITAL.test(t.text)) || this.vocab.lowercaseName(t);
  }

  /**
   * English capitalises a verb inside running text only in a name: between a lowercase word and a capitalised one a
   * cue's form is a first name ("spokeswoman Hope Hicks said"), not a verb; a title in capitals has no lowercase word before.
   * Opening the sentence or after a pause, a given name before a capitalised word is one too ("Hope Hicks, a spokeswoman,
   * did not respond", "On Monday, Hope Hicks said").
   */
  nameAmidCapitals(t: Token): boolean {
    if (this.vocab.marksIndirectSpeech || !isCapitalised(t)) return false;
    const i = firstAtOrAfter(this.tokens, t.start, (x) => x.start);
    const before = this.tokens[i - 1];
    return (isLowercase(before) || (!before?.word && this.vocab.givenName(t))) && isCapitalised(this.tokens[i + 1]);
  }

  /**
   * "the Yorkshire Evening Post", "the Evening Standard": an English time noun capitalised inside a sentence before a
   * capitalised word is a word of a name, not the time of a cue ("said Monday evening").
   */
  private timeNounInName(t: Token): boolean {
    if (this.vocab.marksIndirectSpeech || !isCapitalised(t) || !this.vocab.timeNoun(t)) return false;
    const i = firstAtOrAfter(this.tokens, t.start, (x) => x.start);
    return !!this.tokens[i - 1]?.word && isCapitalised(this.tokens[i + 1]);
  }

  /**
   * No English auxiliary takes a past form, so a capitalised one before it is a name ("In his column, Will argued …",
   * "Theresa May said …"); inside a sentence of running text, so is one before a capitalised word ("economist Will Doyle
   * said"), not in a headline that capitalises its words ("Senators Will Vote On Bill") or writes them in capitals ("LEE HAS
   * SAID NO — …"); and so is a month before its year ("A poll in May 2015 found …").
   */
  auxiliaryAsName(t: Token): boolean {
    if (this.vocab.marksIndirectSpeech || !NAME_CASE.test(t.text) || !(this.vocab.auxiliary(t) || this.vocab.modal(t))) return false;
    const i = firstAtOrAfter(this.tokens, t.start, (x) => x.start);
    const next = this.tokens[i + 1];
    const year = this.vocab.calendarName(t) && /^\p{N}{4}$/u.test(next?.text ?? "");
    return year || this.vocab.pastForm(next) || (i > 0 && isCapitalised(next) && this.runningText());
  }

  /**
   * No English preposition (nor a link such as "from", "at") stands right before a past cue, so a capitalised one there is a
   * name ("From said"); inside a sentence of running text, so is one after a capitalised word and before a pause ("said Ida
   * From, who …"), not in a headline that capitalises its words ("Lee Back From Paris"). German writes every preposition
   * inside a sentence in lowercase, so a capitalised one after a word is a name's ("der Vorsitzende von Pro Bahn").
   */
  private prepositionAsName(t: Token): boolean {
    if (!NAME_CASE.test(t.text) || !(this.vocab.preposition(t) || this.vocab.link(t))) return false;
    const i = firstAtOrAfter(this.tokens, t.start, (x) => x.start);
    const [before, next] = [this.tokens[i - 1], this.tokens[i + 1]];
    if (this.vocab.marksIndirectSpeech) return !!before?.word;
    if (next && this.vocab.cue(next) && this.vocab.pastForm(next)) return true;
    return i > 1 && !!before && NAME_CASE.test(before.text) && (!next || !next.word) && this.runningText();
  }

  /**
   * The possessor a phrase ending in "’s" names: "proof of her sister’s" after its last link or preposition; "The judge
   * blocked the city’s" from the article inside it, "canceled Mr. Hannity’s", "condemning Donald Trump’s" after a verb's
   * form before a capital, the words before being the clause around it ("the embattled mayor’s" keeps its participle).
   */
  possessorIn(p: Phrase): Phrase {
    const { tokens, vocab } = this;
    let from = p.from;
    for (let i = p.from; i < p.to - 1; i++) {
      const t = tokens[i]!;
      const verb = isLowercase(t) && (vocab.pastForm(t) || vocab.gerund(t)) && (isCapitalised(tokens[i + 1]) || vocab.determiner(tokens[i + 1]));
      if (vocab.link(t) || vocab.preposition(t) || vocab.circumstancePreposition(t) || verb) from = i + 1;
      else if (i > from && vocab.determiner(t)) from = i;
    }
    return { from, to: p.to };
  }

  private runningText(): boolean {
    this.lowercaseContent ??= runningText(this.tokens, this.vocab);
    return this.lowercaseContent;
  }

  /**
   * German capitalises its nouns: a speaker noun in lowercase is the adjective it spells ("die offizielle staatliche
   * Agentur" is read whole; "Offizielle" are officials), as no English role is ("officials").
   */
  private typeNoun(t: Token): boolean {
    return this.vocab.speakerNoun(t) && (!this.vocab.marksIndirectSpeech || this.capital(t));
  }

  /** A lowercase adjective stands before its noun ("russische Behörden"), never alone after it. */
  private attributive(j: number): boolean {
    const t = this.tokens[j]!;
    if (this.capital(t) || this.vocab.determiner(t) || this.typeNoun(t) || !/^\p{L}/u.test(t.text)) return true;
    const next = this.tokens[j + 1];
    if (next && this.usable(next) && !this.vocab.determiner(next) && this.attributive(j + 1)) return true;
    // "die neue „Bürgerinitiative Nord“": an adjective before a quoted name is its attribute; after a noun and a genitive
    // link only in the genitive's ending ("die Gründer der neuen „Liste Nord“", not "nach einer Nachricht der neue „Rat“").
    if (next && QUOTE_MARK.test(next.text) && isCapitalised(this.tokens[j + 2]) && !this.nominativeAfterLink(j)) return true;
    // A noun-like word ends the phrase before a pause or a link: "said the mayor.", "the mayor of Springfield"; so it does
    // before its verb, an auxiliary, a past form or a cue ("The senator visited the plant and said …", "The mayor has
    // toured the site, saying …"), or a form of "be" before a progressive ("The Florida senator is predicting …"), which
    // lets a clause's subject be read forward; so it does before the verb's adverbs ("The tenant later sued, claiming …",
    // "The mayor also said"), and before a day's or a time's preposition ("A federal judge on Monday blocked …").
    const at = this.pastVerbAdverbs(j + 1);
    const verb = this.tokens[at];
    const progressive = this.vocab.passiveAuxiliary(verb) && this.vocab.participle(this.tokens[this.pastVerbAdverbs(at + 1)]);
    return this.head(t) && (!next?.word || this.vocab.link(next) || this.vocab.auxiliary(verb) || progressive || this.vocab.pastForm(verb) || this.vocab.cue(verb) || this.timeBeforeVerb(j + 1));
  }

  /**
   * "A study published Tuesday in JAMA", "a survey conducted last week by Gallup": a day or a time read back from `k` that
   * follows a document's participle dates it; the phrase of where or by whom after it is the participle's too. The
   * participle's index, or -1.
   */
  private datedParticiple(k: number): number {
    const participle = datingStart(this.tokens, k, this.vocab) - 1;
    return participle > 0 && isLowercase(this.tokens[participle]) && this.vocab.pastForm(this.tokens[participle]) && this.vocab.document(this.tokens[participle - 1]) ? participle : -1;
  }

  /** "on Monday blocked", "on Tuesday night said": a day's or a time's preposition at `k`, its day or time, then a verb. */
  private timeBeforeVerb(k: number): boolean {
    const day = (t: Token | undefined) => this.vocab.calendarName(t) || this.vocab.timeNoun(t);
    if (!this.vocab.circumstancePreposition(this.tokens[k]) || !day(this.tokens[k + 1])) return false;
    const verb = this.tokens[this.pastVerbAdverbs(day(this.tokens[k + 2]) ? k + 3 : k + 2)];
    return this.vocab.auxiliary(verb) || this.vocab.pastForm(verb) || this.vocab.cue(verb);
  }

  /** "nach einer Nachricht der neue …": an adjective after a noun and its link whose ending is no genitive's (`oblique-adjective-endings`). */
  private nominativeAfterLink(j: number): boolean {
    const [before, link] = [this.tokens[j - 2], this.tokens[j - 1]];
    return !!link && this.vocab.link(link) && this.head(before) && !this.vocab.obliqueEnding(this.tokens[j]!);
  }

  /** The first token at or after `k` that is no adverb of a verb ("also", "later", "quickly"). */
  private pastVerbAdverbs(k: number): number {
    while (this.tokens[k]?.word && this.vocab.verbAdverb(this.tokens[k]!)) k++;
    return k;
  }

  /**
   * "the missive", "the proposal": where nouns are not capitalised, a word in an adjective's shape right after an
   * article opening a clause is its subject's noun; an article takes no adjective alone ("released the following:"
   * is an object).
   */
  private nounAfterArticle(i: number): boolean {
    const [article, t] = [this.tokens[i - 1], this.tokens[i]];
    // "The statement added that …": a word that also closes a cue ("said in a statement") is a noun after its article.
    const noun = t && (this.usable(t) || (this.vocab.adverb(t) && !this.vocab.verbAdverb(t) && !this.vocab.determiner(t)));
    if (this.vocab.marksIndirectSpeech || !noun || !this.vocab.determiner(article) || this.vocab.quantifier(article!)) return false;
    return this.startsClause({ from: i - 1, to: i + 1 });
  }

  /** A phrase ends in its noun: a capitalised word or a speaker noun. */
  private head(t: Token | undefined): boolean {
    if (!t || !this.usable(t) || this.vocab.determiner(t)) return false;
    // "some say", "others said": a quantifier alone stands for its crowd.
    if (this.vocab.quantifier(t)) return true;
    // Where nouns are not capitalised (English), any noun-like word can end the phrase ("the mayor"); a document in an
    // adjective's shape too ("A ministry statement said"), and a gathering in a gerund's ("told a briefing in Doha that …").
    return this.capital(t) || /^\p{N}/u.test(t.text) || this.typeNoun(t) || (!this.vocab.marksIndirectSpeech && (!this.vocab.adjective(t) || this.vocab.document(t) || (this.vocab.audienceNoun(t) && this.vocab.gerund(t))));
  }

  /** The phrase that starts at token i, with up to two genitive or "of" links and an appositive name. */
  forward(i: number): Phrase | null {
    const v = this.vocab;
    const first = this.tokens[i];
    if (!first?.word) return null;
    if (v.pronoun(first) || this.pronounWithAuxiliary(first)) return { from: i, to: i + 1 };
    // "drei mit der Sache vertraute Personen": a count opening a participle's attribute stands as an article does.
    let j = v.numeral(first) ? Math.max(i, this.attributeParticiple(i + 1)) : i;
    let links = 0;
    let lastHead = -1;
    while (j < this.tokens.length && j - i < MAX_PHRASE) {
      const t = this.tokens[j]!;
      // "according to a person with direct knowledge of the matter": "with" after an unnamed person's noun joins too.
      if (j > i && lastHead >= 0 && (v.link(t) || this.roleLinked(j)) && !this.prepositionAsName(t)) {
        // "said Ann Lee in a post on X": the medium the words came in says how they came, not who spoke; after a name, so
        // do the gathering they were said at and the platform they went out on ("said Ann Lee at a news conference", "on
        // Twitter"; "some in the crowd" is who).
        const named = this.capital(this.tokens[lastHead]!) && !v.quantifier(this.tokens[lastHead]) && !this.typeNoun(this.tokens[lastHead]!);
        if (mediumEnd(this.tokens, j, this.vocab) > 0 || (named && (gatheringEnd(this.tokens, j, v) > 0 || this.platformAfter(j)))) break;
        // "einer Meldung des Staatsfernsehens vom 11. Februar": a day of a month dates what came before it, no name.
        if (this.datesBefore(j + 1)) break;
        // "ein Sprecher der „Tafel Nord“": a link may lead to a quoted name.
        const quotedName = QUOTE_MARK.test(this.tokens[j + 1]?.text ?? "") && isCapitalised(this.tokens[j + 2]);
        if (links >= 2 || !this.usable(this.tokens[j + 1]) && !quotedName && this.attributeParticiple(j + 1) < 0) break;
        links++;
        j++;
        continue;
      }
      // A second article after a noun opens another phrase ("sagte Trump den Reportern"),
      // unless a link joins them ("a spokesman for the army").
      if (j > i && lastHead >= 0 && v.determiner(t) && !v.link(this.tokens[j - 1]!) && !this.roleLinked(j - 1)) break;
      // "der Organisation „Aktion Deutschland hilft“": a quoted name whose last word is lowercase is read whole.
      const closing = j > i ? this.quotedNameEnd(j) : -1;
      if (closing > 0) {
        lastHead = closing;
        j = closing + 1;
        continue;
      }
      // "die „Süddeutsche Zeitung“", "des Magazins „Der Spiegel“": a quoted name inside the phrase.
      // In German a mark set off from the head by a space opens a quotation after the phrase ("Laut den Richtern „sei …“"); it closes no name.
      const closesName = j > i && lastHead === j - 1 && (!this.vocab.marksIndirectSpeech || this.tokens[j - 1]!.end === t.start);
      // ("die Zeitung ''La Nacion''": a mark doubled in ASCII opens a name too.)
      const opensName = isCapitalised(this.tokens[j + 1]) || (QUOTE_MARK.test(this.tokens[j + 1]?.text ?? "") && isCapitalised(this.tokens[j + 2]));
      if (j > i && QUOTE_MARK.test(t.text) && (opensName || closesName)) {
        if (closesName) lastHead = j;
        j++;
        continue;
      }
      // "der „Spiegel“-Chef", "der „Bild“-Zeitung": a word joined by a hyphen to the quoted name heads the phrase.
      const hyphened = j > i && QUOTE_MARK.test(this.tokens[j - 1]!.text) ? pastHyphenedWord(this.tokens, j) : j;
      if (hyphened > j) {
        lastHead = hyphened - 1;
        j = hyphened;
        continue;
      }
      const participle = j > i ? this.attributeParticiple(j) : -1;
      if (participle > 0) {
        j = participle;
        continue;
      }
      // "media reports": a speaker noun that is also a cue verb, after the phrase's head.
      const nounCue = lastHead === j - 1 && this.vocab.cue(t) && this.typeNoun(t);
      // "told Breitbart News he’d support …": a pronoun with its auxiliary contracted opens a clause after the phrase.
      if (!nounCue && (!this.usable(t) || !this.attributive(j) || this.pronounWithAuxiliary(t))) break;
      // After its noun a phrase goes on only with names and nouns ("Präsident Wladimir Putin"), not lowercase verbs;
      // a German genitive adjective opens an attribute ("Meinung politischer Beobachter").
      // "Vertreter aller im Bundestag vertretenen Parteien": a crowd's genitive may open a participle's attribute.
      const genitive = (this.vocab.genitiveAdjective(t) && this.head(this.tokens[j + 1])) || (this.crowdGenitive(t) && this.attributeParticiple(j + 1) > 0);
      const afterHead = lastHead >= 0 && lastHead === j - 1;
      if (afterHead && !this.head(t) && !nounCue && !genitive) break;
      // "nach Polizeiangaben mehrere Stunden": in German, where nouns are capitalised, a quantifier after the noun opens a
      // phrase of its own (English reads a lowercase word before it as a head: "even some of …", "a few other …").
      if (afterHead && v.marksIndirectSpeech && v.quantifier(t) && !genitive) break;
      // "The president met survivors of the flood and said": a lowercase past form after the noun is its verb.
      if (afterHead && v.pastForm(t) && !this.capital(t)) break;
      // "nach ersten Meldungen Schäden verursacht", "prüft nach eigenen Worten Hilfen": after a German abstract noun in the
      // plural or a noun of what is stated a capitalised word is the clause's next phrase, unless a name's genitive ("nach
      // Meldungen Reuters"); so is a number ("konnten nach eigenen Angaben 600 Menschen retten").
      const statedBefore = v.abstractPlural(this.tokens[j - 1]!) || v.statementNoun(this.tokens[j - 1]!);
      const nextPhrase = (isCapitalised(t) && !t.text.endsWith("s")) || /^\p{N}/u.test(t.text) || v.numeral(t);
      if (afterHead && v.marksIndirectSpeech && statedBefore && nextPhrase) break;
      // "hat die Polizei 20 Menschen festgenommen": in German a figure after the noun counting a noun after it opens the
      // clause's next phrase ("die Linie 5", "Paragraf 218" close on theirs; no count opens on a zero: "Bayer 04 Leverkusen";
      // the sentence's first word, capitalised as any, may be the count's adverb: "Mindestens 90 Menschen").
      if (afterHead && v.marksIndirectSpeech && j > 1 && /^[1-9]/.test(t.text) && isCapitalised(this.tokens[j + 1]) && this.head(this.tokens[j + 1])) break;
      if (this.head(t) || nounCue) lastHead = j;
      j++;
    }
    if (lastHead < 0) return null;
    // "der Direktor der Atomenergiebehörde (IAEO), Mohammed el-Baradei,": a short label in brackets, then the appositive name.
    const label = this.withLabel({ from: i, to: lastHead + 1 })!.to;
    const appositive = this.withAppositive(label);
    return { from: i, to: appositive > label ? appositive : this.withAppositive(lastHead + 1) };
  }

  /** "on Twitter", "on Truth Social": a place's preposition at token j, then one or two capitalised words naming a platform. */
  private platformAfter(j: number): boolean {
    if (!this.vocab.placeLink(this.tokens[j])) return false;
    let end = j + 1;
    while (end < j + 3 && isCapitalised(this.tokens[end])) end++;
    const name = this.tokens.slice(j + 1, end).map((t) => t.text).join(" ");
    return end > j + 1 && !isCapitalised(this.tokens[end]) && this.vocab.types.some(([type, pattern]) => type === "platform" && pattern.exec(name)?.[0] === name);
  }

  /** "11. Februar", "3 March": a day's number, then a month's name (its stop between in German), opens at token i. */
  private datesBefore(i: number): boolean {
    const day = this.tokens[i];
    if (!day || !/^\d{1,2}$/.test(day.text)) return false;
    const month = this.tokens[i + 1]?.text === "." ? this.tokens[i + 2] : this.tokens[i + 1];
    return !!month && this.vocab.timeNoun(month) && isCapitalised(month);
  }

  /**
   * "Nach Angaben des Spiegels und des Kuriers sei …", "Laut Polizei und Feuerwehr …": a phrase read forward goes on over
   * phrases a coordinator joins to it; what follows them is what they say, never an "und" opening it.
   */
  forwardJoined(i: number): Phrase | null {
    const first = this.forward(i);
    if (!first || !this.vocab.phraseCoordinator(this.tokens[first.to])) return first;
    // "schrieben die Hacker und kündigten weitere Aktionen an": a verb after the coordinator opens a clause, no phrase.
    const opening = this.tokens[first.to + 1];
    const verb = opening && (this.vocab.cue(opening) || this.vocab.pastForm(opening) || this.vocab.pluralPast(opening) || this.vocab.preteriteShape(opening));
    const next = opening && !verb ? this.forwardJoined(first.to + 1) : null;
    return next && !this.vocab.pronoun(opening) ? { from: first.from, to: next.to } : first;
  }

  /**
   * "einer am Dienstag veröffentlichten Pressemitteilung", "der vom Ministerium befragten Zeugen": a participle's own phrase
   * between the article (or a count) and its noun. With a preposition at token i after an article, the last lowercase adjective a few
   * words on that stands right before a capitalised noun ("der zum ersten Juli aufgelösten Kasse"); -1 if none.
   * An adverb of time opens such an attribute as a preposition does ("der gestern gewählte Bürgermeister").
   */
  private attributeParticiple(i: number): number {
    const opener = this.tokens[i - 1];
    const opens = this.vocab.preposition(this.tokens[i]) || this.vocab.participleAdverb(this.tokens[i]);
    // "drei mit der Sache vertraute Personen": a count stands like an article before the attribute too.
    if (!(this.vocab.determiner(opener) || this.crowdGenitive(opener) || isCount(opener, this.vocab)) || !opens) return -1;
    let participle = -1;
    for (let k = i + 1; k <= i + MAX_PARTICIPLE_PHRASE && this.tokens[k]?.word; k++) {
      const t = this.tokens[k]!;
      if (isLowercase(t) && this.vocab.adjective(t) && !this.vocab.determiner(t) && isCapitalised(this.tokens[k + 1])) participle = k;
    }
    return participle;
  }

  /** "aller", "beider", "vieler": the genitive of a word that opens a crowd, which stands like an article before its attribute. */
  private crowdGenitive(t: Token | undefined): boolean {
    const stem = t?.text.endsWith("r") ? t.text.slice(0, -1) : "";
    return !!stem && (this.vocab.quantifier(stem) || this.vocab.indefinite(stem));
  }

  /** The preposition or adverb that opens the attribute of the participle at token k, read backwards; -1 if none. */
  private attributeOpening(k: number): number {
    for (let i = k - 1; i >= k - MAX_PARTICIPLE_PHRASE && i > 0; i--) if (this.attributeParticiple(i) === k) return i;
    return -1;
  }

  /** The closing mark of a quoted name of a few words opening at token i, capitalised first and not last; -1 if none. */
  private quotedNameEnd(i: number): number {
    if (!QUOTE_MARK.test(this.tokens[i]!.text) || !isCapitalised(this.tokens[i + 1])) return -1;
    for (let k = i + 2; k <= i + MAX_QUOTED_NAME && this.tokens[k]; k++) {
      if (QUOTE_MARK.test(this.tokens[k]!.text)) return k > i + 2 && this.tokens.slice(i + 2, k).some((t) => isLowercase(t)) ? k : -1;
      if (!this.tokens[k]!.word) return -1;
    }
    return -1;
  }

  /** The opening mark of such a quoted name closing at token k; -1 if none. */
  private quotedNameStart(k: number): number {
    for (let i = k - 2; i >= Math.max(0, k - MAX_QUOTED_NAME); i--) if (QUOTE_MARK.test(this.tokens[i]!.text)) return this.quotedNameEnd(i) === k ? i : -1;
    return -1;
  }

  /**
   * "people with knowledge of the matter", "das Bundesamt für Statistik": a role link at `at` right after an unnamed
   * person's, a crowd's or a body's noun (capitalised where nouns are) joins the phrase after it (not an outlet's:
   * "television with spots").
   */
  private roleLinked(at: number): boolean {
    const noun = this.tokens[at - 1];
    if (!this.vocab.roleLink(this.tokens[at]) || !(this.vocab.marksIndirectSpeech ? isCapitalised(noun) : isLowercase(noun))) return false;
    return this.vocab.types.some(([type, pattern]) => ROLE_LINKED.has(type) && pattern.test(noun!.text));
  }

  /** The opening mark of a short quoted name whose closing mark is token `close` ("„Spiegel“"), or -1. */
  private titleOpening(close: number): number {
    if (!QUOTE_MARK.test(this.tokens[close]?.text ?? "")) return -1;
    for (let i = close - 1; i >= Math.max(0, close - MAX_QUOTED_NAME); i--) {
      if (QUOTE_MARK.test(this.tokens[i]!.text)) return i < close - 1 && isCapitalised(this.tokens[i + 1]) ? i : -1;
    }
    return -1;
  }

  /** The words from token i up to the next pause: the object of a preposition like "according to". */
  untilPause(i: number): Phrase | null {
    let j = i;
    while (this.tokens[j]?.word) j++;
    return j > i ? { from: i, to: j } : null;
  }

  /** The phrase that ends just before token k, reaching back over an appositive or a relative clause. */
  backward(k: number): Phrase | null {
    // "Trump repeatedly said": adverbs between the subject and its verb.
    while (k > 1 && this.vocab.adverbial(this.tokens[k - 1]!) && (this.tokens[k - 2]!.word || this.tokens[k - 2]!.text === ")") && !this.nounAfterArticle(k - 1) && !this.documentAfterArticle(this.tokens[k - 1]!)) k--;
    if (this.possessiveBefore(k)) return null;
    // "Jana Weller (SPD) sagte", "Sen. Dana Pruitt (R-Okla.) said": a short parenthesis after the name.
    // "Sen. Mark Tolley (D-Vt.), said": a comma after the label too.
    const close = this.tokens[k - 1]?.text === "," && this.tokens[k - 2]?.text === ")" ? k - 2 : k - 1;
    const parenthesis = this.tokens[close]?.text === ")" ? this.openingParenthesis(close) : -1;
    if (parenthesis > 0) return this.backward(parenthesis);
    // "Mara Quist - Hollister's sister - told", "The senator -- who has been in a dispute -- said": an aside between dashes.
    const dash = DASHES.has(this.tokens[k - 1]?.text ?? "") ? this.openingDash(k - 1) : -1;
    if (dash > 0) return this.backward(dash);
    if (this.tokens[k - 1]?.text !== ",") return this.withNameBefore(this.runBack(k));
    const open = this.previousComma(k - 1);
    if (open === null) return null;
    if (this.clauseAsideBefore(k) === open) return this.withNameBefore(this.runBack(open));
    if (this.pastAside(k) === open) return this.withNameBefore(this.runBack(open));
    // "Dmitri Peskow, ein Sprecher des Kremls, sagte" and "Der Berater Putins, Juri Uschakow, sagte".
    // "Ann Lee, a director and analyst at the fund, said": a role coordinated with another is set off whole (not a name
    // joined inside it: "a division of Customs and Border Protection").
    const role = this.runBack(k - 1);
    const inner = role && isLowercase(this.tokens[role.from]) ? this.withConjunct(role) : role;
    // ("Ruiz, writing in The Washington Post, said": a talk's participle set off is no role, interview.ts reads it.)
    if (!inner || inner.from !== open + 1 || this.vocab.talkingParticiple(this.tokens[inner.from])) return null;
    const outer = this.runBack(open);
    // "Speaking to reporters in Geneva, the envoy said": a participle's clause opening the sentence is no name set off.
    if (outer && this.participleClause(outer)) return inner;
    // "Sen. Carla Brandt, R-N.D., a presidential candidate, said": a name set off before the label names it too.
    // "Hamas's armed wing, the Qassam Brigades, said": so does a body's name after its article, whatever its last noun.
    const named = outer && (this.namesHolder(inner) || this.namesHolder(outer) || bodyNameAfterArticle(this.tokens, inner, this.vocab));
    return named ? this.withNameBefore({ from: outer.from, to: inner.to }) : null;
  }

  /**
   * "Owen Marsh, a data analyst at the Commerce Department who told …": a name set off before the phrase names it;
   * so it does before a role coordinated with another ("Ann Lee, a planner and spokeswoman for the alliance").
   * "Growers and exporters in the region say": phrases joined at the opening of the clause are one subject.
   */
  private withNameBefore(p: Phrase | null): Phrase | null {
    if (!p) return p;
    const joined = this.withConjunct(p);
    const from = this.conjunctBefore(p)?.from ?? p.from;
    // "Jan Ruiz, der den Plan kritisierte": a relative clause opens after the name; the name is its antecedent, no part of it.
    if (this.tokens[from - 1]?.text !== "," || this.relativePronounAt(from)) return joined;
    const name = this.runBack(from - 1);
    // "said Howard Rubel, a senior analyst at Jefferies, who notes …": a name right after its cue, inverted, names it too.
    // "… brokered by Qatar and Egypt, Israeli officials said": a name closing a list of words before it, with the phrase set
    // off after it run on into its verb with no mark closing it, is no one's apposition; it ends what was said.
    const listed = name && this.vocab.phraseCoordinator(this.tokens[name.from - 1]) && !!this.tokens[name.from - 2]?.word;
    const unclosed = !!this.tokens[p.to]?.word && !this.vocab.relative(this.tokens[p.to]);
    const opens = name && !(listed && unclosed) && (this.startsClause(name) || this.vocab.cue(this.tokens[name.from - 1]));
    // "Prices have doubled since March, officials said": a month or a day is a time, no one's name.
    const time = name && name.to - name.from === 1 && this.vocab.calendarName(this.tokens[name.from]);
    return name && this.isName(name) && !time && opens && !this.participleClause(name) && !this.nameAfterOpening(name, p, from) ? { from: name.from, to: p.to } : joined;
  }

  /**
   * "Finally, Sanders said", "In Cedar Rapids, Iowa, Rubio told", "Like Corker, Menendez said": in English a name (not one
   * of a list) names itself; the words set off before it open the clause or end a phrase of place ("Ann Lee of Dover,
   * Delaware" is one phrase, its place linked to the name). Not where the verb after the name is set off by a comma: in
   * "Survival, Lee said, depends on readers" the words before open what was said.
   */
  private nameAfterOpening(before: Phrase, p: Phrase, from: number): boolean {
    if (this.vocab.marksIndirectSpeech || from !== p.from || !this.isName(p) || this.tokens[p.to + 1]?.text === ",") return false;
    // "Sen. Ann Lee, D-Wash., who chairs the panel, said": a party label set off after a name labels that name.
    if (p.to - p.from === 1 && PARTY_LABEL.test(this.tokens[p.from]!.text)) return false;
    return !this.tokens.slice(before.from, before.to).some((t) => this.vocab.link(t));
  }

  /** "Growers and exporters in the region": a phrase joined to the one before it, that one opening the clause. */
  private withConjunct(p: Phrase | null): Phrase | null {
    const conjunct = p && this.conjunctBefore(p);
    return p && conjunct && this.startsClause(conjunct) ? { from: conjunct.from, to: p.to } : p;
  }

  /** The phrase joined by a coordinator right before `p` ("growers" in "growers and exporters"), if any. */
  private conjunctBefore(p: Phrase): Phrase | null {
    return this.vocab.phraseCoordinator(this.tokens[p.from - 1]) ? this.runBack(p.from - 1) : null;
  }

  private runBack(to: number): Phrase | null {
    // "Die „Süddeutsche Zeitung“ berichtete": a quoted name ends the phrase.
    const quoted = QUOTE_MARK.test(this.tokens[to - 1]?.text ?? "") && this.head(this.tokens[to - 2]);
    // "Moritz Wohl von der „Aktion Deutschland hilft“ sagte": so does one ending in a lowercase word, read whole.
    const opening = quoted ? -1 : this.quotedNameStart(to - 1);
    // "Formula One said": in English a capitalised article of number closes a name, as a figure does; alone opening the
    // clause right before its verb it stands for someone counted ("One said …", "…, one told the paper"; not "no one").
    const one = this.tokens[to - 1];
    const counted = this.vocab.numeral(one) && this.vocab.singularArticle(one) && !this.tokens[to - 2]?.word && !this.vocab.relative(this.tokens[to]);
    const numbered = !this.vocab.marksIndirectSpeech && (numberClosingName(this.tokens, to - 1, this.vocab) || counted);
    // "While those surveyed said …": a demonstrative standing for people and the participle describing them.
    if (this.vocab.peopleDemonstrative(this.tokens[to - 2]) && isLowercase(this.tokens[to - 1]) && this.vocab.pastForm(this.tokens[to - 1]!)) return { from: to - 2, to };
    if (!quoted && opening < 0 && !this.head(this.tokens[to - 1]) && !this.nounAfterArticle(to - 1) && !numbered) return null;
    let from = opening >= 0 ? opening : quoted ? to - 2 : to - 1;
    while (from > 0 && to - from < MAX_PHRASE) {
      const prev = this.tokens[from - 1]!;
      if (quoted && QUOTE_MARK.test(prev.text) && isCapitalised(this.tokens[from])) {
        from--;
        continue;
      }
      // "Der „Spiegel“-Chef sagte": a word joined by a hyphen to a quoted name goes on back over the name and its marks; so
      // does a place or an origin named after a quoted name ("die „Zeit“ aus Hamburg", "der „Spiegel“ aus Sicherheitskreisen").
      const hyphened = prev.text === "-" && pastHyphenedWord(this.tokens, from - 1) === from + 1;
      const placed = this.vocab.placeLink(prev) && isCapitalised(this.tokens[from]) && !this.vocab.determiner(this.tokens[from]!);
      const linked = placed || (this.vocab.link(prev) && !this.vocab.determiner(prev) && isCapitalised(this.tokens[from]));
      const title = hyphened || linked ? this.titleOpening(from - 2) : -1;
      if (title >= 0) {
        from = title;
        continue;
      }
      const particle = isNameParticle(prev) && isCapitalised(this.tokens[from]);
      // "Ein Regierungssprecher in Berlin sagte": a place named after the role.
      const place = placed && this.head(this.tokens[from - 2]);
      // "…, den die Zeitung zitiert", "von dem die Polizei glaubt": an object's pronoun right before an article opens a
      // relative clause; it is no article of the phrase after it (an article never stands before another).
      if (this.relativeObject(from - 1)) break;
      // "…, though Mrs. Fiorina said", "whereas the council said": a conjunction opening the clause is no word of its subject.
      if (this.vocab.subordinator(prev) || this.vocab.contrast(prev)) break;
      // "Anna Berg lobte die Mannschaft:": in German a lowercase word of the preterite's shape right before an article is
      // the clause's verb, no word of the phrase after it.
      if (this.vocab.marksIndirectSpeech && isLowercase(prev) && this.vocab.determiner(this.tokens[from]) && (this.vocab.preteriteShape(prev) || this.vocab.pluralPast(prev))) break;
      const attribute = this.attributeOpening(from);
      // "A statement by the ministry said": a document's issuer after "by".
      const issued = this.vocab.passiveAgent(prev) && this.vocab.document(this.tokens[from - 2]);
      const dated = this.vocab.preposition(prev) || this.vocab.placeLink(prev) || this.vocab.circumstancePreposition(prev) || this.vocab.passiveAgent(prev) ? this.datedParticiple(from - 2) : -1;
      if (dated > 0) from = dated;
      else if (attribute > 0) from = attribute - 1;
      else if (this.pluralPossessive(from - 1)) from -= 2;
      else if (this.usable(prev) || particle || place || issued || this.vocab.link(prev) && this.usable(this.tokens[from - 2]) || this.roleLinked(from - 1)) from--;
      else break;
    }
    while (from < to && this.vocab.link(this.tokens[from]!) && !this.vocab.determiner(this.tokens[from]!) && !this.prepositionAsName(this.tokens[from]!)) from++;
    // "at least a dozen members of Congress": the two words opening a quantity open the phrase, though the first is a link.
    if (from > 0 && from < to && opensQuantity(this.tokens, from - 1, this.vocab)) from--;
    return from < to ? { from, to } : null;
  }

  /**
   * "…, der der Regierung vorwarf", "…, die alle Bürger aufforderte": in German a relative pronoun after a comma, right before
   * an article, a quantifier, a possessive or a preposition, opens a relative clause; it is no article of the phrase after it.
   */
  relativePronounAt(at: number): boolean {
    const next = this.tokens[at + 1];
    if (!this.vocab.marksIndirectSpeech || this.tokens[at - 1]?.text !== "," || !this.vocab.relative(this.tokens[at]) || !next) return false;
    return this.vocab.determiner(next) || this.vocab.quantifier(next) || this.vocab.possessive(next) || this.vocab.preposition(next);
  }

  /** The object-case relative pronoun at token `at`: after a comma or a preposition, before an article ("…, dem die Stadt widersprach"). */
  relativeObject(at: number): boolean {
    const opening = this.tokens[at - 1];
    const afterComma = opening?.text === ",";
    return this.vocab.objectArticle(this.tokens[at]!) && this.vocab.determiner(this.tokens[at + 1]!) && (afterComma || this.vocab.preposition(opening));
  }

  /**
   * "the tenants’ lawyer", "The Democrats’ plan": the apostrophe of a plural's possessive, a token of its own, written onto
   * its owner before a common noun. A capitalised owner before a name is left out, the name speaking: "Fox News’ Bret Baier".
   */
  private pluralPossessive(at: number): boolean {
    const mark = this.tokens[at];
    const owner = this.tokens[at - 1];
    const common = isLowercase(owner) || isLowercase(this.tokens[at + 1]);
    return !!mark && !!owner && APOSTROPHE.test(mark.text) && owner.end === mark.start && /s$/u.test(owner.text) && common && this.usable(owner);
  }

  /** The subject opening the sentence before token `before`, or opening it after an introductory phrase and its comma. */
  clauseSubject(before: number): Phrase | null {
    // "But Rena Okafor, an organizer with the tenants’ union, said": a coordinator opening the sentence is no part of its subject.
    // "QUESTIONABLE CLAIMS — For years, Oz has …": capitals before a dash further down the story, a subhead the reader
    // leaves in what was said, are no subject.
    const opening = datelineLength(this.tokens, NO_CREDIT);
    const start = this.vocab.coordinator(this.tokens[opening]) ? opening + 1 : opening;
    const found = this.subjectFrom(start, before);
    // "Then he left, saying …", "Still, Lee wrote …": an adverb opening the clause is no subject; one opening a
    // subordinate clause ("Now that …") or read into the subject's phrase ("Only half the members said") is kept. So is
    // a sentence adverb without its comma: "Yet the mayor said the pier was safe" is the mayor's.
    const adverb = this.tokens[start];
    const lone = !found || (found.from === start && found.to === start + 1);
    const skipped = adverb && (this.vocab.verbAdverb(adverb.text.toLowerCase()) || this.vocab.sentenceAdverb(adverb));
    if (!lone || !skipped || this.vocab.determiner(adverb)) return found;
    const next = this.tokens[start + 1]?.text === "," ? start + 2 : start + 1;
    if (this.vocab.conjunction(adverb) || this.vocab.conjunction(this.tokens[next]) || this.vocab.complementizer(this.tokens[next])) return found;
    return this.subjectFrom(next, before) ?? this.phraseUpTo(next, before) ?? found;
  }

  /**
   * "Early results show the polls missed": a plain noun before a present verb the forward reader does not know as one
   * ends no phrase read forward; read back from the verb, it is the subject when it reaches the clause's start.
   */
  private phraseUpTo(from: number, before: number): Phrase | null {
    const p = this.backward(before);
    return p && p.from === from ? p : null;
  }

  private subjectFrom(from: number, before: number): Phrase | null {
    let start = from;
    // "On Monday, at a rally in Dover, the senator toured the plant, saying …": up to two circumstances set off by commas
    // before the subject; a quotation opening the sentence counts as one, whatever its commas ("“…, by the media, …,” Lee told").
    const tries = QUOTE_MARK.test(this.tokens[from]?.text ?? "") ? MAX_OPENING_PHRASES - 1 : MAX_OPENING_PHRASES;
    for (let tried = 0; tried < tries && start < before; tried++) {
      const p = this.withLabel(this.forward(start));
      const next = this.tokens[p?.to ?? -1];
      // "Hours later, Trump returned …": a time phrase opening the clause is no subject.
      const time = p !== null && this.vocab.timeNoun(this.tokens[p.to - 1]!);
      // "Despite the storm, Lee spoke …, saying …": a preposition opening the clause heads a circumstance, no subject.
      const circumstance = p !== null && (this.vocab.circumstancePreposition(this.tokens[p.from]!) || this.adverbialBeforeComma(start));
      if (p && p.to <= before && next && (next.word || next.text === ",") && !this.vocab.link(this.tokens[start]!) && !time && !circumstance && !this.openingParticiple(start, before)) return p;
      // The quotation opening the sentence ends at its own closing mark, past the commas inside it.
      const closing = start === from ? this.closingMark(start, before) : -1;
      if (closing > 0) start = closing;
      else while (start < before && this.tokens[start]!.text !== ",") start++;
      start++;
      // "Speaking Tuesday on NBC’s “Morning Desk,” Halvorsen said": the comma may close a quotation.
      while (start < before && QUOTE_MARK.test(this.tokens[start]!.text)) start++;
    }
    return null;
  }

  /** The mark at or before `before` that closes the quotation opening at `open` (“…”, "…", ''…'', „…“, »…«), or -1. */
  private closingMark(open: number, before: number): number {
    const closer = CLOSING_MARK_OF[this.tokens[open]!.text];
    if (!closer) return -1;
    for (let k = open + 1; k < before; k++) if (this.tokens[k]!.text === closer) return k;
    return -1;
  }

  /**
   * "Britain's emotionally charged uprising": an English name with the possessive ending, then an adverb in -ly, owns the
   * noun after them, so a form read as a cue there is an adjective and the name no subject ("Lee’s plan to …", with a
   * statement noun, keeps its possessor; on a pronoun the ending is an auxiliary: "he’s openly said").
   */
  private possessiveBefore(k: number): boolean {
    const owner = this.tokens[k - 1];
    const ending = owner && !this.vocab.marksIndirectSpeech ? contraction(owner) : null;
    return !!ending && onNameOrNoun(ending, this.vocab) && this.vocab.adverbShape(this.tokens[k]);
  }

  /** "he’s spoken out against the law", "they’ve argued": a personal pronoun with its auxiliary contracted onto it is a phrase of its own. */
  private pronounWithAuxiliary(t: Token): boolean {
    const ending = contraction(t);
    return !!ending && this.vocab.pronoun(ending.host);
  }

  /**
   * "More recently, Lee has spoken out …, citing …", "Most notably, …": a few words closing on an adverb before their comma
   * modify the clause, no subject.
   */
  private adverbialBeforeComma(start: number): boolean {
    for (let k = start; k < start + MAX_ADVERBIAL_WORDS && this.tokens[k]?.word; k++) {
      if (this.tokens[k + 1]?.text === ",") return this.vocab.adverbShape(this.tokens[k]!);
    }
    return false;
  }

  /** "Sen. Ann Hale (D-Ore.), a member of the panel, said": a party or state label in brackets after a name is part of it. */
  withLabel(p: Phrase | null): Phrase | null {
    if (!p || this.tokens[p.to]?.text !== "(") return p;
    for (let i = p.to + 1; i < this.tokens.length && i - p.to <= MAX_PARENTHESIS; i++) if (this.tokens[i]!.text === ")") return { from: p.from, to: i + 1 };
    return p;
  }

  /**
   * "Speaking at a town hall in Dover, Patel went after Morrow", "Speaking Sunday, …": a participle clause opening the
   * sentence, a preposition, article or time after it and a comma before the verb, is no subject ("Haverkamp said",
   * "Harbor Light Ventures says" are names), nor is one before any word where a capitalised word or a subject pronoun
   * opens the clause after its comma ("Facing mounting criticism, Lee released …, describing …"). So is an adverb before a subordinate clause ("Even before the results
   * came in, his campaign sent …", "Immediately after the storm, Patel issued …").
   */
  private openingParticiple(start: number, before: number): boolean {
    const [first, after] = [this.tokens[start]!, this.tokens[start + 1]];
    // The comma closing the opening clause, before `before`.
    const end = Math.min(before, this.tokens.length);
    let comma = start + 2;
    while (comma < end && this.tokens[comma]!.text !== ",") comma++;
    if (!after || comma >= end) return false;
    const subject = this.tokens[comma + 1];
    const named = !!subject && (isCapitalised(subject) || this.vocab.subjectPronoun(subject));
    const participle = this.vocab.participle(first) && (this.vocab.link(after) || this.vocab.determiner(after) || this.vocab.timeNoun(after) || named);
    const adverb = this.vocab.verbAdverb(first.text.toLowerCase()) && this.vocab.conjunction(after) && !this.vocab.coordinator(after);
    return participle || adverb;
  }

  /** Does the phrase start a clause (a subject), not sit inside one (an object or adverbial)? */
  startsClause(p: Phrase): boolean {
    const before = this.tokens[p.from - 1];
    if (before && this.vocab.sentenceAdverb(before)) return this.startsClause({ from: p.from - 1, to: p.from });
    // "…, but ultimately Prager thinks …": such an adverb in lowercase after a conjunction.
    const lowered = !!before && isLowercase(before) && this.vocab.sentenceAdverb(before.text[0]!.toUpperCase() + before.text.slice(1));
    if (lowered && this.vocab.conjunction(this.tokens[p.from - 2])) return true;
    return !before || CLAUSE_OPENERS.has(before.text) || this.vocab.conjunction(before) || this.vocab.relative(before) || this.relativeObject(p.from - 1);
  }

  /** "Speaking to reporters in Geneva": a participle opening the sentence, a lowercase word after it (not "Manning, a …"). */
  private participleClause(p: Phrase): boolean {
    const first = this.tokens[p.from]!;
    return p.from === 0 && isCapitalised(first) && this.vocab.gerund(first.text.toLowerCase()) && isLowercase(this.tokens[p.from + 1]);
  }

  /** A name, or a role ending in its holder's name ("longtime aide Huma Abedin"). */
  private namesHolder(p: Phrase): boolean {
    return this.isName(p) || (p.to - p.from > 2 && this.isName({ from: p.to - 2, to: p.to }));
  }

  isName(p: Phrase): boolean {
    if (p.to - p.from > 5) return false;
    for (let i = p.from; i < p.to; i++) {
      const t = this.tokens[i]!;
      if (this.vocab.determiner(t) || !t.word || this.typeNoun(t)) return false;
    }
    return this.capital(this.tokens[p.from]!) && this.capital(this.tokens[p.to - 1]!);
  }

  /** ", Oleg Voloshyn," after a phrase names it; so does ", Ann Lee of the Harbor Institute." (a body after a link). */
  private withAppositive(j: number): number {
    if (this.tokens[j]?.text !== ",") return j;
    let k = j + 1;
    while (k < this.tokens.length && k - j <= 5 && (isCapitalised(this.tokens[k]) || isNameParticle(this.tokens[k]!))) k++;
    if (k === j + 1 || !this.isName({ from: j + 1, to: k })) return j;
    const closes = (at: number) => !this.tokens[at] || APPOSITION_CLOSERS.has(this.tokens[at]!.text);
    if (closes(k)) return k;
    // A name of two words or more ("Democrat of Delaware" is a label).
    if (k - j < 3 || (!this.vocab.link(this.tokens[k]!) && !this.vocab.placeLink(this.tokens[k]))) return j;
    let m = k + 1;
    if (this.vocab.determiner(this.tokens[m])) m++;
    const body = m;
    // "the University of Sydney": a link between capitals goes on with the body's name.
    const inName = (at: number) => isCapitalised(this.tokens[at]) || (this.vocab.link(this.tokens[at]!) && isCapitalised(this.tokens[at + 1]));
    while (m < this.tokens.length && m - body < MAX_QUOTED_NAME && inName(m)) m++;
    return m > body && closes(m) ? m : j;
  }

  private openingParenthesis(close: number): number {
    for (let i = close - 1; i >= 0 && close - i <= MAX_ASIDE; i--) {
      if (this.tokens[i]!.text !== "(") continue;
      // "Pellegrino (who has 14 endorsements so far) said": a relative clause in brackets says who the speaker is, at any length.
      return close - i <= MAX_PARENTHESIS || this.vocab.relative(this.tokens[i + 1]) ? i : -1;
    }
    return -1;
  }

  /**
   * The dash that opens an aside closed by the dash (or double dash) at `close`, with words between them; -1 if none.
   * Quotation marks and brackets inside are the aside's own, and only its words count: "Lee - who said he would “bomb
   * the [expletive] out of” the fields - said".
   */
  private openingDash(close: number): number {
    const mark = this.tokens[close]!.text;
    let end = close;
    if (this.tokens[end - 1]?.text === mark) end--;
    let words = 0;
    for (let i = end - 1; i >= 0 && words <= MAX_ASIDE; i--) {
      const t = this.tokens[i]!;
      if (t.text === mark) return i > 0 && this.tokens[i - 1]!.text === mark ? i - 1 : i < end - 1 ? i : -1;
      if (t.word) words++;
      else if (!ASIDE_MARKS.has(t.text) && !QUOTE_MARK.test(t.text)) return -1;
    }
    return -1;
  }

  /**
   * The comma opening a clause set off by commas that closes right before token k, or null: ", der nicht genannt werden
   * wollte," / ", den die Zeitung zitiert," / ", who spoke on condition of anonymity,"; ", including Mr. Goldberg,", an aside
   * that names members of the crowd before it ("Ann Lee, a spokeswoman for the coalition, which lobbies for the plan, said":
   * the name set off before it too). The phrase before it is the one that speaks.
   */
  clauseAsideBefore(k: number): number | null {
    const open = this.tokens[k - 1]?.text === "," ? this.previousComma(k - 1) : null;
    if (open === null) return null;
    return this.vocab.relative(this.tokens[open + 1]) || this.relativeObject(open + 1) || this.vocab.aside(this.tokens[open + 1]) ? open : null;
  }

  /**
   * "Some Democrats, however, question …", "The judges, for instance, said …": the comma opening a parenthetical adverb or
   * phrase set off by commas that ends right before token k, else k.
   */
  pastAside(k: number): number {
    const open = this.tokens[k - 1]?.text === "," ? this.previousComma(k - 1) : null;
    if (open === null) return k;
    const aside = this.tokens.slice(open + 1, k - 1);
    const parenthetical = aside.every((t) => this.vocab.adverb(t)) || !!this.vocab.parenthetical?.test(aside.map((t) => t.text).join(" "));
    return parenthetical ? open : k;
  }

  private previousComma(k: number): number | null {
    for (let i = k - 1; i >= 0 && k - i < 20; i--) {
      const t = this.tokens[i]!.text;
      if (t === ",") return i;
      if (QUOTE_MARK.test(t)) return null;
    }
    return null;
  }
}

/** "Monday", "last week": the first token of a day or a time, dating a participle, that ends at token `end`; else -1. */
export function datingStart(tokens: readonly Token[], end: number, vocab: AttributionVocabulary): number {
  if (vocab.calendarName(tokens[end])) return end;
  return vocab.timeNoun(tokens[end]) && isLowercase(tokens[end - 1]) ? end - 1 : -1;
}

/** The first token from `from` (before `end`) past a run of adverbs that are no prepositions: "said (also) Lee". */
export function pastAdverbs(tokens: readonly Token[], from: number, end: number, vocab: AttributionVocabulary): number {
  let i = from;
  while (i < end && vocab.adverbial(tokens[i]!) && !vocab.preposition(tokens[i]!)) i++;
  return i;
}

/** Where a participle's phrase goes on past a day or a time at `at` dating it ("released Monday by …", "published last week in …"); `at` where none. */
export function pastDating(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  const dated = [at, at + 1].find((end) => datingStart(tokens, end, vocab) === at);
  return dated === undefined ? at : dated + 1;
}

/** "at least", "at most": tokens `at` and the word after it open a quantity (`quantity-openers`). */
export function opensQuantity(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  const next = tokens[at + 1];
  return !!tokens[at] && !!next?.word && vocab.quantityOpener(`${tokens[at]!.text} ${next.text}`);
}

/** A word counting a crowd: "drei", "mehrere", "several". */
export function isCount(t: Token | undefined, vocab: AttributionVocabulary): boolean {
  return vocab.quantifier(t) || vocab.numeral(t);
}

/** A party's initial and a state's name or abbreviation, as American papers label lawmakers: "D-Ore.", "R-Texas", "I-Vt.". */
export const PARTY_LABEL = /^\p{Lu}-\p{Lu}[\p{L}.]*$/u;

/** "in a lengthy Facebook post": the words between a medium's article and its noun. */
const MAX_MEDIUM_WORDS = 3;

/**
 * "in a post", "in an open letter", "in a lengthy Facebook post": at `at` a preposition of place, an article, a few words
 * and the medium's noun in lowercase (`documents`, `interview-nouns`; "at the National Review" names a place of work).
 * Returns the index after the noun, or -1.
 */
export function mediumEnd(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  return placedNounEnd(tokens, at, (t) => vocab.document(t) || vocab.interviewNoun(t), vocab);
}

/** "at a news conference", "at a rally": as `mediumEnd`, a gathering's noun (`audience-nouns`). */
export function gatheringEnd(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): number {
  return placedNounEnd(tokens, at, (t) => vocab.audienceNoun(t), vocab);
}

/** At `at` a preposition of place, an article, a few words and a lowercase noun `noun` tests true of; the index after it, or -1. */
function placedNounEnd(tokens: readonly Token[], at: number, noun: (t: Token) => boolean, vocab: AttributionVocabulary): number {
  if (!vocab.placeLink(tokens[at]) || !vocab.determiner(tokens[at + 1])) return -1;
  for (let k = at + 2; k <= at + MAX_MEDIUM_WORDS + 1 && tokens[k]?.word; k++) if (isLowercase(tokens[k]) && noun(tokens[k]!)) return k + 1;
  return -1;
}

export const QUOTE_MARK = /^[„“”"»«‚‘’']$/;
/**
 * The one mark that closes a quotation each opening mark opens, for the subject reader to step over a quotation opening
 * the sentence (analysis pairs marks more loosely over the text, `analyse/quotations.ts`; here a single mark is read as
 * an apostrophe as often).
 */
const CLOSING_MARK_OF: Readonly<Record<string, string>> = { "“": "”", '"': '"', "''": "''", "„": "“", "»": "«", "«": "»" };
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "―"]);
const NAME_PARTICLES = /^(?:bin|ibn|al|el|von|van|de|da|di|du|der|le)$/;

/** "Formula One", "Capital One", "Formula 1": a figure or a capitalised article of number at `k`, right after a capitalised word, closes a name. */
export function numberClosingName(tokens: readonly Token[], k: number, vocab: AttributionVocabulary): boolean {
  const [prev, t] = [tokens[k - 1], tokens[k]];
  if (!t || !prev || !isCapitalised(prev) || vocab.determiner(prev)) return false;
  return /^\p{N}+$/u.test(t.text) || (isCapitalised(t) && vocab.singularArticle(t));
}

/** "von" of "Ursula von der Leyen", "al" of "Anwar al-Awlaki": a lowercase word inside a name. */
export const isNameParticle = (t: Token): boolean => NAME_PARTICLES.test(t.text);
