// An article's quotes and attributions as report.json text. They are most of a report's bytes
// and of the objects a worker thread would send, yet the corpus step never reads them: so the
// thread that analyses an article writes them once as UTF-8 (a byte array crosses threads as
// one copy and stays out of the collector's way), and the report entry turns them back into
// objects only when someone reads `quotes` or `attributions` (the HTML report, a library user).
import { indented, ITEM_MEMBER_INDENT } from "./json-text.js";
import type { Attribution, Quote } from "./types.js";

/** `,"quotes": […],"attributions": […]` as report.json writes them inside an article entry, UTF-8. */
export type StatementsJson = Uint8Array;

export interface Statements {
  quotes: Quote[];
  attributions: Attribution[];
}

/** Where an entry keeps its statements' text while nobody has read them as objects. */
export const UNREAD_STATEMENTS = Symbol("unread statements");

export interface EntryStatements extends Statements {
  [UNREAD_STATEMENTS]?: StatementsJson;
}

export function statementsJson(quotes: readonly Quote[], attributions: readonly Attribution[]): StatementsJson {
  const member = (key: keyof Statements, value: unknown) => `,${ITEM_MEMBER_INDENT}${JSON.stringify(key)}: ${indented(value, ITEM_MEMBER_INDENT)}`;
  return new TextEncoder().encode(member("quotes", quotes) + member("attributions", attributions));
}

const decoder = new TextDecoder();

/**
 * The entry with its statements read from their text, as plain properties from then on (so
 * they are free to change); an entry whose accessors call this is written from the text as
 * long as nobody has.
 */
export function readStatements(entry: EntryStatements): Statements {
  const json = entry[UNREAD_STATEMENTS];
  if (json) {
    delete entry[UNREAD_STATEMENTS];
    const read = JSON.parse(`{${decoder.decode(json).slice(1)}}`) as Statements;
    for (const key of ["quotes", "attributions"] as const) Object.defineProperty(entry, key, { value: read[key], enumerable: true, writable: true, configurable: true });
  }
  return entry;
}
