// Remove page chrome before body extraction. Readability scores what it is given, so
// menus, cookie banners and teaser lists that survive here become body candidates.
import type { CheerioAPI } from "cheerio/slim";
import { attributeTokens } from "./text.js";

const CHROME_TAGS =
  "script, style, noscript, template, nav, header, footer, aside, form, button, dialog, iframe, svg, " +
  "canvas, select, input, textarea, object, embed, link, meta";

const CHROME_ROLES =
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], ' +
  '[role="dialog"], [role="alertdialog"], [role="search"], [role="menu"], [aria-hidden="true"], [hidden]';

/** Text only screen readers get ("Skip to content", "Opens in new window"). */
const SCREEN_READER_ONLY = new Set(["sr", "sronly", "visuallyhidden", "screenreader", "offscreen", "hidden", "hide"]);

/**
 * Class/id tokens that mark chrome. Matched as whole tokens, so "header-image" or
 * "shadow" never hit "ad"; compound tokens cover the common glued spellings.
 */
const CHROME_TOKENS = new Set([
  "share", "sharing", "shariff", "social", "socials", "sociallinks", "newsletter", "subscribe", "subscription",
  "consent", "cookie", "cookies", "gdpr", "cmp", "related", "recommend", "recommended", "recommendations",
  "comment", "comments", "disqus", "promo", "promotion", "ad", "ads", "advert", "advertisement", "adslot",
  "sponsored", "teaser", "teasers", "breadcrumb", "breadcrumbs", "paywall", "popup", "modal", "overlay",
  "sidebar", "widget", "widgets", "toolbar", "pagination", "pager", "tags", "tagcloud", "taglist",
  "outbrain", "taboola", "banner", "skiplink", "skip", "navigation", "navbar", "menu", "signup", "login",
  "print", "rating", "author-box", "authorbox", "bio", "readmore", "morelinks", "trending", "popular",
]);

/** Tokens that mark the article itself: a block carrying one is never removed as chrome. */
const ARTICLE_TOKENS = new Set(["article", "content", "main", "story", "entry", "post", "body", "text"]);

function isChromeBlock(tokens: string[]): boolean {
  if (tokens.length === 0) return false;
  if (tokens.some((t) => ARTICLE_TOKENS.has(t))) return false;
  return tokens.some((t) => CHROME_TOKENS.has(t) || SCREEN_READER_ONLY.has(t));
}

/** Strip chrome in place. Blocks that hold most of the page's paragraphs are kept whatever their names. */
export function removeChrome($: CheerioAPI): void {
  $(CHROME_TAGS).remove();
  $(CHROME_ROLES).remove();
  const totalParagraphText = $("p").text().length || 1;
  $("[class], [id]").each((_, el) => {
    const tokens = attributeTokens($(el).attr("class"), $(el).attr("id"));
    if (!isChromeBlock(tokens)) return;
    // A wrongly named wrapper ("layout-sidebar-main") can hold the story: keep it.
    if ($(el).find("p").text().length > totalParagraphText * 0.5) return;
    $(el).remove();
  });
}
