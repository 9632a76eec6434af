// `audit --archive` and `wirecheck archive …` end to end, on both backends: the archive fills,
// re-auditing changes nothing, changed content is a new version, read-only runs add nothing,
// and a bad archive ends the run with one line and exit 2, leaving the file as it was.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempFolder } from "../helpers/temp.js";
import { backends } from "./backends.js";

const FIRST_DAY = {
  "stadtwerke.txt":
    "title: Stadtwerke erhöhen Gaspreis\nsource: Lokalzeitung\ndate: 2026-11-23\n\n" +
    "Die Stadtwerke erhöhen zum 1. Januar den Gaspreis für Haushaltskunden um acht Prozent. " +
    "Als Grund nannte das Unternehmen am Montag gestiegene Netzentgelte. Kunden können bis Ende Dezember kündigen.\n",
  "ferry.txt":
    "title: Ferry service suspended\nsource: Island Times\ndate: 2026-11-23\n\n" +
    "The ferry operator suspended all crossings on Monday after a storm damaged the pier at the northern harbour. " +
    "Repairs are expected to take at least two weeks, the company said.\n",
};

const HARBOUR_FIRST = "Der Hafen von Brunsbüttel bekommt ein neues Containerterminal. Das Land Schleswig-Holstein stellt dafür in den kommenden fünf Jahren rund 180 Millionen Euro bereit, wie das Wirtschaftsministerium am Donnerstag in Kiel mitteilte.";
const HARBOUR_SECOND = "Die Bauarbeiten sollen im Frühjahr beginnen und bis Ende 2029 abgeschlossen sein. Nach Angaben des Ministeriums entstehen durch das Terminal langfristig etwa 400 neue Arbeitsplätze in der Region.";
const DAY_ONE = {
  "hafen.txt":
    `title: Hafen erhält neues Containerterminal\nsource: Küstenbote\ndate: 2026-11-19\n\n${HARBOUR_FIRST}\n\n${HARBOUR_SECOND}\n\n` +
    "Umweltverbände kritisierten die Pläne. Sie befürchten eine weitere Vertiefung der Elbe und Schäden für das Wattenmeer.\n",
};
const DAY_TWO = {
  "terminal.txt":
    `title: Neues Terminal für Brunsbüttel\nsource: Elbe-Anzeiger\ndate: 2026-11-20\n\nGute Nachrichten für die Unterelbe: ${HARBOUR_FIRST}\n\n${HARBOUR_SECOND}\n\n` +
    "Der Bürgermeister von Brunsbüttel begrüßte die Entscheidung am Freitag ausdrücklich.\n",
  "library.txt":
    "title: Library extends opening hours\nsource: Valley Courier\ndate: 2026-11-20\n\n" +
    "The central library will stay open until nine in the evening from January, the council announced on Friday. " +
    "The change is funded by a grant from a local foundation and will be reviewed after six months.\n",
};

interface Report {
  articles: { id: string; archive?: { status: string; version: number }; findings: { rule: string; related: string[]; data: Record<string, unknown> }[] }[];
  overlaps: { a: string; b: string }[];
  archived?: { id: string; source: string | null; published: string | null }[];
}

function report(out: string): Report {
  return JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
}

const audit = (folder: string, url: string, ...more: string[]) =>
  runCli(["audit", folder, "--out", join(folder, "..", `out-${Math.random().toString(36).slice(2)}`), "--format", "json", "--archive", url, ...more], undefined, { SOURCE_DATE_EPOCH: "1795478400" });

const outOf = (stderr: string) => /reports: (.*)report\.json/.exec(stderr)![1]!;

