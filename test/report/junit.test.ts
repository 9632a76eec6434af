import { load } from "cheerio";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { renderJunit } from "../../src/report/junit.js";
import { hostileSource, hostileTitle, sampleInput } from "./fixture.js";

const xml = renderJunit(sampleInput());
const $ = load(xml, { xml: true });

describe("JUnit XML", () => {
  test("totals on <testsuites> add up over the suites", () => {
    const root = $("testsuites");
    expect(root.attr()).toEqual({ name: "wirecheck", tests: "11", failures: "6", errors: "0", skipped: "1" });
    const suites = $("testsuite").toArray();
    expect(suites.reduce((sum, suite) => sum + Number($(suite).attr("tests")), 0)).toBe(11);
    expect(suites.reduce((sum, suite) => sum + Number($(suite).attr("failures")), 0)).toBe(6);
    expect($("testcase").length).toBe(11);
    expect(xml.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites `)).toBe(true);
  });

  test("one suite per article, one case per rule; errors and warnings fail, infos pass with output", () => {
    expect($("testsuite").map((_, suite) => $(suite).attr("name")).get()).toEqual(["001_de", "en story", "003_clean", "feed-1", "feed-2", "skipped inputs"]);
    const german = $('testsuite[name="001_de"] testcase');
    expect(german.map((_, testCase) => $(testCase).attr("name")).get()).toEqual([
      "date/missing",
      "attribution/anonymous-source",
      "attribution/chain",
      "attribution/vague-source",
    ]);
    const chain = $('testsuite[name="001_de"] testcase[name="attribution/chain"] failure');
    expect(chain.attr("type")).toBe("warning");
    expect(chain.text()).toContain("warning 2:20 Statement reaches the article");
    expect(chain.text()).toContain("»Peskow RIA Novosti zufolge«");
    const vague = $('testsuite[name="001_de"] testcase[name="attribution/vague-source"]');
    expect(vague.find("failure").length).toBe(0);
    expect(vague.find("system-out").text()).toContain("info 3:1 Collective sourcing");
  });

  test("a clean article passes one 'audit' case; skipped files are skipped cases", () => {
    expect($('testsuite[name="003_clean"]').html()?.trim()).toBe(`<testcase name="audit" classname="003_clean" file="seeds/003_clean.txt"/>`);
    expect($('testsuite[name="skipped inputs"] testcase skipped').attr("message")).toBe("Unexpected token } in JSON at position 12");
  });

  test("escapes markup in names, messages and text; attribute values stay on one line", () => {
    const input = sampleInput();
    const finding = input.report.articles[0]!.findings[1]!;
    finding.message = `${hostileTitle} <b>&amp;</b> ]]> \u0001`;
    input.report.articles[0]!.id = hostileSource;
    const hostile = renderJunit(input);
    expect(hostile).not.toContain("<script>");
    expect(hostile).not.toContain("\u0001");
    const parsed = load(hostile, { xml: true });
    const failure = parsed(`testcase[name="attribution/anonymous-source"] failure`).first();
    expect(failure.attr("message")).toBe(`${hostileTitle} <b>&amp;</b> ]]> \ufffd`);
    expect(parsed("testsuite").first().attr("name")).toBe(hostileSource);
    expect(hostile).toContain(`message="&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &amp; ampersands &lt;b&gt;&amp;amp;&lt;/b&gt; ]]&gt; \ufffd"`);
    // The disclaimer's line break is kept in the element text but not in the attribute.
    expect(xml).toContain(`message="Disclaimer: 100% copyright, all rights reserved"`);
  });
});

describe("JUnit XML, read back by a strict parser", () => {
  test("is well-formed and gives back every article, rule and message", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["testsuite", "testcase"].includes(name) }).parse(xml);
    const suites: Array<{ name: string; testcase: Array<{ name: string; failure?: { message: string } }> }> = parsed.testsuites.testsuite;
    const { report } = sampleInput();
    expect(suites.map((s) => s.name)).toEqual([...report.articles.map((a) => a.id), "skipped inputs"]);
    const cases = suites[0]!.testcase;
    expect(cases.map((c) => c.name)).toEqual([...new Set(report.articles[0]!.findings.map((f) => f.rule))]);
    expect(cases[0]!.failure!.message).toBe(report.articles[0]!.findings[0]!.message);
  });
});
