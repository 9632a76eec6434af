/** A quotation shortened for a message. */
const MAX = 80;

export function shortened(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= MAX ? flat : `${flat.slice(0, MAX - 1)}…`;
}
