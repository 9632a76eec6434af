// Who a speaker is, read from the structure of the speaker phrase: a role noun with no name
// beside it is anonymous, a crowd is vague, an outlet or an institution is what its head noun
// says, a document speaks for an institution, anyone else is a person.
import type { Agency } from "../packs/types.js";
import type { SpeakerType } from "../types.js";
import { APOSTROPHE, bodyNameAfterArticle, capitalRunStart, CAPITALS_ONLY, isCapitalised, isCount, isLowercase, isNameParticle, numberClosingName, opensQuantity, PARTY_LABEL, pastDating, QUOTE_MARK, runningText, type Phrase, type Token } from "./phrases.js";
import type { AttributionVocabulary } from "./vocabulary.js";

/** Speaker phrases recur (names, "ein Sprecher"): each is typed once, up to a bound that keeps memory flat. */
const typed = new WeakMap<AttributionVocabulary, Map<string, SpeakerType>>();
const TYPED_LIMIT = 20_000;
/** A bare plural and the adjectives before it ("Furious local fans"); longer runs are clauses read too far. */
const MAX_PLURAL_WORDS = 3;

export function speakerType(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary, agencies: readonly Agency[]): SpeakerType {
  const text = textOf(tokens, p);
  let known = typed.get(vocab);
  if (!known) typed.set(vocab, (known = new Map()));
  let type = known.get(text);
  if (type === undefined) {
    if (known.size >= TYPED_LIMIT) known.clear();
    known.set(text, (type = typeOf(tokens, p, text, vocab, agencies)));
  }
  return type;
}

function typeOf(tokens: readonly Token[], p: Phrase, text: string, vocab: AttributionVocabulary, agencies: readonly Agency[]): SpeakerType {
  if (p.to - p.from === 1 && vocab.pronoun(tokens[p.from]!)) return "person";
  const sent = recipientAfter(tokens, p, vocab);
  if (sent > 0) return typeOf(tokens, { from: p.from, to: sent }, textOf(tokens, { from: p.from, to: sent }), vocab, agencies);
  // "One said …", "…, one told the paper": someone counted, unnamed.
  if (p.to - p.from === 1 && vocab.numeral(tokens[p.from]!)) return "anonymous";
  // "Senate Majority Leader Ann Lee, D-Ore.": a party and state label set off after the name says nothing of its type.
  if (p.to - p.from > 2 && tokens[p.to - 2]!.text === "," && PARTY_LABEL.test(tokens[p.to - 1]!.text)) {
    const named = { from: p.from, to: p.to - 2 };
    return typeOf(tokens, named, textOf(tokens, named), vocab, agencies);
  }
  // "Der Bundestag stimmte einer Vorlage zu. Demnach …", "Die Bank legte Zahlen vor. Danach …": a back reference with no
  // source before it points at a document or a decision named there, which speaks for the body that issued it.
  if (p.to - p.from === 1 && (vocab.backReference(tokens[p.from]!) || vocab.documentBackReferenceAt?.test(text))) return "institution";
  // "Nach seinen Angaben", "in her words": the possessor speaks, a person named before.
  if (p.to - p.from === 2 && vocab.possessive(tokens[p.from]!) && vocab.statementNoun(tokens[p.from + 1]!)) return "person";
  // "dpa und AFP", "die Polizei und die Feuerwehr": parties of one type joined are of that type. Not a person's, the type
  // of any word read alone: "the Science and Technology Directorate" joins no "Science".
  const joined = coordination(tokens, p, vocab);
  const types = joined && !joined.oneHolder && [joined.before, joined.after].map((q) => typeOf(tokens, q, textOf(tokens, q), vocab, agencies));
  if (types && types[0] === types[1] && types[0] !== "person") return types[0]!;
  const [anonymous, ...others] = vocab.types;
  const role = anonymous?.[0] === "anonymous" ? roleIndex(tokens, p, anonymous[1], vocab) : -1;
  if (role >= 0) return named(tokens, p, role, vocab) ? "person" : "anonymous";
  // "Informationen der „Zeit“", "the words of the ministry": a statement noun's owner typed a body is the phrase's type;
  // so is a person named by a given name ("Einschätzung von Angela Merkel", "an analysis by Lily Batchelder"), a noun that
  // also names a document ("Einschätzung", "analysis") being no body's paper then.
  const holder = statementOwner(tokens, p, vocab);
  const holderType = holder && typeOf(tokens, holder, ownerName(tokens, holder, vocab), vocab, agencies);
  // ("nach Angaben seines Anwalts": a role a possessive names is one person's too.)
  const personNamed = holder && (namesPerson(tokens, holder, vocab) || holder.genitive || (vocab.marksIndirectSpeech && vocab.possessive(tokens[holder.from - 1])));
  if (holderType && (BODIES.has(holderType) || (holderType === "person" && personNamed))) return holderType;
  // "Critics of the government", "Die Anhänger der Partei", "Die Demonstranten vor dem Ministerium": people named by what
  // they think of or do before a body are not the body; they are what their words alone are, unless they hold a role there.
  const people = peopleBeforeBody(tokens, p, vocab);
  if (people) return staffOfBody(tokens, p, people, vocab) ? "person" : typeOf(tokens, people, textOf(tokens, people), vocab, agencies);
  // "Workers living nearby", "Protesters marching through the streets": in English a plural a present participle describes
  // right after it is a crowd nobody names, capitalised only as the sentence opens (a past form there may be a surname's
  // verb: "Sanders joined …").
  if (describedPlural(tokens, p, vocab)) return "vague";
  // "Those who attended said", "those familiar with the talks": a demonstrative standing for people is a crowd nobody names;
  // "those surveyed", described by what was done to them, are counted by whoever did it, a poll's respondents.
  if (vocab.peopleDemonstrative(tokens[p.from]!)) {
    if (p.to - p.from > 1 && vocab.pastForm(tokens[p.from + 1]!)) return "person";
    if (p.to - p.from === 1 || vocab.describesInsider(text)) return "vague";
  }
  // "Several cast members said", "einige Experten", "Everyone agrees": a counted or indefinite crowd names nobody.
  if ((vocab.quantifier(tokens[p.from]!) || vocab.indefinitePronoun(tokens[p.from]!)) && !text.includes(",")) return "vague";
  if (unnamedPlural(tokens, p, vocab)) return "vague";
  for (const [type, pattern] of others) {
    if (type === "agency" && vocab.namesAgency(text)) return bodyOrMember(tokens, p, vocab, agencies, "agency");
    if (!pattern.test(text)) continue;
    // "Robert Lee, attorney for one of four groups": a name set off before the crowd word is who speaks.
    const named = type === "vague" ? nameSetOffBefore(tokens, p, vocab) : null;
    if (named) return typeOf(tokens, named, textOf(tokens, named), vocab, agencies);
    // "Police reports", "die Berichte des Ministeriums": a crowd word whose owner is named is not vague; "Pentagon sources",
    // "Quellen im Ministerium", people inside a body, unnamed, stay a crowd.
    if (type === "vague") {
      const insiders = tokens.slice(p.from, p.to).some((t) => vocab.insiderCrowd(t));
      // "Critics in the party", "Democrats in Congress": a body after a place's link places the crowd, it owns nothing.
      const placed = tokens.slice(p.from + 1, p.to).findIndex((t) => vocab.placeLink(t));
      const owned = placed < 0 ? text : textOf(tokens, { from: p.from, to: p.from + 1 + placed });
      if (partyName(tokens, p, vocab) || crowdWordInName(tokens, p, vocab)) return "institution";
      // "people close to the Dutchman", "people familiar with the Pentagon plan": what insiders know or stand close to owns nothing.
      if (vocab.describesInsider(text)) return counted(tokens, p, vocab) ? "person" : "vague";
      return (insiders ? null : owner(owned, vocab)) ?? nameOwner(tokens, p, vocab) ?? acronymOwner(tokens, p, vocab) ?? (counted(tokens, p, vocab) ? "person" : "vague");
    }
    return bodyOrMember(tokens, p, vocab, agencies, type);
  }
  if (vocab.namesAgency(text)) return bodyOrMember(tokens, p, vocab, agencies, "agency");
  // "Nach Polizeiangaben": the body opening a statement noun's compound speaks.
  const compound = p.to - p.from <= 2 ? compoundOwner(tokens[p.to - 1]!, vocab) : null;
  const compoundType = compound && bodyNamed(compound, vocab);
  if (compoundType) return compoundType;
  const crowd = p.to - p.from <= 2 ? crowdCompound(tokens[p.to - 1]!, vocab) : null;
  if (crowd) return crowd;
  // (A genitive owner is typed by its name without the ending: "nach Angaben Russlands".)
  if (namesCountry(tokens, p, vocab) || vocab.country(text)) return "institution";
  const body = namedBody(tokens, p, vocab, agencies);
  if (body) return body;
  if (abstractHead(tokens, p, vocab) || namedAfterArticle(tokens, p, vocab)) return "institution";
  if (unnamedInsider(tokens, p, text, vocab)) return "anonymous";
  // "Johnson & Johnson", "S&P Global", "AT&T": names an ampersand joins are a firm's, never one person's; not a firm after
  // a link, where the person works ("Julia Poliscanova of Transport & Environment").
  const words = tokens.slice(p.from, p.to);
  const link = words.findIndex((t) => vocab.link(t));
  if (words.slice(0, link < 0 ? words.length : link).some((t) => t.word && t.text.includes("&"))) return "institution";
  if (closesOnNumber(tokens, p, vocab)) return "institution";
  if (!headedByDocument(tokens, p, vocab)) return "person";
  const possessor = documentOwner(tokens, p, vocab);
  return possessor ? typeOf(tokens, possessor, textOf(tokens, possessor), vocab, agencies) : "institution";
}

/**
 * "Formula One", "Capital One", "Formula 1", "Channel 4": a name closing on a number, a figure or a capitalised article of
 * number right after a capitalised word, is a body's, never one person's (an age is set off by its comma: "Ann Lee, 54";
 * a month's day is a date: "March 23").
 */
function closesOnNumber(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const before = tokens[p.to - 2];
  return p.to - p.from >= 2 && numberClosingName(tokens, p.to - 1, vocab) && !vocab.timeNoun(before!) && !vocab.calendarName(before);
}

/**
 * "Liberty Media said", "Vox Media said": in English running text a crowd word of outlets (`media-crowds`) capitalised
 * after a capitalised word that is no adjective closes a name, a firm's; in a headline every word is capitalised
 * ("Chinese State Media Says …"), and a lowercase word after the phrase says it is running text.
 */
