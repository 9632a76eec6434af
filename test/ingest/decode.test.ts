import { describe, expect, it } from "vitest";
import { decodeBytes, InputError } from "../../src/ingest/decode.js";

const umlauts = "Größere Übereinkünfte in Köln";

describe("decoding", () => {
  it("decodes UTF-8", () => {
    expect(decodeBytes(Buffer.from(umlauts, "utf8"))).toEqual({ text: umlauts, encoding: "utf-8" });
  });

  it("falls back to Windows-1252 for Latin-1 bytes instead of garbling umlauts", () => {
    expect(decodeBytes(Buffer.from(umlauts, "latin1"))).toEqual({ text: umlauts, encoding: "windows-1252" });
    // 0x84/0x93 are „ and “ in Windows-1252, which Latin-1 lacks.
    expect(decodeBytes(Uint8Array.from([0x84, 0x6a, 0x61, 0x93])).text).toBe("„ja“");
  });

  it("honours a byte-order mark, UTF-16 included", () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(umlauts)])).text).toBe(umlauts);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(umlauts, "utf16le")])).text).toBe(umlauts);
  });

  it("refuses binary files", () => {
    expect(() => decodeBytes(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toThrow(InputError);
  });
});
