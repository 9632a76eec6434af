// The grading rubric as data: read from rules/grading.yaml, weights and bands overridable by
// the config. Every wrong value is reported with its file, line and column.
import { readFileSync } from "node:fs";
import { configError, type Config } from "../config/config.js";
import { Reader, type Path } from "../packs/validate.js";
import { DataFileError, YamlSource } from "../packs/yaml-source.js";
import { SEVERITIES } from "../severity.js";
import type { Grade, GradingSummary, Severity } from "../types.js";

export type Band = Exclude<Grade, "F">;
export const BANDS: readonly Band[] = ["A", "B", "C", "D", "E"];

/** What a component says, in plain words, about one article and about a source's articles. */
interface Wording {
  article: string;
  source: string;
}

export type Component =
  | (Wording & { kind: "rule"; rule: string; cost: number; repeat: number; unlessCredited: boolean })
  | (Wording & { kind: "unnamed-share"; minStatements: number })
  | (Wording & { kind: "chain-depth"; fullAt: number })
  | (Wording & { kind: "no-byline" })
  | (Wording & { kind: "other-rules"; costs: Record<Severity, number> });

export interface Signal {
  id: string;
  weight: number;
  label: string;
  components: Component[];
}

export interface Rubric {
  bands: Record<Band, number>;
  signals: Signal[];
  /** Rules whose findings cost nothing (facts about the corpus, not defects). */
  unscored: string[];
}

export const MEASURES = ["unnamed-share", "chain-depth", "no-byline", "other-rules"] as const;

export function loadRubric(file: string): Rubric {
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (e) {
    throw new DataFileError(`${file}: cannot read grading rubric (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseRubric(file, content);
}

export function parseRubric(file: string, content: string): Rubric {
  const r = new Reader(YamlSource.parse(file, content));
  const top = r.record(r.source.value(), [], ["bands", "unscored", "signals"]);
  const bands = readBands(r, top.bands, ["bands"]);
  const unscored = top.unscored === undefined ? [] : r.strings(top.unscored, ["unscored"]);
  const signals = r.list(top.signals, ["signals"], (value, path) => readSignal(r, value, path));
  const ids = new Set<string>();
  // A rule in two signals would make one cause cost twice.
  const owner = new Map<string, string>(unscored.map((rule) => [rule, "unscored"]));
  signals.forEach((signal, i) => {
    if (ids.has(signal.id)) r.fail(["signals", i, "id"], `signal "${signal.id}" is defined twice`);
    ids.add(signal.id);
    signal.components.forEach((c, j) => {
      if (c.kind !== "rule") return;
      const other = owner.get(c.rule);
      if (other !== undefined && other !== signal.id) r.fail(["signals", i, "components", j, "rule"], `rule "${c.rule}" already belongs to ${other === "unscored" ? "the unscored rules" : `signal "${other}"`}`);
      owner.set(c.rule, signal.id);
    });
  });
  return { bands, signals, unscored };
}

function readSignal(r: Reader, value: unknown, path: Path): Signal {
  const o = r.record(value, path, ["id", "weight", "label", "components"]);
  return {
    id: r.string(o.id, [...path, "id"]),
    weight: weight(r, o.weight, [...path, "weight"]),
    label: r.string(o.label, [...path, "label"]),
    components: r.list(o.components, [...path, "components"], (v, p) => readComponent(r, v, p)),
  };
}

function readComponent(r: Reader, value: unknown, path: Path): Component {
  const o = r.record(value, path);
  const wording = { article: r.string(o.article, [...path, "article"]), source: r.string(o.source, [...path, "source"]) };
  const keys = (...extra: string[]) => r.record(value, path, ["article", "source", ...extra]);
  if (o.rule !== undefined) {
    keys("rule", "cost", "repeat", "unlessCredited");
    return {
      kind: "rule",
      ...wording,
      rule: r.string(o.rule, [...path, "rule"]),
      cost: fraction(r, o.cost, [...path, "cost"]),
      repeat: o.repeat === undefined ? 0 : fraction(r, o.repeat, [...path, "repeat"]),
      unlessCredited: o.unlessCredited === undefined ? false : r.boolean(o.unlessCredited, [...path, "unlessCredited"]),
    };
  }
  const measure = r.oneOf(o.measure, [...path, "measure"], MEASURES);
  switch (measure) {
    case "unnamed-share":
      keys("measure", "minStatements");
      return { kind: measure, ...wording, minStatements: count(r, o.minStatements, [...path, "minStatements"]) };
    case "chain-depth":
      keys("measure", "fullAt");
      return { kind: measure, ...wording, fullAt: Math.max(2, count(r, o.fullAt, [...path, "fullAt"])) };
    case "no-byline":
      keys("measure");
      return { kind: measure, ...wording };
    case "other-rules": {
      keys("measure", ...SEVERITIES);
      const costs = Object.fromEntries(SEVERITIES.map((s) => [s, fraction(r, o[s], [...path, s])])) as Record<Severity, number>;
      return { kind: measure, ...wording, costs };
    }
  }
}

function fraction(r: Reader, value: unknown, path: Path): number {
  const n = r.number(value, path);
  if (n < 0 || n > 1) r.fail(path, "expected a share between 0 and 1");
  return n;
}

function weight(r: Reader, value: unknown, path: Path): number {
  const n = r.number(value, path);
  if (n < 0 || n > 100) r.fail(path, "expected points between 0 and 100");
  return n;
}

function count(r: Reader, value: unknown, path: Path): number {
  const n = r.number(value, path);
  if (!Number.isInteger(n) || n < 1) r.fail(path, "expected a whole number of at least 1");
  return n;
}

/** All five bands, each starting below the one before. */
function readBands(r: Reader, value: unknown, path: Path): Record<Band, number> {
  const o = r.record(value, path, BANDS);
  const bands = Object.fromEntries(BANDS.map((band) => [band, weight(r, o[band], [...path, band])])) as Record<Band, number>;
  const misordered = bandOutOfOrder(bands);
  if (misordered) r.fail([...path, misordered.band], misordered.message);
  return bands;
}

function bandOutOfOrder(bands: Record<Band, number>): { band: Band; message: string } | null {
  for (let i = 1; i < BANDS.length; i++) {
    const band = BANDS[i]!;
    const above = BANDS[i - 1]!;
    if (bands[band] >= bands[above]) return { band, message: `grade ${band} must start below grade ${above} (${bands[above]})` };
  }
  return null;
}

/** The rubric with the config's weights and bands; unknown signals are config errors. */
export function configuredRubric(rubric: Rubric, config: Config): Rubric {
  const { weights, bands } = config.grading;
  const known = new Set(rubric.signals.map((s) => s.id));
  for (const id of Object.keys(weights)) {
    if (!known.has(id)) throw configError(config, ["grading", "weights", id], `unknown grading signal "${id}" (one of ${[...known].join(", ")})`);
  }
  const merged = { ...rubric.bands, ...bands };
  const misordered = bandOutOfOrder(merged);
  if (misordered) throw configError(config, ["grading", "bands", misordered.band], misordered.message);
  return {
    ...rubric,
    bands: merged,
    signals: rubric.signals.map((s) => (weights[s.id] === undefined ? s : { ...s, weight: weights[s.id]! })),
  };
}

export function gradeOf(score: number, bands: Record<Band, number>): Grade {
  return BANDS.find((band) => score >= bands[band]) ?? "F";
}

export function gradingSummary(rubric: Rubric): GradingSummary {
  return { bands: { ...rubric.bands }, signals: rubric.signals.map(({ id, label, weight }) => ({ id, label, weight })) };
}
