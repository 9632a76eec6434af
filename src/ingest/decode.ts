// Bytes → text. Inputs arrive as UTF-8, UTF-16 with a BOM, or a legacy single-byte
// encoding (German news archives are full of Windows-1252); a wrong guess garbles
// umlauts, which then breaks every pattern downstream, so decoding is strict.
// Legacy encodings go through iconv-lite: Node 20's TextDecoder decodes "windows-1252"
// as ISO-8859-1, turning „ and “ (0x84, 0x93) into control characters.
import iconv from "iconv-lite";

export class InputError extends Error {}

export interface Decoded {
  text: string;
  encoding: string;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/** The encoding a byte-order mark announces, with the mark's length. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((b, i) => bytes[i] === b)) return { encoding, length: mark.length };
  }
  return null;
}

/** True when the first 8 KiB hold a NUL byte: no text encoding we accept does that. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * Decode with a known or declared encoding, falling back to UTF-8 and then
 * Windows-1252 (a superset of Latin-1 for printable text, as browsers treat it).
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  if (looksBinary(bytes)) throw new InputError("binary file (NUL bytes), not text");
  const label = declared ? normaliseLabel(declared) : null;
  if (label && label !== "utf-8") return { text: decodeAs(bytes, label), encoding: label };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Text that claims or seems to be UTF-8 but is not: the bytes are a legacy encoding.
    return { text: decodeAs(bytes, "windows-1252"), encoding: "windows-1252" };
  }
}

/** Decode with a WHATWG encoding name. */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  return iconv.encodingExists(encoding) ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding) : new TextDecoder(encoding).decode(bytes);
}

/** The WHATWG name of an encoding label, or null when the platform does not know it. */
export function normaliseLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}
