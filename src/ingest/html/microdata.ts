// Microdata scopes: which schema.org item an element's itemprop describes.
import { isTag, type Element } from "domhandler";

/** schema.org types of what readers add to a page: their dates are not the page's. */
const USER_CONTRIBUTION = /schema\.org\/(?:Review|Comment|Answer|Question|UserComments|DiscussionForumPosting)$/i;

/** The microdata item an element describes (its nearest itemscope) is a review, comment or forum post. */
export function ofUserContribution(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parent && isTag(node.parent) ? node.parent : null) {
    if ("itemscope" in node.attribs) return USER_CONTRIBUTION.test(node.attribs["itemtype"] ?? "");
  }
  return false;
}