for (const { backend, skip } of backends) {
  describe.skipIf(skip)(`audit --archive on ${backend.name}`, () => {
    it("adds a run's articles once; the same articles again are unchanged", async () => {
      const url = await backend.fresh();
      const folder = tempFolder(FIRST_DAY);
      const first = audit(folder, url);
      expect(first.status).toBe(0);
      expect(first.stderr).toContain("archive: 2 new, 0 unchanged, 0 new versions");
      expect(report(outOf(first.stderr)).articles.map((a) => a.archive)).toEqual([{ status: "new", version: 1 }, { status: "new", version: 1 }]);
      expect(report(outOf(first.stderr)).archived).toEqual([]);
      const stats = runCli(["archive", "stats", url, "--json"]);
      const again = audit(folder, url);
      expect(again.stderr).toContain("archive: 0 new, 2 unchanged, 0 new versions");
      expect(runCli(["archive", "stats", url, "--json"]).stdout).toBe(stats.stdout);
      expect(JSON.parse(stats.stdout)).toMatchObject({ backend: backend.name, articles: 2, versions: 2, oldest: "2026-11-23" });
    });

    it("finds today's reuse of an article archived on an earlier day, and names its source and date", async () => {
      const url = await backend.fresh();
      expect(audit(tempFolder(DAY_ONE), url).status).toBe(0);
      const dayTwo = tempFolder(DAY_TWO);
      const run = audit(dayTwo, url);
      const r = report(outOf(run.stderr));
      expect(r.overlaps.map((o) => [o.a, o.b].sort())).toEqual([["hafen", "terminal"]]);
      expect(r.archived).toEqual([{ id: "hafen", source: "Küstenbote", title: "Hafen erhält neues Containerterminal", published: "2026-11-19", url: null }]);
      const terminal = r.articles.find((a) => a.id === "terminal")!;
      const reuse = terminal.findings.filter((f) => f.rule.startsWith("overlap/"));
      expect(reuse.length).toBeGreaterThan(0);
      for (const f of reuse) {
        expect(f.related).toEqual(["hafen"]);
        expect(f.data.archived).toEqual([{ id: "hafen", source: "Küstenbote", published: "2026-11-19" }]);
      }
      expect(r.articles.find((a) => a.id === "library")!.findings.filter((f) => f.rule.startsWith("overlap/"))).toEqual([]);
      // Auditing day two again: the same reuse, and no article compared with its own archived copy.
      const again = report(outOf(audit(dayTwo, url).stderr));
      expect(again.overlaps).toEqual(r.overlaps);
      expect(again.articles.map((a) => a.archive!.status)).toEqual(["unchanged", "unchanged"]);
    });

    it("reports changed content under a known id as a new version", async () => {
      const url = await backend.fresh();
      const folder = tempFolder(FIRST_DAY);
      audit(folder, url);
      writeFileSync(join(folder, "ferry.txt"), FIRST_DAY["ferry.txt"].replace("two weeks", "three weeks"));
      const second = audit(folder, url);
      expect(second.stderr).toContain("archive: 0 new, 1 unchanged, 1 new version");
      expect(report(outOf(second.stderr)).articles.find((a) => a.id === "ferry")!.archive).toEqual({ status: "version", version: 2 });
      const exported = runCli(["archive", "export", url]).stdout.trim().split("\n").map((l) => JSON.parse(l));
      expect(exported.map((a) => [a.id, a.version])).toEqual([["ferry", 2], ["stadtwerke", 1]]);
      expect(exported[0].text).toContain("three weeks");
    });

    it("compares without adding when read-only", async () => {
      const url = await backend.fresh();
      audit(tempFolder({ "stadtwerke.txt": FIRST_DAY["stadtwerke.txt"] }), url);
      const readonly = audit(tempFolder(FIRST_DAY), url, "--archive-readonly");
      expect(readonly.status).toBe(0);
      expect(readonly.stderr).toContain("archive: 1 new, 1 unchanged");
      expect(JSON.parse(runCli(["archive", "stats", url, "--json"]).stdout).articles).toBe(1);
    });

    it("prunes by date and exports what is left as JSONL that audit reads back", async () => {
      const url = await backend.fresh();
      const folder = tempFolder({ ...FIRST_DAY, "alt.txt": "title: Archivfund\nsource: Lokalzeitung\ndate: 2025-03-02\n\nIm Stadtarchiv ist eine Urkunde aus dem Jahr 1412 aufgetaucht. Sie belegt das Marktrecht der Gemeinde.\n" });
      audit(folder, url);
      const pruned = runCli(["archive", "prune", url, "--before", "2026-01-01"]);
      expect(pruned.status).toBe(0);
      expect(pruned.stderr).toContain("removed 1 article from before 2026-01-01");
      const exported = runCli(["archive", "export", url]);
      expect(exported.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["ferry", "stadtwerke"]);
      const back = tempFolder({ "archive.jsonl": exported.stdout });
      const extracted = runCli(["extract", back]).stdout.trim().split("\n").map((l) => JSON.parse(l));
      expect(extracted.map((a) => [a.id, a.title, a.published])).toEqual([["ferry", "Ferry service suspended", "2026-11-23"], ["stadtwerke", "Stadtwerke erhöhen Gaspreis", "2026-11-23"]]);
    });
  });
}

describe("a bad archive ends the run with one line and exit 2", () => {
  const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

  it("names a corrupt file and leaves it byte-identical", () => {
    const folder = tempFolder({ ...FIRST_DAY, "archive.sqlite": "Dies ist keine Datenbank, sondern eine Notiz über den Redaktionsplan.\n".repeat(100) });
    const path = join(folder, "archive.sqlite");
    const before = digest(path);
    const run = runCli(["audit", join(folder, "stadtwerke.txt"), "--out", join(folder, "out"), "--archive", path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`wirecheck: ${path}: not a wirecheck archive (corrupt, or not a SQLite database)\n`);
    expect(digest(path)).toBe(before);
  });

  it("refuses other URLs, an unreachable server, and --archive-readonly alone", () => {
    const folder = tempFolder(FIRST_DAY);
    const other = runCli(["audit", folder, "--out", join(folder, "out"), "--archive", "mysql://db/archive"]);
    expect([other.status, other.stderr]).toEqual([2, "wirecheck: mysql://db/archive: unsupported archive URL (a file path for SQLite, or postgres://user@host:port/database)\n"]);
    const unreachable = runCli(["archive", "stats", "postgres://wire@127.0.0.1:1/archive"]);
    expect(unreachable.status).toBe(2);
    expect(unreachable.stderr).toMatch(/^wirecheck: postgres:\/\/wire@127\.0\.0\.1:1\/archive: cannot reach the archive \(.*\)\n$/);
    const alone = runCli(["audit", folder, "--out", join(folder, "out"), "--archive-readonly"]);
    expect([alone.status, alone.stderr]).toEqual([2, "wirecheck: --archive-readonly needs --archive URL\n"]);
  });

  it("rejects a prune date that is not a date", () => {
    const run = runCli(["archive", "prune", "archive.sqlite", "--before", "2026-02-30"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("expected a date YYYY-MM-DD");
  });
});
