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

/**
 * `value` as JSON.stringify writes it at the nesting depth of `indent` ("\n" and two spaces
 * a level): stringified inside as many one-item arrays, which are then cut off again, so
 * the indenting is done natively rather than by a pass over the whole text.
 */
function indented(value: unknown, space: 0 | 2, indent: string): string {
  if (!space) return JSON.stringify(value);
  let nested = value;
  let open = "";
  let close = "";
  for (let depth = 1; depth < indent.length; depth += space) {
    nested = [nested];
    open += `[\n${" ".repeat(depth + 1)}`;
    close = `\n${" ".repeat(depth - 1)}]${close}`;
  }
  const json = JSON.stringify(nested, null, space);
  return json.slice(open.length, json.length - close.length);
}
