import { createHash } from "node:crypto";
import { load } from "cheerio";
import { describe, expect, test } from "vitest";
import { renderHtml } from "../../src/report/html.js";
import { INLINE_DETAILS_MAX } from "../../src/report/html-articles.js";
import { germanText, hostileQuote, hostileSource, hostileSpeaker, hostileTitle, sampleInput } from "./fixture.js";

const html = renderHtml(sampleInput());
const $ = load(html);

describe("HTML report", () => {
  test("is one self-contained page: no external resource of any kind", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect($("script[src], link[rel=stylesheet], img, iframe, object, embed").length).toBe(0);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/url\(/);
  });

  test("its Content-Security-Policy allows exactly the inline script and style", () => {
    const policy = $('meta[http-equiv="Content-Security-Policy"]').attr("content") ?? "";
    const hash = (content: string) => `'sha256-${createHash("sha256").update(content).digest("base64")}'`;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src ${$("script").map((_, el) => hash($(el).html() ?? "")).get().join(" ")}`);
    expect(policy).toContain(`style-src ${hash($("style").html() ?? "")}`);
    expect(policy).not.toContain("unsafe-inline");
  });

  test("escapes article text in content and attributes", () => {
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &amp; ampersands");
    expect($("script").length).toBe(2);
    expect($("[onmouseover], [onerror], img").length).toBe(0);
    const row = $("#article-1 tr.summary");
    expect(row.find("td").eq(0).text()).toBe(hostileTitle);
    expect(row.find("td").eq(1).text()).toBe(hostileSource);
  });

  test("header totals count articles, findings by severity and skipped files", () => {
    const totals = Object.fromEntries($(".totals div").map((_, item) => [[$(item).find("dt").text(), $(item).find("dd").text()]]).get());
    expect(totals).toEqual({ Articles: "5", Errors: "2", Warnings: "4", Infos: "2", Sources: "4", Overlaps: "2", "Skipped files": "1" });
  });

  test("lists every article worst first, with grade and counts; without script every detail shows", () => {
    const rows = $("table.articles > tbody > tr.summary");
    expect(rows.map((_, row) => $(row).find("th").text()).get()).toEqual(["001_de", "feed-1", "en story", "feed-2", "003_clean"]);
    expect(rows.find(".grade").map((_, badge) => $(badge).text()).get()).toEqual(["F", "D", "C", "A", "A"]);
    const first = rows.first().find("td").map((_, cell) => $(cell).text()).get();
    expect(first).toEqual(["Putin und Trump: Gespräche in Anchorage", "Beispiel-Zeitung", "—", "de", "—", "F", "48.5", "1", "2", "1"]);
    expect($("tr.details[hidden], tbody[hidden]").length).toBe(0);
    expect($("#article-0").attr("data-rules")).toBe("date/missing attribution/anonymous-source attribution/chain attribution/vague-source");
  });

  test("explains every point an article lost", () => {
    const items = $("#article-0-details .deductions li").map((_, li) => $(li).text()).get();
    expect($("#article-0-details .score-note").text()).toBe("Score 48.5 = 100 minus:");
    expect(items[0]).toBe("−20 Vague sourcing names no one who can be checked (attribution/anonymous-source, attribution/vague-source)");
    expect(items).toHaveLength(5);
    expect($("#article-2-details .score-note").text()).toBe("Score 100: no points lost.");
  });

  test("marks each finding over its whole span in the article text", () => {
    const marks = $("#article-0-details .text mark");
    expect(marks.map((_, m) => $(m).text()).get()).toEqual(["ein Sprecher", "Peskow RIA Novosti zufolge", "Quelle: Agenturen"]);
    expect(marks.map((_, m) => $(m).attr("class")).get()).toEqual(["sev-warning", "sev-warning", "sev-info"]);
    expect($("#article-0-details .text").text()).toBe(germanText);
    expect($("#article-0-details .text").attr("lang")).toBe("de");
  });

  test("shows quotes with speakers and their types, and chains as diagrams", () => {
    const rows = $("#article-1-details table.quotes tbody tr");
    expect(rows.map((_, r) => $(r).find("td").eq(1).text()).get()).toEqual([`${hostileSpeaker} person`, "A senior official anonymous"]);
    expect(rows.first().find("td").eq(2).text()).toBe(hostileQuote);
    expect($("#article-1-details .text .speaker").map((_, el) => $(el).text()).get()).toEqual(["A senior official", hostileSpeaker]);
    expect($("#article-0-details .chain-diagram li").map((_, li) => $(li).text()).get()).toEqual(["Dimitri Peskow person", "RIA Novosti agency", "BBC media", "this article"]);
  });

  test("marks a statement that asserts nothing in the quotes table", () => {
    const input = sampleInput();
    const [first] = input.report.articles.filter((a) => a.quotes.length > 1);
    first!.quotes = first!.quotes.map((q, i) => (i === 1 ? { ...q, asserts: false as const } : q));
    const page = load(renderHtml(input));
    const kinds = page("table.quotes tbody tr").map((_, r) => page(r).find("td").eq(0).text()).get();
    expect(kinds.filter((k) => k.endsWith("asserts nothing"))).toEqual(["indirect asserts nothing"]);
  });

  test("lists each finding with its position and the first words of its passage", () => {
    const findings = $("#article-0-details li.finding");
    expect(findings.map((_, item) => $(item).attr("data-severity")).get()).toEqual(["error", "warning", "warning", "info"]);
    const speaker = findings.eq(1);
    expect(speaker.find(".where").text()).toBe("line 1, column 97");
    expect(speaker.find("q.passage").text()).toBe("ein Sprecher");
    expect(speaker.find("q.passage").attr("lang")).toBe("de");
    expect(findings.eq(0).find(".where").text()).toBe("whole article");
    expect($("#article-1-details li.finding .where").first().text()).toBe("characters 0–17 of the extracted text");
    expect($("#article-1-details a[href='#article-0']").text()).toBe("001_de");
  });

  test("a large report keeps each article's details in a comment that no text can end early", () => {
    const input = sampleInput();
    const template = input.report.articles[1]!;
    const text = input.texts.get(template.id)!;
    input.report.articles = Array.from({ length: INLINE_DETAILS_MAX + 1 }, (_, i) => ({ ...template, id: `a${i}`, title: `--> <b>${i}</b> --!>` }));
    input.texts = new Map(input.report.articles.map((a) => [a.id, { ...text, text: `${text.text} --> --!> <!--` }]));
    const page = load(renderHtml(input));
    const cells = page("tr.details > td");
    expect(cells.length).toBe(INLINE_DETAILS_MAX + 1);
    cells.each((_, cell) => {
      expect(cell.children).toHaveLength(1);
      expect(cell.children[0]!.type).toBe("comment");
    });
    expect(page("noscript").text()).toContain("more than 1000 articles");
    expect(page("tbody.beyond").length).toBe(INLINE_DETAILS_MAX + 1 - 50);
  });

  test("opens with a summary: grades chart, legend, sources worst first with reasons, findings by rule", () => {
    expect($("nav a").map((_, link) => $(link).text()).get()).toEqual(["Summary", "Who copied whom", "Articles", "Overlaps", "Skipped files"]);
    expect($("#summary .chart svg title").first().text()).toBe("Articles per grade: A 2, B 0, C 1, D 1, E 0, F 1");
    expect($("#summary .bands li").map((_, li) => $(li).text()).get()).toEqual(["A 90–100", "B 80–89.9", "C 70–79.9", "D 60–69.9", "E 50–59.9", "F 0–49.9"]);
    expect($("#summary table.sources tbody th").map((_, th) => $(th).text()).get()).toEqual(["Beispiel-Zeitung", hostileSource, "Wire Feed", "City Herald"]);
    expect($("#summary table.sources tbody tr").first().find("li").text()).toBe("Vague, uncheckable sourcing in 1 of 1 article (−20 points)");
    const byRule = $("#summary table.by-rule tbody tr").map((_, tr) => [[$(tr).find("th").text(), $(tr).find("td").slice(0, 4).map((_, td) => $(td).text()).get().join(" ")]]).get();
    expect(byRule[0]).toEqual(["attribution/anonymous-source", "0 2 0 2"]);
  });

  test("names articles without a source instead of pooling them", () => {
    const input = sampleInput();
    input.report.articles[2]!.source = null;
    input.report.sources = input.report.sources.filter((s) => s.name !== "City Herald");
    const page = load(renderHtml(input));
    expect(page("#summary .sources + p, #summary p.muted").text()).toContain("1 article has no known source and is graded on its own: 003_clean A");
    expect(page("#summary table.sources th").text()).not.toContain("unknown");
  });

  test("overlaps: passages side by side, differences marked, hostile text inert", () => {
    const pair = $("#overlaps li.overlap").first();
    expect(pair.find("summary").text()).toBe("001_de ↔ en story 42% shared · origin 001_de · verbatim edited");
    const cells = pair.find(".pair:not(.head)").eq(1).find("[role=cell]");
    expect(cells.eq(0).find(".shared del").text()).toBe("Quelle: Agenturen");
    expect(cells.eq(1).find(".shared").text()).toBe(`${hostileQuote}, said`);
    expect(cells.eq(1).find(".shared ins").length).toBeGreaterThan(0);
    expect(pair.find(".pair:not(.head)").first().find(".shared del, .shared ins").length).toBe(0);
  });

  test("the provenance graph is inline SVG laid out at report time, linking to the articles", () => {
    const svg = $("#provenance svg.provenance");
    expect(svg.length).toBe(1);
    expect(svg.find("a.node").map((_, a) => $(a).attr("href")).get()).toEqual(["#article-0", "#article-1", "#article-3", "#article-4"]);
    expect(svg.find("path.copied").length).toBe(1);
    expect(svg.find("path.undirected").length).toBe(1);
    expect(svg.find("polygon.arrow").length).toBe(1);
    const box = svg.find("a.node rect").first();
    expect(Number(box.attr("x"))).toBeGreaterThanOrEqual(0);
  });

  test("leaves out sections with nothing in them", () => {
    const input = sampleInput();
    input.report.overlaps = [];
    input.report.skipped = [];
    const page = load(renderHtml(input));
    expect(page("section").map((_, section) => page(section).attr("id")).get()).toEqual(["summary", "articles"]);
  });

  test("shows the run time only when the report carries one", () => {
    expect($(".meta").text()).toBe("wirecheck 0.1.0");
    const input = sampleInput();
    input.report.tool.generated = "2026-11-23T19:00:00Z";
    expect(load(renderHtml(input))(".meta").text()).toBe("wirecheck 0.1.0 · generated 2026-11-23T19:00:00Z");
  });
});