function crowdWordInName(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const [before, last, after] = [tokens[p.to - 2], tokens[p.to - 1]!, tokens[p.to]];
  if (vocab.marksIndirectSpeech || p.to - p.from < 2 || !isCapitalised(last) || !vocab.mediaCrowd(last.text.toLowerCase()) || !isCapitalised(before) || !isLowercase(after)) return false;
  const word = before!.text.toLowerCase();
  return !vocab.determiner(before!) && !vocab.quantifier(before!) && !vocab.adjective(word) && !vocab.stateOutletWord(before!) && !vocab.country(before!.text);
}

/** "Workers living nearby": an English plural opening the phrase, a present participle right after it. */
function describedPlural(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const [noun, participle] = [tokens[p.from]!, tokens[p.from + 1]];
  return !vocab.marksIndirectSpeech && p.to - p.from >= 3 && isCapitalised(noun) && vocab.pluralShape(noun.text.toLowerCase()) && vocab.gerund(participle);
}

/**
 * "according to a report to Congress", "a filing with the SEC", "a letter to lawmakers": where a document or a statement's
 * noun is followed by a link naming whom it went to (`recipient-links`), that link's index; the addressee owns nothing, and
 * the phrase is named and typed by the words before it. Else -1; an outlet it went to carried it ("in a statement to
 * Politico" is typed and named by the outlet, which passes it on).
 */
function recipientAfter(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): number {
  for (let k = p.from + 1; k < p.to - 1; k++) {
    if (!vocab.recipientLink(tokens[k]) || !(vocab.document(tokens[k - 1]!) || vocab.statementNoun(tokens[k - 1]!))) continue;
    const recipient = textOf(tokens, { from: k + 1, to: p.to });
    return vocab.namesAgency(recipient) || namesType(recipient, "media", vocab) || namesType(recipient, "platform", vocab) ? -1 : k;
  }
  return -1;
}

/**
 * "Doctors said", "Furious fans chanted", "…, rescue workers told reporters": in English holders of a role or a stance in the
 * plural, no article, owner, name or body before them, are a crowd nobody names, as German tells them by the plural's
 * verb ("Ärzte sagten"); "the doctors" stand for those a story named before, "Trump's lawyers", "Verizon executives" and
 * "union leaders" are someone's.
 */
function unnamedPlural(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const words = tokens.slice(p.from, p.to);
  const head = words[words.length - 1]?.text.toLowerCase() ?? "";
  if (vocab.marksIndirectSpeech || words.length > MAX_PLURAL_WORDS || !(pluralRole(head, vocab) || (head.endsWith("s") && vocab.stanceNoun(head)))) return false;
  // A capital opening the sentence is an adjective's only in an adjective's shape ("Furious fans"; "Verizon executives").
  const modifier = (w: Token, i: number) => (isLowercase(w) || (i === 0 && vocab.adjective(w.text.toLowerCase()))) && !vocab.determiner(w) && !vocab.possessive(w) && !bodyNamed(w.text, vocab);
  return words.slice(0, -1).every(modifier);
}

/** "lawyers", "Economists": in English a role noun's plural (`role-nouns` in the singular). */
function pluralRole(word: string, vocab: AttributionVocabulary): boolean {
  return word.endsWith("s") && vocab.roleNoun(word.slice(0, -1));
}

/**
 * "Lawyers for the university", "Analysts at JPMorgan", "Doctors at the hospital": English holders of a role in the plural
 * before a body, linked to it or working there (`workplace-links`, before a name or a body's noun), are its people; "Doctors
 * at the scene", "Analysts in London" are a crowd a place or a moment gathers.
 */
function staffOfBody(tokens: readonly Token[], p: Phrase, head: Phrase, vocab: AttributionVocabulary): boolean {
  const noun = tokens[head.to - 1]!.text;
  const link = tokens[head.to]!;
  // ("The Communications Workers of America" is a union's name.)
  const named = isCapitalised(tokens[head.to - 1]) && head.to - 1 > head.from;
  if (named || !pluralRole(noun, vocab) || vocab.stanceNoun(tokens[head.to - 1]!)) return false;
  if (!vocab.placeLink(link)) return true;
  const place = { from: pastDeterminers(tokens, { from: head.to + 1, to: p.to }, vocab), to: p.to };
  return vocab.workplaceLink(link) && place.from < p.to && (isCapitalised(tokens[place.from]) || bodyNamed(textOf(tokens, place), vocab) !== null);
}

/**
 * The head noun names people by what they do (`person-noun-shapes`: "Die Demonstranten", "Der Praktikant"), or is an
 * agent noun in "-er" in a plural phrase (`agent-noun-shapes`: "Die Unterstützer", "Viele Anwohner"), not a singular
 * thing of that shape: "Der Winter war hart. Die Ernte sei verloren." names no speaker.
 */
export function namesPeopleByShape(tokens: readonly Token[], head: Phrase, vocab: AttributionVocabulary): boolean {
  const noun = tokens[head.to - 1]!;
  if (vocab.personNounShape(noun)) return true;
  const opener = tokens[head.from]!;
  return head.to - head.from > 1 && (vocab.pluralOpener(opener) || vocab.quantifier(opener)) && vocab.agentNounShape(noun);
}

/**
 * The people heading a phrase before its first link or preposition, named by their stance (`stance-nouns`: "Critics of
 * the government", "Fans des Vereins") or, a crowd, by their shape ("Die Demonstranten vor dem Ministerium", "Die
 * Unterstützer des Vereins"; "Ein Journalist der dpa" reports for the agency), where their words alone name no body
 * ("Die Betreiber des Kraftwerks" are the operator).
 */
function peopleBeforeBody(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): Phrase | null {
  let link = p.from + 1;
  while (link < p.to && !vocab.link(tokens[link]!) && !vocab.preposition(tokens[link]!)) link++;
  if (link >= p.to) return null;
  const head = { from: p.from, to: link };
  const crowd = vocab.pluralOpener(tokens[p.from]!) || vocab.quantifier(tokens[p.from]!);
  // "Lawyers for the university", "Members of Congress": holders of a role in the plural are people too.
  const noun = tokens[link - 1]!.text;
  // ("a study last year by economists at Duke University" is a document's phrase.)
  const holders = pluralRole(noun, vocab) && !tokens.slice(p.from, link).some((t) => vocab.document(t));
  if (!vocab.stanceNoun(tokens[link - 1]!) && !holders && !(crowd && namesPeopleByShape(tokens, head, vocab))) return null;
  return vocab.types.some(([type, pattern]) => BODIES.has(type) && pattern.test(textOf(tokens, head))) ? null : head;
}

/**
 * Whether a type's vocabulary names `text`: "sources", "Republicans", "news agencies" a vague crowd (`speaker-vague`),
 * "X", "Truth Social" a platform (`speaker-platform`).
 */
export function namesType(text: string, named: SpeakerType, vocab: AttributionVocabulary): boolean {
  return vocab.types.some(([type, pattern]) => type === named && pattern.test(text));
}

/** "Russia", "the United States", "Even China", "die Türkei": a country alone, past its article and focus particles. */
function namesCountry(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  let from = p.from;
  while (from < p.to - 1 && (vocab.determiner(tokens[from]!) || vocab.focusParticle(tokens[from]))) from++;
  return vocab.country(textOf(tokens, { from, to: p.to }));
}

/** A word in capitals, as bodies are abbreviated: "NASA", "AP", a lowercase letter between two of them too: "AfD", "VfGH"; a group's closing plus: "OPEC+". */
export const ACRONYM = /^\p{Lu}(?:\p{Ll}?\p{Lu})+(?:-\p{Lu}(?:\p{Ll}?\p{Lu})+)*\+?$/u;
/** An abbreviated title: "Rev.", "Sen.", "Dr.". */
const TITLE = /^\p{Lu}\p{Ll}+\.$/u;
/** Names joined by a slash, or by a hyphen before capitals only, as pollsters' partners are: "Times/CBS", "Post-ABC" (not "SPD-Chef"). */
const JOINED_NAMES = /^\p{Lu}[^/-]*(?:\/\p{Lu}|-\p{Lu}{2,}(?!\p{Ll}))/u;
/** A middle initial: "B." in "Ashton B. Carter". */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * A name no person bears: an agency's short name alone ("AP said"; short names are matched only so, as "PA" is a state
 * too) or a broadcaster's call sign ("KQED"); an acronym after a definite article ("die NASA", "the FBI"); and where
 * only names take capitals, a name of two words or more after one ("The American Legion", "the Islamic State"), as
 * people's names take no article, unless it names a person by what they are or after whom they speak for.
 */
function namedBody(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary, agencies: readonly Agency[]): SpeakerType | null {
  const article = vocab.definite(tokens[p.from]!) ? 1 : 0;
  const head = { from: p.from + article, to: headEnd(tokens, p.from + article, p.to, vocab) };
  const word = tokens[head.from]!.text;
  if (head.to - head.from === 1 && head.to === p.to && agencies.some((a) => a.aliases.includes(word))) return "agency";
  // "The Harbor Sentinel", "the Oklahoman": a newspaper, named by its masthead word; where only names take capitals, also
  // a name of two words or more with no article ("Harbor Insider reported"), unless a given name opens it ("Jim Courier").
  const capitalised = head.to > head.from && tokens.slice(head.from, head.to).every((t) => isCapitalised(t));
  const masthead = capitalised && vocab.masthead(tokens[head.to - 1]!);
  const bareMasthead = masthead && !vocab.marksIndirectSpeech && head.to - head.from > 1 && head.to === p.to && !vocab.givenName(tokens[head.from]!);
  if (masthead && (article || bareMasthead)) return "media";
  // "told KQED", "WNYC reported": a broadcaster's call sign alone.
  if (head.to - head.from === 1 && head.to === p.to && vocab.callSign(tokens[head.from]!)) return "media";
  if (!article) return null;
  // "die „Aktion Deutschland hilft“", "der „Focus“": where nouns take capitals, a name in quotation marks right after the
  // article, with no noun to say what it names, is a body's or a publication's, no person's.
  // … a newspaper where its last word is a masthead's: "die „Financial Times“".
  if (quotedTitle(tokens, p, vocab)) return vocab.masthead(tokens[p.to - 2]!) ? "media" : "institution";
  // "the FBI" is a body, "the CEO" one of its roles.
  if (head.to - head.from === 1 && ACRONYM.test(word) && !vocab.roleNoun(tokens[head.from]!)) return "institution";
  if (vocab.marksIndirectSpeech || !bareName(tokens, head, vocab)) return null;
  // "the Wisconsin Republican" is one of the Republicans; "The Gazette’s Jo Lee" is a person named after a body's possessive.
  const last = tokens[head.to - 1]!.text;
  const member = namesType(`${last}s`, "vague", vocab);
  const possessed = tokens.slice(head.from, head.to - 1).some((t) => POSSESSIVE.test(t.text));
  // "The Rev. Al Lee": an abbreviated title ("U.S." is no title) opens a person's name.
  const titled = tokens.slice(head.from, head.to).some((t) => TITLE.test(t.text));
  // "the Prime Minister", "the Foreign Secretary": an office closing the name is its holder's title, a person's.
  const office = vocab.roleNoun(tokens[head.to - 1]!);
  return member || possessed || titled || office ? null : "institution";
}

