import { testRule } from "../helpers/rule-tester.js";

testRule("date/missing", {
  valid: [
    { name: "German article with a date", published: "2025-08-16", text: "Der Gipfel in Alaska endete ohne Einigung. Beide Präsidenten sprachen drei Stunden miteinander." },
    { name: "English article with a date", published: "2025-08-16", text: "The summit in Alaska ended without a deal. Both presidents spoke for three hours." },
  ],
  invalid: [
    { name: "German article without a date", count: 1, text: "Der Gipfel in Alaska endete ohne Einigung. Beide Präsidenten sprachen drei Stunden miteinander.", message: ["No publication date"] },
    { name: "English article without a date", count: 1, text: "The summit in Alaska ended without a deal. Both presidents spoke for three hours." },
  ],
});
