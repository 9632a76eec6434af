import { testRule } from "../helpers/rule-tester.js";

testRule("date/missing", {
  valid: [
    { name: "German article with a date", published: "2025-08-16", text: "Der Gipfel in Alaska endete ohne Einigung. Beide Präsidenten sprachen drei Stunden miteinander." },
    { name: "English article with a date", published: "2025-08-16", text: "The summit in Alaska ended without a deal. Both presidents spoke for three hours." },
  ],
  invalid: [
    { name: "German article without a date", count: 1, text: "Der Gipfel in Alaska endete ohne Einigung. Beide Präsidenten sprachen drei Stunden miteinander.", message: ["No publication date"] },
    { name: "English article without a date", count: 1, text: "The summit in Alaska ended without a deal. Both presidents spoke for three hours." },
    {
      name: "German article that names a day in its text is still undated",
      count: 1,
      text: "Der Gipfel in Alaska endete am 15. August 2025 ohne Einigung. Beide Präsidenten sprachen drei Stunden miteinander.",
      message: ["cannot be placed in time"],
    },
    {
      name: "English article that names a day in its text is still undated",
      count: 1,
      text: "The summit in Alaska ended on August 15, 2025, without a deal. Both presidents spoke for three hours.",
    },
  ],
});

testRule("date/missing", {
  valid: [
    { name: "German web copy with a publication line", text: "Gipfel ohne Einigung\nVeröffentlicht am 16.08.2025, 10:12 Uhr\n\nDer Gipfel in Alaska endete ohne Einigung." },
    { name: "English web copy with a publication line", text: "Summit ends without a deal\nPublished August 16, 2025\n\nThe summit in Alaska ended without a deal." },
  ],
  invalid: [
    { name: "German event date in running text is no publication date", count: 1, text: "Der russische Präsident versicherte am Freitag 15.08.2025, dass er den Konflikt beenden wolle." },
    { name: "English event date in running text is no publication date", count: 1, text: "The president said on Friday, August 15, 2025, that he wanted to end the war." },
  ],
});
