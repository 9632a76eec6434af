import { indented, ITEM_INDENT, MEMBER_INDENT } from "../json-text.js";
import { UNREAD_STATEMENTS, type EntryStatements, type StatementsJson } from "../statements.js";
import type { AuditReport, ReportInput } from "../types.js";

/** A piece of a report's text: a string, or text already encoded as UTF-8. */
export type ReportPiece = string | Uint8Array;

/** `report.json`: the report value already has the contract's shape and stable order. */
export function renderJson(input: ReportInput): string {
  const decoder = new TextDecoder();
  return [...jsonChunks(input)].map((piece) => (typeof piece === "string" ? piece : decoder.decode(piece))).join("");
}

/** `report.json` in pieces (see `jsonPieces`). */
export function* jsonChunks({ report }: ReportInput): Generator<ReportPiece> {
  yield* jsonPieces(report);
  yield "\n";
}

/**
 * The same bytes as `JSON.stringify(report, null, 2)`, one top-level entry or list item
 * at a time: a large corpus's report is never held as one string (two bytes a character
 * once any text is outside Latin-1, and copied again when written and hashed).
 */
export function* jsonPieces(report: AuditReport): Generator<ReportPiece> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield "{";
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i ? "," : ""}${MEMBER_INDENT}${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield "[";
      for (const [j, item] of value.entries()) {
        const before = j ? `,${ITEM_INDENT}` : ITEM_INDENT;
        const statements = (item as Partial<EntryStatements> | null)?.[UNREAD_STATEMENTS];
        if (statements) yield* entryPieces(before, item as object, statements);
        else yield `${before}${indented(item, ITEM_INDENT)}`;
      }
      yield `${MEMBER_INDENT}]`;
    } else {
      yield indented(value, MEMBER_INDENT);
    }
  }
  yield `${entries.length ? "\n" : ""}}`;
}

/**
 * An article entry whose quotes and attributions are still their text: the members before
 * them (there are always some, its id first), that text, then the members after them.
 */
function* entryPieces(prefix: string, entry: object, statements: StatementsJson): Generator<ReportPiece> {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  let side = before;
  for (const key of Object.keys(entry)) {
    if (key === "quotes" || key === "attributions") side = after;
    else side[key] = (entry as Record<string, unknown>)[key];
  }
  const close = `${ITEM_INDENT}}`;
  yield `${prefix}${indented(before, ITEM_INDENT).slice(0, -close.length)}`;
  yield statements;
  if (Object.keys(after).length > 0) yield `,${indented(after, ITEM_INDENT).slice(1, -close.length)}`;
  yield close;
}
