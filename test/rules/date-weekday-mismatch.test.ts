import { testRule } from "../helpers/rule-tester.js";

const PUBLISHED = "2025-08-16"; // a Saturday; 2025-08-15 was a Friday

testRule("date/weekday-mismatch", {
  valid: [
    {
      name: "German weekday and date that agree",
      published: PUBLISHED,
      text: "Der Gipfel fand am Freitag, 15. August 2025, auf einem Stützpunkt bei Anchorage statt. Beide Präsidenten sprachen drei Stunden miteinander.",
    },
    {
      name: "English weekday and date that agree",
      published: PUBLISHED,
      text: "The summit took place on Friday, August 15, 2025, at a base near Anchorage. The two presidents talked for three hours.",
    },
    {
      name: "German numeric date after the weekday, as in our seed article",
      published: PUBLISHED,
      text: "Der russische Präsident Wladimir Putin versicherte am Freitag 15.08.2025), dass er den Konflikt in der Ukraine so schnell wie möglich beenden wolle.",
    },
    {
      name: "German date with the weekday after it in parentheses",
      published: PUBLISHED,
      text: "Die Abstimmung ist für den 15. August (Freitag) angesetzt worden, wie die Verwaltung des Landtags mitteilte.",
    },
    {
      name: "German weekday and date in different clauses are not a pair",
      published: PUBLISHED,
      text: "Am Montag sagte der Minister, der 15. August sei für die Koalition ein Wendepunkt gewesen.",
    },
    {
      name: "English weekday and date far apart",
      published: PUBLISHED,
      text: "On Monday the minister said that August 15 had been a turning point for the coalition.",
    },
    {
      name: "German date in late December, written in early January",
      published: "2026-01-03",
      text: "Die Weihnachtsfeier der Feuerwehr fand am Freitag, 26. Dezember, im Gemeindehaus statt. Viele Bürger waren gekommen.",
    },
    {
      name: "English date in late December, written in early January",
      published: "2026-01-03",
      text: "The fire brigade held its party on Friday, December 26, at the town hall. Many residents came to celebrate with the crews.",
    },
  ],
  invalid: [
    {
      name: "German weekday that does not match the written date",
      published: PUBLISHED,
      count: 1,
      text: "Der Gipfel fand am Donnerstag, 15. August 2025, auf einem Stützpunkt bei Anchorage statt. Beide Präsidenten sprachen drei Stunden.",
      spans: ["Donnerstag, 15. August 2025"],
      message: ["2025-08-15 was a Friday"],
    },
    {
      name: "English weekday that does not match the written date",
      published: PUBLISHED,
      count: 1,
      text: "The summit took place on Thursday, August 15, 2025, at a base near Anchorage. The two presidents talked for three hours.",
      spans: ["Thursday, August 15, 2025"],
      message: ["2025-08-15 was a Friday"],
    },
    {
      name: "German numeric date",
      published: PUBLISHED,
      count: 1,
      text: "Die Polizei hatte am Mittwoch 15.08.2025 die Innenstadt gesperrt, wie ein Sprecher der Stadt am Samstag sagte.",
      spans: ["Mittwoch 15.08.2025"],
    },
    {
      name: "German date without a year: the year comes from the publication date",
      published: PUBLISHED,
      count: 1,
      text: "Die Regierung hatte den Entwurf am Donnerstag, den 15. August, vorgelegt, wie das Ministerium mitteilte.",
      spans: ["Donnerstag, den 15. August"],
      message: ["2025-08-15 was a Friday", "year nearest the publication date"],
    },
    {
      name: "English abbreviated month and ordinal",
      published: PUBLISHED,
      count: 1,
      text: "The government presented the draft on Thursday, Aug. 15th, the ministry said in a statement.",
      spans: ["Thursday, Aug. 15th"],
    },
    {
      name: "German date with a wrong weekday after it in parentheses",
      published: PUBLISHED,
      count: 1,
      text: "Die Abstimmung ist für den 15. August (Donnerstag) angesetzt worden, wie die Verwaltung des Landtags mitteilte.",
      spans: ["15. August (Donnerstag"],
    },
    {
      name: "two wrong pairs in one German article",
      published: PUBLISHED,
      count: 2,
      text: "Am Montag, 12. August 2025, begannen die Gespräche. Sie endeten am Samstag, 15. August 2025, ohne Ergebnis, sagte der Vermittler.",
      spans: ["Montag, 12. August 2025", "Samstag, 15. August 2025"],
    },
    {
      name: "German weekday with the date in parentheses (news agency style)",
      published: PUBLISHED,
      text: "Die Abstimmung im Landtag fand am Donnerstag (15. August 2025) statt, wie die Verwaltung mitteilte.",
      spans: ["Donnerstag (15. August 2025"],
    },
  ],
});
