// Escaping for the HTML and XML writers: article text is untrusted input.

/** Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const unrepresentable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Safe in element content and in quoted attribute values, for both HTML and XML. */
export function escapeMarkup(value: string): string {
  return value.replace(unrepresentable, "\ufffd").replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
