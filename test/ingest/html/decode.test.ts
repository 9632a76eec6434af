import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/ingest/decode.js";
import { decodeHtml, MAX_PAGE_BYTES } from "../../../src/ingest/html/index.js";

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("decodeHtml", () => {
  it("follows a UTF-8 byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("<p>Grüße</p>")]);
    expect(decodeHtml(bytes)).toBe("<p>Grüße</p>");
  });

  it("follows a UTF-16LE byte-order mark", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from("<p>Straße</p>", "utf16le")]);
    expect(decodeHtml(bytes)).toBe("<p>Straße</p>");
  });

  it("reads windows-1252 bytes declared by <meta charset>", () => {
    const page = '<html><head><meta charset="windows-1252"></head><body><p>Bürger zahlen 5 € für Äpfel</p></body></html>';
    const bytes = new Uint8Array(Buffer.from(page.replace("€", "\x80"), "latin1"));
    expect(decodeHtml(bytes)).toContain("Bürger zahlen 5 € für Äpfel");
  });

  it("reads the http-equiv content-type declaration", () => {
    const page = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Größe</p>';
    expect(decodeHtml(latin1(page))).toContain("Größe");
  });

  it("sniffs undeclared windows-1252 when the bytes are not UTF-8", () => {
    expect(decodeHtml(latin1("<html><body><p>Müller & Söhne</p></body></html>"))).toContain("Müller & Söhne");
  });

  it("reads undeclared UTF-8", () => {
    expect(decodeHtml(utf8("<p>Übergrößenträger</p>"))).toBe("<p>Übergrößenträger</p>");
  });

  it("prefers valid UTF-8 over a stale single-byte declaration", () => {
    const page = '<meta charset="iso-8859-1"><p>Grüße aus Köln</p>';
    expect(decodeHtml(utf8(page))).toContain("Grüße aus Köln");
  });

  it("rejects binary input with an InputError", () => {
    expect(() => decodeHtml(new Uint8Array([0x3c, 0x70, 0x00, 0x01]))).toThrow(InputError);
  });

  it("rejects pages over the size limit", () => {
    const bytes = new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x20);
    expect(() => decodeHtml(bytes)).toThrow(/larger than 10 MiB/);
  });
});
