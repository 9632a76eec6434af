// The output facts: each statement as a quote and, with its speaker resolved (pronouns, roles, counterparts), an attribution chain.
import { containing, firstAtOrAfter } from "../spans.js";
import { groupBy } from "../group.js";
import type { Attribution, AttributionLink, Quote, Span } from "../types.js";
import type { AttributionVocabulary } from "./vocabulary.js";
import { sentenceIndex, type AttributionFacts, type Party, type SentenceReading, type Statement } from "./reader-state.js";
import { FreeIndirectReader } from "./free-indirect.js";
import { BODIES, namesType, POSSESSIVE, withoutPossessive } from "./speakers.js";
import { capitalRunStart, isCapitalised, isLowercase, type Phrase, type Token } from "./phrases.js";
import { subjectAfterFrontedAdverbial } from "./verb-second.js";
import { hasSpeakerNoun, headOf, namesSpeaker } from "./speaker-phrase.js";
import { openingParticipleComma, verbAdverbsBefore } from "./cues.js";
import { opensPredicate } from "./clause.js";

/** A capitalised word, then a role after a space, a hyphen or its possessive: "Amazon spokesman", "Lufthansa-Sprecher", "Meta's spokesman". */
const BODY_BEFORE_ROLE = /(?<![\p{L}&'’-])(\p{Lu}[\p{L}&]*)(?=(?:['’]s)?[ -](\p{L}+))/gu;
/**
 * "Sen.", "Mr.", "Dr.": a title abbreviated before a name; short, as a run of capitalised words may go on over a
 * sentence's end ("… das Bundesamt. Greenpeace fordert …").
 */
const TITLE_ABBREVIATION = /^\p{Lu}\p{Ll}{0,3}\.$/u;
/** Capitalised words in a row, a name and the words before it: "Senator Ann Warren"; and such a run at a given place. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+/gu;
const CAPITALISED_RUN_AT = new RegExp(CAPITALISED_RUN.source, "uy");

/** Characters between two statements that still read as one passage. */
const NEAR = 400;
/**
 * "The ministry said … . It added …", "…, people familiar with the matter said. … , they said.": how many sentences after
 * a body's or an unnamed crowd's statement "it" or "they" still stands for it.
 */
const MAX_PRONOUN_DISTANCE = 2;

export class FactsBuilder extends FreeIndirectReader {
  /** The direct quotations' spans, in order (quoted). */
  private directSpans: Span[] | undefined;
  /** Names written before a role that speaks for a body (bodyByItsRole). */
  private bodiesBeforeRoles: Set<string> | undefined;
  /** Where a body's name opening on a one-word name is first written, asked of each name once (bodyByFullerName). */
  private bodyNamesOpened: Map<string, number> | undefined;
  /** The capitalised words written before each name (mentionsOf). */
  private fullerNames: Map<string, { at: number; words: string[] }[]> | undefined;
  /** Words asked of inRunningTextCapitalised, and the answers. */
  private readonly capitalisedInText = new Map<string, boolean>();
  // Read once before the facts, so that each pronoun looks up its candidates instead of passing over every statement:
  // statements of a person by the sentence their speaker's phrase stands in, and by the last word of the speaker's name.
  private bySpeakerSentence = new Map<number, Statement[]>();
  private bySpeakerSurname = new Map<string, Statement[]>();
  /** Names given with a relational role, found on the first possessive relational speaker. */
  private mentions: { at: number; name: string }[] | undefined;

  /** "Howard continued his remarks. “Eight years ago …”": a quotation opening its sentence speaks for the person the sentence before is about. */
  private narratorBefore(q: Span): Party | null {
    const index = sentenceIndex(this.input.sentences, q.start);
    const sentence = this.input.sentences[index];
    if (!sentence || this.input.text.slice(sentence.start, q.start).trim() !== "") return null;
    const before = index > 0 ? this.at(index - 1) : undefined;
    const span = this.input.sentences[index - 1]!;
    if (!before || !this.continues(span, q) || this.quoted(span)) return null;
    return this.personSubject(before, before.tokens.length);
  }

  /** A sentence wholly inside a quotation: its words are the quoted speaker's ("“We must act. We are late.” “…”"), and name no narrator. */
  private quoted(sentence: Span): boolean {
    return containing(this.directQuotations(), sentence) !== null;
  }

  /** The direct quotations' spans, read once, in order (the statements are sorted when facts are built): a dense article asks for every quotation. */
  private directQuotations(): readonly Span[] {
    return (this.directSpans ??= this.statements.filter((st) => st.kind === "direct").map((st) => st.span));
  }

  /**
   * "…, sagte UN-Vertreter Toby Lanzer. …, so der UN-Mitarbeiter": a definite role right after a named person's statement
   * describes that person again, not an unnamed source; not after a role alone ("The health secretary said …"), nor one
   * owned by another body ("the Liberal Democrats' health spokesperson").
   */
  private describedAgain(role: Party, lastSpoke: { person: Party; span: Span } | null, quote: Span): Party | undefined {
    const [article, ...words] = role.text.split(/\s+/);
    if (!lastSpoke || !this.vocab.definite(article!) || role.text.includes(",") || words.some((w) => POSSESSIVE.test(w))) return undefined;
    return this.near(lastSpoke.span, quote) && /\p{Lu}/u.test(lastSpoke.person.name) ? lastSpoke.person : undefined;
  }

  /**
   * "der Kreml-Sprecher" after "Kreml-Sprecher Dmitri Peskow", "the chief" after "Fire Chief Tom Hale": the named speaker a
   * definite role describes again, whose phrase has the role's words; a person's role only where that speaker has a name
   * ("the judge" after "a federal judge in Ohio" is not "Ohio", nor after "a young judge" "young judge").
   */
  private holderOf(role: Party, persons: readonly Party[], lastSpoke: { person: Party; span: Span } | null, quote: Span, unnamed: readonly Party[]): Party | undefined {
    const anonymous = role.type === "anonymous";
    // Only a phrase opening on a definite article can describe someone named before; most persons are names.
    if ((!anonymous && role.type !== "person") || !this.vocab.definite(role.text.slice(0, role.text.search(/\s|$/)))) return undefined;
    // "„…“, sagte der 38-Jährige", "the Spaniard said": a person described by age or nationality alone is the named person
    // opening its own sentence before it ("Mohamed Salah … has yet to sign, and the Egyptian admitted …"), else the one
    // who spoke in the sentence right before; with a sentence between, it is as often someone only mentioned there ("Der
    // Hausbesitzer machte …").
    if (!anonymous && this.vocab.epithet(role.text)) {
      return this.namedSubjectOpening(role, quote) ?? (lastSpoke && this.sentencesApart(lastSpoke.span, quote) <= 1 ? this.describedAgain(role, lastSpoke, quote) : undefined);
    }
    const named = (p: Party) => anonymous || (properName(p.name) && p.name.toLowerCase() !== role.name.toLowerCase());
    const described = persons.findLast((p) => refersTo(role, p, this.vocab) && named(p));
    // "“…,” the witness told jurors. … The witness denied that.": a role an unnamed speaker was written as before is that
    // speaker again, not the named person who spoke last.
    const again = unnamed.some((p) => withoutArticle(p.text) === withoutArticle(role.text));
    // "…, heißt es aus dem Umfeld des Klubs": a crowd inside a body (`insider-crowds`) is never the one person who spoke.
    const crowd = role.text.split(/\s+/).some((w) => this.vocab.insiderCrowd(w));
    return described ?? (anonymous && !again && !crowd ? this.describedAgain(role, lastSpoke, quote) : undefined);
  }

