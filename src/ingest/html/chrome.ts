// Residual chrome: lines that survive markup cleaning because they sit inside the
// article container ("Lesen Sie auch", "Foto: dpa", "Share on Facebook"), and the
// "related articles" tail that many templates append inside the story block.
import type { Paragraph } from "./paragraphs.js";

const CHROME_LINE = new RegExp(
  // An asterisk or dash may lead ("*Werbung", "- Anzeige -").
  "^[*\\s-]*(?:" +
    [
      // German
      "lesen sie (?:auch|mehr|hier)", "mehr zum thema", "mehr dazu", "weitere (?:artikel|informationen|nachrichten)",
      "auch interessant", "das könnte (?:sie|dich) (?:auch )?interessieren", "(?:jetzt |artikel )?teilen", "zum newsletter",
      "newsletter", "jetzt abonnieren", "anzeige", "-\\s*anzeige\\s*-", "werbung", "alle rechte vorbehalten",
      "foto(?:s|grafie)?\\s*:", "bild(?:er)?\\s*:", "bild via", "titelbild", "beitragsbild", "headerbild", "bildnachweis",
      "abb(?:ildung|\\.)\\s*\\d*\\s*:", "bildquelle", "weitere themen", "zum weiterlesen", "siehe auch", "externer inhalt",
      "empfohlener redaktioneller inhalt", "zur startseite",
      "zurück(?: zur| zum|$)", "wird geladen", "lade weitere", "kategorie:", "schlagwörter:",
      "von:$", "wir verwenden cookies", "schon gelesen", "über den autor", "über die autorin",
      "dieser (?:text|beitrag|artikel) wurde (?:am |zuerst )?(?:veröffentlicht|erstmals)", "der beitrag wurde am",
      "sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)", "vorschau auf den nächsten", "originalartikel",
      "gefällt (?:dir|ihnen) (?:unser|dieser|der)", "gefällt mir(?::|$|\\s+wird geladen)", "\\(?noch keine bewertung", "kommentare? (?:zu )?schreiben",
      // English
      "read (?:more|next|also)", "related(?: articles| stories| posts)?:?$", "see also", "share (?:this|on|via)",
      "sign up", "subscribe", "advertisement", "sponsored", "click here", "image:", "photo:",
      "photograph(?:y)? by", "(?:photo|image) credit", "getty images", "all rights reserved", "copyright", "©",
      "tags?:", "filed under", "categor(?:y|ies)\\s*:", "this entry was posted", "skip to", "back to top", "cookie",
      "we use cookies", "loading", "if you (?:enjoyed|liked|found)", "we want to hear", "submit (?:your|a) letter",
      "follow (?:us|the \\S+|@)", "for the latest (?:stories|news|updates)", "download (?:our|the) app", "do you want to be informed",
      "about the author", "further reading", "featured image", "(?:image|photo) courtesy", "fig(?:ure|\\.)\\s*\\d+\\s*:",
      "get the latest .{0,60}(?:straight|delivered) to your", "(?:this|the) (?:post|article|story) (?:contains|may contain) (?:affiliate|references|links)",
      // Other languages on news pages
      "czytaj (?:też|także|więcej)", "źródło:", "lire aussi", "à lire aussi", "leer (?:más|también)", "leggi anche",
    ].join("|") +
    ")",
  "iu",
);

/** Headings that open a list of other articles; nothing after them belongs to the story. */
const TAIL_HEADING = new RegExp(
  "^(?:" +
    [
      "das könnte (?:sie|dich) (?:auch )?interessieren", "(?:das )?thema könnte (?:sie|dich) auch interessieren",
      "mehr zum thema", "empfohlene (?:beiträge|artikel)", "interessante artikel", "weiterführende links",
      "ähnliche (?:artikel|beiträge|themen)", "weitere (?:artikel|beiträge|nachrichten|themen)", "entdecke(?:n sie)? (?:weitere|jetzt)",
      "themen im artikel", "meistgelesen", "meist gelesen", "related (?:stories|articles|posts|content)", "more (?:stories|from|on)",
      "you (?:may|might) also like", "recommended (?:for you|stories|articles)", "popular (?:stories|posts)",
    ].join("|") +
    ")",
  "iu",
);

/**
 * A picture's caption outside <figcaption>: a short line that ends with the picture's credit
 * ("… in Bremen. © CAE", "… / (C) Kab Niang", "… (Symbolbild).").
 */
const CAPTION_WITH_CREDIT = /(?:(?:©|\([cC]\))\s*\p{Lu}[^.!?©]{0,50}|\((?:[Ss]ymbolbild|[Aa]rchivbild|[Ff]oto|[Bb]ild)[^)]{0,40}\)\.?)$/u;
const MAX_CAPTION_CHARS = 200;

/**
 * The post's filing note that blog templates print under it, however long its list of
 * categories: "Dieser Beitrag wurde am … veröffentlicht und wurde unter … abgelegt",
 * "This entry was posted on … and is filed under …".
 */
const FILING_NOTE = /^(?:dieser (?:eintrag|beitrag)|der beitrag|erstellt|this entry|this post)\b.{0,120}\b(?:abgelegt unter|unter .{1,200} abgelegt|(?:filed|posted) (?:under|in))\b/iu;
const MAX_FILING_NOTE_CHARS = 500;

