import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German indirect speech opening with a partial quote", () => {
  it("is a statement of its speaker beside the quotation", () => {
    expect(quotes("Bürgermeister Jan Kowalski sagte am Montag, „Angsträume“ dürfe es in der Stadt nicht geben.", "de")).toEqual([
      ["direct", "„Angsträume“", "Bürgermeister Jan Kowalski", "person", "sagte"],
      ["indirect", "„Angsträume“ dürfe es in der Stadt nicht geben", "Bürgermeister Jan Kowalski", "person", "sagte"],
    ]);
  });

  it("is none where the quotation is the whole clause or no speaker is read", () => {
    expect(quotes("Die Ministerin sagte, „das bleibt so“.", "de").map((q) => q[0])).toEqual(["direct"]);
    expect(quotes("Am Abend hieß es, „Angsträume“ dürfe es nicht geben.", "de").filter((q) => q[0] === "indirect")).toEqual([]);
  });
});
