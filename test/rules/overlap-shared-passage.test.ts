import { testRule } from "../helpers/rule-tester.js";
import { DE_COUNCIL, DE_STRIKE, EN_COUNCIL, EN_FLOOD, EN_STRIKE, text } from "../overlap/texts.js";

const deHost = text([...DE_COUNCIL.slice(0, 3), DE_STRIKE.slice(0, 2).join(" "), DE_STRIKE[3]!, ...DE_COUNCIL.slice(3)]);
const enHost = text([...EN_COUNCIL.slice(0, 2), EN_FLOOD.slice(0, 2).join(" "), ...EN_COUNCIL.slice(2)]);

testRule("overlap/shared-passage", {
  valid: [
    { name: "a German copy in full (a near-duplicate, not a passage)", text: text(DE_STRIKE), others: [{ text: text(DE_STRIKE) }] },
    { name: "English articles sharing one short phrase", text: text([...EN_STRIKE, "Police said the investigation was continuing."]), others: [{ text: text([...EN_COUNCIL, "Police said the investigation was continuing."]) }] },
    { name: "German articles on different stories", text: text(DE_STRIKE), others: [{ text: text(DE_COUNCIL) }] },
  ],
  invalid: [
    { name: "three German sentences inside another story", text: deHost, others: [{ text: text(DE_STRIKE) }], count: 1, spans: ["Die Lokführergewerkschaft hat ihre Mitglieder"], message: ["a1", "word for word"] },
    { name: "two English sentences, then an edited one", text: text([enHost, EN_FLOOD[2]!.replace("for now", "at present")]), others: [{ text: text(EN_FLOOD) }], spans: ["Days of heavy rain"] },
  ],
});
