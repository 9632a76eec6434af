import { createHash } from "node:crypto";
import { load } from "cheerio";
import { describe, expect, test } from "vitest";
import { renderHtml } from "../../src/report/html.js";
import { hostileSource, hostileTitle, sampleInput } from "./fixture.js";

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
    expect(policy).toContain(`script-src ${hash($("script").html() ?? "")}`);
    expect(policy).toContain(`style-src ${hash($("style").html() ?? "")}`);
    expect(policy).not.toContain("unsafe-inline");
  });

  test("escapes article text in content and attributes", () => {
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &amp; ampersands");
    expect($("script").length).toBe(1);
    expect($("[onmouseover]").length).toBe(0);
    const row = $("#article-1 tr.summary");
    expect(row.find("td").eq(0).text()).toBe(hostileTitle);
    expect(row.find("td").eq(1).text()).toBe(hostileSource);
  });

  test("header totals count articles, findings by severity and skipped files", () => {
    const totals = Object.fromEntries($(".totals div").map((_, item) => [[$(item).find("dt").text(), $(item).find("dd").text()]]).get());
    expect(totals).toEqual({ Articles: "5", Errors: "2", Warnings: "4", Infos: "2", Sources: "4", Overlaps: "1", "Skipped files": "1" });
  });

  test("lists every article with grade and counts, its findings hidden until expanded", () => {
    const rows = $("table.articles > tbody > tr.summary");
    expect(rows.map((_, row) => $(row).find("th").text()).get()).toEqual(["001_de", "en story", "003_clean", "feed-1", "feed-2"]);
    expect(rows.find(".grade").map((_, badge) => $(badge).text()).get()).toEqual(["F", "C", "A", "D", "A"]);
    const first = rows.first().find("td").map((_, cell) => $(cell).text()).get();
    expect(first).toEqual(["Putin und Trump: Gespräche in Anchorage", "Beispiel-Zeitung", "—", "de", "—", "F", "48.5", "1", "2", "1"]);
    expect($("tr.details[hidden]").length).toBe(5);
  });

  test("shows each finding with its position and the passage marked in context", () => {
    const findings = $("#article-0-details li.finding");
    expect(findings.map((_, item) => $(item).attr("data-severity")).get()).toEqual(["error", "warning", "warning", "info"]);
    const speaker = findings.eq(1);
    expect(speaker.find(".where").text()).toBe("line 1, column 97");
    expect(speaker.find("mark").text()).toBe("ein Sprecher");
    expect(speaker.find(".excerpt").attr("lang")).toBe("de");
    expect(findings.eq(0).find(".where").text()).toBe("whole article");
    expect($("#article-1-details li.finding .where").first().text()).toBe("characters 0–17 of the extracted text");
    expect($("#article-1-details a[href='#article-0']").text()).toBe("001_de");
  });

  test("sources, overlaps, attribution chains and skipped files have their sections", () => {
    expect($("nav a").map((_, link) => $(link).text()).get()).toEqual(["Articles", "Sources", "Overlaps", "Attribution chains", "Skipped files"]);
    expect($("#sources tbody tr").first().find("li").map((_, item) => $(item).text()).get()).toEqual(["Vague, uncheckable sourcing in 1 of 1 article (−20 points)"]);
    expect($("#overlaps tbody td").eq(2).text()).toBe("42%");
    expect($("#overlaps mark").map((_, mark) => $(mark).text()).get()).toEqual(["Putin traf Trump in Anchorage", "Putin traf Trump in Anchorage"]);
    expect($("#attributions .chain li").map((_, item) => $(item).text()).get()).toEqual(["Dimitri Peskow", "RIA Novosti", "BBC"]);
    expect($("#skipped td").map((_, cell) => $(cell).text()).get()).toEqual(["broken/bad.json", "Unexpected token } in JSON at position 12"]);
  });

  test("leaves out sections with nothing in them", () => {
    const input = sampleInput();
    input.report.overlaps = [];
    input.report.skipped = [];
    for (const article of input.report.articles) article.attributions = [];
    const page = load(renderHtml(input));
    expect(page("section").map((_, section) => page(section).attr("id")).get()).toEqual(["articles", "sources"]);
  });

  test("shows the run time only when the report carries one", () => {
    expect($(".meta").text()).toBe("wirecheck 0.1.0");
    const input = sampleInput();
    input.report.tool.generated = "2026-11-23T19:00:00Z";
    expect(load(renderHtml(input))(".meta").text()).toBe("wirecheck 0.1.0 · generated 2026-11-23T19:00:00Z");
  });
});
