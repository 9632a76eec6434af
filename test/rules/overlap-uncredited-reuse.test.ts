import { testRule } from "../helpers/rule-tester.js";
import { DE_COUNCIL, DE_STRIKE, EN_COUNCIL, EN_FLOOD, text } from "../overlap/texts.js";

const deEarlier = { text: text(DE_COUNCIL), published: "2025-11-20", source: "Hessische Abendpost" };
const enEarlier = { text: text(EN_FLOOD), published: "2025-11-20", source: "North Wales Herald" };

testRule("overlap/uncredited-reuse", {
  valid: [
    { name: "the earlier German article", ...deEarlier, others: [{ text: text(DE_COUNCIL.slice(0, 5)), published: "2025-11-21", source: "Kasseler Blatt" }] },
    { name: "a German copy naming the outlet it took from", text: text(["Wie die Hessische Abendpost berichtet:", ...DE_COUNCIL.slice(0, 5)]), published: "2025-11-21", source: "Kasseler Blatt", others: [deEarlier] },
    { name: "an English copy crediting an agency", text: text([...EN_FLOOD.slice(0, 5), "Additional reporting by Reuters"]), published: "2025-11-21", source: "Coast Gazette", others: [enEarlier] },
    { name: "an English outlet updating its own story", text: text(EN_FLOOD.slice(0, 5)), published: "2025-11-21", source: "North Wales Herald", others: [enEarlier] },
    { name: "undated English copies (no earlier article known)", text: text(EN_COUNCIL), others: [{ text: text(EN_COUNCIL) }] },
    { name: "German articles on different stories", text: text(DE_STRIKE), published: "2025-11-21", others: [deEarlier] },
  ],
  invalid: [
    { name: "a later German copy without credit", text: text(DE_COUNCIL.slice(0, 5)), published: "2025-11-21", source: "Kasseler Blatt", others: [deEarlier], count: 1, message: ["a1", "Hessische Abendpost"] },
    { name: "a later English article reusing half of an earlier one", text: text([...EN_COUNCIL.slice(0, 3), ...EN_FLOOD.slice(0, 3)]), published: "2025-11-22", source: "Coast Gazette", others: [enEarlier], message: ["North Wales Herald"] },
  ],
});
