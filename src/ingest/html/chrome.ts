// Residual chrome: lines that survive markup cleaning because they sit inside the
// article container ("Lesen Sie auch", "Foto: dpa", "Share on Facebook").
import type { Paragraph } from "./paragraphs.js";

const CHROME_LINE = new RegExp(
  "^(?:" +
    [
      "lesen sie (?:auch|mehr|hier)", "mehr zum thema", "mehr dazu", "weitere (?:artikel|informationen|nachrichten)",
      "auch interessant", "das könnte sie (?:auch )?interessieren", "(?:jetzt |artikel )?teilen", "zum newsletter",
      "newsletter", "jetzt abonnieren", "anzeige", "werbung", "alle rechte vorbehalten", "foto(?:s|grafie)?\\s*:",
      "bild(?:er)?\\s*:", "bildquelle", "quelle:\\s*(?:imago|getty|dpa-?bildfunk)", "zur startseite", "zurück zur",
      "read (?:more|next|also)", "related(?: articles| stories| posts)?:", "see also", "share (?:this|on|via)",
      "follow us", "sign up", "subscribe", "advertisement", "sponsored", "click here", "image:", "photo:",
      "(?:photo|image) credit", "getty images", "all rights reserved", "copyright", "©", "tags?:", "filed under",
      "skip to", "back to top", "cookie", "we use cookies", "wir verwenden cookies",
    ].join("|") +
    ")",
  "iu",
);

/** Chrome lines are short; a long paragraph that happens to start with "Anzeige" is kept. */
const MAX_CHROME_CHARS = 160;

/** A paragraph that is nearly all link text is navigation unless it is long. */
function isLinkList(p: Paragraph): boolean {
  return p.linkChars / p.text.length > 0.6 && p.text.length < 300;
}

export function isChromeParagraph(p: Paragraph): boolean {
  return isLinkList(p) || (p.text.length <= MAX_CHROME_CHARS && CHROME_LINE.test(p.text));
}
