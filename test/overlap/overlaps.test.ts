// The overlap engine through the real pipeline: passages of each kind, direction,
// candidates cut for stock text and footers, bad input, archived articles, determinism.
import { describe, expect, it } from "vitest";
import { auditIngested } from "../../src/api.js";
import { analyseArticle } from "../../src/analyse/index.js";
import { findOverlaps } from "../../src/overlap/index.js";
import type { AuditReport, Overlap } from "../../src/types.js";
import { article, setup, type ArticleCase } from "../helpers/rule-tester.js";
import { DE_COUNCIL, DE_FLOOD, DE_STRIKE, EN_COUNCIL, EN_FLOOD, EN_STRIKE, text } from "./texts.js";

function reportOf(cases: ArticleCase[]): AuditReport {
  return auditIngested({ articles: cases.map((c, i) => article(c, `a${i}`)), skipped: [] }, setup).report;
}

function overlapsOf(cases: ArticleCase[]): Overlap[] {
  return reportOf(cases).overlaps;
}

/** Words replaced in place: an edit that keeps sentence structure. */
function edit(paragraph: string, replacements: Record<string, string>): string {
  return Object.entries(replacements).reduce((t, [from, to]) => t.replace(from, to), paragraph);
}

describe("overlap passages", () => {
  it("finds a German article copied verbatim as one verbatim passage covering all of it", () => {
    const [o, ...rest] = overlapsOf([{ text: text(DE_FLOOD) }, { text: text(DE_STRIKE) }, { text: text(DE_FLOOD) }]);
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ a: "a0", b: "a2", score: 1, origin: null });
    expect(o!.passages.map((p) => p.kind)).toEqual(["verbatim"]);
    expect(o!.passages[0]!.similarity).toBe(1);
  });

  it("finds three English sentences reused in an unrelated article, with spans on that text in both", () => {
    const shared = EN_FLOOD.slice(3, 6).join(" ");
    const host = text([...EN_COUNCIL.slice(0, 3), shared, ...EN_COUNCIL.slice(3)]);
    const [o] = overlapsOf([{ text: text(EN_FLOOD) }, { text: host }]);
    expect(o!.passages).toHaveLength(1);
    const p = o!.passages[0]!;
    expect(p.kind).toBe("verbatim");
    expect(text(EN_FLOOD).slice(p.a.start, p.a.end)).toBe(EN_FLOOD.slice(3).join("\n\n").replace(/\.$/, ""));
    expect(host.slice(p.b.start, p.b.end)).toBe(shared.replace(/\.$/, ""));
    expect(o!.score).toBeGreaterThan(0.3);
    expect(o!.score).toBeLessThan(0.8);
  });

  it("finds a lightly edited German rewrite as an edited passage below full similarity", () => {
    const rewrite = [
      edit(DE_STRIKE[0]!, { "hat ihre Mitglieder erneut": "ruft ihre Mitglieder abermals", aufgerufen: "auf" }),
      edit(DE_STRIKE[1]!, { Großteil: "Gutteil", "stark ausgedünnter": "deutlich reduzierter" }),
      DE_STRIKE[3]!,
      edit(DE_STRIKE[4]!, { warnten: "warnen", angewiesen: "angewiesen bleibt" }),
    ];
    const [o] = overlapsOf([{ text: text(DE_STRIKE) }, { text: text(rewrite) }]);
    const kinds = o!.passages.map((p) => p.kind);
    expect(kinds).toContain("edited");
    const edited = o!.passages.find((p) => p.kind === "edited")!;
    expect(edited.similarity).toBeGreaterThan(0.5);
    expect(edited.similarity).toBeLessThan(1);
  });

  it("finds an English sentence reworded throughout by sentence-level Dice", () => {
    const original = "The operator said only a skeleton timetable would run on its busiest commuter routes this weekend.";
    const reworded = "The operator says only a skeletal timetable will run on its busiest commuting routes this weekend.";
    const [o] = overlapsOf([
      { text: text([...EN_STRIKE.slice(0, 1), original, ...EN_STRIKE.slice(2, 4)]) },
      { text: text([...EN_COUNCIL.slice(0, 2), reworded, ...EN_COUNCIL.slice(2, 4), EN_STRIKE[2]!]) },
    ]);
    expect(o!.passages.some((p) => p.kind === "edited")).toBe(true);
  });

  it("finds a German quotation translated differently as a quote variant", () => {
    const first = [DE_COUNCIL[0]!, "„Wir haben heute eine Einigung erzielt, die den Weg für stabile Finanzen der Stadt ebnet und die Schulen schützt“, sagte der Oberbürgermeister.", DE_COUNCIL[4]!];
    const second = [DE_FLOOD[5]!, "Der Oberbürgermeister erklärte: „Die heute erzielte Einigung ebnet uns den Weg zu stabilen städtischen Finanzen und schützt zugleich die Schulen.“", DE_STRIKE[4]!];
    const [o] = overlapsOf([{ text: text(first) }, { text: text(second) }]);
    expect(o!.passages.map((p) => p.kind)).toEqual(["quote-variant"]);
  });

  it("finds an English quotation in other wording as a quote variant", () => {
    const first = [EN_COUNCIL[0]!, "\"The agreement we reached today protects our schools and puts the city's finances on a stable footing,\" the mayor said.", EN_COUNCIL[4]!];
    const second = [EN_FLOOD[5]!, "The mayor said: \"Today's agreement puts city finances on a more stable footing while protecting schools.\"", EN_STRIKE[4]!];
    const [o] = overlapsOf([{ text: text(first) }, { text: text(second) }]);
    expect(o!.passages.map((p) => p.kind)).toEqual(["quote-variant"]);
  });

  it("lists nothing for unrelated articles on similar subjects", () => {
    expect(overlapsOf([{ text: text(DE_FLOOD) }, { text: text(DE_STRIKE) }, { text: text(DE_COUNCIL) }])).toEqual([]);
    expect(overlapsOf([{ text: text(EN_FLOOD) }, { text: text(EN_STRIKE) }, { text: text(EN_COUNCIL) }])).toEqual([]);
  });
});

