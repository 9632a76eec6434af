import type { ReportInput } from "../types.js";

/** `report.json`: the report value already has the contract's shape and stable order. */
export function renderJson(input: ReportInput): string {
  return [...jsonChunks(input)].join("");
}

/**
 * `report.json` one top-level entry or list item at a time, the same bytes as
 * `JSON.stringify(report, null, 2) + "\n"`: a large corpus's report is never held as one
 * string (two bytes a character once any text is outside Latin-1, and copied again when
 * written).
 */
export function* jsonChunks({ report }: ReportInput): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield "{\n";
  for (const [i, [key, value]] of entries.entries()) {
    const end = i < entries.length - 1 ? ",\n" : "\n";
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, item] of value.entries()) yield `    ${indented(item, "    ")}${j < value.length - 1 ? ",\n" : "\n"}`;
      yield `  ]${end}`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indented(value, "  ")}${end}`;
    }
  }
  yield "}\n";
}

/** JSON strings escape line breaks, so every line break lies between tokens and takes the indent. */
function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}
