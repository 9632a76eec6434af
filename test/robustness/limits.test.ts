// Item 4: every input-dependent cost is bounded: deep or huge markup, huge texts, and
// rules that would fire hundreds of thousands of times.
import { describe, expect, it } from "vitest";
import { MAX_FINDINGS_PER_RULE } from "../../src/engine/cap.js";
import { ingest, MAX_TEXT_CHARS } from "../../src/ingest/index.js";
import { extractHtml } from "../../src/ingest/html/index.js";
import { limitPage, MAX_DEPTH, MAX_ELEMENTS } from "../../src/ingest/html/limits.js";
import { findingsOf } from "../helpers/rule-tester.js";
import { tempFolder } from "../helpers/temp.js";

const PARAGRAPH = "<p>Der Stadtrat von Kiel hat am Dienstag den Haushalt beschlossen. Die Opposition stimmte dagegen.</p>";

function page(body: string): string {
  return `<!DOCTYPE html><html lang="de"><head><title>Haushalt beschlossen</title></head><body>${body}</body></html>`;
}

/** The deepest container nesting of a page, counted as limits.ts counts it. */
function depthOf(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(/<(\/?)div\b[^<>]*>/g)) {
    depth = m[1] ? depth - 1 : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

describe("HTML limits", () => {
  it("leave a normal page untouched", () => {
    const html = page(`<article><div class="lead"><div>${PARAGRAPH}</div></div>${PARAGRAPH}</article>`);
    expect(limitPage(html)).toEqual({ html, notes: [] });
  });

  it("flatten nesting beyond the depth limit and say so, keeping the text", () => {
    const html = page(`${"<div>Meldung aus dem Ticker. ".repeat(5_000)}${"</div>".repeat(5_000)}`);
    const limited = limitPage(html);
    expect(depthOf(limited.html)).toBe(MAX_DEPTH);
    expect(limited.notes).toEqual([`markup nested 5,000 deep: ${(5_000 - MAX_DEPTH).toLocaleString("en")} containers beyond ${MAX_DEPTH} levels flattened`]);
    // The flattened lines are all in the body (the page extractor may still drop the outer levels' lines as chrome).
    const extracted = extractHtml(html, { today: "2026-01-01" });
    expect(extracted.text.match(/Meldung aus dem Ticker/g)?.length).toBeGreaterThanOrEqual(5_000 - MAX_DEPTH);
    expect(extracted.notes).toEqual(limited.notes);
  });

  it("cut a page of too many elements and say where", () => {
    const html = page(`<span>Meldung.</span>`.repeat(MAX_ELEMENTS + 10));
    const limited = limitPage(html);
    expect(limited.html.length).toBeLessThan(html.length);
    expect(limited.notes).toEqual([expect.stringMatching(/^page cut after 50,000 elements, at character [\d,]+ of [\d,]+$/)]);
  });

  it("do not count markup inside scripts or SVG, nor elements closed implicitly", () => {
    const html = page(`<script>var s = "${"<div>".repeat(MAX_DEPTH * 2)}";</script><svg>${"<g>".repeat(MAX_DEPTH * 2)}</svg>${"<div><span><b>Satz.</div>".repeat(MAX_DEPTH * 2)}${PARAGRAPH}`);
    expect(limitPage(html).notes).toEqual([]);
  });

  it("are reported under skipped as partly read, with the article audited", () => {
    const dir = tempFolder({ "deep.html": page(`${"<div>Text der Meldung. ".repeat(2_000)}`) });
    const { articles, skipped } = ingest([dir]);
    expect(articles.map((a) => a.id)).toEqual(["deep"]);
    expect(skipped).toEqual([{ path: `${dir}/deep.html`, reason: expect.stringMatching(/^partly read: markup nested 2,000 deep/) }]);
  });
});

describe("the text limit", () => {
  it("cuts a text at a line end before the limit, keeping offsets, and says so", () => {
    const line = "Das ist eine Zeile eines sehr langen Protokolls der Sitzung.\n";
    const text = line.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / line.length));
    const dir = tempFolder({ "protokoll.txt": text, "feed.jsonl": JSON.stringify({ id: "lang", text }) + "\n" });
    const { articles, skipped } = ingest([dir]);
    for (const a of articles) {
      expect(a.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
      expect(a.text.endsWith("Sitzung.")).toBe(true);
      expect(text.startsWith(a.text)).toBe(true);
    }
    expect(skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^partly read: lang: text cut at character [\d,]+ of [\d,]+ \(limit 1,000,000\)$/),
      expect.stringMatching(/^partly read: protokoll: text cut at character/),
    ]);
  });
});

describe("the finding cap", () => {
  const line = (i: number) => `Meldung ${i}: Die Preise steigen weiter, hieß es. Quelle: Agenturen`;

  it("keeps the first findings of a rule in an article and counts the rest in one finding", () => {
    const text = Array.from({ length: MAX_FINDINGS_PER_RULE + 40 }, (_, i) => line(i)).join("\n\n");
    const findings = findingsOf("attribution/vague-source", { name: "many", text, published: "2024-03-12", language: "de" });
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const summary = findings.find((f) => f.span === null)!;
    expect(summary.message).toBe(`40 more findings of this rule in this article are not listed (at most ${MAX_FINDINGS_PER_RULE} per article and rule)`);
    expect(summary.data).toEqual({ omitted: 40, limit: MAX_FINDINGS_PER_RULE });
  });

  it("stays out of the way below the cap, in English too", () => {
    const text = Array.from({ length: 5 }, (_, i) => `Item ${i}: prices keep rising, sources said.`).join("\n\n");
    const findings = findingsOf("attribution/vague-source", { name: "few", text, published: "2024-03-12", language: "en" });
    expect(findings).toHaveLength(5);
    expect(findings.every((f) => f.span !== null)).toBe(true);
  });
});

describe("HTML limits on elements no list names", () => {
  it("count custom elements too, and drop them rather than break lines", () => {
    const html = page(`${"<x-box>Kasten. ".repeat(MAX_DEPTH + 50)}`);
    const limited = limitPage(html);
    expect(limited.notes).toEqual([`markup nested ${MAX_DEPTH + 50} deep: 50 containers beyond ${MAX_DEPTH} levels flattened`]);
    expect(limited.html.match(/<x-box>/g)).toHaveLength(MAX_DEPTH);
    expect(limited.html).not.toContain("<br>");
  });
});