/** "der „Rheinischen Post“": in German, an article and a name in quotation marks, nothing else. */
export function quotedTitle(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  return vocab.marksIndirectSpeech && vocab.determiner(tokens[p.from]!) && QUOTE_MARK.test(tokens[p.from + 1]?.text ?? "") && QUOTE_MARK.test(tokens[p.to - 1]!.text);
}

/** The possessive ending of a word: "Rubio's", "the senators’". */
export const POSSESSIVE = /(?<=[\p{L}\p{N}])(?:['’]s|(?<=s)['’])$/u;

/** A name without the possessive ending it was written with: "Mr. Trump's" names Mr. Trump. */
export const withoutPossessive = (name: string): string => name.replace(POSSESSIVE, "");

/** A statement noun's owner; `genitive` where a German name's genitive owns it ("Nach Angaben Ibrahims"). */
type Owner = Phrase & { genitive?: boolean };

/**
 * "Angaben der Küstenwache", "ersten Berichten des Senders": a statement noun's owner, the one who speaks through it,
 * named in its chain; so is a document's issuer after "by" ("A statement by the ministry", "a poll by Gallup").
 */
function statementOwner(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): Owner | null {
  const genitive = genitiveOwner(tokens, p, vocab);
  if (genitive) return { ...genitive, genitive: true };
  // "auf Nachfrage unserer Zeitung", "nach Angaben seines Anwalts": a possessive article after the noun owns it as a link
  // does (in German any possessive, the owner's genitive).
  const owned = (t: Token, next: Token) => (vocab.statementNoun(t) || (vocab.marksIndirectSpeech && vocab.document(t))) && (vocab.link(next) || vocab.obliqueArticle(next) || (vocab.marksIndirectSpeech && vocab.possessive(next)));
  const issued = (t: Token, next: Token) => vocab.document(t) && vocab.passiveAgent(next);
  const statement = tokens.slice(p.from, Math.max(p.from, Math.min(p.to - 2, p.from + MAX_STATEMENT_OPENING))).findIndex((t, k) => owned(t, tokens[p.from + k + 1]!) || issued(t, tokens[p.from + k + 1]!));
  if (statement < 0) return null;
  const owner = { from: p.from + statement + 2, to: p.to };
  // "Reports in Spain", "reports in the region": a place after a place's link places the statement, it names no owner
  // ("a report in the Des Moines Register" is the paper's).
  const place = namesCountry(tokens, owner, vocab) || isLowercase(tokens[owner.to - 1]);
  return vocab.placeLink(tokens[owner.from - 1]) && place ? null : owner;
}

/**
 * "Nach Angaben Ibrahims", "Nach Grupps Meinung": in German a name's genitive right after a statement noun, or right before
 * it opening the phrase, owns it as a link's phrase does.
 */
function genitiveOwner(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): Phrase | null {
  if (!vocab.marksIndirectSpeech || p.to - p.from < 2) return null;
  const genitive = (t: Token) => genitiveName(t) && !vocab.statementNoun(t);
  if (genitive(tokens[p.to - 1]!) && vocab.statementNoun(tokens[p.to - 2]!)) return { from: p.to - 1, to: p.to };
  return p.to - p.from === 2 && genitive(tokens[p.from]!) && vocab.statementNoun(tokens[p.from + 1]!) ? { from: p.from, to: p.from + 1 } : null;
}

/** A capitalised word in a German name's genitive shape: "Ibrahims", "Merkels". */
function genitiveName(t: Token | undefined): boolean {
  return isCapitalised(t) && /\p{Ll}s$/u.test(t!.text);
}

/**
 * "Ein Sprecher Merkels", "eine Beraterin Putins": in German an unnamed role's noun right before a name's genitive closing
 * the phrase is that person's; the role is unnamed, named with its owner, as with a link ("ein Sprecher der Agentur").
 * A given name is a name of its own ("Sprecher Jens").
 */
function unnamedRoleOfGenitive(tokens: readonly Token[], at: number, p: Phrase, vocab: AttributionVocabulary): boolean {
  const owner = tokens[at + 1];
  return vocab.marksIndirectSpeech && at + 2 === p.to && at > p.from && genitiveName(owner) && !vocab.givenName(owner!) && namesType(tokens[at]!.text, "anonymous", vocab);
}

/** A genitive owner named without its ending ("Ibrahims" → "Ibrahim"), unless the name ends so itself ("Meldungen Reuters"). */
function ownerName(tokens: readonly Token[], holder: Owner, vocab: AttributionVocabulary): string {
  const name = nameOf(tokens, holder, vocab);
  return holder.genitive && !vocab.namesAgency(name) && !namesType(name, "media", vocab) ? name.slice(0, -1) : name;
}

/**
 * "dpa-Informationen", "Polizei-Angaben": a compound headed by a statement noun is named by what opens it ("dpa"); so is a
 * closed one whose first part names a body ("Polizeiangaben" → "Polizei", "Regierungsangaben" → "Regierung", its linking
 * "s" dropped; not "Zeugenaussagen", nor "Zeitungsberichte", a kind of outlet).
 */
function compoundOwner(t: Token, vocab: AttributionVocabulary): string | null {
  const hyphen = t.text.lastIndexOf("-");
  if (hyphen > 0 && hyphen < t.text.length - 1) {
    const head: Token = { start: t.start + hyphen + 1, end: t.end, text: t.text.slice(hyphen + 1), word: true, classes: undefined };
    return vocab.statementNoun(head) ? t.text.slice(0, hyphen) : null;
  }
  const first = compoundOpening(t, vocab);
  if (!first) return null;
  const stem = first.slice(0, -1);
  const owner = first.endsWith("s") && bodyNamed(stem, vocab) ? stem : first;
  // "Zeitungsberichten zufolge": a kind of outlet opening it names no one in particular.
  const type = bodyNamed(owner, vocab);
  return type && type !== "media" ? owner : null;
}

/**
 * "Nach Behördenangaben", "Expertenangaben zufolge", "Augenzeugenberichten zufolge": where nouns join into one word, a
 * statement noun a crowd or an unnamed source opens is theirs: the type they are, or null.
 */
function crowdCompound(t: Token, vocab: AttributionVocabulary): SpeakerType | null {
  const first = compoundOpening(t, vocab);
  return !first ? null : namesType(first, "vague", vocab) ? "vague" : namesType(first, "anonymous", vocab) ? "anonymous" : null;
}

/** "Polizei" of "Polizeiangaben": where nouns take capitals and join into one word, the part before a statement noun closing it. */
function compoundOpening(t: Token, vocab: AttributionVocabulary): string | null {
  const at = vocab.marksIndirectSpeech && isCapitalised(t) ? vocab.statementNounEnding(t.text) : -1;
  return at > 0 ? t.text.slice(0, at) : null;
}

/** The type of body a word names by the type vocabularies ("Polizei" an institution, "Zeitung" a medium), or null. */
function bodyNamed(word: string, vocab: AttributionVocabulary): SpeakerType | null {
  if (vocab.namesAgency(word)) return "agency";
  return vocab.types.find(([type, pattern]) => BODIES.has(type) && pattern.test(word))?.[0] ?? null;
}

/** "Rubio's press release", "the senator’s letter": the possessor written before a document's head, who speaks through it. */
export function possessorOf(tokens: readonly Token[], p: Phrase): Phrase | null {
  const at = tokens.slice(p.from, p.to - 1).findIndex((t) => POSSESSIVE.test(t.text));
  return at < 0 ? null : { from: p.from, to: p.from + at + 1 };
}

/**
 * "a new Harbor Institute poll released Monday", "the Gallup survey": where only names take capitals, the name right before
 * a document noun issued it (past the article and lowercase words before it); not a capital that only opens the sentence
 * ("Internal documents show"), nor a month or a weekday.
 */
function documentIssuer(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): Phrase | null {
  let from = p.from;
  while (from < p.to && (vocab.determiner(tokens[from]!) || (isLowercase(tokens[from]) && !vocab.document(tokens[from]!)))) from++;
  let to = from;
  while (to < p.to && isCapitalised(tokens[to]) && !vocab.document(tokens[to]!)) to++;
  const opensSentenceOnly = from === 0 && to === 1;
  if (to === from || to === p.to || opensSentenceOnly || !vocab.document(tokens[to]!) || !isLowercase(tokens[to])) return null;
  // "a June poll", "Super Tuesday polls": a time, not who issued it; "a GOP data expert": the document noun heads nothing.
  if (tokens.slice(from, to).some((t) => vocab.calendarName(t)) || !endsHead(tokens, to, p.to, vocab)) return null;
  // "a New Hampshire paper" is the outlet itself; "documents from Ann Lee" name their owner after the link.
  const outlet = vocab.types.some(([type, pattern]) => type === "media" && pattern.test(tokens[to]!.text));
  return outlet || vocab.link(tokens[to + 1]) ? null : { from, to };
}

/** "poll released Monday", "survey by Gallup", "poll,": the noun at `at` ends its head, no noun after it (not "data expert"). */
function endsHead(tokens: readonly Token[], at: number, to: number, vocab: AttributionVocabulary): boolean {
  const next = tokens[at + 1];
  return at + 1 >= to || !next!.word || vocab.preposition(next) || vocab.link(next!) || vocab.pastForm(next);
}

/**
 * "The report", "die neue Studie": a phrase headed by a document (its last word before a link or a comma) speaks for the
 * body that issued it, which the text names elsewhere; it is no person, nor one a later "he" could stand for.
 */
