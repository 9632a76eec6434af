// German capitalises nouns and names everywhere, adverbs only where they open a sentence. A
// capitalised word the text never writes capitalised inside a sentence is therefore an adverb
// ("Insgesamt spricht die Polizei …", "Unterdessen verlangen die Grünen …"), not a speaker: a
// name or a noun that speaks is also written inside sentences ("sagte Merkel", "die Polizei").

/** A capitalised word after a word or a comma and a space: inside a sentence, not opening one. */
const INSIDE = /(?<=[\p{L}\p{N},][ \t]+)\p{Lu}[\p{L}\p{M}\p{N}'’-]*/gu;

/** The capitalised words a text writes inside its sentences. */
export function capitalisedInside(text: string): Set<string> {
  const seen = new Set<string>();
  INSIDE.lastIndex = 0;
  for (let m = INSIDE.exec(text); m; m = INSIDE.exec(text)) seen.add(m[0]);
  return seen;
}