  /** Same paragraph or the next, at most a few sentences apart, the later quotation opening its sentence. */
  private continues(before: Span, quote: Span): boolean {
    const { sentences, text } = this.input;
    const sentence = sentences[sentenceIndex(sentences, quote.start)];
    const opens = !sentence || text.slice(sentence.start, quote.start).trim() === "";
    return opens && this.near(before, quote);
  }

  /** How many sentences the start of `quote` is after the end of `before`. */
  private sentencesApart(before: Span, quote: Span): number {
    const { sentences } = this.input;
    return sentenceIndex(sentences, quote.start) - sentenceIndex(sentences, before.end - 1);
  }

  /** Same paragraph or the next, at most a few sentences apart. */
  private near(before: Span, quote: Span): boolean {
    const paragraph = (at: number) => firstAtOrAfter(this.input.paragraphs, at + 1, (p) => p.start);
    return paragraph(quote.start) - paragraph(before.start) <= 1 && quote.start - before.end < NEAR;
  }

  protected facts(): AttributionFacts {
    this.indexSpeakers();
    const quotes: Quote[] = [];
    const attributions: Attribution[] = [];
    // Named persons who spoke so far; the last is the nearest.
    const persons: Party[] = [];
    // Every speaker named so far, the last the nearest.
    const spoken: Party[] = [];
    // Unnamed people as first written, latest mention last: what a definite role stands for.
    const unnamed: Party[] = [];
    let previous: Statement | null = null;
    // The named person who made the statement before, if the one before was theirs.
    let lastSpoke: { person: Party; span: Span } | null = null;
    // The one unnamed person who made the statement before ("A spokeswoman said …"), if the one before was theirs.
    let lastRole: { role: Party; span: Span } | null = null;
    // The person the statement before asked a question, if it was one ("Reporters asked Lee whether …"): who answers.
    let lastAsked: { person: Party; span: Span } | null = null;
    // The body that spoke last, if any: what "it" stands for.
    let lastBody: { body: Party; span: Span } | null = null;
    // The unnamed crowd that spoke last, if any: what "they" stands for where no group opens a sentence.
    let lastCrowd: { crowd: Party; span: Span } | null = null;
    // "“…,” she said, adding that …": a pronoun two statements share stands, where nothing nearer says, for whom it stood
    // for in the first.
    const pronounsRead = new Map<string, { speaker: Party; named: Party | null }>();
    for (const s of this.statements) {
      // A quotation that opens its sentence right after an attributed statement continues it.
      if (!s.speaker && s.kind === "direct" && previous?.speaker && this.continues(previous.span, s.span)) s.speaker = previous.speaker;
      else if (!s.speaker && s.kind === "direct") s.speaker = this.narratorBefore(s.span);
      let speaker = s.speaker;
      // The named person the statement turns out to be by.
      let named: Party | null = null;
      let compound: Party | undefined;
      let again: Party | undefined;
      let body: Party | undefined;
      const other = speaker && this.isCounterpart(speaker) ? this.counterpart(s.span.start, persons) : null;
      const holder: Party | undefined = speaker ? this.holderOf(speaker, persons, lastSpoke, s.span, unnamed) : undefined;
      const pluralPronoun = !!speaker && this.pluralPronoun(speaker, s);
      if (speaker && other) {
        // "sein Gesprächspartner": the other party of the meeting, not the possessor.
        speaker = { ...speaker, type: "person", name: other, text: `${speaker.text} (${other})` };
      } else if (speaker && ((this.vocab.personalPronoun(speaker.text) && !pluralPronoun) || this.ownStatement(speaker))) {
        // "sagte er", "nach seinen Angaben": the named subject opening the sentence before, else the nearest named speaker.
        // "A spokeswoman said … . She told Reuters …": an unnamed person who spoke right before, not a name further back.
        const pronoun = `${speaker.span.start}:${speaker.span.end}`;
        const unnamed = this.roleBefore(speaker, s.span, lastRole);
        const antecedent = this.askedBefore(speaker, s.span, lastAsked) ?? this.antecedentBefore(speaker, persons, s.span);
        // "The prime minister said … . She told …": a lowercase role names the person named before it ("the actress" after
        // "Sarandon"), so it is what the pronoun stands for only where no name came before.
        const role = unnamed && (unnamed.type === "anonymous" || !antecedent) ? unnamed : null;
        named = role ? null : antecedent;
        // "Mr. Trump's plan drew fire. He said …": a possessor the pronoun stands for is the person, without the ending.
        const name = role?.name ?? (named ? withoutPossessive(named.name) : null);
        // The role as written: "He (A spokesman for Mr. Ruiz)" is not Mr. Ruiz. A body or a crowd stood for keeps its type:
        // "Sie (Gewerkschaft)", "nach eigenen Angaben (Kinderärzte)".
        const type = named && (BODIES.has(named.type) || named.type === "vague") ? named.type : speaker.type;
        if (name) speaker = { ...speaker, name, type, text: `${speaker.text} (${role?.text ?? name})` };
        const read = pronounsRead.get(pronoun);
        if (name) pronounsRead.set(pronoun, { speaker, named });
        else if (read) ({ speaker, named } = read);
      } else if (speaker && this.vocab.bodyPronoun(speaker.text) && (body = this.bodyOpening(speaker, s.span) ?? (lastBody && this.sentencesApart(lastBody.span, s.span) <= MAX_PRONOUN_DISTANCE ? lastBody.body : undefined))) {
        // "The ministry said … . It added that …": "it" stands for the body that spoke last, a sentence or two before; in
        // a clause closing its sentence for the body opening it ("The company reported a loss, it said in a filing").
        speaker = { ...speaker, type: body.type, name: body.name, text: `${speaker.text} (${body.name})` };
      } else if (speaker && (this.vocab.groupPronoun(speaker.name) || pluralPronoun)) {
        // "… , people familiar with the matter told Bloomberg. The deal could come next week, they said.": with no group opening
        // the sentence, "they" stands for the unnamed crowd that spoke a sentence or two before; so does German "sie" with its
        // verb in the plural ("Ärzte warnten vor dem Virus. Sie sagten, …"), never one person named before; and so does the
        // pronoun one of the crowd is counted out of ("“…,” one of them said").
        const crowd: Party | null = lastCrowd && this.sentencesApart(lastCrowd.span, s.span) <= MAX_PRONOUN_DISTANCE ? lastCrowd.crowd : null;
        const group: Party | null = this.groupOpening(speaker.span.start) ?? crowd;
        if (group) speaker = { ...speaker, name: group.name, type: group.type, text: `${speaker.text} (${group.name})` };
      } else if (speaker && holder) {
        // "der Kreml-Sprecher" after "Kreml-Sprecher Dmitri Peskow" is Peskow again, not an unnamed source, whoever spoke in between.
        speaker = { ...speaker, type: "person", name: holder.name, text: `${speaker.text} (${holder.name})` };
        named = holder;
      } else if (speaker?.type === "anonymous" && (again = this.unnamedAgain(speaker, unnamed))) {
        // "A council spokeswoman said … . The spokeswoman added …": a definite role is the unnamed person named so before
        // (each mention still a phrase the sourcing rules point at).
        // Written the same again ("the witness" … "The witness"), it needs no second writing.
        const same = withoutArticle(again.text) === withoutArticle(speaker.text);
        speaker = { ...speaker, name: again.name, text: same ? speaker.text : `${speaker.text} (${again.text})` };
      } else if (speaker && (compound = compoundNaming(speaker, spoken, this.vocab))) {
        // "die Grünen-Stadtratsfraktion erklärte, … Zudem wolle die Fraktion …": a definite noun heading a compound named before is that party.
        speaker = { ...speaker, name: compound.name, text: `${speaker.text} (${compound.name})` };
      } else if (speaker?.type === "person" && (this.bodyByItsRole(speaker) || this.bodyByFullerName(speaker))) {
        // "Amazon spokesman Brad Glasser said … . Amazon did not respond …": a name the text writes before a role that
        // speaks for a body is the body's; so is one opening a body's name written before ("Meta Platforms … Meta said").
        speaker = { ...speaker, type: "institution" };
      } else if (speaker?.type === "person" && !s.relayedOnly && !this.vocab.pronoun(speaker.text) && !this.vocab.backReference(speaker.text) && !this.possessed(speaker)) {
        // "Coach Andy Reid praised …. “…,” Reid said.": a surname alone is chained as the one person named in full before.
        const full = this.fullNameBefore(speaker);
        if (full) speaker = { ...speaker, name: full };
        persons.push(speaker);
        named = speaker;
      }
      const asserts = s.assertsNothing ? { asserts: false as const } : {};
      if (speaker && !s.wordless) {
        // "Wolfgang Grader, …, zu den Vorgängen: „…“" read twice as the speaker and its source is one link; a party appears in
        // a chain once ("„…“, sagte er gegenüber Deutschlandradio" inside Grader's own statement is Grader → Deutschlandradio).
        const parties = [...(s.origins ?? []), speaker, ...s.intermediaries].filter((p, k, all) => all.findIndex((q) => q.name === p.name) === k);
        const links: AttributionLink[] = parties.map((p) => ({ name: p.name, span: p.span, type: p.type }));
        attributions.push({ chain: links.map((l) => l.name), span: s.span, cue: s.cue ? this.asWritten(s.cue.span) : null, links, ...asserts });
      }
      // A link of a chain only (relayedOnly) is no quote, and the pronouns and quotations after it read past it to the report around it.
      if (s.relayedOnly) continue;
      if (s.speaker) {
        previous = s;
        spoken.push(s.speaker);
      }
      if (speaker) lastSpoke = named ? { person: named, span: s.span } : null;
      lastAsked = s.askedOf ? { person: s.askedOf, span: s.span } : null;
      if (speaker && BODIES.has(speaker.type) && !this.vocab.pronoun(speaker.text)) lastBody = { body: speaker, span: s.span };
      if (speaker && this.unnamedCrowd(speaker)) lastCrowd = { crowd: speaker, span: s.span };
      // A question or a refusal leaves the word to someone else: "A reporter asked Lee about it. He replied …" is Lee's.
      if (speaker) lastRole = (speaker.type === "anonymous" || this.roleOnly(speaker)) && !s.assertsNothing ? { role: again ?? speaker, span: s.span } : null;
      if (speaker?.type === "anonymous") unnamed.push(again ?? speaker);
      if (s.wordless) continue;
      quotes.push({
        kind: s.kind,
        span: s.span,
        text: this.asWritten(s.span),
        speaker: speaker?.text ?? null,
        speakerSpan: speaker?.span ?? null,
        speakerType: speaker?.type ?? null,
        cue: s.cue ? this.asWritten(s.cue.span) : null,
        cueSpan: s.cue?.span ?? null,
        ...asserts,
      });
    }
    return { quotes, attributions };
  }

