// Remove page chrome before body extraction. Readability scores what it is given, so
// menus, cookie banners and teaser lists that survive here become body candidates.
import type { CheerioAPI } from "cheerio/slim";
import { isComment, isTag, type AnyNode, type ParentNode } from "domhandler";
import { attributeTokens, collapseWhitespace } from "./text.js";

/** Never text a reader reads as the article. */
const INERT_TAGS =
  "script, style, noscript, template, svg, canvas, iframe, object, embed, link, meta, select, input, textarea, button, dialog, " +
  "img, picture, source, video, audio, track, map, area";

/** Page-level chrome by element; only removed when small, since some sites wrap everything in one. */
const CHROME_TAGS = "nav, footer";
/** Elements that hold chrome or, on some templates, the story itself (a content column, a shop's product form). */
const PLACE_TAGS = "aside, form";

const HIDDEN_OR_CHROME_ROLES =
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], ' +
  '[role="dialog"], [role="alertdialog"], [role="search"], [role="menu"], [aria-hidden="true"], [hidden], ' +
  '[style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i]';

/**
 * Text only screen readers get ("Skip to content", "Artikel vorlesen", "Opens in new window").
 * Matched on the raw class, before token rules, because "screen-reader-text" carries "text".
 */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|sr-only-focusable|visually-hidden|visuallyhidden|screen-reader-text|screenreader|element-invisible|offscreen|a11y-hidden)(?:\s|$)/i;

/**
 * Class/id tokens that mark chrome. Matched as whole tokens, so "header-image" or
 * "shadow" never hit "ad"; compound tokens cover the common glued spellings.
 * "teaser" is deliberately absent: German CMSs call the article's own lead a teaser.
 */
const CHROME_TOKENS = new Set([
  "share", "sharing", "shariff", "social", "socials", "sociallinks", "newsletter", "subscribe", "subscription",
  "consent", "cookie", "cookies", "gdpr", "cmp", "related", "recommend", "recommended", "recommendations",
  "comment", "comments", "disqus", "promo", "promotion", "ad", "ads", "advert", "advertisement", "adslot",
  "sponsored", "breadcrumb", "breadcrumbs", "paywall", "popup", "modal", "overlay",
  "sidebar", "toolbar", "pagination", "pager", "tags", "tagcloud", "taglist", "outbrain", "taboola", "banner",
  "skiplink", "skip", "navigation", "navbar", "menu", "signup", "login", "print", "rating", "authorbox", "authorinfo",
  "authorbio", "aboutauthor", "bio",
  "readmore", "morelinks", "trending", "popular",
]);

/**
 * Chrome whose contents read as prose by nature (comments, teasers, newsletter and paywall
 * pitches, author bios): removed whatever it holds. Every other chrome word names a place on
 * the page (sidebar, banner, ad slot, menu, print view, consent layer), and templates wrap
 * whole stories in such places, so those blocks go only when they hold no story.
 */
const PROSE_CHROME_TOKENS = new Set([
  "share", "sharing", "shariff", "social", "socials", "sociallinks", "newsletter", "subscribe", "subscription",
  "related", "recommend", "recommended", "recommendations", "comment", "comments", "disqus", "promo", "promotion",
  "sponsored", "paywall", "outbrain", "taboola", "signup", "authorbox", "authorinfo", "authorbio", "aboutauthor", "bio",
  "morelinks", "trending", "popular",
]);

/** Tokens that mark the article itself: a block carrying one is never removed as chrome. */
const ARTICLE_TOKENS = new Set(["article", "content", "main", "story", "entry", "post", "body", "text"]);

/** "has-ads", "section--with-menu": the block holds such a thing (an ad slot, a menu), it is not one. */
const CONTAINS_TOKENS = new Set(["has", "with"]);

/** A block holding this share of the page's text is the page, whatever its name says. */
const MAX_CHROME_SHARE = 0.4;

type ChromeKind = "prose" | "place" | null;

function chromeKind(tokens: string[]): ChromeKind {
  if (tokens.length === 0 || tokens.some((t) => ARTICLE_TOKENS.has(t))) return null;
  const isChrome = (word: string, before: string | undefined) => CHROME_TOKENS.has(word) && !CONTAINS_TOKENS.has(before ?? "");
  // A word and the next read as one too: "author-box", "AuthorBox" and "authorbox" are the same name.
  const pairs = tokens.slice(1).map((t, i) => `${tokens[i]}${t}`);
  const chrome = [...tokens.filter((t, i) => isChrome(t, tokens[i - 1])), ...pairs.filter((t, i) => isChrome(t, tokens[i - 1]))];
  if (chrome.length === 0) return null;
  return chrome.some((t) => PROSE_CHROME_TOKENS.has(t)) ? "prose" : "place";
}

