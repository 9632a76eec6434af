import { describe, expect, test } from "vitest";
import { spanLocator } from "../../src/report/position.js";
import { germanOrigin, germanText, spanOf } from "./fixture.js";

describe("spanLocator", () => {
  const locate = spanLocator({ text: germanText, origin: germanOrigin });

  test("a span on the text's first line is shifted by the origin's column", () => {
    // "ein Sprecher" starts at offset 80 of the text, which starts at column 17 of line 1.
    expect(germanText.indexOf("ein Sprecher")).toBe(80);
    expect(locate(spanOf(germanText, "ein Sprecher"))).toEqual({ startLine: 1, startColumn: 97, endLine: 1, endColumn: 109 });
    expect(locate({ start: 0, end: 5 })).toEqual({ startLine: 1, startColumn: 17, endLine: 1, endColumn: 22 });
  });

  test("later lines count columns from 1 and a surrogate pair counts as two UTF-16 units", () => {
    // Line 2 is "Übermorgen 🙂 will Peskow…": "Ü" is one unit, "🙂" two, so "Peskow" starts at column 20.
    expect(locate(spanOf(germanText, "Peskow"))).toEqual({ startLine: 2, startColumn: 20, endLine: 2, endColumn: 26 });
    expect(locate(spanOf(germanText, "Quelle"))).toEqual({ startLine: 3, startColumn: 1, endLine: 3, endColumn: 7 });
  });

  test("a span across lines ends on the later line; the end column is exclusive", () => {
    const span = spanOf(germanText, "Sprecher.\nÜbermorgen");
    expect(locate(span)).toEqual({ startLine: 1, startColumn: 101, endLine: 2, endColumn: 11 });
  });

  test("CRLF and a lone CR each end one line", () => {
    const text = "one\r\ntwo\rthree\nfour";
    const at = spanLocator({ text, origin: { line: 10, column: 1 } });
    expect(at(spanOf(text, "two"))).toMatchObject({ startLine: 11, startColumn: 1 });
    expect(at(spanOf(text, "three"))).toMatchObject({ startLine: 12, startColumn: 1 });
    expect(at(spanOf(text, "four"))).toMatchObject({ startLine: 13, startColumn: 1 });
  });

  test("a text that starts after a header keeps its later lines' columns", () => {
    const at = spanLocator({ text: "Body line\nSecond", origin: { line: 5, column: 1 } });
    expect(at({ start: 10, end: 16 })).toEqual({ startLine: 6, startColumn: 1, endLine: 6, endColumn: 7 });
  });

  test("offsets beyond the text are clamped to it", () => {
    const at = spanLocator({ text: "abc", origin: { line: 1, column: 1 } });
    expect(at({ start: 2, end: 99 })).toEqual({ startLine: 1, startColumn: 3, endLine: 1, endColumn: 4 });
  });

  test("no origin or no text gives no region", () => {
    expect(spanLocator({ text: germanText, origin: null })({ start: 0, end: 3 })).toBeNull();
    expect(spanLocator(undefined)({ start: 0, end: 3 })).toBeNull();
  });
});
