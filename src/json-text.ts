// JSON text exactly as `JSON.stringify(whole, null, 2)` writes a value nested inside `whole`,
// so that a large report can be written (or prepared on another thread) a piece at a time.

/** Where report.json's pieces stand: its members, the items of its lists, and an item's members. */
export const MEMBER_INDENT = "\n  ";
export const ITEM_INDENT = `${MEMBER_INDENT}  `;
export const ITEM_MEMBER_INDENT = `${ITEM_INDENT}  `;

/**
 * `value` as JSON.stringify writes it at the nesting depth of `indent` ("\n" and two spaces
 * a level): stringified inside as many one-item arrays, which are then cut off again, so
 * the indenting is done natively rather than by a pass over the whole text.
 */
export function indented(value: unknown, indent: string): string {
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
