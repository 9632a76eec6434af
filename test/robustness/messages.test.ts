// Every message a user can provoke is one line that names the place and the reason.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../helpers/cli.js";
import { tempFolder } from "../helpers/temp.js";

const ARTICLE = "Ein Sprecher sagte am Freitag, die Lage sei ernst.\n";

function oneLineError(stderr: string): string {
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return stderr.trimEnd();
}

describe("item 8: config mistakes are errors with file and line", () => {
  it("a missing rule folder and an empty language list", () => {
    const dir = tempFolder({ "a.txt": ARTICLE, "missing.yaml": "languages: [de]\nruleFolders:\n  - ./nope\n", "empty.yaml": "rules: {}\nlanguages: []\n" });
    const missing = runCli(["audit", "a.txt", "--config", "missing.yaml"], dir);
    expect(missing.status).toBe(2);
    expect(oneLineError(missing.stderr)).toBe(`wirecheck: missing.yaml:3:5: ruleFolders[0]: no such folder: ${join(dir, "nope")}`);
    const empty = runCli(["audit", "a.txt", "--config", "empty.yaml"], dir);
    expect(empty.status).toBe(2);
    expect(oneLineError(empty.stderr)).toMatch(/^wirecheck: empty\.yaml:2:1: languages: an empty list/);
  });
});

describe("item 9: messages", () => {
  it("--quiet still says why the exit code is 1", () => {
    const dir = tempFolder({ "a.txt": ARTICLE });
    const run = runCli(["audit", "a.txt", "--quiet", "--min-grade", "A", "--fail-on", "none"], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^fail: 1 below grade A: article a/);
  });

  it("a severity error lists off and on too; a wrong option type names the option and what was given", () => {
    const dir = tempFolder({
      "a.txt": ARTICLE,
      "severity.yaml": "rules:\n  date/missing: fatal\n",
      "nested.yaml": "rules:\n  date/missing:\n    severity: loud\n",
      "option.json": '{ "rules": { "boilerplate/template": { "options": { "minArticles": "drei" } } } }',
    });
    expect(oneLineError(runCli(["audit", "a.txt", "--config", "severity.yaml"], dir).stderr)).toBe(
      "wirecheck: severity.yaml:2:3: rules.date/missing: expected one of off, on, error, warning, info",
    );
    expect(oneLineError(runCli(["audit", "a.txt", "--config", "nested.yaml"], dir).stderr)).toBe(
      "wirecheck: nested.yaml:3:5: rules.date/missing.severity: expected one of error, warning, info, off",
    );
    expect(oneLineError(runCli(["audit", "a.txt", "--config", "option.json"], dir).stderr)).toBe(
      'wirecheck: option.json:1:53: option "minArticles" of rule "boilerplate/template": expected a number, got a string',
    );
  });

  it("a baseline that is not JSON is named with line and column", () => {
    const long = "This is the summary of an earlier run, pasted by mistake instead of the report. ".repeat(5);
    const dir = tempFolder({ "a.txt": ARTICLE, "base.json": `{\n  "articles": [\n    ${long}\n  ]\n}\n` });
    const run = runCli(["audit", "a.txt", "--baseline", "base.json"], dir);
    expect(run.status).toBe(2);
    expect(oneLineError(run.stderr)).toBe("wirecheck: base.json: baseline is not JSON (line 3, column 5: invalid symbol)");
    writeFileSync(join(dir, "missing-list.json"), "42");
    expect(oneLineError(runCli(["audit", "a.txt", "--baseline", "missing-list.json"], dir).stderr)).toMatch(/not a wirecheck baseline or report\.json/);
  });

  it("the JSON number 42 is called a number, and a bad JSON file names line and column", () => {
    const dir = tempFolder({ "a.txt": ARTICLE, "n.json": "42\n", "bad.json": '{\n  "text": "Hallo",\n  "title": \n}\n' });
    const run = runCli(["audit", "a.txt", "n.json", "bad.json", "--format", "json", "--fail-on", "none"], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("skipped n.json: the file: a number, not an article object");
    expect(run.stderr).toContain("skipped bad.json: invalid JSON at line 4, column 1: value expected");
  });

  it("a reader that stops early is no error", () => {
    const run = spawnSync("sh", ["-c", `"${process.execPath}" dist/src/cli/main.js extract seeds | head -c 100 > /dev/null`], { cwd: repoRoot, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("a config file given but missing, and an unknown option, are one line each", () => {
    const dir = tempFolder({ "a.txt": ARTICLE });
    const config = runCli(["audit", "a.txt", "--config", "nope.yaml"], dir);
    expect(config.status).toBe(2);
    expect(oneLineError(config.stderr)).toBe("wirecheck: nope.yaml: cannot read config (no such file or folder)");
    const unknown = runCli(["audit", "a.txt", "--frobnicate"], dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^error: unknown option '--frobnicate'/);
  });
});
