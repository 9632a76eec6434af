import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest, ingestEach } from "../../src/ingest/index.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "wirecheck-ingest-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe("ingest", () => {
  it("reads folders recursively in sorted order, ids relative to the folder given", () => {
    const dir = folder({ "b.txt": "Zweiter Text.", "a/x.md": "Erster Text.", ".hidden.txt": "Versteckt.", "notes.csv": "a,b" });
    const { articles, skipped } = ingest([dir]);
    expect(articles.map((a) => [a.id, a.path])).toEqual([
      ["a/x", `${dir}/a/x.md`],
      ["b", `${dir}/b.txt`],
    ]);
    expect(skipped).toEqual([]);
  });

  it("gives repeated ids a counter, across files and within a feed", () => {
    const dir = folder({ "a.txt": "Text eins.", "a.md": "Text zwei.", "feed.jsonl": '{"id":"x","text":"Drei."}\n{"id":"x","text":"Vier."}\n' });
    expect(ingest([dir]).articles.map((a) => a.id)).toEqual(["a", "a~2", "x", "x~2"]);
  });

  it("keeps a web page whose body cannot be found, with its title, date and site", () => {
    const page =
      '<html lang="de"><head><title>Sommerfest am See</title><meta property="og:site_name" content="Seeblick Anzeiger">' +
      '<meta property="article:published_time" content="2024-05-01T09:00:00+02:00"></head><body><img src="fest.jpg"></body></html>';
    const { articles, skipped } = ingest([folder({ "fest.html": page })], { today: "2026-11-23" });
    expect(skipped).toEqual([]);
    expect(articles).toMatchObject([{ id: "fest", title: "Sommerfest am See", source: "Seeblick Anzeiger", published: "2024-05-01", text: "" }]);
  });

  it("names a missing path and an unsupported file given directly", () => {
    const dir = folder({ "notes.csv": "a,b" });
    const { skipped } = ingest([join(dir, "missing"), join(dir, "notes.csv")]);
    expect(skipped).toEqual([
      { path: `${dir}/missing`, reason: "no such file or folder" },
      { path: `${dir}/notes.csv`, reason: expect.stringMatching(/^unsupported file type/) },
    ]);
  });

  it("yields one input file at a time, for streaming", () => {
    const dir = folder({ "a.txt": "Text eins.", "b.txt": "Text zwei." });
    expect([...ingestEach([dir])].map((part) => part.articles.map((a) => a.id))).toEqual([["a"], ["b"]]);
  });
});
