import { isDeadline, presentsAsPast, sentenceOf } from "../../analyse/dates.js";
import type { ArticleRule } from "../../engine/rule.js";

export const dateFuture: ArticleRule = {
  meta: {
    id: "date/future",
    severity: "warning",
    scope: "article",
    languages: null,
    description: "A date presented as past lies after the publication date.",
    docs: "docs/rules/date.md#future",
  },
  check({ article, facts, packs, report }) {
    const published = facts.published;
    const pack = packs.length === 1 ? packs[0] : undefined;
    if (!published || !pack) return;
    for (const date of facts.dates) {
      // A year borrowed from the publication date cannot make a date "future".
      if (date.yearInferred || !date.date || date.date <= published) continue;
      if (isDeadline(article.text, date, pack)) continue;
      const sentence = sentenceOf(facts.sentences, date.span);
      if (!sentence || !presentsAsPast(article.text.slice(sentence.start, sentence.end), pack)) continue;
      report({
        message: `${date.date} is told as past, but the article is dated ${published}.`,
        span: date.span,
        data: { date: date.date, published },
      });
    }
  },
};