/** A line that only announces the publication date: "opublikowano: 2021-04-29 17:13", "Veröffentlicht am 3. Mai 2020". */
const PUBLISHED_STAMP = /^(?:veröffentlicht|erstellt|aktualisiert|published|posted|updated|opublikowano|publié|publicado|pubblicato)(?:\s+(?:am|on|le|el|il))?\s*:?\s*\d/iu;

/** A download link with its file size: "Merkblatt (PDF, 38 KB)", "… PDF | 1,2 MB | nicht barrierefrei". */
const DOWNLOAD_LINK = /(?<!\p{L})(?:pdf|docx?|xlsx?|pptx?|zip)\b\s*[|,(]\s*\d+(?:[.,]\d+)?\s*[kmg]i?b\b/iu;

/** Chrome lines are short; a long paragraph that happens to start with "Anzeige" is kept. */
const MAX_CHROME_CHARS = 160;
const MAX_HEADING_CHARS = 60;

/** "Von Anna Beispiel, 15.08.2025", "By John Doe | March 5, 2024", "15.08.2025, 14:35 Uhr": byline and date lines. */
const BYLINE = /^(?:[Vv]on|[Bb]y|BY|VON|[Tt]ext:|[Aa]utor(?:in)?:)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*(?:$|[,|·•–-])/u;
const DATE_STAMP = /^[\p{L}]*,?\s*\d{1,4}[./-]\s*(?:\d{1,2}|\p{L}+)\.?[./-]?\s*\d{2,4}(?:[,\s|–-]+\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?)?$/iu;
const MAX_BYLINE_CHARS = 100;

/** A <p> this long that ends a sentence is a linked sentence ("… sagte die Sprecherin."), not a menu. */
const MIN_LINKED_SENTENCE_CHARS = 80;
const ENDS_SENTENCE = /[.!?…]["“”»«)]?$/u;

/** A paragraph that is nearly all link text is navigation unless it is long or reads as a sentence. */
function isLinkList(p: Paragraph): boolean {
  if (p.tag === "p" && p.text.length >= MIN_LINKED_SENTENCE_CHARS && ENDS_SENTENCE.test(p.text)) return false;
  return p.linkChars / p.text.length > 0.6 && p.text.length < 300;
}

export function isChromeParagraph(p: Paragraph): boolean {
  if (isLinkList(p)) return true;
  if (p.text.length <= MAX_BYLINE_CHARS && (BYLINE.test(p.text) || DATE_STAMP.test(p.text) || PUBLISHED_STAMP.test(p.text))) return true;
  if (p.text.length <= MAX_CAPTION_CHARS && (CAPTION_WITH_CREDIT.test(p.text) || DOWNLOAD_LINK.test(p.text))) return true;
  if (p.text.length <= MAX_FILING_NOTE_CHARS && FILING_NOTE.test(p.text)) return true;
  return p.text.length <= MAX_CHROME_CHARS && CHROME_LINE.test(p.text);
}

/** Teasers under a "related" heading are a line or two; a paragraph this long means the story goes on. */
const MIN_STORY_PARAGRAPH_CHARS = 250;

function isStoryParagraph(p: Paragraph): boolean {
  return p.text.length - p.linkChars >= MIN_STORY_PARAGRAPH_CHARS;
}

/**
 * Cut the story at a "related articles" heading in its second half that only teasers
 * follow. Earlier, or followed by full paragraphs, such a heading is an inline box.
 */
export function withoutRelatedTail(paragraphs: Paragraph[]): Paragraph[] {
  const total = paragraphs.reduce((n, p) => n + p.text.length, 0);
  let seen = 0;
  for (const [index, p] of paragraphs.entries()) {
    const isTailHeading = seen > total / 2 && p.text.length <= MAX_HEADING_CHARS && TAIL_HEADING.test(p.text);
    if (isTailHeading && !paragraphs.slice(index + 1).some(isStoryParagraph)) return paragraphs.slice(0, index);
    seen += p.text.length;
  }
  return paragraphs;
}

/** Shorter than this and not a sentence: a label, kicker, credit or button text. */
const MAX_FRAGMENT_CHARS = 50;

/** List items and table cells are short by nature (ingredients, facts): content, not fragments. */
const STRUCTURED_TAGS = new Set(["li", "td", "th", "dd", "dt"]);

function isFragment(p: Paragraph): boolean {
  return p.text.length < MAX_FRAGMENT_CHARS && !STRUCTURED_TAGS.has(p.tag) && !/[.!?…"“”»«)]$/u.test(p.text);
}

/**
 * Drop fragments before the story's first and after its last real paragraph: category
 * kickers, "Weitere Infos", photo credits and share labels cluster at the edges.
 */
export function withoutEdgeFragments(paragraphs: Paragraph[]): Paragraph[] {
  let start = 0;
  let end = paragraphs.length;
  while (start < end && isFragment(paragraphs[start] as Paragraph)) start++;
  while (end > start && isFragment(paragraphs[end - 1] as Paragraph)) end--;
  return paragraphs.slice(start, end);
}
