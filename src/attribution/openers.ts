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
  for (let m = INSIDE.exec(text); m; m = INSIDE.exec(text)) {
    seen.add(m[0]);
    // "der Greenpeace-Sprecher": a name or noun heading a hyphenated compound is written inside a sentence too
    // (an adverb never heads one), so "Greenpeace fordert die Räumung." opens with its subject.
    const head = m[0].split("-")[0]!;
    if (head !== m[0]) seen.add(head);
  }
  return seen;
}