export function headedByDocument(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const attribute = participleAfterDocument(tokens, p, vocab);
  const end = attribute > 0 ? attribute : headEnd(tokens, p.from, p.to, vocab);
  // "Dem Papier zufolge", "ein internes Papier": after an article a word that is a name without one ("Papier sagte").
  return end > p.from && (vocab.document(tokens[end - 1]!) || (vocab.articleDocument(tokens[end - 1]!) && vocab.determiner(tokens[p.from])));
}

/**
 * "a YouGov poll released Monday": where a participle after the document's noun heading the phrase opens its attribute,
 * the participle's index; else -1. Not where the participle names the issuer after "by" ("a poll conducted by Gallup",
 * read as before), nor after a preposition or a pause, where the noun heads nothing ("the euphoria after the polls closed").
 */
function documentAttribute(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): number {
  const k = participleAfterDocument(tokens, p, vocab);
  return k > 0 && !agentAfter(tokens, k + 1, vocab) ? k : -1;
}

/**
 * "by" at `at`, or past the day or the time there that dates a participle: "released Monday by The Post", "conducted last
 * week by Gallup".
 */
function agentAfter(tokens: readonly Token[], at: number, vocab: AttributionVocabulary): boolean {
  return vocab.passiveAgent(tokens[pastDating(tokens, at, vocab)]);
}

/** "the governor's report released Monday": the possessor before the document's participle, if any ("a report released by the governor's office" has none). */
function documentOwner(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): Phrase | null {
  const participle = participleAfterDocument(tokens, p, vocab);
  return possessorOf(tokens, { from: p.from, to: participle > 0 ? participle : p.to });
}

/** The participle right after the document's noun heading the phrase ("poll released Monday", "survey conducted by Gallup"), or -1. */
function participleAfterDocument(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): number {
  for (let k = p.from + 1; k < p.to; k++) {
    const t = tokens[k - 1]!;
    if (!t.word || vocab.preposition(t) || vocab.circumstancePreposition(t) || vocab.link(t)) return -1;
    if (isLowercase(tokens[k]) && vocab.pastForm(tokens[k]) && vocab.document(t)) return k;
  }
  return -1;
}

/**
 * "die Armeeleitung", "Den vorliegenden Informationen", "die Reederei Portline": where nouns take capitals, a phrase
 * opening on an article and headed by an abstract noun (`abstract-noun-shapes`: "-ung", "-schaft", "-tion", "-erei"), or
 * by one before a name, names a body or what it issued, no person; names take no article ("Hartung").
 */
function abstractHead(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const end = headEnd(tokens, p.from, p.to, vocab);
  if (!vocab.determiner(tokens[p.from]!) || end - p.from < 2) return false;
  // "Die Reederei Portline", "die Brauerei Harbor Ale": the noun before a name says what the name is (not before a
  // genitive owner, "Die Äußerungen Hassemers").
  const noun = tokens.slice(p.from + 1, end).find((t) => isCapitalised(t));
  const last = tokens[end - 1]!;
  return vocab.abstractNoun(last) || (!!noun && vocab.abstractNoun(noun) && !vocab.speakerNoun(last) && nominative(last.text) === last.text);
}

/**
 * "Die Lufthansa", "die Telekom", "die Charité": where nouns take capitals and names take no article, one capitalised
 * word after the feminine article (`feminine-subject-articles`; a masculine one opens roles the vocabulary lacks: "Der
 * Pilot") that is no role, no word naming people by what they do, and no noun in an ending of people or plurals ("die
 * Angeklagte", "die Grünen", "die Eltern", "die Ärztin", "die Veranstalter") names a body.
 */
function namedAfterArticle(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const word = tokens[p.from + 1];
  if (!vocab.marksIndirectSpeech || p.to - p.from !== 2 || !vocab.feminineSubjectArticle(tokens[p.from]!) || !isCapitalised(word)) return false;
  return !vocab.speakerNoun(word!) && !vocab.personNounShape(word!) && !vocab.agentNounShape(word!) && !/(?:e|en|rn|er|in|innen|s)$/u.test(word!.text);
}

function owner(text: string, vocab: AttributionVocabulary): SpeakerType | null {
  if (vocab.namesAgency(text)) return "agency";
  for (const [type, pattern] of vocab.types) if (type !== "vague" && type !== "anonymous" && pattern.test(text)) return type;
  return null;
}

/**
 * "The Liberal Democrats", "the Social Democrats": where only names take capitals, a crowd word closing a name after the
 * definite article names a party ("the Democrats" alone, "liberal Democrats" are a crowd).
 */
function partyName(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  if (vocab.marksIndirectSpeech || p.to - p.from < 3 || !vocab.definite(tokens[p.from]!)) return false;
  return tokens.slice(p.from + 1, p.to).every((t) => isCapitalised(t) && !POSSESSIVE.test(t.text));
}

/**
 * The type of a named owner after a crowd word: a person where the name opens on a given name ("Angaben von Peter Beck"),
 * else an institution ("Angaben des Roten Kreuzes", "reports of the Associated Press").
 */
function nameOwner(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): SpeakerType | null {
  const at = ownerIndex(tokens, p, vocab);
  if (at < 0) return null;
  // "einem Bericht des „Standard“": reports by a name in quotation marks, as German names its papers, are a publication's.
  if (QUOTE_MARK.test(tokens[at - 1]!.text)) return "media";
  return vocab.givenName(tokens[at]!) ? "person" : "institution";
}

/**
 * "A banker familiar with the matter", "ein mit der Sache vertrauter Manager": one person, after a singular article and
 * named by no given name, whom the phrase says knows from inside (`insider-descriptions`), is an anonymous source.
 */
function unnamedInsider(tokens: readonly Token[], p: Phrase, text: string, vocab: AttributionVocabulary): boolean {
  return vocab.singularArticle(tokens[p.from]) && vocab.describesInsider(text) && !tokens.slice(p.from, p.to).some((t) => vocab.givenName(t));
}

/** A given name before a capitalised word inside the phrase: "Angela Merkel", "Loyola Law School professor Justin Levitt". */
function namesPerson(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  for (let k = p.from; k < p.to - 1; k++) if (vocab.givenName(tokens[k]!) && isCapitalised(tokens[k + 1])) return true;
  return false;
}

/**
 * "NASA-Angaben", "UNHCR-Angaben", "FEC reports": a crowd word's owner in a compound, an acronym, is an institution
 * ("Augenzeugen-Berichte" stay vague); so is one right before what it put out ("GOP analysts" are people).
 */
function acronymOwner(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): SpeakerType | null {
  const last = tokens[p.to - 1]!;
  const compound = compoundOwner(last, vocab);
  const issued = p.to - p.from === 2 && ACRONYM.test(tokens[p.from]!.text) && (vocab.mediaCrowd(last.text) || vocab.document(last));
  return (compound && CAPITALS_ONLY.test(compound)) || issued ? "institution" : null;
}

/** Where a crowd word's named owner after it opens ("Angaben des Roten Kreuzes"), or -1. */
function ownerIndex(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): number {
  for (let i = p.from + 1; i < p.to - 1; i++) {
    // Genitive links only: "in the United States" places a crowd, it does not own it.
    if (!vocab.link(tokens[i]!) || vocab.placeLink(tokens[i]!)) continue;
    const article = vocab.determiner(tokens[i + 1]!) ? i + 2 : i + 1;
    // "einem Bericht des „Standard“": a name in quotation marks owns it too.
    const at = QUOTE_MARK.test(tokens[article]?.text ?? "") ? article + 1 : article;
    const owner = tokens[at];
    // German nouns take capitals too: a word in an adjective's shape ("des Landes") is no name,
    // unless a capitalised noun follows it inside the phrase ("des Roten Kreuzes").
    const nameGoesOn = at + 1 < p.to && isCapitalised(tokens[at + 1]) && !vocab.speakerNoun(tokens[at + 1]!);
    if (owner && isCapitalised(owner) && !vocab.speakerNoun(owner) && (nameGoesOn || !vocab.adjective(owner.text.toLowerCase()))) return at;
  }
  return -1;
}

/** "Fifty-eight percent of teachers": a counted share of a crowd is a poll's finding, not a vague source. */
function counted(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  for (let i = p.from; i < p.to; i++) if (vocab.share(tokens[i]!)) return true;
  return false;
}

/**
 * Where the phrase names an unnamed role ("a senior official", "ein Sprecher"); not where the word is an adjective of a
 * body or a document in the words right after it ("the official Chinese news agency", "offiziellen Angaben"), up to a
 * preposition, a link or an article ("an official familiar with the inquiry" is one).
 */
function roleIndex(tokens: readonly Token[], p: Phrase, pattern: RegExp, vocab: AttributionVocabulary): number {
  for (let i = p.from; i < p.to; i++) {
    // "Die Organisation „Reporter ohne Grenzen“": a role word inside a quoted name after the phrase's noun is the name's
    // (a mark set off by a space opens it; "Sanders’ aides" is a possessive).
    if (i > p.from && QUOTE_MARK.test(tokens[i]!.text) && tokens[i - 1]!.end < tokens[i]!.start) break;
    // An adjective is lowercase where it does not open the phrase ("Service Employees International Union" is a name);
    // in English a capitalised role word before a document is its name's ("the YouGov/Economist survey").
    const adjective = i === p.from || isLowercase(tokens[i]) || (!vocab.marksIndirectSpeech && vocab.document(tokens[i + 1]));
    if (pattern.test(tokens[i]!.text) && !(adjective && describesNoun(tokens, i + 1, p.to, pattern, vocab)) && !endsName(tokens, p, i, vocab)) return i;
  }
  return -1;
}

/**
 * "Business Insider", "The Harbor Reporter": where only names take capitals, a role word capitalised right after another
 * capitalised word of the phrase, and before none, ends a name, no role; not in a headline in title case ("Pentagon
 * Official Says …").
 */
function endsName(tokens: readonly Token[], p: Phrase, i: number, vocab: AttributionVocabulary): boolean {
  const before = tokens[i - 1];
  // "Kremlin Spokesman Ann Lee": a name after it makes it a title.
  if (vocab.marksIndirectSpeech || i === p.from || !isCapitalised(tokens[i]) || !isCapitalised(before) || isCapitalised(tokens[i + 1])) return false;
  return !vocab.determiner(before!) && !TITLE.test(before!.text) && runningText(tokens, vocab);
}

function describesNoun(tokens: readonly Token[], from: number, to: number, role: RegExp, vocab: AttributionVocabulary): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word || vocab.preposition(t) || vocab.link(t) || vocab.determiner(t)) return false;
    if (vocab.document(t) || (vocab.speakerNoun(t) && !role.test(t.text))) return true;
  }
  return false;
}

