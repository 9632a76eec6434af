import { describe, expect, test } from "vitest";
import { ANNOTATIONS_PER_KIND, escapeData, escapeProperty, renderGithub } from "../../src/report/github.js";
import { renderGithubSummary } from "../../src/report/github-summary.js";
import { sampleInput } from "./fixture.js";

describe("GitHub workflow commands", () => {
  const lines = renderGithub(sampleInput()).split("\n");

  test("one annotation per finding with file positions, then skipped files", () => {
    expect(lines).toEqual([
      "::error file=seeds/001_de.txt,title=date/missing::No publication date can be established.",
      "::warning file=seeds/001_de.txt,line=1,col=97,endLine=1,endColumn=109,title=attribution/anonymous-source::Unnamed person: „ein Sprecher“",
      "::warning file=seeds/001_de.txt,line=2,col=20,endLine=2,endColumn=46,title=attribution/chain::Statement reaches the article through 2 intermediaries: Peskow → RIA Novosti → BBC",
      "::notice file=seeds/001_de.txt,line=3,col=1,endLine=3,endColumn=18,title=attribution/vague-source::Collective sourcing: Quelle: Agenturen",
      "::warning file=pages/en story.html,title=attribution/anonymous-source::Unnamed person: “a senior official”",
      "::warning file=pages/en story.html,title=overlap/shared-passage::Passage reused from 001_de",
      "::notice file=pages/en story.html,title=date/unanchored-relative::“on Friday” cannot be resolved",
      // Two articles share this file, so the message names the article; %, CR and LF are encoded.
      "::error file=feeds/wire.jsonl,title=boilerplate/disclaimer::Disclaimer: 100%25 copyright, all rights%0D%0Areserved (article feed-1)",
      "::warning file=broken/bad.json,title=wirecheck%3A skipped::Unexpected token } in JSON at position 12",
      "",
    ]);
  });

  test("escapes data and properties the way the runner decodes them", () => {
    expect(escapeData("50% done\r\nnext: a, b")).toBe("50%25 done%0D%0Anext: a, b");
    expect(escapeProperty("C:/a,b%\n")).toBe("C%3A/a%2Cb%25%0A");
  });

  test("a newline in a message cannot start a second command", () => {
    const input = sampleInput();
    input.report.articles[0]!.findings[0]!.message = "bad\n::set-output name=x::y";
    const output = renderGithub(input);
    expect(output.split("\n").filter((line) => line.startsWith("::"))).toHaveLength(9);
    expect(output).toContain("bad%0A::set-output name=x::y");
  });

  test("no findings, no output", () => {
    const input = sampleInput();
    input.report.articles = [];
    input.report.skipped = [];
    expect(renderGithub(input)).toBe("");
  });

  test("annotations are capped per kind, and one notice says how many more there are", () => {
    const input = sampleInput();
    const article = input.report.articles[1]!;
    const warning = article.findings[0]!;
    article.findings = Array.from({ length: 25 }, (_, i) => ({ ...warning, message: `warning ${i}` }));
    const lines = renderGithub(input).trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("::warning ")).length).toBe(ANNOTATIONS_PER_KIND);
    expect(lines[0]).toBe(
      "::notice title=wirecheck::18 more findings not annotated (GitHub shows 10 of each kind); see the job summary and the report files",
    );
  });
});

describe("GitHub job summary", () => {
  const markdown = renderGithubSummary(sampleInput());

  test("totals, then grades worst first with their reasons, then findings by rule", () => {
    expect(markdown.split("\n").slice(0, 3)).toEqual(["## wirecheck: 5 articles", "", "2 errors · 4 warnings · 2 infos · 1 file skipped"]);
    const grades = markdown.split("\n").filter((l) => /^\| \*\*[A-F]\*\*/.test(l));
    expect(grades.map((l) => l.split("|")[3]!.trim())).toEqual(["Beispiel-Zeitung", 'Example News" onmouseover="window.\\_\\_xss=1', "Wire Feed", "City Herald"]);
    expect(grades[0]).toContain("Vague, uncheckable sourcing in 1 of 1 article (−20 points)");
    expect(markdown).toContain("| `attribution/anonymous-source` | 0 | 2 | 0 |");
  });

  test("article text cannot break the table or inject markup", () => {
    const input = sampleInput();
    input.report.sources[0]!.name = "A | B <img src=x onerror=alert(1)>\nnext";
    const line = renderGithubSummary(input).split("\n").find((l) => l.includes("A \\| B"))!;
    expect(line).toContain("&lt;img src=x onerror=alert(1)&gt; next");
    expect(line.split(" | ").length).toBe(5);
  });
});