/**
 * True inside comments, teasers, newsletter and share boxes: dates there belong to other
 * texts (a comment's, a related story's), never to the page's own article.
 */
export function insideProseChrome(el: AnyNode): boolean {
  for (let node: AnyNode | null = el; node; node = node.parent) {
    if (isTag(node) && chromeKind(attributeTokens(node.attribs["class"], node.attribs["id"])) === "prose") return true;
  }
  return false;
}

/** A story paragraph: a long, sentence-final <p> that is mostly not links. */
const MIN_STORY_PARAGRAPH_CHARS = 100;
const MAX_STORY_LINK_DENSITY = 0.3;
/** A block holding this many story paragraphs holds (part of) the story. */
const MIN_STORY_PARAGRAPHS = 2;
const ENDS_SENTENCE = /[.!?…:"“”»«)]$/u;

/** How many story paragraphs each element holds, counted once on the uncleaned page. */
function storyParagraphCounts($: CheerioAPI): Map<AnyNode, number> {
  const counts = new Map<AnyNode, number>();
  // A long <p> in a form's <label> is its terms of use.
  $("p").not("label p").each((_, el) => {
    const text = collapseWhitespace($(el).text());
    if (text.length < MIN_STORY_PARAGRAPH_CHARS || !ENDS_SENTENCE.test(text)) return;
    if (collapseWhitespace($(el).find("a").text()).length / text.length > MAX_STORY_LINK_DENSITY) return;
    for (let node: AnyNode | null = el; node; node = node.parent) counts.set(node, (counts.get(node) ?? 0) + 1);
  });
  return counts;
}

/** Strip chrome in place. */
export function removeChrome($: CheerioAPI): void {
  $(INERT_TAGS).remove();
  const pageChars = $("body").text().length || 1;
  const storyParagraphs = storyParagraphCounts($);
  // A <p> that is itself a story paragraph ("js-readmore" on a collapsed text) is never a layout block.
  const holdsStory = (el: AnyNode) => (storyParagraphs.get(el) ?? 0) >= (isTag(el) && el.name === "p" ? 1 : MIN_STORY_PARAGRAPHS);
  const removeIfSmall = (el: AnyNode, kind: ChromeKind = "place") => {
    if (kind === "place" && holdsStory(el)) return;
    if ($(el).text().length < pageChars * MAX_CHROME_SHARE) $(el).remove();
  };
  // A <header> inside the article, or one holding the headline, carries the headline, lead and
  // byline; only page headers are chrome.
  $("header").each((_, el) => {
    if ($(el).closest("article, main, [itemprop='articleBody']").length === 0 && $(el).find("h1").length === 0) removeIfSmall(el);
  });
  $(CHROME_TAGS).each((_, el) => removeIfSmall(el, "prose"));
  $(PLACE_TAGS).each((_, el) => removeIfSmall(el));
  $(HIDDEN_OR_CHROME_ROLES).each((_, el) => removeIfSmall(el));
  $("[class]")
    .filter((_, el) => SCREEN_READER_ONLY.test(el.attribs["class"] ?? ""))
    .remove();
  $("[class], [id]").each((_, el) => {
    const kind = chromeKind(attributeTokens(el.attribs["class"], el.attribs["id"]));
    if (kind) removeIfSmall(el, kind);
  });
}

/** The attributes Readability reads besides class and id (links, images, microdata, text direction). */
const KEPT_ATTRIBUTES = new Set(["href", "src", "itemprop", "lang", "dir"]);

/**
 * What Readability may learn from class and id: only the article markers. Its own class
 * rules match substrings ("banners-contenido", "has-ads", "header-image" read as chrome) and
 * mostly discard story blocks; chrome has already been removed here by whole tokens.
 */
function articleMarkers(attribs: Record<string, string>): string {
  return attributeTokens(attribs["class"], attribs["id"])
    .filter((t) => ARTICLE_TOKENS.has(t))
    .join(" ");
}

/**
 * Drop comments and unused attributes in one walk: linkedom builds a node per attribute
 * and comment, and its parse is the extractor's largest cost.
 */
export function slimForReadability($: CheerioAPI): void {
  const comments: AnyNode[] = [];
  // Iterative: broken pages nest thousands of unclosed tags deep.
  const stack: ParentNode[] = $.root().toArray();
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const child of node.children) {
      if (isComment(child)) comments.push(child);
      else if (isTag(child)) {
        const markers = articleMarkers(child.attribs);
        for (const name of Object.keys(child.attribs)) if (!KEPT_ATTRIBUTES.has(name)) delete child.attribs[name];
        if (markers) child.attribs["class"] = markers;
        stack.push(child);
      }
    }
  }
  $(comments).remove();
}
