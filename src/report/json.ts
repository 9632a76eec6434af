import type { AuditReport, ReportInput } from "../types.js";

/** `report.json`: the report value already has the contract's shape and stable order. */
export function renderJson(input: ReportInput): string {
  return [...jsonChunks(input)].join("");
}

/** `report.json` in pieces (see `jsonPieces`). */
export function* jsonChunks({ report }: ReportInput): Generator<string> {
  yield* jsonPieces(report);
  yield "\n";
}

const ITEM_INDENT = "\n    ";
const KEY_INDENT = "\n  ";

/**
 * The same bytes as `JSON.stringify(report, null, 2)`, one top-level entry or list item
 * at a time: a large corpus's report is never held as one string (two bytes a character
 * once any text is outside Latin-1, and copied again when written and hashed).
 */
export function* jsonPieces(report: AuditReport): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield "{";
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i ? "," : ""}${KEY_INDENT}${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield "[";
      for (const [j, item] of value.entries()) yield `${j ? "," : ""}${ITEM_INDENT}${indented(item, ITEM_INDENT)}`;
      yield `${KEY_INDENT}]`;
    } else {
      yield indented(value, KEY_INDENT);
    }
  }
  yield `${entries.length ? "\n" : ""}}`;
}

/**
 * `value` as JSON.stringify writes it at the nesting depth of `indent` ("\n" and two spaces
 * a level): stringified inside as many one-item arrays, which are then cut off again, so
 * the indenting is done natively rather than by a pass over the whole text.
 */
function indented(value: unknown, indent: string): string {
  let nested = value;
  let open = "";
  let close = "";
  for (let depth = 1; depth < indent.length; depth += 2) {
    nested = [nested];
    open += `[\n${" ".repeat(depth + 1)}`;
    close = `\n${" ".repeat(depth - 1)}]${close}`;
  }
  const json = JSON.stringify(nested, null, 2);
  return json.slice(open.length, json.length - close.length);
}