  /**
   * The antecedent of "he", "she" or a possessive: the named subject opening its own sentence before what the pronoun
   * said, else the one opening the sentence before, else the nearest named speaker; never a group, which they do not
   * stand for ("Republican voters cheered. He said …" is not the voters'), nor a name with a title or a given name of the
   * other gender ("Mr. King left. She said …").
   */
  private antecedentBefore(pronoun: Party, persons: readonly Party[], statement: Span): Party | null {
    // A pronoun stands for one person named: "she" passes over a speaker read as "the plan", or two named together
    // ("Lee and Ruiz"), to a name before.
    const one = (p: Party) => /\p{Lu}/u.test(p.name) && !p.name.split(/\s+/).some((w) => this.vocab.coordinator(w));
    const fits = (p: Party) => one(p) && !this.namesGroup(p) && !this.otherGender(pronoun.text, p, pronoun.span.start);
    const main = this.mainClauseSubject(pronoun);
    if (main && fits(main)) return main;
    const own = this.speakerOpening(statement) ?? this.namedSubjectOpening(pronoun, statement);
    if (own && fits(own)) return own;
    const subject = this.namedSubjectBefore(pronoun.span.start);
    if (subject && fits(subject)) return subject;
    return this.genderedSubjectBefore(pronoun, persons) ?? persons.findLast(fits) ?? null;
  }

