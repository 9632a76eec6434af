import { describe, expect, test } from "vitest";
import { renderStylish } from "../../src/report/stylish.js";
import { sampleInput } from "./fixture.js";

describe("stylish terminal output", () => {
  test("groups findings by article with aligned columns and a summary", () => {
    expect(renderStylish(sampleInput())).toBe(
      [
        "seeds/001_de.txt",
        "        error    No publication date can be established.                                             date/missing",
        "  1:97  warning  Unnamed person: „ein Sprecher“                                                      attribution/anonymous-source",
        "  2:20  warning  Statement reaches the article through 2 intermediaries: Peskow → RIA Novosti → BBC  attribution/chain",
        "  3:1   info     Collective sourcing: Quelle: Agenturen                                              attribution/vague-source",
        "",
        "pages/en story.html",
        "  warning  Unnamed person: “a senior official”  attribution/anonymous-source",
        "  warning  Passage reused from 001_de           overlap/shared-passage",
        "  info     “on Friday” cannot be resolved       date/unanchored-relative",
        "",
        "feeds/wire.jsonl#feed-1",
        "  error  Disclaimer: 100% copyright, all rights reserved  boilerplate/disclaimer",
        "",
        "skipped inputs",
        "  broken/bad.json  Unexpected token } in JSON at position 12",
        "",
        "✖ 8 problems (2 errors, 4 warnings, 2 infos), 1 file skipped",
        "",
      ].join("\n"),
    );
  });

  test("singular counts and a clean run", () => {
    const input = sampleInput();
    input.report.articles = input.report.articles.filter((article) => article.id === "feed-1" || article.id === "003_clean");
    input.report.skipped = [];
    expect(renderStylish(input).split("\n").at(-2)).toBe("✖ 1 problem (1 error, 0 warnings, 0 infos)");
    input.report.articles = input.report.articles.filter((article) => article.id === "003_clean");
    expect(renderStylish(input)).toBe("✔ no problems in 1 article\n");
  });

  test("control characters from article text never reach the terminal", () => {
    const input = sampleInput();
    input.report.articles[0]!.findings[0]!.message = "red \u001b[31malert\u0007 here";
    const output = renderStylish(input);
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(output).toContain("red \ufffd[31malert\ufffd here");
  });
});
