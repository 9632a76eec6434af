// Where a JSON text goes wrong, in words: V8's own messages quote a cut-off piece of the
// input and rarely a position, so the first error is located with jsonc-parser's scanner.
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";

/** "line 3, column 9: value expected" for text that JSON.parse rejected with `error`. */
export function describeJsonError(text: string, error: unknown): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return String((error as Error).message ?? error).split("\n")[0]!;
  return `${position(text, first.offset)}: ${words(printParseErrorCode(first.error))}`;
}

function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** "CloseBraceExpected" → "} expected", "InvalidSymbol" → "invalid symbol". */
function words(code: string): string {
  const named = code
    .replace(/^CloseBrace/, "} ")
    .replace(/^CloseBracket/, "] ")
    .replace(/^Colon/, ": ")
    .replace(/^Comma/, ", ");
  return named.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/\s+/g, " ").trim().toLowerCase();
}

/** "a number", "a list", "null": what a JSON value is, for messages that expected something else. */
export function jsonKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "boolean") return value ? "true" : "false";
  return typeof value === "number" ? "a number" : "a string";
}
