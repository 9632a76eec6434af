// Whitespace and entity-free text helpers shared by the extractor's modules.

/**
 * Collapse every whitespace run (incl. NBSP and zero-width space) to one space, trimmed, and
 * drop the invisible marks a reader never sees: soft hyphens ("Mit&shy;tel&shy;al&shy;ter"),
 * word joiners and stray byte-order marks, which would otherwise split words.
 */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\u00ad\u2060\ufeff]/g, "")
    .replace(/[\s\u00a0\u200b\u2009\u202f]+/g, " ")
    .trim();
}

/** Class and id of an element as lower-case tokens, split at separators: "post-share_bar" → post, share, bar. */
export function attributeTokens(className: string | undefined, id: string | undefined): string[] {
  return `${className ?? ""} ${id ?? ""}`
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