  /**
   * "Die Krebshilfe begrüßte die Ergebnisse. Sie hofft, dass …": where a language's pronouns for persons stand for bodies
   * by their nouns' gender, the body or the person's role opening the sentence before as its subject, under a definite
   * article of the pronoun's gender (`masculine-subject-articles`, `feminine-subject-articles`), is what the pronoun
   * stands for, where it names a speaker ("Die Entwicklung …", "Der Preis …" do not) written after the last person who
   * spoke; a role as the named person it describes.
   */
  private genderedSubjectBefore(pronoun: Party, persons: readonly Party[]): Party | null {
    const lastPerson = persons.at(-1);
    const { vocab } = this;
    const article = vocab.masculineWord(pronoun.text) ? vocab.masculineSubjectArticle : vocab.feminineWord(pronoun.text) ? vocab.feminineSubjectArticle : null;
    const index = sentenceIndex(this.input.sentences, pronoun.span.start);
    const opening = article && index > 0 ? this.subjectOpening(index - 1) : null;
    if (!opening || !article!(opening.s.tokens[0])) return null;
    const { s, phrase, party } = opening;
    if (!namesSpeaker(s.tokens, phrase, vocab, s.reader)) return null;
    // The head is the body: "Der Preis der Reichsbank" is a prize.
    const headPhrase = headOf(s.tokens, phrase, vocab);
    const head = this.party(s.tokens, headPhrase);
    if (lastPerson && lastPerson.span.start >= party.span.start) return null;
    if (BODIES.has(head.type)) return party;
    // "Der Angeklagte hat sein Schweigen gebrochen. Er habe …": so does a person's role, or the named person it describes.
    const role = (head.type === "person" || head.type === "anonymous") && hasSpeakerNoun(s.tokens, headPhrase, vocab);
    return role ? (this.holderOf(party, persons, null, pronoun.span, []) ?? party) : null;
  }

  /**
   * "A council spokeswoman said … . The spokeswoman added …": the unnamed person (as first written) a definite role stands
   * for, named before with more words than it has; never a pronoun, relative or demonstrative standing in for one.
   */
  private unnamedAgain(role: Party, unnamed: readonly Party[]): Party | undefined {
    const words = role.text.split(/\s+/).length - 1;
    const opener = (p: Party) => p.text.split(/\s+/)[0]!;
    const pointsBack = (p: Party) => this.vocab.pronoun(opener(p)) || this.vocab.relative(opener(p)) || this.vocab.demonstrative(opener(p));
    const written = (p: Party) => !pointsBack(p) && p.text.split(/\s+/).length > words;
    return unnamed.findLast((p) => written(p) && refersTo(role, p, this.vocab));
  }

  /** The person asked a question right before, near, answering it: "Reporters asked Lee whether …. “Sure,” he said." */
  private askedBefore(pronoun: Party, statement: Span, before: { person: Party; span: Span } | null): Party | null {
    if (!before || !this.near(before.span, statement)) return null;
    const { person } = before;
    return /\p{Lu}/u.test(person.name) && !this.vocab.pronoun(person.text) && !this.otherGender(pronoun.text, person, pronoun.span.start) ? person : null;
  }

  /**
   * The unnamed role a pronoun stands for: the speaker of the statement right before, near, where no named subject opens
   * the sentence before; only one person's, opened by a singular article ("A spokeswoman", "eine Sprecherin"; not "Two
   * aides"), of no other gender by its article or its words ("sie" is not "ein Sprecher").
   */
  private roleBefore(pronoun: Party, statement: Span, before: { role: Party; span: Span } | null): Party | null {
    if (!before || !this.near(before.span, statement)) return null;
    const { vocab } = this;
    const { role } = before;
    const words = role.text.split(/\s+/);
    const article = words[0]!;
    // ("One said …": a count alone stands for someone counted out of others, no role a pronoun after it takes up.)
    const one = (vocab.singularArticle(article) && words.length > 1) || (this.roleOnly(role) && vocab.definite(article) && !vocab.pluralShape(words.at(-1)!));
    if (!one || this.namedSubjectBefore(pronoun.span.start)) return null;
    const otherArticle = vocab.masculineWord(pronoun.text) ? vocab.feminineArticle(article) : vocab.feminineWord(pronoun.text) && vocab.masculineArticle(article);
    return otherArticle || this.otherGender(pronoun.text, role, pronoun.span.start) ? null : role;
  }

  /** "The prime minister said …": in English a person named by a lowercase role alone, whom a pronoun after may stand for. */
  private roleOnly(p: Party): boolean {
    const head = p.name.split(/\s+/).at(-1)!;
    return p.type === "person" && !this.vocab.marksIndirectSpeech && !/\p{Lu}/u.test(p.name) && (this.vocab.roleNoun(head) || this.vocab.speakerNoun(head));
  }

  /**
   * Does the party's title or given name name the other gender than the pronoun ("she" and "Mr. King", "er" and "Frau
   * Berg", "she" and "Michael Reed")? A surname alone is known by its fuller mentions before ("Reed" after "Michael
   * Reed"), where every given name among them is of the other gender: not after "Bill Clinton" and "Hillary Clinton",
   * nor after "Chris Murphy", a given name of both (`unisex-given-names`).
   */
  private otherGender(pronoun: string, p: Party, before: number): boolean {
    const masculine = this.vocab.masculineWord(pronoun);
    if (!masculine && !this.vocab.feminineWord(pronoun)) return false;
    const { vocab } = this;
    const [otherWord, otherName, ownName] = masculine
      ? [vocab.feminineWord, vocab.feminineGivenName, vocab.masculineGivenName]
      : [vocab.masculineWord, vocab.masculineGivenName, vocab.feminineGivenName];
    // ("Her son, Peter Hale" is a man, "his wife" a woman: a possessive names the owner's gender.)
    if (p.text.split(/\s+/).some((w) => otherWord(w) && !vocab.possessive(w))) return true;
    const given = this.fullerMentions(p.name, before).flat();
    const own = given.some((w) => ownName(w) || vocab.unisexGivenName(w));
    return !own && given.some((w) => otherName(w));
  }

  /**
   * The words before a name's last, where a given name stands: "Michael" in "Michael Reed"; for a name of one word, the
   * one or two capitalised words before it wherever the text named it so before `before` ("Reed" after "Michael Reed
   * toured the harbor"), and the word itself. Only there: "Warren" is a given name and a surname ("Senator Ann Warren").
   */
  private fullerMentions(name: string, before: number): string[][] {
    const words = name.split(/\s+/);
    if (words.length > 1) return [words.slice(0, -1)];
    const mentions = this.mentionsOf(name).filter((m) => m.at < before).map((m) => m.words);
    // The word itself may be a given name ("Hillary", "Jürgen"); a fuller mention of the other gender outweighs it:
    // "Henry" after "Mary Kay Henry" may be hers.
    return [...mentions, words];
  }

  /**
   * Where the text writes a name after one or two capitalised words, and those words ("Michael Reed": at "Reed", the
   * words ["Michael"]); the article's runs of capitalised words are read once, on the first question, with one static
   * pattern (a pattern built for each name made the whole reading a fifth slower).
   */
  private mentionsOf(name: string): readonly { at: number; words: string[] }[] {
    if (!this.fullerNames) {
      this.fullerNames = new Map();
      for (const run of this.input.text.matchAll(CAPITALISED_RUN)) {
        const words = [...run[0].matchAll(/\S+/g)];
        for (let k = 1; k < words.length; k++) {
          const before = words.slice(Math.max(0, k - 2), k);
          const mention = { at: run.index + before[0]!.index, words: before.map((w) => w[0]) };
          // "Reed’s", "Reed." name Reed.
          const key = withoutPossessive(words[k]![0].replace(/\.+$/u, ""));
          const known = this.fullerNames.get(key);
          if (known) known.push(mention);
          else this.fullerNames.set(key, [mention]);
        }
      }
    }
    return this.fullerNames.get(name) ?? [];
  }