/** A body's name in the phrase ("FBI general counsel Ann Lee") makes it the body's, unless a person is named in it with a role. */
function bodyOrMember(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary, agencies: readonly Agency[], body: SpeakerType): SpeakerType {
  return body !== "person" && (namedWithRole(tokens, p, vocab, agencies) || headedByRole(tokens, p, vocab) || ownedPerson(tokens, p, vocab) || closedByPersonName(tokens, p, vocab) || affiliationAt(tokens, p, vocab) >= 0 || titledName(tokens, p, vocab)) ? "person" : body;
}

/**
 * "Saudi Energy Minister Prince Abdulaziz bin Salman": a name after a title closing the phrase is the title holder's,
 * whatever body the words before the title name; not a body's own head before a link ("the government of President
 * Petro O. Poroshenko"), nor a headline's words in title case ("CNN President On Trump").
 */
function titledName(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  if (tokens.slice(p.from, p.to).some((t) => vocab.link(t) || vocab.preposition(t) || vocab.stopword(t))) return false;
  const name = pastTitles(tokens, p.from, p.to, vocab);
  return name > p.from && name < p.to && (vocab.roleNoun(tokens[name - 1]!) || TITLE.test(tokens[name - 1]!.text));
}

/**
 * "der Forscher Jan Weber vom Institut für Wolfsforschung": where a given name and a surname before the phrase's first link
 * name the person, the body after it their affiliation, that link's index; else -1.
 */
function affiliationAt(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): number {
  const link = headEnd(tokens, p.from, p.to, vocab);
  if (link >= p.to) return -1;
  // "said lead author Dr. Priya Patel of …": the name starts past the lowercase words describing the person.
  const from = pastDescription(tokens, p.from, link, vocab);
  const name = { from, to: link };
  // "lead author Ding Ding of the University of Sydney": after a role, capitalised words a link follows are a name, a
  // given name the lists do not know too.
  // In English a lowercase title word before the name does so too ("lead author"), not a verb or a preposition.
  const before = tokens[from - 1];
  const title = !vocab.marksIndirectSpeech && !!before && roleWord(before, vocab) && !vocab.cue(before) && !vocab.circumstancePreposition(before) && !vocab.conjunction(before);
  const role = vocab.speakerNoun(before) || vocab.roleNoun(before) || title;
  const afterRole = link - from >= 2 && role && tokens.slice(from, link).every((t) => isCapitalised(t) && !vocab.speakerNoun(t));
  return afterRole || closedByGivenName(tokens, name, vocab) ? link : -1;
}

/**
 * "Speaker of the House Paul Ryan": a given name and a surname closing the phrase after a body's name are the person
 * holding its office ("the Walt Disney Company", "the Harbor Martin Foundation" close on the body's word); so are they
 * alone, a surname that is also an outlet's name ("Michael Bloomberg said").
 */
function closedByPersonName(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const placed = p.to - p.from === 2 || (p.to - p.from >= 3 && isCapitalised(tokens[p.to - 3]));
  return placed && closedByGivenName(tokens, p, vocab);
}

/** Does the phrase close on a given name and a capitalised surname that is no speaker's noun? */
function closedByGivenName(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const [given, surname] = [tokens[p.to - 2], tokens[p.to - 1]];
  return p.to - p.from >= 2 && !!given && vocab.givenName(given) && isCapitalised(surname) && !vocab.speakerNoun(surname!);
}

/** "CNN's Jake Tapper", "The Washington Post’s Ann Lee": a given name after a body's possessive is one of its people (not "ABC’s Good Morning America"). */
function ownedPerson(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const possessor = possessorOf(tokens, p);
  return !!possessor && possessor.to < p.to - 1 && vocab.givenName(tokens[possessor.to]!);
}

/**
 * "The police chief", "the team captain", "the Senate minority leader": a phrase headed by a lowercase role
 * (`role-nouns`) after the body's word names the one who holds it, not the body.
 */
function headedByRole(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const end = headEnd(tokens, p.from, p.to, vocab);
  // In lowercase or by its initials ("the company's CEO"): "The Union Leader" is a newspaper's name.
  const head = tokens[end - 1];
  return end - p.from > 1 && (isLowercase(head) || ACRONYM.test(head!.text)) && vocab.roleNoun(head!);
}

/**
 * A person named with the role they hold in a body, whatever the role: a name opening the phrase with its role or body
 * after it ("Ann Lee, an analyst at the Harbor Institute", "Jo Marsh of the Gazette"); a name set off after a comma ("the
 * director of the bureau, Tom Ruiz"); where nouns are lowercase, a name right after a lowercase word ending the phrase's
 * head ("FBI general counsel Ann Lee", "Post columnist Jo Marsh"). The body's name in the phrase does not make it the body.
 */
function namedWithRole(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary, agencies: readonly Agency[]): boolean {
  const setOff = partBeforeComma(tokens, p);
  const head = { from: p.from, to: headEnd(tokens, p.from, setOff ? setOff.to : p.to, vocab) };
  // "America Rising, a conservative action committee": an apposition headed by a body says the name is the body's, unless
  // a given name opens it ("Richard Uihlein, an Illinois manufacturer").
  const apposition = setOff ? { from: setOff.to + 1, to: headEnd(tokens, setOff.to + 1, p.to, vocab) } : null;
  const describesBody = apposition !== null && !vocab.givenName(tokens[p.from]!) && BODIES.has(typeOf(tokens, apposition, textOf(tokens, apposition), vocab, agencies));
  const named = bareName(tokens, head, vocab) || (!!setOff && nameBeforeRole(tokens, head, vocab));
  if (head.to < p.to && named && !vocab.namesAgency(textOf(tokens, head)) && !describesBody) return true;
  // "The developer's company, Crestline Homes": a name set off right after a body's noun is the body's, no person's
  // ("the Podesta Group's CEO, Kim Fritts" is a person's; so are "the director of the bureau, Tom Ruiz" and "Der
  // Korrespondent in Mexiko-Stadt, Will Grant", where a preposition puts the body's noun in a place).
  const noun = { from: head.to - 1, to: head.to };
  const bodyNoun = head.to === setOff?.to && !vocab.preposition(tokens[noun.from - 1]) && BODIES.has(typeOf(tokens, noun, textOf(tokens, noun), vocab, agencies));
  if (apposition) return bareName(tokens, apposition, vocab) && !bodyNoun;
  if (vocab.marksIndirectSpeech) return false;
  const name = head.to - 2;
  return (name > p.from && roleWord(tokens[name - 1]!, vocab) && bareName(tokens, { from: name, to: head.to }, vocab)) || titledAfterBody(tokens, head, vocab);
}

/** "Tanden, head of the Center for …": one capitalised word, no body's, set off before a lowercase role. */
function nameBeforeRole(tokens: readonly Token[], head: Phrase, vocab: AttributionVocabulary): boolean {
  const word = tokens[head.from]!;
  return head.to - head.from === 1 && isCapitalised(word) && !vocab.speakerNoun(word) && isLowercase(tokens[head.to + 1]);
}

/**
 * "House Judiciary Committee Chairman Bob Goodlatte", "FBI Director Ann Lee": a capitalised title and a name after the
 * body's word (three capitalised words or more, none a body's); "the Senate Intelligence Committee" ends on its body.
 */
function titledAfterBody(tokens: readonly Token[], head: Phrase, vocab: AttributionVocabulary): boolean {
  let body = head.to - 1;
  while (body >= head.from && !vocab.speakerNoun(tokens[body]!)) body--;
  return body >= head.from && head.to - body > 3 && bareName(tokens, { from: body + 1, to: head.to }, vocab);
}

/**
 * Where a phrase's head ends: at its first link ("of", "der"), place's link ("in", "on") or comma after its first word, or
 * at `to` (a German link opening the phrase is its article: "der Bericht des Rechnungshofs" is headed by "der Bericht").
 */
function headEnd(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): number {
  let end = Math.min(from + 1, to);
  while (end < to && tokens[end]!.text !== "," && !vocab.link(tokens[end]!) && !vocab.placeLink(tokens[end]!) && !vocab.passiveAgent(tokens[end]!)) end++;
  return end;
}

/** "counsel", "columnist", "manager": a lowercase content word that names no body of its own ("the firm Oxford Economics"). */
function roleWord(t: Token, vocab: AttributionVocabulary): boolean {
  return isLowercase(t) && !vocab.stopword(t) && !vocab.determiner(t) && !vocab.preposition(t) && !vocab.coordinator(t) && !vocab.speakerNoun(t);
}

export const BODIES: ReadonlySet<SpeakerType> = new Set(["institution", "media", "agency", "platform"]);

/** A phrase's words joined by spaces, as the type vocabularies read them. */
export const textOf = (tokens: readonly Token[], p: Phrase): string => tokens.slice(p.from, p.to).map((t) => t.text).join(" ");

/** The bare name opening `p` before its first comma ("Robert Lee" in "Robert Lee, attorney for …"), or null. */
function nameSetOffBefore(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): Phrase | null {
  const before = partBeforeComma(tokens, p);
  return before && bareName(tokens, before, vocab) ? before : null;
}

/** The words of `p` before its first comma ("Dmitri Peskow" in "Dmitri Peskow, ein Sprecher"), or null where none opens it. */
function partBeforeComma(tokens: readonly Token[], p: Phrase): Phrase | null {
  const comma = tokens.slice(p.from, p.to).findIndex((t) => t.text === ",");
  return comma > 0 ? { from: p.from, to: p.from + comma } : null;
}

/** Capitalised words only, none an article, a quantifier or a speaker noun: "James B. Comey", not "Every December". */
function bareName(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  if (p.to - p.from < 2) return false;
  for (let i = p.from; i < p.to; i++) {
    const t = tokens[i]!;
    if (!isCapitalised(t) || vocab.determiner(t) || vocab.quantifier(t) || vocab.speakerNoun(t)) return false;
  }
  return true;
}

