import { testRule } from "../helpers/rule-tester.js";

const PUBLISHED = "2025-08-16";

testRule("date/future", {
  valid: [
    {
      name: "German future tense",
      published: PUBLISHED,
      text: "Die Landtagswahl wird am 28. September 2025 stattfinden, wie die Landeswahlleiterin mitteilte.",
    },
    {
      name: "English future tense",
      published: PUBLISHED,
      text: "The election will be held on September 28, 2025, the electoral commission announced.",
    },
    {
      name: "German past tense of a scheduled date (“war … angesetzt”)",
      published: PUBLISHED,
      text: "Die Anhörung im Landtag war ursprünglich für den 2. September 2025 angesetzt, teilte die Verwaltung mit.",
    },
    {
      name: "English past tense of a scheduled date",
      published: PUBLISHED,
      text: "The hearing was originally scheduled for September 2, 2025, the administration said.",
    },
    {
      name: "German past date before the publication date",
      published: PUBLISHED,
      text: "Der Vertrag wurde am 15. August 2025 in Berlin unterzeichnet, teilte das Ministerium mit.",
    },
    {
      name: "English past date before the publication date",
      published: PUBLISHED,
      text: "The treaty was signed on August 15, 2025, in Berlin, the ministry said.",
    },
    {
      name: "German date without a year (the year is borrowed, so it proves nothing)",
      published: PUBLISHED,
      text: "Der Vertrag wurde am 20. August in Berlin unterzeichnet, teilte das Ministerium mit.",
    },
    {
      name: "English article without a publication date",
      text: "The treaty was signed on August 20, 2025, in Berlin, the ministry said.",
    },
    {
      name: "German deadline extended into the future",
      published: PUBLISHED,
      text: "Die Frist für die Anträge wurde bis zum 30. September 2025 verlängert, wie das Ministerium mitteilte.",
    },
    {
      name: "English deadline extended into the future",
      published: PUBLISHED,
      text: "The ministry said the deadline for applications was extended until September 30, 2025.",
    },
  ],
  invalid: [
    {
      name: "German past tense with a later date",
      published: PUBLISHED,
      count: 1,
      text: "Der Vertrag wurde am 20. August 2025 in Berlin unterzeichnet, teilte das Ministerium mit.",
      spans: ["20. August 2025"],
      message: ["2025-08-20 is told as past, but the article is dated 2025-08-16"],
    },
    {
      name: "English past tense with a later date",
      published: PUBLISHED,
      count: 1,
      text: "The treaty was signed on August 20, 2025, in Berlin, the ministry said.",
      spans: ["August 20, 2025"],
      message: ["2025-08-20 is told as past"],
    },
    {
      name: "German numeric date",
      published: PUBLISHED,
      count: 1,
      text: "Bereits am 02.09.2025 hatte die Polizei die Wohnung durchsucht, berichtete die Staatsanwaltschaft.",
      spans: ["02.09.2025"],
    },
    {
      name: "English ISO date",
      published: PUBLISHED,
      count: 1,
      text: "The company announced the merger on 2025-09-02, according to its filing with regulators.",
      spans: ["2025-09-02"],
    },
  ],
});
