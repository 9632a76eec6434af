// Snowball stemmers by name, from @orama/stemmers. A language pack names its stemmer
// (`stemmer: german`), so another language is data; the package's CommonJS builds
// load synchronously, which analysis (synchronous, also inside workers) needs.
import { createRequire } from "node:module";

export const STEMMERS = [
  "arabic", "armenian", "bulgarian", "danish", "dutch", "english", "finnish", "french", "german", "greek",
  "hungarian", "indian", "indonesian", "irish", "italian", "lithuanian", "nepali", "norwegian", "portuguese",
  "romanian", "russian", "sanskrit", "serbian", "spanish", "swedish", "tamil", "turkish", "ukrainian",
] as const;

export type Stemmer = (word: string) => string;

const require = createRequire(import.meta.url);
const loaded = new Map<string, Stemmer>();

export function stemmerNamed(name: string): Stemmer {
  let stem = loaded.get(name);
  if (!stem) {
    stem = (require(`@orama/stemmers/${name}`) as { stemmer: Stemmer }).stemmer;
    loaded.set(name, stem);
  }
  return stem;
}