/** "Kremlsprecher Dmitri Peskow", "spokesman Oleg Voloshyn", "Ein Sprecher der Moscheen, Ahmed …": a name beside the role. */
function named(tokens: readonly Token[], p: Phrase, role: number, vocab: AttributionVocabulary): boolean {
  // "Vatican spokesman the Rev. Tom Ruiz": a title after its article opens the name.
  const title = vocab.determiner(tokens[role + 1]) && TITLE.test(tokens[role + 2]?.text ?? "") ? 2 : 0;
  const next = tokens[role + 1 + title];
  if (role + 1 + title < p.to && isCapitalised(next) && !vocab.determiner(next!) && !vocab.link(next!) && !vocab.speakerNoun(next!) && !unnamedRoleOfGenitive(tokens, role, p, vocab)) return true;
  // "Tom Ruiz, a spokesman for …", "a spokesman for the ministry, Tom Ruiz": a name set off before the role, or after it
  // (not an apposition of whom the role speaks for: "A spokeswoman for Gov. Ann Lee, a Democrat, said").
  for (let i = p.from; i < p.to; i++) {
    if (tokens[i]!.text !== ",") continue;
    const after = tokens[i + 1];
    if (i < role || (isCapitalised(after) && !vocab.determiner(after!))) return true;
  }
  return false;
}

/** How many words may open a phrase before its statement noun: "den ersten Angaben". */
const MAX_STATEMENT_OPENING = 3;

/** The name a chain shows: what follows the role or outlet noun ("Dmitri Peskow", "RIA Novosti"), else the phrase without its article. */
export function nameOf(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): string {
  const sent = recipientAfter(tokens, p, vocab);
  if (sent > 0) return nameOf(tokens, { from: p.from, to: sent }, vocab);
  // "des Unternehmens vom Mittwoch", "the Wall Street Journal in July": the date of a statement names nobody.
  const dated = datedAt(tokens, p, vocab);
  if (dated > p.from) return nameOf(tokens, { from: p.from, to: dated }, vocab);
  // "Trump himself": a pronoun stressing the name is no part of it.
  if (p.to - p.from > 1 && vocab.intensifier(tokens[p.to - 1]!)) return nameOf(tokens, { from: p.from, to: p.to - 1 }, vocab);
  // "des Robert-Koch-Instituts (RKI)": a label in brackets closing the phrase is no part of the name.
  const label = tokens[p.to - 1]!.text === ")" ? tokens.slice(p.from, p.to).findIndex((t) => t.text === "(") : -1;
  if (label > 0) return nameOf(tokens, { from: p.from, to: p.from + label }, vocab);
  // "Sunday's Washington Post": a day's possessive opening the phrase dates the edition; the outlet is named after it.
  const edition = pastDeterminers(tokens, p, vocab);
  if (edition < p.to - 1 && dayPossessive(tokens[edition]!, vocab)) return nameOf(tokens, { from: edition + 1, to: p.to }, vocab);
  const compound = compoundOwner(tokens[p.to - 1]!, vocab);
  if (compound && (p.to - p.from === 1 || (p.to - p.from === 2 && vocab.determiner(tokens[p.from])))) return compound;
  const broadcaster = broadcasterOfShow(tokens, p, vocab);
  if (broadcaster) return broadcaster;
  const possessor = headedByDocument(tokens, p, vocab) ? documentOwner(tokens, p, vocab) : null;
  // "a guest column in Saturday's New York Times": a day owns no document.
  if (possessor && !dayPossessive(tokens[possessor.to - 1]!, vocab)) return withoutPossessive(nameOf(tokens, possessor, vocab));
  const issuer = vocab.marksIndirectSpeech ? null : documentIssuer(tokens, p, vocab);
  if (issuer) return nameOf(tokens, issuer, vocab);
  // "A report published Tuesday": the document is named without the attribute its participle opens.
  const attribute = documentAttribute(tokens, p, vocab);
  if (attribute > 0) return nameOf(tokens, { from: p.from, to: attribute }, vocab);
  const holder = statementOwner(tokens, p, vocab);
  if (holder) return ownerName(tokens, holder, vocab);
  const clause = beforeVerb(tokens, p.from, p.to, vocab);
  if (clause < p.to) return nameOf(tokens, { from: p.from, to: clause }, vocab);
  const before = partBeforeComma(tokens, p);
  if (before) {
    // "Der Berater Putins, Juri Uschakow" / "Dmitri Peskow, ein Sprecher": the name is the part without an article.
    const after = { from: before.to + 1, to: p.to };
    // "Kurt von Figura, Präsident der Universität": a name's particle after a given name is part of a bare name.
    const inName = (k: number) => isNameParticle(tokens[k]!) && (vocab.givenName(tokens[k - 1]!) || isNameParticle(tokens[k - 1]!));
    const bare = (q: Phrase) => tokens.slice(q.from, q.to).every((t, k) => (isCapitalised(t) && !vocab.determiner(t)) || (k > 0 && inName(q.from + k)));
    // "Hamas's armed wing, the Qassam Brigades": in English a body's name set off after its article names what no name
    // before it does ("Bob Corker, the Tennessee Republican" is Bob Corker).
    const namedBody = !vocab.marksIndirectSpeech && bodyNameAfterArticle(tokens, after, vocab);
    // "the lead author, Dr. Ann Lee of the Harbor Institute": a name set off may go on with its affiliation after a link.
    const link = tokens.slice(after.from + 1, after.to).findIndex((t) => vocab.link(t));
    const named = bare(link >= 0 ? { from: after.from, to: after.from + 1 + link } : after) || closesOnFullName(tokens, after, vocab);
    return nameOf(tokens, bare(before) || (!named && !namedBody) ? before : after, vocab);
  }
  // "dpa und AFP", "Die Polizei und die Feuerwehr": each party joined is named, "dpa und AFP", "Polizei und Feuerwehr";
  // "Der Vizekanzler und Arbeitsminister Franz Müntefering": roles joined before one name are that person's.
  const joined = coordination(tokens, p, vocab);
  if (joined?.oneHolder) return nameOf(tokens, joined.after, vocab);
  if (joined) return `${nameOf(tokens, joined.before, vocab)} ${tokens[joined.before.to]!.text} ${nameOf(tokens, joined.after, vocab)}`;
  // ("members of Congress", "lawyers for Harvard University": people before a body are named with it, not by its name.)
  if (describedUnnamed(tokens, p, vocab) || peopleBeforeBody(tokens, p, vocab)) return unnamedRoleName(tokens, p, vocab);
  let from = p.from;
  const closesOnForm = vocab.companyForm(tokens[tokens[p.to - 1]!.text === "." ? p.to - 2 : p.to - 1]);
  for (let i = p.from; i < p.to - 1; i++) {
    // "Nachrichtenagentur RIA Novosti" → "RIA Novosti", but "Fox News" stays whole; "ein Sprecher der Agentur Reuters" is an
    // unnamed role's, named with its body ("der Direktor der Behörde Tom Ruiz" is Tom Ruiz).
    if (unnamedRoleLinked(tokens, p.from, i, vocab) || unnamedRoleOfGenitive(tokens, i, p, vocab)) return unnamedRoleName(tokens, p, vocab);
    if (!vocab.speakerNoun(tokens[i]!) || !(isCapitalised(tokens[i + 1]) || vocab.lowercaseName(tokens[i + 1]))) continue;
    // "Die Staatsanwaltschaft Kassel", "das Amtsgericht Düsseldorf": a body seated at a place is named with the place (a
    // person's name after it is the person's: "Vorsitzende der Selbstverwaltung Istvan Kovacs").
    if (vocab.seatedBody(tokens[i]!) && !vocab.givenName(tokens[i + 1]!)) continue;
    // "Anna Berg von der Universität Hamburg": a body's name after a person's affiliation names the body, not the speaker.
    if (affiliatedBefore(tokens, p.from, i, vocab)) break;
    // "CBS News", "the Times Herald", "a Times/CBS News poll", "Breitbart News": a speaker noun that is itself a name goes on
    // into the next capital, as one before a masthead word does.
    // "BBC Radio Eastport": in English an outlet noun capitalised after a capital of the name is part of it.
    const inName = !vocab.marksIndirectSpeech && i > p.from && isCapitalised(tokens[i]) && isCapitalised(tokens[i - 1]) && !vocab.determiner(tokens[i - 1]!) && !POSSESSIVE.test(tokens[i]!.text) && namesType(tokens[i]!.text, "media", vocab);
    // "the Treasury Department", "Vatican Radio": in English a capitalised speaker noun before another one is part of its name.
    const nounInName = !vocab.marksIndirectSpeech && isCapitalised(tokens[i]) && isCapitalised(tokens[i + 1]) && vocab.speakerNoun(tokens[i + 1]!);
    const name = inName || nounInName || ACRONYM.test(tokens[i]!.text) || JOINED_NAMES.test(tokens[i]!.text) || vocab.masthead(tokens[i]!);
    if (name || (isCapitalised(tokens[i]) && !POSSESSIVE.test(tokens[i]!.text) && vocab.masthead(tokens[i + 1]!))) continue;
    // "die Deutsche Bank AG", "die Stadtwerke München GmbH", "Harbor Bank Inc.": a company's name closing on its legal
    // form holds its nouns.
    if (closesOnForm) continue;
    const pair = `${tokens[i]!.text} ${tokens[i + 1]!.text}`;
    if (!vocab.typeSpans.some(([, pattern]) => pattern.exec(pair)?.[0] === pair)) from = i + 1;
  }
  from = pastDeterminers(tokens, { from, to: p.to }, vocab);
  from = pastPartitive(tokens, from, p, vocab, (q) => pastDeterminers(tokens, q, vocab));
  // "a senior U.S. official", "ein ranghoher EU-Diplomat": an unnamed role is named by all its words, not from a capital on.
  const opened = pastOpeners(tokens, { from, to: p.to }, vocab);
  if (opened < p.to - 1 && namesType(tokens[p.to - 1]!.text, "anonymous", vocab)) return wordsOf(tokens, { from: opened, to: p.to });
  // "drei mit der Sache vertraute Personen": a crowd described by a participle's attribute is named from it.
  if (isCount(tokens[from], vocab) && vocab.preposition(tokens[from + 1]) && vocab.marksIndirectSpeech) return wordsOf(tokens, { from: from + 1, to: p.to });
  // "A retired teacher from Ohio", "a farmer in Iowa": in English a country or a state closing the phrase after a link or a
  // place's preposition that follows a lowercase noun says where the person is from; the person is named by all the words.
  let capital = from;
  while (capital < p.to && !isCapitalised(tokens[capital])) capital++;
  const placed = !vocab.marksIndirectSpeech && capital > from + 1 && (vocab.link(tokens[capital - 1]) || vocab.placeLink(tokens[capital - 1])) && isLowercase(tokens[capital - 2]);
  if (placed && vocab.country(textOf(tokens, { from: capital, to: p.to }))) return wordsOf(tokens, { from: opened, to: p.to });
  const named = tokens.slice(from, p.to).some((t) => isCapitalised(t));
  // "van Nistelrooy said": a name's particle right before its capital opens the name, no article ("der Vorsitzende") nor
  // preposition ("von Spiegel Online zitiert").
  const particleOpens = (k: number) => isNameParticle(tokens[k]!) && !vocab.determiner(tokens[k]!) && !vocab.preposition(tokens[k]) && isCapitalised(tokens[k + 1]);
  // ("a poll released Sunday by The Post": nor a day dating a participle before its agent, nor the agent's article.)
  const dating = (k: number) => dayPossessive(tokens[k]!, vocab) || (isCapitalised(tokens[k]) && agentAfter(tokens, k, vocab)) || (vocab.determiner(tokens[k]) && vocab.passiveAgent(tokens[k - 1]));
  while (named && from < p.to - 1 && ((!isCapitalised(tokens[from]) && !particleOpens(from)) || dating(from))) from++;
  // "nach Angaben des (russischen) Kuriers": one noun after a genitive article and its adjectives is named in the
  // nominative, "Kurier".
  let article = from - 1;
  while (article >= p.from && isLowercase(tokens[article]) && !vocab.determiner(tokens[article]!)) article--;
  if (from === p.to - 1 && vocab.genitiveArticle(tokens[article])) return nominative(tokens[from]!.text);
  // "Bürgermeister Heinz Krüger aus Drebkau", "Dr. Ann Lee of the Harbor Institute": a given name and a surname before a
  // link are the person's name, the place or body after it their affiliation.
  const link = affiliationAt(tokens, { from, to: p.to }, vocab);
  const to = link >= 0 ? link : p.to;
  const name = withoutOutletNoun(nominativeWords(tokens, { from: pastTitles(tokens, from, to, vocab), to }, vocab), vocab);
  // "Speaking to MSNBC’s Morning Joe": a name read up to a possessive is named without its ending; one that is its verb's
  // subject keeps it ("Moody's said").
  const next = tokens[p.to];
  return vocab.cue(next) || vocab.pastForm(next) || vocab.auxiliary(next) ? name : withoutPossessive(name);
}

