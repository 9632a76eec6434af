import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditIngested, prepare } from "../../src/api.js";
import { DEFAULT_CONFIG, type Config } from "../../src/config/config.js";
import { loadRuleLibrary } from "../../src/packs/load.js";
import { article, type ArticleCase } from "../helpers/rule-tester.js";
import { tempFolder } from "../helpers/temp.js";

const withFolder = (folder: string, languages = DEFAULT_CONFIG.languages): Config => ({
  ...DEFAULT_CONFIG,
  languages,
  ruleFolders: [folder],
});

const rule = (id: string, pattern: string) => `rules:
  - id: ${id}
    severity: info
    description: A test rule.
    checks:
      - kind: existence
        scope: sentence
        message: "Found “{match}”"
        patterns: ['${pattern}']
`;

/** The rule ids that fire on one article under a config. */
function firing(config: Config, c: ArticleCase): string[] {
  const { findings } = auditIngested({ articles: [article(c, "a0")], skipped: [] }, prepare(config));
  return findings.map((f) => f.rule);
}

describe("rule packs: errors name the file and the line", () => {
  it("a bad regular expression", () => {
    const dir = tempFolder({ "common/extra.yaml": rule("style/shouting", "[A-Z]{5,") });
    const file = join(dir, "common/extra.yaml");
    expect(() => loadRuleLibrary([dir], [])).toThrow(
      new RegExp(`^${file}:9:\\d+: rules\\[0\\]\\.checks\\[0\\]\\.patterns\\[0\\]: invalid regular expression`),
    );
  });

  it("a bad regular expression in a language vocabulary", () => {
    const dir = tempFolder({ "de/extra.yaml": "vocab:\n  vague-source:\n    - 'laut (?:Insidern'\n" });
    expect(() => loadRuleLibrary([dir], ["de"])).toThrow(new RegExp(`^${join(dir, "de/extra.yaml")}:3:\\d+: vocab\\.vague-source\\[0\\]: invalid`));
  });

  it("a spelling variant of more than one letter", () => {
    const dir = tempFolder({ "de/extra.yaml": "spellingVariants:\n  ae: ä\n" });
    expect(() => loadRuleLibrary([dir], ["de"])).toThrow(new RegExp(`^${join(dir, "de/extra.yaml")}:2:\\d+: spellingVariants\\.ae: expected a single letter`));
  });

  it("a fragment a vocabulary names but its file does not declare", () => {
    const dir = tempFolder({ "de/extra.yaml": "vocab:\n  vague-source:\n    - 'laut {{name}}'\n" });
    expect(() => loadRuleLibrary([dir], ["de"])).toThrow(new RegExp(`^${join(dir, "de/extra.yaml")}:3:\\d+: vocab\\.vague-source\\[0\\]: unknown fragment "name"`));
  });

  it("a rule id declared twice in rule files names both files", () => {
    const dir = tempFolder({ "common/a.yaml": rule("style/shouting", "x"), "common/b.yaml": rule("style/shouting", "y") });
    expect(() => loadRuleLibrary([dir], [])).toThrow(`${join(dir, "common/b.yaml")}: rule "style/shouting" is already declared in ${join(dir, "common/a.yaml")}`);
  });

  it("a rule file that redeclares a built-in rule", () => {
    const dir = tempFolder({ "common/extra.yaml": rule("boilerplate/chrome", "x") });
    expect(() => prepare(withFolder(dir))).toThrow(`rule "boilerplate/chrome" is already declared in`);
  });

  it("a rule file that redeclares a code rule names the file", () => {
    const dir = tempFolder({ "common/extra.yaml": rule("date/missing", "x") });
    expect(() => prepare(withFolder(dir))).toThrow(join(dir, "common/extra.yaml"));
  });

  it("an unknown key in a check", () => {
    const dir = tempFolder({ "common/extra.yaml": rule("style/shouting", "x").replace("scope: sentence", "scop: sentence") });
    expect(() => loadRuleLibrary([dir], [])).toThrow(new RegExp(`^${join(dir, "common/extra.yaml")}:7:\\d+: rules\\[0\\]\\.checks\\[0\\]\\.scop: unknown key`));
  });

  it("a language with no pack", () => {
    expect(() => prepare({ ...DEFAULT_CONFIG, languages: ["de", "fr"] })).toThrow(`no rule pack for language "fr"`);
  });

  it("a folder that declares another language", () => {
    const dir = tempFolder({ "xx/language.yaml": "language: yy\nfranc: nld\n" });
    expect(() => loadRuleLibrary([dir], ["xx"])).toThrow(`rule pack folder "xx" declares language "yy"`);
  });
});

