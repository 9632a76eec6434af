// Reads rule folders into a RuleLibrary. The only I/O of rule data; parsing is in parse.ts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DataFileError } from "./yaml-source.js";
import { parsePackFile, type PackFile } from "./parse.js";
import type { DeclarativeRule, LanguagePack, RuleLibrary } from "./types.js";

const COMMON = "common";

/** Load `common/` and one folder per language from each root, later roots adding to earlier ones. */
export function loadRuleLibrary(roots: readonly string[], languages: readonly string[]): RuleLibrary {
  const common = roots.flatMap((root) => readFolder(join(root, COMMON), null));
  const rules: DeclarativeRule[] = common.flatMap((f) => f.rules);
  const packs = new Map<string, LanguagePack>();
  for (const language of languages) {
    const files = roots.flatMap((root) => readFolder(join(root, language), language));
    if (files.length === 0) {
      throw new DataFileError(`no rule pack for language "${language}" (looked in ${roots.map((r) => join(r, language)).join(", ")})`);
    }
    packs.set(language, mergePack(language, files));
    rules.push(...files.flatMap((f) => f.rules));
  }
  rejectDuplicateIds(rules);
  return { packs, agencies: common.flatMap((f) => f.agencies), rules };
}

function readFolder(dir: string, language: string | null): PackFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return parsePackFile(file, readFileSync(file, "utf8"), language);
    });
}

function mergePack(language: string, files: PackFile[]): LanguagePack {
  const first = <K extends keyof PackFile>(key: K): PackFile[K] | undefined => files.find((f) => f[key] !== undefined)?.[key];
  const declared = first("language");
  if (declared !== undefined && declared !== language) {
    throw new DataFileError(`rule pack folder "${language}" declares language "${declared}"`);
  }
  const franc = first("franc");
  if (!franc) throw new DataFileError(`rule pack "${language}" names no franc code (key "franc" in language.yaml)`);
  const vocab = new Map<string, string[]>();
  for (const f of files) {
    for (const [name, list] of f.vocab) vocab.set(name, [...(vocab.get(name) ?? []), ...list]);
  }
  return {
    language,
    franc,
    stemmer: first("stemmer") ?? null,
    stopwords: new Set(files.flatMap((f) => f.stopwords ?? [])),
    abbreviations: new Set(files.flatMap((f) => f.abbreviations ?? [])),
    letterNames: new Set(files.flatMap((f) => f.letterNames ?? [])),
    ordinalDeterminers: new Set(files.flatMap((f) => f.ordinalDeterminers ?? []).map((w) => w.toLowerCase())),
    spellingVariants: new Map(files.flatMap((f) => [...(f.spellingVariants ?? [])])),
    dates: first("dates") ?? {
      weekdays: [], weekdaySuffixes: [], ordinalSuffixes: [], months: [], patterns: [], relativeDays: {},
      futureCues: [], pastCues: [], pastPatterns: [], deadlineCues: [], notWeekdays: [], notRelative: [],
    },
    vocab,
  };
}

function rejectDuplicateIds(rules: DeclarativeRule[]): void {
  const seen = new Map<string, string>();
  for (const rule of rules) {
    const earlier = seen.get(rule.id);
    if (earlier) throw new DataFileError(`${rule.file}: rule "${rule.id}" is already declared in ${earlier}`);
    seen.set(rule.id, rule.file);
  }
}
