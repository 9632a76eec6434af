import { testRule } from "../helpers/rule-tester.js";
import { DE_COUNCIL, DE_FLOOD, EN_COUNCIL, EN_STRIKE, text } from "../overlap/texts.js";

testRule("overlap/near-duplicate", {
  valid: [
    { name: "German articles sharing three paragraphs of six", text: text(DE_FLOOD), others: [{ text: text([...DE_FLOOD.slice(0, 3), ...DE_COUNCIL.slice(0, 3)]) }] },
    { name: "English articles on different stories", text: text(EN_STRIKE), others: [{ text: text(EN_COUNCIL) }] },
    { name: "the earlier of two dated English copies", text: text(EN_STRIKE), published: "2025-02-01", others: [{ text: text(EN_STRIKE), published: "2025-02-03" }] },
  ],
  invalid: [
    { name: "a German article filed twice", text: text(DE_FLOOD), others: [{ text: text(DE_FLOOD) }], count: 1, message: ["a1", "100%"] },
    { name: "the later of two dated English copies", text: text(EN_STRIKE), published: "2025-02-03", others: [{ text: text(EN_STRIKE), published: "2025-02-01" }], message: ["earlier article"] },
    { name: "an English copy with its last paragraph cut", text: text(EN_COUNCIL.slice(0, 5)), others: [{ text: text(EN_COUNCIL) }] },
  ],
});
