import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepare } from "../../src/api.js";
import { parseConfig } from "../../src/config/config.js";
import { loadConfig } from "../../src/config/load.js";
import { activeRules } from "../../src/engine/run.js";
import { tempFolder } from "../helpers/temp.js";

const FILE = "/project/wirecheck.config.yaml";
const { rules } = prepare();

/** The enabled rules of a config text, as id → [severity, options]. */
function active(content: string): Map<string, [string, Record<string, unknown>]> {
  return new Map(activeRules(rules, parseConfig(FILE, content)).map((a) => [a.rule.meta.id, [a.severity, a.options]]));
}

const failure = (content: string) => () => activeRules(rules, parseConfig(FILE, content));

describe("config: rule settings", () => {
  it("turns a rule off", () => {
    const on = active("rules:\n  date/missing: off\n");
    expect(on.has("date/missing")).toBe(false);
    expect(on.has("date/future")).toBe(true);
  });

  it("turns a rule off through its severity", () => {
    expect(active("rules:\n  date/missing:\n    severity: off\n").has("date/missing")).toBe(false);
  });

  it("changes a severity and keeps the others", () => {
    const on = active("rules:\n  attribution/anonymous-source: error\n");
    expect(on.get("attribution/anonymous-source")?.[0]).toBe("error");
    expect(on.get("date/weekday-mismatch")?.[0]).toBe("error");
    expect(on.get("boilerplate/chrome")?.[0]).toBe("warning");
  });

  it("sets an option over the rule's default", () => {
    expect(active("rules:\n  boilerplate/template:\n    options:\n      minArticles: 2\n").get("boilerplate/template")).toEqual(["info", { minArticles: 2 }]);
    expect(active("").get("boilerplate/template")).toEqual(["info", { minArticles: 3 }]);
  });

  it("reads JSON and resolves rule folders against the config's folder", () => {
    const config = parseConfig("/project/conf/wirecheck.config.json", '{"languages": ["de"], "ruleFolders": ["../extra-rules"]}');
    expect(config.languages).toEqual(["de"]);
    expect(config.ruleFolders).toEqual(["/project/extra-rules"]);
  });

  it("defaults to German and English for an empty file", () => {
    expect(parseConfig(FILE, "").languages).toEqual(["de", "en"]);
  });
});

describe("config: errors name the file and the line", () => {
  it("an unknown rule id", () => {
    expect(failure("languages: [de, en]\nrules:\n  date/missng: warning\n")).toThrow(`${FILE}:3:3: unknown rule "date/missng"`);
  });

  it("an unknown rule id whose setting is a mapping, at the id's own line", () => {
    expect(failure("rules:\n  date/missng:\n    severity: warning\n")).toThrow(`${FILE}:2:3: unknown rule "date/missng"`);
  });

  it("an option the rule does not have", () => {
    expect(failure("rules:\n  boilerplate/template:\n    options:\n      minArtikel: 3\n")).toThrow(
      `${FILE}:4:7: rule "boilerplate/template" has no option "minArtikel"`,
    );
  });

  it("an option of the wrong type", () => {
    expect(failure('rules:\n  boilerplate/template:\n    options:\n      minArticles: "3"\n')).toThrow(`${FILE}:4:7: option "minArticles" of rule "boilerplate/template": expected a number, got a string`);
  });

  it("an unknown severity", () => {
    expect(failure("rules:\n  date/missing: fatal\n")).toThrow(`${FILE}:2:3: rules.date/missing: expected one of off, on, error, warning, info`);
  });

  it("a language that is not an ISO 639-1 code", () => {
    expect(failure("languages: [deu]\n")).toThrow(`${FILE}:1:13: languages[0]: "deu" is not an ISO 639-1 code`);
  });

  it("an unknown top-level key", () => {
    expect(failure("rulez: {}\n")).toThrow(`${FILE}:1:1: rulez: unknown key`);
  });

  it("an option the rule does not have, on a rule that is off", () => {
    expect(failure("rules:\n  boilerplate/template:\n    severity: off\n    options:\n      minArtikel: 3\n")).toThrow(
      `rule "boilerplate/template" has no option "minArtikel"`,
    );
  });

  it("bad YAML, with line and column", () => {
    expect(failure("rules:\n  date/missing: [off\n")).toThrow(new RegExp(`^${FILE}:3:1: `));
  });

  it("a rule set twice", () => {
    expect(failure("rules:\n  date/missing: off\n  date/missing: error\n")).toThrow(`${FILE}:3:3: Map keys must be unique`);
  });
});

describe("loadConfig", () => {
  it("finds the config file in the working folder", () => {
    const dir = tempFolder({ "wirecheck.config.yaml": "languages: [en]\n" });
    expect(loadConfig(undefined, dir).languages).toEqual(["en"]);
  });

  it("uses the defaults when there is none", () => {
    expect(loadConfig(undefined, tempFolder({})).languages).toEqual(["de", "en"]);
  });

  it("names a config file that cannot be read", () => {
    const missing = join(tempFolder({}), "nope.yaml");
    expect(() => loadConfig(missing, "/")).toThrow(`${missing}: cannot read config (no such file or folder)`);
  });
});