  /**
   * "Republican voters", "Edwards and others": a phrase headed by a lowercase plural (`plural-shape`) names a group; so
   * does one plural word capitalised only where a sentence opens on it ("Reporters asked Lee …"), which the text never
   * writes after a word or a comma, as it writes a name ("Sanders" in "said Sanders", "Bernie Sanders").
   */
  private namesGroup(p: Party): boolean {
    const words = p.name.split(/\s+/);
    const head = words.at(-1) ?? "";
    if (!this.vocab.pluralShape(head)) return false;
    return /^\p{Ll}/u.test(head) || (words.length === 1 && !this.inRunningTextCapitalised(head));
  }

  /** Does the text write the word after a word or a comma, as a name inside a sentence? */
  private inRunningTextCapitalised(word: string): boolean {
    let known = this.capitalisedInText.get(word);
    if (known === undefined) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      known = new RegExp(`[\\p{L}\\p{N},;]\\s+${escaped}(?![\\p{L}\\p{N}])`, "u").test(this.input.text);
      this.capitalisedInText.set(word, known);
    }
    return known;
  }

  /**
   * "Minister Axel Vogel warnte vor Panik: Es gebe keinen Grund zur Sorge, sagte er.": the first person named as a speaker
   * in the sentence, before what the pronoun said, though that speaker's own statement around it is read after; a name
   * inside what the pronoun said is never it ("Vogel irre, sagte er").
   */
  private speakerOpening(statement: Span): Party | null {
    const index = sentenceIndex(this.input.sentences, statement.start);
    const s = this.at(index);
    const named = (p: Party): boolean => {
      if (!s || p.span.end > statement.start || this.vocab.pronoun(p.text.split(/\s+/)[0]!) || this.possessed(p)) return false;
      const phrase = phraseOf(s, p.span);
      const name = phrase ? closingName(s, phrase, p) : null;
      // "A Libertarian, he backed …": a capitalised noun after an article names no one.
      return !!name && !this.vocab.determiner(s.tokens[name.from - 1]);
    };
    const speakers = (this.bySpeakerSentence.get(index) ?? []).map((st) => st.speaker!).filter(named);
    return speakers.reduce<Party | null>((first, p) => (!first || p.span.start < first.span.start ? p : first), null);
  }

  private indexSpeakers(): void {
    const spoken = this.statements.filter((st) => st.speaker?.type === "person");
    this.bySpeakerSentence = groupBy(spoken, (st) => sentenceIndex(this.input.sentences, st.speaker!.span.start));
    this.bySpeakerSurname = groupBy(spoken, (st) => st.speaker!.name.split(/\s+/).at(-1)!);
  }

  /**
   * The full name the text wrote before for a one-word name, the one given name written right before it (`mentionsOf`):
   * "Reid" after "Coach Andy Reid" is Andy Reid; not after "Bill Clinton" and "Hillary Clinton" both.
   */
  private fullNameBefore(party: Party): string | null {
    if (/\s/u.test(party.name) || !/^\p{Lu}/u.test(party.name)) return null;
    const given = this.mentionsOf(party.name).filter((m) => m.at < party.span.start).map((m) => m.words.at(-1)!);
    const names = new Set(given.filter((word) => this.vocab.givenName(word)));
    return names.size === 1 ? `${[...names][0]} ${party.name}` : null;
  }

  /**
   * "Putin wird nicht aufhören, solange er glaubt, …": a pronoun opening a subordinate clause right after its comma stands
   * for the person opening the main clause before it (after a colon announcing it: "Klar ist: Putin wird …").
   */
  private mainClauseSubject(pronoun: Party): Party | null {
    const s = this.at(sentenceIndex(this.input.sentences, pronoun.span.start));
    const k = s ? firstAtOrAfter(s.tokens, pronoun.span.start, (t) => t.start) : -1;
    if (!s || !this.vocab.subordinator(s.tokens[k - 1]) || s.tokens[k - 2]?.text !== ",") return null;
    const colon = s.tokens.findLastIndex((t, i) => i < k && t.text === ":");
    const subject = s.reader.forward(colon + 1);
    if (!subject || subject.to >= k - 2 || this.vocab.pronoun(s.tokens[subject.from]!) || !s.tokens[subject.to]?.word) return null;
    // The subject is read whole where a verb follows it ("Clinton stretched the truth, when she …"; "Outright victory is
    // vital, because he …" read "Outright" alone). Where nouns take capitals (German) any lowercase word there is the verb.
    const verb = s.tokens[subject.to]!;
    const lowercaseVerb = this.vocab.marksIndirectSpeech && isLowercase(verb);
    if (!lowercaseVerb && !opensPredicate(verb, this.vocab) && !this.vocab.cue(verb)) return null;
    const party = this.party(s.tokens, subject);
    return party.type === "person" ? party : null;
  }

  /**
   * A one-word name as written that the text also writes before a role speaking for a body ("Amazon spokesman …", "a
   * Google representative", "ein Lufthansa-Sprecher") or before what only a firm has (`firm-holdings`: "Boeing shares",
   * "die Lufthansa-Aktie"), never after a given name, a title or a role, nor being one
   * ("Clinton spokesman Brian Fallon" after "Hillary Clinton" names her aide).
   */
  private bodyByItsRole(party: Party): boolean {
    if (!this.bareName(party)) return false;
    if (!this.bodiesBeforeRoles) {
      this.bodiesBeforeRoles = new Set();
      for (const [, body, role] of this.input.text.matchAll(BODY_BEFORE_ROLE)) if (namesType(role!, "anonymous", this.vocab) || this.vocab.firmHolding(role!)) this.bodiesBeforeRoles.add(body!);
    }
    return this.bodiesBeforeRoles.has(party.name) && !this.writtenAsPerson(party.name);
  }

  /**
   * A one-word name as written that opens a body's name written before it ("Meta Platforms", "Harbor Electronics", typed
   * by `speaker-institution-names`), never after a given name, a title or a role: "Clinton" after "the Clinton Foundation"
   * and "Hillary Clinton" is hers.
   */
  private bodyByFullerName(party: Party): boolean {
    if (!this.bareName(party)) return false;
    this.bodyNamesOpened ??= new Map();
    let at = this.bodyNamesOpened.get(party.name);
    if (at === undefined) {
      at = Infinity;
      // Not a person's name and title the body opens: "Cleveland Police Chief Calvin Williams".
      const personal = (words: string[]) => words.some((w) => this.vocab.givenName(w) || this.vocab.roleNoun(w));
      const { text } = this.input;
      for (let k = text.indexOf(party.name); k >= 0 && at === Infinity; k = text.indexOf(party.name, k + 1)) {
        // The run opens on the name as a word of its own: no letter right before it, no capitalised word before its space,
        // a space after it ("Rutans Unternehmen", "Macromedia-Entwicklerkonferenz" open none).
        const word = !/[\p{L}\p{N}]/u.test(text[k - 1] ?? "") && /\s/u.test(text[k + party.name.length] ?? "");
        if (!word || /\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(Math.max(0, k - 40), k))) continue;
        CAPITALISED_RUN_AT.lastIndex = k;
        const run = CAPITALISED_RUN_AT.exec(text)?.[0];
        if (run && namesType(run, "institution", this.vocab) && !personal(run.split(/\s+/u))) at = k;
      }
      this.bodyNamesOpened.set(party.name, at);
    }
    return at < party.span.start && !this.writtenAsPerson(party.name);
  }

  /** A name of one capitalised word as written, no given name: what a body may be called ("Amazon", "AT&T"). */
  private bareName(party: Party): boolean {
    return party.text === party.name && /^\p{Lu}[\p{L}&]*$/u.test(party.name) && !this.vocab.givenName(party.name);
  }

  /** "Senator Rubio", "Mr. Rubio", "Marco Rubio": a name the text writes after a given name, a title or a role. */
  private writtenAsPerson(name: string): boolean {
    const personal = (word: string) => this.vocab.givenName(word) || TITLE_ABBREVIATION.test(word) || this.vocab.roleNoun(word);
    return this.mentionsOf(name).some((m) => personal(m.words.at(-1)!));
  }

  /** The subject opening the sentence before, when it is a person's name: the most salient antecedent of a pronoun. */
  private namedSubjectBefore(position: number): Party | null {
    const index = sentenceIndex(this.input.sentences, position);
    return index > 0 ? this.namedSubjectOf(index - 1, position) : null;
  }

  /**
   * The person's name opening the sentence a party is written in, before it and outside the statement it makes: "Paul
   * Ryan, who …, was direct in what he called …" (not "Mr. Trump, who …, fits that bill, he added").
   */
  private namedSubjectOpening(party: Party, statement: Span): Party | null {
    const opening = this.namedSubjectOf(sentenceIndex(this.input.sentences, party.span.start), party.span.start);
    return opening && opening.span.end <= Math.min(party.span.start, statement.start) ? opening : null;
  }

  /** "Listing several of Trump's ventures she added …": a gerund before a lowercase word opens a clause, no name ("King Abdullah"). */
  private opensWithGerund(tokens: readonly Token[], phrase: Phrase): boolean {
    return this.vocab.gerund(tokens[phrase.from]!.text.toLowerCase()) && isLowercase(tokens[phrase.from + 1]);
  }

  /** The subject opening sentence `index`, when it is a person's name written before `position`. */
  private namedSubjectOf(index: number, position: number): Party | null {
    const s = this.at(index);
    // "Asked how he would spend the money, Tom Baker laughed.": an English participle's clause opening the sentence is no subject.
    const participle = s ? openingParticipleComma(s.tokens, this.vocab) : -1;
    const phrase = s?.reader.forward(participle + 1);
    // "Unterdessen verteidigte der Vorsitzende des Ausschusses, Jonas Weber, den Entwurf. Er …": a named subject after a fronted adverbial.
    const after = s && this.vocab.marksIndirectSpeech && (!phrase || s.reader.isOpeningAdverb(phrase)) ? subjectAfterFrontedAdverbial(s.tokens, this.vocab, s.reader) : null;
    if (s && after && !this.vocab.pronoun(s.tokens[after.from]!)) {
      const party = this.party(s.tokens, after);
      return party.type === "person" && party.name.split(/\s+/).length >= 2 ? party : null;
    }
    if (s && phrase && phrase.to - phrase.from === 1) return this.surnameSpoken(s, phrase, position);
    if (!s || !phrase || this.opensWithGerund(s.tokens, phrase)) return null;
    // "Laut Anna Berg ist die Studie falsch.": a source's cue opening the phrase names its source, the subject where a
    // person's name ("Laut UNICEF …" names none).
    const [start, end] = [s.tokens[phrase.from]!.start, s.tokens[phrase.to - 1]!.end];
    const sourced = this.statements.find((st) => st.cue && st.cue.span.start >= start && st.cue.span.start < end);
    if (sourced) return this.personSourced(s, sourced.speaker);
    const named = this.appositiveName(s, phrase);
    if (named) return named;
    // "Oberbürgermeister Ulf Kämpfer (SPD) dankte …": a label in brackets closes the subject; "Mohamed Salah, who scored
    // twice, has …": so does a relative clause set off.
    const closing = s.reader.withLabel(phrase)!.to;
    if (!s.tokens[closing]?.word && !(s.tokens[closing]?.text === "," && this.vocab.relative(s.tokens[closing + 1]))) return null;
    const party = this.party(s.tokens, phrase);
    return party.type === "person" && (s.reader.isName(phrase) || this.roleAndName(s, phrase, party)) ? party : null;
  }

  /**
   * "… Baker told The Associated Press. Asked about the money, Baker laughed. “…,” he said.": a surname alone opening the
   * sentence before names the person who spoke under that name before, or one the text wrote in full (surnameWritten); a
   * name of one word names no one otherwise.
   */
  private surnameSpoken(s: SentenceReading, phrase: Phrase, position: number): Party | null {
    const word = s.tokens[phrase.from]!;
    if (this.vocab.pronoun(word) || !s.reader.isName(phrase) || !s.tokens[phrase.to]?.word) return null;
    const spoken = (this.bySpeakerSurname.get(word.text) ?? []).filter((st) => st.speaker!.span.end <= word.start);
    // Named in full where any mention was ("Li Fei said …. Li added …").
    const words = (st: Statement) => st.speaker!.name.split(/\s+/).length;
    const fullest = spoken.reduce<Statement | null>((best, st) => (!best || words(st) >= words(best) ? st : best), null);
    if (position <= word.end) return null;
    // (Only the sentence before a pronoun's own: "“Cruz is our best debater,” he says" opens on what he says.)
    const before = position >= s.tokens.at(-1)!.end;
    return fullest ? fullest.speaker : before ? this.surnameWritten(word) : null;
  }

  /**
   * "Der FC Augsburg hat sich von Trainer Jess Thorup getrennt. Thorup zeigte sich enttäuscht. Er …": a surname alone
   * opening the sentence before a pronoun names a person who never spoke where the article wrote the name in full before,
   * the nearest run of capitals closing on it, read as a person's name of two words or more; not one a word after an
   * article opens, a role ("unter dem Christdemokraten Balkenende"), nor one going on past it ("Adolfo Pérez Esquivel").
   */
  private surnameWritten(surname: Token): Party | null {
    // Not a name in what somebody says: "Cruz is the most able candidate, Viguerie argues. “…,” he says."
    const quotations = this.directQuotations();
    if (containing(quotations, surname) !== null || this.statements.some((st) => st.span.start <= surname.start && surname.end <= st.span.end)) return null;
    for (let i = sentenceIndex(this.input.sentences, surname.start); i >= 0; i--) {
      const s = this.at(i)!;
      for (let k = s.tokens.length - 1; k > 0; k--) {
        const t = s.tokens[k]!;
        if (t.text !== surname.text || t.start >= surname.start || isCapitalised(s.tokens[k + 1]) || containing(quotations, t) !== null) continue;
        const phrase = s.reader.backward(k + 1);
        const run = phrase ? capitalRunStart(s.tokens, phrase.from, k) : k;
        const from = this.vocab.determiner(s.tokens[run - 1]) ? run + 1 : run;
        const party = from < k ? this.party(s.tokens, { from, to: k + 1 }) : null;
        if (party?.type === "person" && party.name.split(/\s+/).length >= 2 && party.name.endsWith(surname.text)) return party;
      }
    }
    return null;
  }

  /** The source a cue opening a sentence names, where it is a person's name of two words or more. */
  private personSourced(s: SentenceReading, source: Party | null): Party | null {
    const phrase = source && phraseOf(s, source.span);
    const named = source?.type === "person" && !!phrase && phrase.to - phrase.from >= 2 && s.reader.isName(phrase);
    return named ? source : null;
  }

  /**
   * "Die Sprecherin der Bürgerinitiative, Petra Lang, begrüßte die Vertagung. Die Anlagen seien zu nah, kritisierte sie.":
   * a role opening the sentence with a name of two words or more set off after it (the phrase read over its comma), or a
   * name before an apposition, is a named subject too.
   */
  private appositiveName(s: SentenceReading, phrase: Phrase): Party | null {
    const { tokens, reader } = s;
    if (tokens[phrase.to]?.text !== ",") return null;
    let comma = phrase.to - 1;
    while (comma > phrase.from && tokens[comma]!.text !== ",") comma--;
    const inner = comma > phrase.from;
    const [before, after] = inner ? [{ from: phrase.from, to: comma }, { from: comma + 1, to: phrase.to }] : [phrase, null];
    if (after && after.to - after.from >= 2 && reader.isName(after) && hasSpeakerNoun(tokens, before, this.vocab)) {
      const party = this.party(tokens, phrase);
      return party.type === "person" ? party : null;
    }
    // "City Council member Derek Hall, a frequent critic of the mayor, wasn't convinced. He told …": in English (where a
    // capital marks a name) the name of two words or more closing the phrase before the apposition.
    if (this.vocab.marksIndirectSpeech) return null;
    const named = this.party(tokens, before);
    const words = named.name.split(/\s+/);
    const name = { from: before.to - words.length, to: before.to };
    // Capitalised words only; opening the sentence, the first is one the text capitalises inside a sentence too ("Even
    // McCain, …", "Like Lee, …", "According to Lee, …" are no names).
    const capitalised = tokens.slice(name.from, name.to).every((t, k) => t.text === words[k] && isCapitalised(t));
    const written = words.length >= 2 && capitalised && (name.from > 0 || this.capitalisedInside(words[0]!)) && reader.isName(name);
    return named.type === "person" && written ? named : null;
  }

  /**
   * "Bürgermeister Tom Berg hat den Plan kritisiert. „…“, sagte er.": in German, which writes the role before the name, a
   * role right before a name of two capitalised words names the subject too.
   */
  private roleAndName(s: SentenceReading, phrase: Phrase, party: Party): boolean {
    const name = closingName(s, phrase, party);
    return this.vocab.marksIndirectSpeech && !!name && name.to - name.from >= 2 && name.from > phrase.from && this.vocab.speakerNoun(s.tokens[name.from - 1]!);
  }

  /**
   * "Wyoming Republicans have decided they want …", "Other candidates said they support …": a plural pronoun inside a
   * sentence stands for the group opening it (a plural head or a coordination), not for anyone named before.
   */
  private groupOpening(position: number): Party | null {
    const index = sentenceIndex(this.input.sentences, position);
    const s = this.at(index);
    const subject = s?.reader.forward(0);
    // "The researchers analyzed 57 studies. They found …": a pronoun opening its sentence stands for the group opening the
    // one before; so does one right after a quotation opening its sentence ("“We remain buyers,” they wrote").
    const opening = (s && subject && s.tokens[subject.from]!.start === position) || (s && this.afterOpeningQuotation(s, position));
    if (opening && index > 0) return this.groupSubject(this.at(index - 1), true);
    if (!s || !subject || s.tokens[subject.to - 1]!.start >= position) return null;
    return this.groupSubject(s, false);
  }

  /**
   * The body opening the sentence of a pronoun in a clause closing it, after what the pronoun said, as its subject: "The
   * company reported a loss, it said in a filing" (not "… a fight it expects to last": before its words "it" is read as
   * any "it" is).
   */
  private bodyOpening(pronoun: Party, statement: Span): Party | undefined {
    if (statement.end > pronoun.span.start) return undefined;
    const opening = this.subjectOpening(sentenceIndex(this.input.sentences, pronoun.span.start));
    return opening && opening.party.span.end <= pronoun.span.start && BODIES.has(opening.party.type) ? opening.party : undefined;
  }

  /**
   * The phrase opening sentence `index` as its subject, followed by its verb in lowercase ("Die Krebshilfe begrüßte", "The
   * company reported"; not "Die Krebshilfe-Studie des Instituts, …"), with its sentence and its party; the verb's adverbs
   * before it are no part of it ("The company now expects" opens on "The company").
   */
  private subjectOpening(index: number): { s: SentenceReading; phrase: Phrase; party: Party } | null {
    const s = this.at(index);
    const read = s?.reader.forward(0);
    const phrase = read && { from: read.from, to: verbAdverbsBefore(s!.tokens, read.to, this.vocab, read.from + 1) };
    return s && phrase && isLowercase(s.tokens[phrase.to]) ? { s, phrase, party: this.party(s.tokens, phrase) } : null;
  }

  /** A crowd nobody names, written out: "people familiar with the matter", "sources", "two officials" (not "they", nor "an official"). */
  private unnamedCrowd(party: Party): boolean {
    if (this.vocab.pronoun(party.text.split(/\s+/, 1)[0]!)) return false;
    return party.type === "vague" || (party.type === "anonymous" && party.text.split(/\s+/).some((w) => this.vocab.pluralShape(w)));
  }

  /** Whether the word at `position` follows right after a quotation that opens its sentence, past its comma. */
  private afterOpeningQuotation(s: SentenceReading, position: number): boolean {
    const quotations = this.directQuotations();
    const quotation = quotations[firstAtOrAfter(quotations, s.tokens[0]!.start, (q) => q.start)];
    return quotation?.start === s.tokens[0]!.start && quotation.end <= position && /^[\s,]*$/u.test(this.input.text.slice(quotation.end, position));
  }

  /**
   * The group opening the sentence: a plural head or a coordination, not a circumstance. In the sentence before, where
   * the whole sentence is no statement the pronoun makes, the head before a link counts too ("Analysts at Morgan Stanley
   * said … . “…,” they wrote"); inside the pronoun's own sentence the phrase may be what was said ("Russia's successes
   * in Syria …, they said").
   */
  private groupSubject(s: SentenceReading | undefined, before: boolean): Party | null {
    const subject = s?.reader.forward(0);
    if (!s || !subject) return null;
    // "Within marriages, they …", "Sometimes they …": an opening circumstance is no group.
    const first = s.tokens[subject.from]!;
    if (this.vocab.pronoun(first) || this.vocab.preposition(first) || this.vocab.adverbial(first) || !s.tokens[subject.to]?.word) return null;
    const words = s.tokens.slice(subject.from, subject.to);
    // "The vast majority of Americans" by its last word, "Analysts at Morgan Stanley" by its head.
    const head = s.tokens[headOf(s.tokens, subject, this.vocab).to - 1]!;
    // German, with no plural shape of its nouns, by its verb: "Die Ärzte warnten".
    const pluralVerb = this.vocab.pluralVerb(s.tokens[subject.to]!);
    const plural = words.some((t) => this.vocab.coordinator(t)) || this.vocab.pluralShape(words.at(-1)!) || (before && this.vocab.pluralShape(head)) || pluralVerb;
    return plural ? this.party(s.tokens, subject) : null;
  }

  /**
   * German "sie" whose cue is a verb in the plural ("sie erklärten", "Sie bezeichneten"): they, not she (`plural-verb-shape`;
   * English lists none, its "they" being a group pronoun of its own).
   */
  private pluralPronoun(speaker: Party, s: Statement): boolean {
    const verb = s.cue?.text.split(/\s+/, 1)[0];
    return this.vocab.feminineWord(speaker.text) && !!verb && this.vocab.pluralVerb(verb);
  }

  /**
   * "Ihre Warnung", "seine Bereitschaft": something a person has, which a later pronoun does not stand for; not a person a
   * noun names, who speaks themself ("Her son, Peter Hale", "His lawyer", "Seine Anwältin").
   */
  private possessed(speaker: Party): boolean {
    const [first, noun] = speaker.text.split(/\s+/);
    return this.vocab.possessive(first!) && !(noun && this.namesPerson(noun.replace(/,$/, "")));
  }

  /**
   * "seinen Angaben", "her words": a possessive and one noun, typed a person by what it says (see speakerType); or the
   * possessive alone, owner of a statement noun ("his claim that …"). A noun naming a person speaks itself: "His lawyer",
   * "her husband", "Seine Anwältin" are not the possessor (see possessed).
   */
  private ownStatement(speaker: Party): boolean {
    return speaker.type === "person" && this.possessed(speaker) && speaker.text.split(/\s+/).length <= 2;
  }

  /**
   * A noun that names a person: a role, a relation, kin, a noun of one gender, an unnamed source ("lawyer", "wife", "aide",
   * "Anwältin"), or one shaped as people are named ("Sein Verteidiger", "laut ihrem Anführer": `agent-noun-shapes`,
   * `person-noun-shapes`).
   */
  private namesPerson(noun: string): boolean {
    const v = this.vocab;
    const one = noun.replace(/s$/, "");
    const shaped = v.agentNounShape(noun) || v.personNounShape(noun);
    return shaped || [noun, one].some((w) => v.roleNoun(w) || v.relational(w) || v.kinNoun(w) || v.masculineWord(w) || v.feminineWord(w) || namesType(w, "anonymous", v) || namesType(w, "person", v));
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
}

