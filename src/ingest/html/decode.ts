// Web page bytes → string. Pages arrive as fetched: a BOM, a <meta> declaration, or
// nothing at all (old German sites often serve undeclared Windows-1252).
import { decodeBytes, InputError, looksBinary, normaliseLabel, sniffBom } from "../decode.js";

/** Pages beyond this are data dumps or archives, not articles; parsing them would stall a run. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;

const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The encoding label a page declares in its first 4 KiB, as the HTML prescan reads it. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  const encoding = normaliseLabel(label);
  // A <meta> cannot truthfully declare UTF-16 (the prescan itself read ASCII), so browsers read UTF-8.
  return encoding?.startsWith("utf-16") ? "utf-8" : encoding;
}

/** True when the bytes hold at least one multi-byte UTF-8 sequence and no invalid one. */
function isUtf8WithNonAscii(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtml(bytes: Uint8Array): string {
  if (bytes.length > MAX_PAGE_BYTES) throw new InputError("page larger than 10 MiB limit");
  if (sniffBom(bytes)) return decodeBytes(bytes).text;
  if (looksBinary(bytes)) throw new InputError("binary file (NUL bytes), not an HTML page");
  const declared = declaredCharset(bytes);
  // Legacy text practically never forms valid multi-byte UTF-8, so valid UTF-8 wins over a
  // stale single-byte declaration (a common CMS misconfiguration).
  if (declared && declared !== "utf-8" && isUtf8WithNonAscii(bytes)) return decodeBytes(bytes, "utf-8").text;
  return decodeBytes(bytes, declared).text;
}
