import type { AuditReport, ReportInput } from "../types.js";

/** `report.json`: the report value already has the contract's shape and stable order. */
export function renderJson(input: ReportInput): string {
  return [...jsonChunks(input)].join("");
}

/** `report.json` in pieces (see `jsonPieces`). */
export function* jsonChunks({ report }: ReportInput): Generator<string> {
  yield* jsonPieces(report, 2);
  yield "\n";
}

/**
 * The same bytes as `JSON.stringify(report, null, space)`, one top-level entry or list
 * item at a time: a large corpus's report is never held as one string (two bytes a
 * character once any text is outside Latin-1, and copied again when written or hashed).
 */
export function* jsonPieces(report: AuditReport, space: 0 | 2): Generator<string> {
  const [open, colon, itemIndent, keyIndent] = space ? ["\n", ": ", "\n    ", "\n  "] : ["", ":", "", ""];
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield "{";
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i ? "," : ""}${keyIndent}${JSON.stringify(key)}${colon}`;
    if (Array.isArray(value) && value.length > 0) {
      yield "[";
      for (const [j, item] of value.entries()) yield `${j ? "," : ""}${itemIndent}${indented(item, space, itemIndent)}`;
      yield `${keyIndent}]`;
    } else {
      yield indented(value, space, keyIndent);
    }
  }
  yield `${entries.length ? open : ""}}`;
}

/** JSON strings escape line breaks, so every line break lies between tokens and takes the indent. */
function indented(value: unknown, space: 0 | 2, indent: string): string {
  const json = JSON.stringify(value, null, space);
  return space ? json.replace(/\n/g, indent) : json;
}
