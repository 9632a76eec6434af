import type { ArticleRule } from "../../engine/rule.js";
import { shortened } from "./shorten.js";

/** A line that ends like a sentence or a quotation is prose; anything else after a colon is a heading or nothing. */
const PROSE_END = /[.!?…"“”»«']\s*$/;
const ANNOUNCEMENT = /:\s*$/;
/** Headings are short; a long line without a full stop is still prose. */
const MAX_HEADING = 120;

export const attributionTruncatedQuote: ArticleRule = {
  meta: {
    id: "attribution/truncated-quote",
    severity: "warning",
    scope: "article",
    languages: null,
    description: 'A quote announced ("sagte Trump:") whose content is missing.',
    docs: "docs/rules/attribution.md#truncated-quote",
  },
  check({ article, facts, report }) {
    const { text } = article;
    const paragraphs = facts.paragraphs.filter((p) => p.start >= facts.body.start);
    paragraphs.forEach((p, i) => {
      const line = text.slice(p.start, p.end);
      if (!ANNOUNCEMENT.test(line) || line.trim().split(/\s+/).length < 3) return;
      const next = paragraphs[i + 1];
      const following = next ? text.slice(next.start, next.end).trim() : "";
      // An embed stripped from a page leaves the announcement followed by the next heading or by nothing.
      if (following && (PROSE_END.test(following) || following.length > MAX_HEADING)) return;
      const sentence = facts.sentences.find((s) => s.start <= p.end - 1 && p.end <= s.end + 1) ?? p;
      const start = Math.max(sentence.start, p.start);
      report({ message: `Quote announced but missing: “${shortened(text.slice(start, p.end))}”`, span: { start, end: p.end } });
    });
  },
};