describe("overlap candidates and bad input", () => {
  it("lists nothing for stock phrases shared by many short reports", () => {
    const stock = "Ein Sprecher der Polizei bestätigte am Abend entsprechende Berichte.";
    const bodies = [...DE_FLOOD, ...DE_STRIKE, ...DE_COUNCIL].map((p) => ({ text: `${p} ${stock}` }));
    expect(overlapsOf(bodies)).toEqual([]);
  });

  it("lists nothing for common phrases that happen to stand a few words apart", () => {
    const a = "Prices for basic food around the world have risen sharply again this year in the United States and in much of Europe, the report found.";
    const b = "Around the world, cases of seasonal flu have climbed steeply this winter in the United States and in parts of Asia, doctors warned.";
    expect(overlapsOf([{ text: text([EN_FLOOD[0]!, a, EN_FLOOD[4]!]) }, { text: text([EN_STRIKE[0]!, b, EN_STRIKE[4]!]) }])).toEqual([]);
  });

  it("lists nothing for quotations that share only pronouns, modals and particles", () => {
    const a = "„Ich fühle mich damit unwohl und möchte diese Frage heute nicht beantworten“, sagte die Ministerin.";
    const b = "„Ich fühle mich übergangen und möchte diese Entscheidung so nicht hinnehmen“, sagte der Bürgermeister.";
    expect(overlapsOf([{ text: text([DE_FLOOD[0]!, a]) }, { text: text([DE_STRIKE[0]!, b]) }])).toEqual([]);
  });

  it("lists nothing when every article carries the same footer", () => {
    const footer = "Dieser Artikel wurde mit Material der Nachrichtenagenturen erstellt und von der Redaktion vor der Veröffentlichung sorgfältig geprüft.";
    const enFooter = "This story was produced with material from news agencies and checked by our editors before publication on this website.";
    expect(overlapsOf([DE_FLOOD, DE_STRIKE, DE_COUNCIL].map((p) => ({ text: text([...p, footer]) })))).toEqual([]);
    expect(overlapsOf([EN_FLOOD, EN_STRIKE, EN_COUNCIL].map((p) => ({ text: text([...p, enFooter]) })))).toEqual([]);
  });

  it("still finds copies when all of a small corpus is the same story", () => {
    const overlaps = overlapsOf([{ text: text(EN_STRIKE) }, { text: text(EN_STRIKE) }, { text: text(EN_STRIKE) }]);
    expect(overlaps.map((o) => [o.a, o.b, o.score])).toEqual([["a0", "a1", 1], ["a0", "a2", 1], ["a1", "a2", 1]]);
  });

  it("survives empty and one-word articles and finds nothing in them", () => {
    expect(overlapsOf([{ text: "" }, { text: "Eilmeldung" }, { text: "Eilmeldung" }, { text: " \n " }])).toEqual([]);
  });

  it("does not match the same words across languages", () => {
    const names = "Olaf Scholz Emmanuel Macron Giorgia Meloni Donald Tusk Pedro Sánchez Ursula von der Leyen Antonio Costa";
    expect(overlapsOf([{ text: `${text(DE_FLOOD)}\n\n${names}`, language: "de" }, { text: `${text(EN_FLOOD)}\n\n${names}`, language: "en" }])).toEqual([]);
  });

  it("relates an article that quotes another in full, covering all of the shorter one", () => {
    const quoted = DE_COUNCIL.slice(0, 2).join(" ");
    const [o] = overlapsOf([{ text: quoted }, { text: text([DE_STRIKE[0]!, `Die Stadt teilte mit: „${quoted}“`, DE_STRIKE[5]!]) }]);
    expect(o).toMatchObject({ a: "a0", b: "a1", score: 1 });
  });
});