/**
 * "Her neighbor, retired firefighter Dave Ortiz": a part set off that closes on a given name and a surname (or a title and
 * a name) right after a lowercase noun saying who the person is names them (not a name after a link: "a speechwriter in George W. Bush's White House").
 */
function closesOnFullName(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  const from = capitalRunStart(tokens, p.from, p.to);
  const before = tokens[from - 1];
  const noun = isLowercase(before) && !vocab.link(before!) && !vocab.placeLink(before) && !vocab.circumstancePreposition(before!);
  // "His rival, state Rep. Jo Kim": after a title the words after it are the name, whatever the given name.
  const named = pastTitles(tokens, from, p.to, vocab);
  const opensName = vocab.givenName(tokens[named]!) || named > from;
  return p.to - named >= 2 && from > p.from && noun && opensName && !tokens.slice(from, p.to).some((t) => POSSESSIVE.test(t.text));
}

/** "Sunday's", "Saturday’s": a day's or a month's possessive, which dates what follows it. */
function dayPossessive(t: Token, vocab: AttributionVocabulary): boolean {
  return POSSESSIVE.test(t.text) && vocab.calendarName(withoutPossessive(t.text));
}

/** Where a link and a day or a month (and a year) close the phrase, the link's index; else -1. */
function datedAt(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): number {
  let end = p.to;
  if (end - p.from > 3 && /^\p{N}+$/u.test(tokens[end - 1]!.text)) end--;
  const link = end - 2;
  return link > p.from && vocab.calendarName(tokens[end - 1]) && (vocab.link(tokens[link]!) || vocab.placeLink(tokens[link])) ? link : -1;
}

/**
 * "RIA news agency" → "RIA", "Harbor Times newspaper" → "Harbor Times": a name before the lowercase noun saying what outlet
 * it is. A lone word before a state's outlet ("Iranian state television") says whose state: the outlet is named whole.
 */
function withoutOutletNoun(name: string, vocab: AttributionVocabulary): string {
  const words = name.split(" ");
  const last = words.findLastIndex((w) => /^\p{Lu}/u.test(w));
  if (last < 0 || last === words.length - 1) return name;
  const kind = words.slice(last + 1).join(" ");
  const national = last === 0 && !ACRONYM.test(words[0]!) && vocab.stateOutletWord(words[1]);
  return vocab.outletKind(kind) && !national ? words.slice(0, last + 1).join(" ") : name;
}

/**
 * "in der ARD-Sendung „Bericht aus Berlin“", "im ZDF-Magazin „Frontal“": in German an outlet's name compounded with a noun
 * of the media (`speaker-media`) names the outlet, not the show after it ("das US-Magazin Barron's" is named by its title).
 */
function broadcasterOfShow(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): string | null {
  if (!vocab.marksIndirectSpeech) return null;
  const word = tokens[pastDeterminers(tokens, p, vocab)]!.text;
  const hyphen = word.indexOf("-");
  const [outlet, noun] = [word.slice(0, hyphen), word.slice(hyphen + 1)];
  return hyphen > 0 && namesType(outlet, "media", vocab) && namesType(noun, "media", vocab) ? outlet : null;
}

/** Where a phrase's words start past its articles: "Democratic staffer in the room" of "a Democratic staffer …". */
function pastDeterminers(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): number {
  return pastWhile(tokens, p, (t) => vocab.determiner(t));
}

/**
 * Past articles, focus particles, demonstratives and a quantity's opener: "top aide" of "even a top aide", "Zeugen" of
 * "diesem Zeugen", "dozen members of Congress" of "at least a dozen members of Congress".
 */
function pastOpeners(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): number {
  const quantity = p.to - p.from > 2 && opensQuantity(tokens, p.from, vocab);
  const past = (q: Phrase) => pastWhile(tokens, q, (t) => vocab.focusParticle(t) || vocab.demonstrative(t) || vocab.determiner(t));
  return pastPartitive(tokens, past(quantity ? { from: p.from + 2, to: p.to } : p), p, vocab, past);
}

/**
 * "one of the mayor's aides", "One of the former prosecutors for …": a partitive is named by the crowd after its link,
 * read on from `from` with `past` (where the words start past its openers); else `from`.
 */
function pastPartitive(tokens: readonly Token[], from: number, p: Phrase, vocab: AttributionVocabulary, past: (q: Phrase) => number): number {
  return from > p.from && from < p.to - 1 && vocab.link(tokens[from]!) ? past({ from: from + 1, to: p.to }) : from;
}

/** Where the phrase's words start past those `skipped` tests true, its last word kept. */
function pastWhile(tokens: readonly Token[], p: Phrase, skipped: (t: Token) => boolean): number {
  let from = p.from;
  while (from < p.to - 1 && skipped(tokens[from]!)) from++;
  return from;
}

/** An unnamed role named by its words past its openers: "longtime adviser to Trump", "senior U.S. official". */
function unnamedRoleName(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): string {
  return wordsOf(tokens, { from: pastOpeners(tokens, p, vocab), to: p.to });
}

/**
 * The words of a name, in the nominative after its definite article: "der Deutschen Bahn", "dem Bayerischen Rundfunk"
 * are named "Deutsche Bahn", "Bayerische Rundfunk", as "die Deutsche Bahn", "der Bayerische Rundfunk" are. After a
 * German article of a case other than the nominative (`oblique-articles`, `object-articles`, `genitive-articles`,
 * `article-contractions`), each capitalised adjective in "-en" right after it, before a singular noun, takes the
 * nominative's "-e"; an adjective of a place, "Frankfurter", keeps its form (`place-adjective-shape`).
 */
function nominativeWords(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): string {
  // "der „Süddeutschen Zeitung“": a quoted name's article stands before its opening mark.
  const article = tokens[QUOTE_MARK.test(tokens[p.from - 1]?.text ?? "") ? p.from - 2 : p.from - 1];
  const oblique = vocab.obliqueArticle(article) || vocab.objectArticle(article) || vocab.genitiveArticle(article) || vocab.articleContraction(article);
  if (!oblique) return wordsOf(tokens, p);
  // The adjectives right after the article, up to the noun ("Frankfurter" may stand between).
  let end = p.from;
  // (No noun naming people, whose weak "-en" is the noun's: "des Korrespondenten al-Jazeeras", "des Rezensenten Alan Posener".)
  const adjective = (t: Token) => (vocab.obliqueEnding(t) && !vocab.personNounShape(t) && !vocab.speakerNoun(t)) || vocab.placeAdjective(t);
  while (end + 1 < p.to && isCapitalised(tokens[end]) && isCapitalised(tokens[end + 1]) && adjective(tokens[end]!)) end++;
  // A noun in "-en" is a plural's ("der Vereinten Nationen"), whose nominative keeps the adjective's "-en"; not after an
  // article only the singular takes ("im Zweiten Deutschen Fernsehen" is "Zweite Deutsche Fernsehen").
  const singular = vocab.genitiveArticle(article) || vocab.articleContraction(article) || vocab.singularArticle(article);
  // After "des" a noun with no adjective drops its ending too: "des Bundesamts für Migration" is "Bundesamt für Migration".
  if ((end === p.from && !vocab.genitiveArticle(article)) || (/en$/u.test(tokens[end]!.text) && !singular)) return wordsOf(tokens, p);
  // After "des" the noun drops its genitive ending: "des Bayerischen Rundfunks" is "Bayerische Rundfunk".
  const inflected = (t: Token, k: number) => (k < end && vocab.obliqueEnding(t) ? t.text.slice(0, -1) : k === end && vocab.genitiveArticle(article) ? nominative(t.text) : t.text);
  return tokens.slice(p.from, p.to).flatMap((t, i) => (t.word ? [inflected(t, p.from + i)] : [])).join(" ");
}

/** A phrase's words without its punctuation: "Reporter des Senders n-tv" of "Reporter des Senders „n-tv“". */
function wordsOf(tokens: readonly Token[], p: Phrase): string {
  return tokens.slice(p.from, p.to).filter((t) => t.word).map((t) => t.text).join(" ");
}

/** A person's full name and a preposition before index `at`: "Anna Berg von der" in "Anna Berg von der Universität Hamburg". */
function affiliatedBefore(tokens: readonly Token[], from: number, at: number, vocab: AttributionVocabulary): boolean {
  for (let k = from + 2; k < at; k++) if (vocab.preposition(tokens[k]) && bareName(tokens, { from: k - 2, to: k }, vocab)) return true;
  return false;
}