describe("rule packs: data extends the tool", () => {
  const insider = { text: "Wie aus gut informierten Zirkeln verlautete, will der Konzern im kommenden Jahr Stellen streichen." };

  it("an extra folder adds to a built-in vocabulary", () => {
    expect(firing(DEFAULT_CONFIG, insider)).not.toContain("attribution/vague-source");
    const dir = tempFolder({ "de/extra.yaml": "vocab:\n  vague-source:\n    - 'aus (?:gut )?informierten Zirkeln'\n" });
    expect(firing(withFolder(dir), insider)).toContain("attribution/vague-source");
  });

  it("a spelling variant of a letter is matched wherever a vocabulary pattern has the letter", () => {
    const dir = tempFolder({ "de/extra.yaml": "vocab:\n  vague-source:\n    - 'aus gewöhnlich gut informierten Kreisen'\n" });
    const swiss: ArticleCase = { text: "Wie aus gewoehnlich gut informierten Kreisen verlautete, tritt der Minister zurück. Der Rücktritt kommt nicht überraschend." };
    expect(firing(withFolder(dir), swiss)).not.toContain("attribution/vague-source");
    const variants = tempFolder({ "de/extra.yaml": "spellingVariants:\n  ö: oe\nvocab:\n  vague-source:\n    - 'aus gewöhnlich gut informierten Kreisen'\n" });
    expect(firing(withFolder(variants), swiss)).toContain("attribution/vague-source");
  });

  it("a vocabulary pattern names a fragment its file declares once", () => {
    const dir = tempFolder({ "de/extra.yaml": "fragments:\n  wohl: '(?:gut )?'\nvocab:\n  vague-source:\n    - 'aus {{wohl}}informierten Zirkeln'\n" });
    expect(firing(withFolder(dir), insider)).toContain("attribution/vague-source");
  });

  // A tiny Dutch pack under the code "xx": language detection, dates and rules, without a line of code.
  const XX_LANGUAGE = `language: xx
franc: nld
stopwords: [de, het, een, en, van, in, is, op, te, dat, die, voor, met, zijn, niet, aan, er, om, ook, als, bij, door, naar, maar, nog, werd, heeft]
abbreviations: [dhr, mevr, bijv]
dates:
  weekdays: [[maandag], [dinsdag], [woensdag], [donderdag], [vrijdag], [zaterdag], [zondag]]
  months: [[januari], [februari], [maart], [april], [mei], [juni], [juli], [augustus], [september], [oktober], [november], [december]]
  patterns: ["{d} {m} {y}", "{d} {m}"]
  relativeDays: { gisteren: -1, vandaag: 0 }
  futureCues: [zal, zullen, volgende]
  pastCues: [was, werd, zei]
vocab:
  vague-source: ['\\bvolgens (?:ingewijden|media)\\b']
`;
  const XX_RULES = `rules:
  - id: attribution/woordvoerder
    severity: info
    description: An unnamed spokesperson (Dutch).
    checks:
      - kind: existence
        scope: sentence
        message: "Anonymous source: “{match}”"
        patterns: ['\\been woordvoerder\\b']
`;
  const dutch: ArticleCase = {
    text: "Volgens ingewijden heeft de regering op vrijdag een reeks maatregelen besloten. Een woordvoerder van het ministerie wilde niet reageren op de berichten.",
  };

  it("a new language is a folder of data: its article rules, vocabularies and dates work", () => {
    const dir = tempFolder({ "xx/language.yaml": XX_LANGUAGE, "xx/rules.yaml": XX_RULES });
    const config = withFolder(dir, ["de", "en", "xx"]);
    const setup = prepare(config);
    expect(setup.rules.map((r) => r.meta.id)).toContain("attribution/woordvoerder");
    const { findings, report } = auditIngested({ articles: [article(dutch, "a0")], skipped: [] }, setup);
    expect(report.articles[0]?.language).toBe("xx");
    const spans = findings.map((f) => [f.rule, f.span ? dutch.text.slice(f.span.start, f.span.end) : null]);
    expect(spans).toContainEqual(["attribution/woordvoerder", "Een woordvoerder"]);
    expect(spans).toContainEqual(["attribution/vague-source", "Volgens ingewijden"]);
    expect(spans).toContainEqual(["date/unanchored-relative", "vrijdag"]);
  });

  it("a rule of a language folder keeps to articles of that language", () => {
    const dir = tempFolder({ "xx/language.yaml": XX_LANGUAGE, "xx/rules.yaml": XX_RULES });
    const german = {
      published: "2025-08-16",
      text: "Der Minister traf sich am Freitag in Berlin mit einem Gast aus Den Haag, der nur „een woordvoerder“ genannt wurde. Das teilte das Amt mit, nachdem die Gespräche beendet waren.",
    };
    const { findings, report } = auditIngested({ articles: [article(german, "a0")], skipped: [] }, prepare(withFolder(dir, ["de", "en", "xx"])));
    expect(report.articles[0]?.language).toBe("de");
    expect(findings.map((f) => f.rule)).not.toContain("attribution/woordvoerder");
  });
});