/** The nearest party named before by a compound that the definite noun `role` heads: "die Fraktion" after "die SPD-Landtagsfraktion". */
function compoundNaming(role: Party, before: readonly Party[], vocab: AttributionVocabulary): Party | undefined {
  const [article, noun, ...rest] = role.text.split(/\s+/);
  if (!article || !noun || rest.length || !vocab.definite(article) || !/^\p{Lu}/u.test(noun)) return undefined;
  const head = noun.toLowerCase();
  return before.findLast((p) => p.text.split(/\s+/).some((w) => w.length > head.length && w.toLowerCase().endsWith(head)));
}

/** The tokens of the sentence a span covers from a token's start to a token's end, if it does. */
function phraseOf(s: SentenceReading, span: Span): Phrase | null {
  const from = firstAtOrAfter(s.tokens, span.start, (t) => t.start);
  const to = firstAtOrAfter(s.tokens, span.end, (t) => t.end) + 1;
  return s.tokens[from]?.start === span.start && s.tokens[to - 1]?.end === span.end && to > from ? { from, to } : null;
}

/** The party's name as the last words of its phrase, where written so, capitalised, and read as a name. */
function closingName(s: SentenceReading, phrase: Phrase, party: Party): Phrase | null {
  const name = { from: phrase.to - party.name.split(/\s+/).length, to: phrase.to };
  const tail = s.tokens.slice(name.from, name.to);
  const written = name.from >= phrase.from && tail.map((t) => t.text).join(" ") === party.name && tail.every((t) => isCapitalised(t));
  return written && s.reader.isName(name) ? name : null;
}