/**
 * "a source close to the Kremlin", "A person familiar with Apple's plans", "numerous farmers interviewed at Harbor County
 * fairs": an unnamed or vague source in lowercase words with a lowercase description after it is named by all of them,
 * not by the name inside the description; a body named inside is named as before ("der offiziellen chinesischen
 * Nachrichtenagentur Xinhua" is Xinhua).
 */
function describedUnnamed(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  // "numerous dairy farmers interviewed at Harbor County fairs": a crowd a quantifier opens is unnamed whatever its noun.
  const crowd = vocab.quantifier(tokens[p.from]);
  const unnamed = (k: number) => unnamedNoun(tokens[k]!, vocab) || (crowd && vocab.description(tokens[k + 1]));
  let head = pastOpeners(tokens, p, vocab);
  while (head < p.to - 1 && isLowercase(tokens[head]) && !unnamed(head)) head++;
  if (!(head < p.to - 1 && isLowercase(tokens[head]) && unnamed(head) && isLowercase(tokens[head + 1]))) return false;
  for (let k = head + 1; k < p.to - 1; k++) if (vocab.speakerNoun(tokens[k]!) && isCapitalised(tokens[k + 1])) return false;
  return true;
}

const unnamedNoun = (t: Token, vocab: AttributionVocabulary): boolean => namesType(t.text, "anonymous", vocab) || namesType(t.text, "vague", vocab);

/** An unnamed role before a link at `at`, past the phrase's first word: "Sprecher der" in "ein Sprecher der Agentur Reuters". */
function unnamedRoleLinked(tokens: readonly Token[], from: number, at: number, vocab: AttributionVocabulary): boolean {
  return at > from + 1 && vocab.link(tokens[at]!) && namesType(tokens[at - 1]!.text, "anonymous", vocab);
}

/**
 * "Lee still has the final say", "Ruiz continued his scathing remarks": a phrase read over a clause (a noun cue in
 * its object) names the capitalised name opening it, up to the adverb, auxiliary or past form that follows the name.
 */
function beforeVerb(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): number {
  const opening = tokens[from]!;
  if (vocab.marksIndirectSpeech || !isCapitalised(opening) || vocab.determiner(opening) || vocab.quantifier(opening) || vocab.speakerNoun(opening) || vocab.verbAdverb(opening) || vocab.participle(opening)) return to;
  let name = from;
  while (name < to && isCapitalised(tokens[name])) name++;
  // "Donald Trump's newly installed chief": a possessive owns the phrase after it.
  if (name === to || POSSESSIVE.test(tokens[name - 1]!.text) || APOSTROPHE.test(tokens[name]!.text)) return to;
  let verb = name;
  while (verb < to && vocab.verbAdverb(tokens[verb]!)) verb++;
  const finite = tokens[verb];
  // A verb takes its object, not a noun right after it: "Democratic registered voters" is one phrase.
  const object = tokens[verb + 1];
  const opensObject = !object || !isLowercase(object) || vocab.determiner(object) || vocab.possessive(object) || vocab.pronoun(object) || vocab.link(object) || vocab.verbAdverb(object) || vocab.auxiliary(object) || vocab.infinitiveMarker(object);
  return finite && isLowercase(finite) && (vocab.auxiliary(finite) || vocab.pastForm(finite)) && opensObject ? name : to;
}

/**
 * The two phrases a coordinator joins in a phrase ("dpa und AFP", "the House and the Senate"), `oneHolder` where they are
 * roles of one holder named after them ("the vice president and secretary of state John Kerry"); none where it joins
 * adjectives of one noun ("Arabische und iranische Medien").
 */
function coordination(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): { before: Phrase; after: Phrase; oneHolder: boolean } | null {
  let k = p.from + 1;
  while (k < p.to - 1 && !vocab.phraseCoordinator(tokens[k])) k++;
  if (k >= p.to - 1) return null;
  const attribute = k - p.from === 1 && vocab.adjective(tokens[p.from]!) && !vocab.speakerNoun(tokens[p.from]!) && !vocab.determiner(tokens[k + 1]!);
  if (attribute) return null;
  const [before, after] = [{ from: p.from, to: k }, { from: k + 1, to: p.to }];
  // "Work and Pensions Secretary Liz Kendall", "Health and Human Services Secretary Ann Lee": capitalised words joined
  // before a title and a name name the office, no party of their own.
  const plain = (t: Token) => isCapitalised(t) && !vocab.speakerNoun(t) && !vocab.givenName(t) && !vocab.determiner(t);
  const office = before.to - before.from <= 2 && tokens.slice(before.from, before.to).every(plain) && plain(tokens[after.from]!);
  if (office && pastTitles(tokens, after.from, after.to, vocab) > after.from + 1) return null;
  // The second role opens the part after the coordinator: "Bund und Länder" are two parties.
  const second = tokens[pastDeterminers(tokens, after, vocab)]!;
  const secondRole = vocab.speakerNoun(second) || vocab.roleNoun(second);
  return { before, after, oneHolder: rolesOnly(tokens, before, vocab) && !rolesOnly(tokens, after, vocab) && secondRole };
}

/**
 * "President Joe Biden", "Former Sen. Dana Pruitt", "Majority Leader Chuck Schumer": where a role or an
 * abbreviated title stands before a name of two words or more, the name starts after it; "Mr. Trump" keeps its title.
 */
function pastTitles(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): number {
  from = pastDescription(tokens, from, to, vocab);
  for (let k = to - 3; k >= from; k--) {
    const t = tokens[k]!;
    // "Finanzvorstand Walter Mertl", "der portugiesische Journalist Eduardo Dâmaso": where nouns take capitals, a noun
    // opening the run of capitals before a given name is a title; so after a place's adjective opening the phrase, "der
    // Münchner Neurologe Peter Brandt".
    const opensRun = k === from || !isCapitalised(tokens[k - 1]) || (k - 1 === from && vocab.placeAdjective(tokens[k - 1]));
    const titleNoun = vocab.marksIndirectSpeech && opensRun && vocab.givenName(tokens[k + 1]!) && !vocab.givenName(t);
    // "Attorney General Letitia James": an office written apart that the role nouns name joined by a hyphen
    // ("Attorney-General") closes on its second word.
    const officeApart = k > from && vocab.roleNoun(`${tokens[k - 1]!.text}-${t.text}`);
    if (!vocab.roleNoun(t) && !TITLE.test(t.text) && !vocab.titleAbbreviation(t) && !titleNoun && !officeApart) continue;
    // "Attorney General Loretta Lynch", "Secretary of State John Kerry": a given name after the role starts the name.
    for (let g = k + 1; g < to - 1; g++) {
      if (vocab.givenName(tokens[g]!) && tokens.slice(g, to).every((w) => isCapitalised(w))) return g;
    }
    // "Captain Virgil van Dijk", "Präsidentin Ursula von der Leyen": a name's particle may stand inside it, never first,
    // the article "der" only after "von" or "van" ("Robert Mugabe der Vorbereitung" is a name and a genitive).
    const name = tokens.slice(k + 1, to);
    const particle = (w: Token, i: number) => isNameParticle(w) && (w.text !== "der" || /^va?[no]n$/u.test(name[i - 1]?.text ?? ""));
    if (isCapitalised(name[0]) && name.every((w, i) => (isCapitalised(w) && !vocab.roleNoun(w)) || particle(w, i))) return k + 1;
    const complement = vocab.determiner(tokens[k + 2]) ? k + 3 : k + 2;
    return (vocab.link(tokens[k + 1]) && afterComplement(tokens, complement, to)) || from;
  }
  return from;
}

/**
 * "Rovers boss Ines Costa", "Republican presidential candidate Ann Lee": in English a lowercase noun saying what someone
 * is, right before a name of two words or more, ends what is said of them; not in a phrase with a link, a participle
 * or a determiner inside it ("Lee Marsh of the anti-tax Harbor Review", "Democrats supporting Ann Lee", "Making her way
 * around Chez Marie"). Returns where the name starts.
 */
function pastDescription(tokens: readonly Token[], from: number, to: number, vocab: AttributionVocabulary): number {
  if (vocab.marksIndirectSpeech) return from;
  const lower = tokens.slice(from, Math.max(from, to - 2)).findLastIndex((t) => !isCapitalised(t)) + from;
  if (lower < from || !roleWord(tokens[lower]!, vocab)) return from;
  const verbLike = (t: Token) => isLowercase(t) && VERB_ENDING.test(t.text);
  if (tokens.slice(from, lower + 1).some((t, k) => vocab.link(t) || verbLike(t) || (k > 0 && vocab.determiner(t)))) return from;
  return tokens.slice(lower + 1, to).every((w) => isCapitalised(w) && !vocab.roleNoun(w)) ? lower + 1 : from;
}

/** A participle's or a past form's ending: "supporting", "filed". */
const VERB_ENDING = /(?:ing|ed)$/u;

/**
 * "Secretary of State Antony Blinken", a given name no list holds: after a role's link and its capitalised complement
 * (after its article: "Secretary of the Navy Ray Mabus") the name is the last two words (three over a middle initial:
 * "Ashton B. Carter"), or the last one after a complement of one word ("Secretary of State Kerry"); where the
 * complement is not all capitalised, no name is read apart (null).
 */
function afterComplement(tokens: readonly Token[], complement: number, to: number): number | null {
  const rest = tokens.slice(complement, to);
  if (rest.length < 2 || !rest.every((w) => isCapitalised(w))) return null;
  if (rest.length === 2) return to - 1;
  return INITIAL.test(tokens[to - 2]!.text) && rest.length > 3 ? to - 3 : to - 2;
}

/** Articles, lowercase words and speaker nouns only: "der deutsche Vizekanzler", "the vice president", no name. */
function rolesOnly(tokens: readonly Token[], p: Phrase, vocab: AttributionVocabulary): boolean {
  return tokens.slice(p.from, p.to).every((t) => !t.word || vocab.determiner(t) || (isLowercase(t) && !vocab.lowercaseName(t)) || vocab.speakerNoun(t));
}

/**
 * A German masculine or neuter noun without its genitive ending: "Kuriers" → "Kurier", "Verbandes" → "Verband",
 * "Ministeriums" → "Ministerium"; one ending in a vowel and "s" may be so in the nominative ("Zirkus", "Atlas") and stays.
 */
function nominative(noun: string): string {
  if (/[^aeiouäöüy]es$/.test(noun)) return noun.slice(0, -2);
  return /[^aeiuäöü]s$/.test(noun) ? noun.slice(0, -1) : noun;
}