describe("overlap direction", () => {
  it("takes the earlier publication date as the origin", () => {
    const [o] = overlapsOf([{ text: text(DE_FLOOD), published: "2025-03-04" }, { text: text(DE_FLOOD), published: "2025-03-02" }]);
    expect(o!.origin).toBe("a1");
  });

  it("leaves the origin open for undated copies without evidence, and for the same date", () => {
    expect(overlapsOf([{ text: text(EN_FLOOD) }, { text: text(EN_FLOOD) }])[0]!.origin).toBeNull();
    expect(overlapsOf([{ text: text(EN_FLOOD), published: "2025-03-04" }, { text: text(EN_FLOOD), published: "2025-03-04" }])[0]!.origin).toBeNull();
  });

  it("takes the undated agency copy as the origin of a rewrite that credits the agency", () => {
    const agency = text([`Passau (dpa) - ${DE_FLOOD[0]}`, ...DE_FLOOD.slice(1)]);
    const rewrite = text([...DE_FLOOD.slice(1, 5), "Mit Material von dpa"]);
    const [o] = overlapsOf([{ text: rewrite, source: "Passauer Rundschau" }, { text: agency }]);
    expect(o!.origin).toBe("a1");
  });

  it("takes the outlet the other article names as the origin", () => {
    const original = { text: text(EN_COUNCIL), source: "Yorkshire Evening Courier" };
    const follower = { text: text(["The Yorkshire Evening Courier reported on Wednesday:", ...EN_COUNCIL.slice(0, 4)]), source: "Northern Digest" };
    const [o] = overlapsOf([follower, original]);
    expect(o!.origin).toBe("a1");
  });
});

describe("overlap report", () => {
  it("is the same for the same input, and the same pairs for any input order", () => {
    const cases = [{ text: text(DE_FLOOD) }, { text: text(DE_STRIKE) }, { text: text([...DE_FLOOD.slice(0, 4), ...DE_STRIKE.slice(2)]) }];
    const first = JSON.stringify(reportOf(cases));
    expect(JSON.stringify(reportOf(cases))).toBe(first);
    const ids = (os: Overlap[]) => os.map((o) => [o.a, o.b].sort().join("~")).sort();
    const reversed = auditIngested({ articles: cases.map((c, i) => article(c, `a${i}`)).reverse(), skipped: [] }, setup).report.overlaps;
    expect(ids(reversed)).toEqual(ids(reportOf(cases).overlaps));
  });

  it("compares archived articles with this run's, never with each other, and lists those it relates to", () => {
    const earlier = [
      analyseArticle(article({ text: text(EN_STRIKE), published: "2025-01-02" }, "old1"), setup.library),
      analyseArticle(article({ text: text(EN_STRIKE), published: "2025-01-03" }, "old2"), setup.library),
      analyseArticle(article({ text: text(EN_FLOOD) }, "old3"), setup.library),
    ];
    const current = [article({ text: text(EN_STRIKE), published: "2025-01-05" }, "new")];
    const { report, findings } = auditIngested({ articles: current, skipped: [] }, setup, { earlier });
    expect(report.overlaps.map((o) => [o.a, o.b, o.origin])).toEqual([["new", "old1", "old1"], ["new", "old2", "old2"]]);
    expect(report.archived!.map((a) => a.id)).toEqual(["old1", "old2"]);
    expect(new Set(findings.map((f) => f.articleId))).toEqual(new Set(["new"]));
  });

  it("holds the articles the overlaps relate, archived ones among them, for the overlap rules", () => {
    const current = [text(DE_FLOOD), text(DE_STRIKE), text(DE_FLOOD), text(EN_COUNCIL)].map((t, i) => analyseArticle(article({ text: t }, `a${i}`), setup.library));
    const earlier = [analyseArticle(article({ text: text(DE_STRIKE), published: "2025-01-02" }, "old"), setup.library)];
    const { overlaps, related } = findOverlaps(current, earlier, setup.library.agencies);
    expect(overlaps.map((o) => [o.a, o.b])).toEqual([["a0", "a2"], ["a1", "old"]]);
    expect([...related.entries()].map(([id, a]) => [id, a.article.id])).toEqual([["a0", "a0"], ["a2", "a2"], ["a1", "a1"], ["old", "old"]]);
  });

  it("has no archived list without an archive", () => {
    expect(reportOf([{ text: text(EN_FLOOD) }]).archived).toBeUndefined();
  });
});

describe("passage similarity", () => {
  it("counts the words between merged parts, so an edited passage is never rated 1", () => {
    const inserted = [DE_STRIKE[0]!, `${DE_STRIKE[1]!} Ein Sprecher nannte keine Zahlen.`, DE_STRIKE[2]!, DE_STRIKE[3]!].join(" ");
    const [o] = overlapsOf([{ text: text(DE_STRIKE.slice(0, 4)) }, { text: inserted }]);
    for (const p of o!.passages) expect(p.kind === "verbatim").toBe(p.similarity === 1);
  });
});
