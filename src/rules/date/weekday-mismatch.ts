import { DateTime } from "luxon";
import { weekdayOfDate } from "../../analyse/dates.js";
import type { ArticleRule } from "../../engine/rule.js";

export const dateWeekdayMismatch: ArticleRule = {
  meta: {
    id: "date/weekday-mismatch",
    severity: "error",
    scope: "article",
    languages: null,
    description: "A weekday and a calendar date written together disagree.",
    docs: "docs/rules/date.md#weekday-mismatch",
  },
  check({ article, facts, report }) {
    for (const date of facts.dates) {
      const weekday = date.date ? weekdayOfDate(article.text, date, facts.weekdays) : null;
      if (!weekday || !date.date) continue;
      const actual = DateTime.fromISO(date.date, { zone: "utc" });
      if (actual.weekday === weekday.weekday) continue;
      const start = Math.min(weekday.span.start, date.span.start);
      const end = Math.max(weekday.span.end, date.span.end);
      report({
        message: `“${article.text.slice(start, end)}”: ${date.date} was a ${actual.setLocale("en").weekdayLong}${date.yearInferred ? " (year nearest the publication date)" : ""}.`,
        span: { start, end },
        data: { date: date.date, written: article.text.slice(weekday.span.start, weekday.span.end), actual: actual.weekday },
      });
    }
  },
};