/** A name as people bear it: capitalised words, short particles between them ("Bill de Blasio", "Ursula von der Leyen"). */
function properName(name: string): boolean {
  return name.split(/\s+/).every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 && /^\p{Ll}{1,3}$/u.test(w)));
}

/** "the witness", "The witness": a phrase's words after its first, in lowercase. */
function withoutArticle(text: string): string {
  return text.toLowerCase().split(/\s+/).slice(1).join(" ");
}

/** "der Kremlsprecher" after "Kremlsprecher Dmitri Peskow": a definite role phrase whose words the named speaker's phrase has. */
function refersTo(role: Party, named: Party, vocab: AttributionVocabulary): boolean {
  const [article, ...rest] = role.text.split(/\s+/);
  // Whatever the case: a title is capitalised before the name ("Fire Chief Tom Hale", then "the chief"). A lowercase word
  // is matched whole ("the man" is not "a homeless woman"), a capitalised noun also as the head of a compound.
  const words = named.text.toLowerCase().split(/[\s,]+/);
  const has = (w: string) => (/^\p{Lu}/u.test(w) ? words.some((n) => n.endsWith(w.toLowerCase())) : words.includes(w));
  return !!article && vocab.definite(article) && rest.length > 0 && rest.every(has) && named.text !== role.text;
}
