// The audit configuration: defaults, and what a config file may change.
import { dirname, resolve } from "node:path";
import { SEVERITIES } from "../severity.js";
import type { Grade, Severity } from "../types.js";
import { Reader, type Path } from "../packs/validate.js";
import { DataFileError, YamlSource } from "../packs/yaml-source.js";

export interface RuleSetting {
  enabled: boolean;
  severity: Severity | null;
  options: Record<string, unknown>;
}

export interface Config {
  /** ISO 639-1 codes; each needs a rule pack folder. */
  languages: string[];
  rules: Record<string, RuleSetting>;
  /** Extra rule folders (absolute), read after the built-in rules/. */
  ruleFolders: string[];
  /** A missing, unreadable or skipped input exits 2 (as `--strict-inputs`). */
  strictInputs: boolean;
  /** Changes to the grading rubric (rules/grading.yaml); signal names are checked against it. */
  grading: GradingSettings;
  /** Points an error at a key of the config file; null for the built-in defaults. */
  locate: ((path: Path, message: string) => Error) | null;
}

export interface GradingSettings {
  /** Points a signal may cost at most, by signal id. */
  weights: Record<string, number>;
  /** Lowest score of a grade. */
  bands: Partial<Record<Exclude<Grade, "F">, number>>;
}

export const DEFAULT_CONFIG: Config = { languages: ["de", "en"], rules: {}, ruleFolders: [], strictInputs: false, grading: { weights: {}, bands: {} }, locate: null };

/** What a rule's setting may say: off or on, or a new severity. */
const SWITCHES = ["off", "on", ...SEVERITIES] as const;

export const CONFIG_FILE_NAMES = ["wirecheck.config.json", "wirecheck.config.yaml", "wirecheck.config.yml"];

/** Parse a config file's content; relative folders resolve against the file's folder. */
export function parseConfig(file: string, content: string): Config {
  const source = YamlSource.parse(file, content);
  const r = new Reader(source);
  const raw = source.value();
  const top = raw === null || raw === undefined ? {} : r.record(raw, [], ["languages", "rules", "ruleFolders", "strictInputs", "grading"]);
  const base = dirname(resolve(file));
  const languages = top.languages === undefined ? DEFAULT_CONFIG.languages : r.strings(top.languages, ["languages"]);
  if (languages.length === 0) r.fail(["languages"], "an empty list: name at least one language (each needs rules/<lang>/)");
  for (const [i, lang] of languages.entries()) {
    if (!/^[a-z]{2}$/.test(lang)) r.fail(["languages", i], `"${lang}" is not an ISO 639-1 code`);
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(top.rules === undefined ? {} : r.record(top.rules, ["rules"]))) {
    rules[id] = parseRuleSetting(r, setting, ["rules", id]);
  }
  const folders = top.ruleFolders === undefined ? [] : r.strings(top.ruleFolders, ["ruleFolders"]);
  return {
    languages,
    rules,
    ruleFolders: folders.map((f) => resolve(base, f)),
    strictInputs: top.strictInputs === undefined ? false : r.boolean(top.strictInputs, ["strictInputs"]),
    grading: top.grading === undefined ? DEFAULT_CONFIG.grading : parseGrading(r, top.grading),
    locate: (path, message) => source.error(path, message),
  };
}

function parseRuleSetting(r: Reader, value: unknown, path: Path): RuleSetting {
  if (value === "off" || value === false) return { enabled: false, severity: null, options: {} };
  if (value === "on" || value === true) return { enabled: true, severity: null, options: {} };
  if (typeof value === "string") return { enabled: true, severity: r.oneOf(value, path, SWITCHES) as Severity, options: {} };
  const o = r.record(value, path, ["severity", "options"]);
  const severity = o.severity === undefined ? null : o.severity === "off" ? "off" : r.oneOf(o.severity, [...path, "severity"], [...SEVERITIES, "off"]);
  return {
    enabled: severity !== "off",
    severity: severity === "off" ? null : severity,
    options: o.options === undefined ? {} : r.record(o.options, [...path, "options"]),
  };
}

function parseGrading(r: Reader, value: unknown): GradingSettings {
  const o = r.record(value, ["grading"], ["weights", "bands"]);
  const points = (v: unknown, path: Path) => {
    const n = r.number(v, path);
    if (n < 0 || n > 100) r.fail(path, "expected points between 0 and 100");
    return n;
  };
  const weights: Record<string, number> = {};
  for (const [id, w] of Object.entries(o.weights === undefined ? {} : r.record(o.weights, ["grading", "weights"]))) {
    weights[id] = points(w, ["grading", "weights", id]);
  }
  const bands: GradingSettings["bands"] = {};
  const given = o.bands === undefined ? {} : r.record(o.bands, ["grading", "bands"], ["A", "B", "C", "D", "E"]);
  for (const [band, b] of Object.entries(given)) bands[band as keyof GradingSettings["bands"]] = points(b, ["grading", "bands", band]);
  return { weights, bands };
}

/** An error about the config, located in its file when there is one. */
export function configError(config: Config, path: Path, message: string): Error {
  return config.locate ? config.locate(path, message) : new DataFileError(`config: ${message}`);
}
