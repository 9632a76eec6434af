import { describe, expect, it } from "vitest";
import { classTable } from "../../src/analyse/code-classes.js";

describe("classTable", () => {
  it("classifies each BMP code unit once, class 0 included, and code points above it each time", () => {
    const asked: number[] = [];
    const classOf = classTable((code) => {
      asked.push(code);
      return /\p{Lu}/u.test(String.fromCodePoint(code)) ? 2 : 0;
    });
    expect(["Ä", "ä", "Ä", "ä"].map((c) => classOf(c.charCodeAt(0)))).toEqual([2, 0, 2, 0]);
    expect([classOf(0x1d400), classOf(0x1d400)]).toEqual([2, 2]); // MATHEMATICAL BOLD CAPITAL A
    expect(asked).toEqual([0xc4, 0xe4, 0x1d400, 0x1d400]);
  });
});
